import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openVaultDatabase } from '../../electron/core/db/database';
import { createTestCore, createTestVault, STRONG_PASSPHRASE, unwrapTestKey } from './support/vaultFixture';

const CHILD = join(import.meta.dirname, 'support', 'writeStreamChild.ts');
const ROUNDS = 50;

/** Start the writer, wait for its first committed id, kill it with SIGKILL after a random delay. */
function killMidStream(file: string, keyHex: string): Promise<number[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, file, keyHex], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let armed = false;
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (!armed && out.includes('\n')) {
        armed = true;
        setTimeout(() => child.kill('SIGKILL'), Math.floor(Math.random() * 40));
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (_code, signal) => {
      if (signal !== 'SIGKILL') return reject(new Error(`writer ended without SIGKILL: ${err}`));
      // only complete lines were reported as committed
      const lines = out.split('\n').slice(0, -1);
      resolve(lines.map(Number));
    });
  });
}

describe('fault: SIGKILL during a stream of writes', () => {
  it(`the vault opens, passes integrity_check and holds every committed write, ${ROUNDS} times`, async () => {
    const t = await createTestCore();
    const { folder, session } = await createTestVault(t);
    await t.call('vault.lock');
    const key = await unwrapTestKey(folder, session.member.id, STRONG_PASSPHRASE);
    const file = join(folder, 'vault.db');
    let reported = 0;
    for (let round = 0; round < ROUNDS; round += 1) {
      const committed = await killMidStream(file, key.toString('hex'));
      expect(committed.length).toBeGreaterThan(0);
      reported += committed.length;
      const db = openVaultDatabase(file, key);
      try {
        expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
        const present = new Set(db.prepare('SELECT id FROM audit_log').pluck().all() as number[]);
        const missing = committed.filter((id) => !present.has(id));
        expect(missing).toEqual([]);
      } finally {
        db.close();
      }
    }
    expect(reported).toBeGreaterThan(ROUNDS);
    // and the app still unlocks it
    await t.call('vault.unlock', { path: folder, memberId: session.member.id, passphrase: STRONG_PASSPHRASE });
    expect((await t.call('vault.verify')).ok).toBe(true);
  }, 120_000);
});
