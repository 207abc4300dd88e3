/**
 * Vault benchmarks for `npm run bench` (tests/bench/run.ts prints them): unlock with the real KDF,
 * open + key check with a derived key, and the cost of encryption for 10,000 inserts and reads.
 */
import { promises as fs } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { startCoreWorker } from '../../electron/core/worker/client';
import { benchHost, chooseFolder } from './bench-core';
import { createKysely, migrateVault, schemaState } from '../../electron/core/db/migrate';
import { openVaultDatabase, type SqliteHandle } from '../../electron/core/db/database';
import { readHeader } from '../../electron/core/vault/header';
import { deriveKek } from '../../electron/core/vault/keys';
import { slotDataKey } from '../../electron/core/vault/slotKeys';

const PASSPHRASE = 'kwartel fiets ochtend zeventig';
const ROWS = 10_000;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

function insertAndRead(db: SqliteHandle): { insertMs: number; readMs: number } {
  db.exec(`CREATE TABLE bench (id INTEGER PRIMARY KEY, at TEXT NOT NULL, body TEXT NOT NULL)`);
  const insert = db.prepare('INSERT INTO bench (at, body) VALUES (?, ?)');
  const started = performance.now();
  db.transaction(() => {
    for (let i = 0; i < ROWS; i += 1) insert.run(new Date(1_700_000_000_000 + i).toISOString(), `entry ${i} ${'reflectie '.repeat(10)}`);
  })();
  const inserted = performance.now();
  const read = db.prepare('SELECT id, at, body FROM bench WHERE id = ?');
  let bytes = 0;
  for (let i = 1; i <= ROWS; i += 1) bytes += (read.get(i) as { body: string }).body.length;
  if (bytes === 0) throw new Error('nothing read');
  return { insertMs: inserted - started, readMs: performance.now() - inserted };
}

export async function benchVault(): Promise<Record<string, number>> {
  const root = await fs.mkdtemp(join(tmpdir(), 'dyade-bench-'));
  try {
    // Through the core's worker, as the app calls it.
    const host = benchHost();
    const core = startCoreWorker({
      app: { name: 'Dyade', version: 'bench', platform: process.platform, systemLocale: 'en' },
      settingsFile: join(root, 'settings.json'),
      host,
    });
    const created = await core.dispatch('vault.create', {
      folder: await chooseFolder(core, host, 'newVault', join(root, 'vault')),
      label: 'Bench',
      memberName: 'Anna',
      passphrase: PASSPHRASE,
    });
    if (!created.ok) throw new Error(created.error.message);
    const { session } = created.value as { session: { path: string; member: { id: string } } };
    await core.lock('user');

    // Unlock through the contract: KDF (real parameters) + unwrap + open + key check + schema check + audit.
    const unlockTimes: number[] = [];
    for (let i = 0; i < 5; i += 1) {
      const started = performance.now();
      const result = await core.dispatch('vault.unlock', { path: session.path, memberId: session.member.id, passphrase: PASSPHRASE });
      unlockTimes.push(performance.now() - started);
      if (!result.ok) throw new Error(result.error.message);
      await core.lock('user');
    }
    await core.shutdown();

    // Open + key check + schema check with an already derived key.
    const header = await readHeader(session.path);
    const slot = header.slots.find((s) => s.memberId === session.member.id);
    if (!slot) throw new Error('no slot');
    const kdfStarted = performance.now();
    const kek = await deriveKek(PASSPHRASE, slot.kdf);
    const kdfMs = performance.now() - kdfStarted;
    kek.fill(0);
    const key = await slotDataKey(header, slot, PASSPHRASE);
    if (!key) throw new Error('unwrap failed');
    const openTimes: number[] = [];
    for (let i = 0; i < 9; i += 1) {
      const started = performance.now();
      const db = openVaultDatabase(join(session.path, 'vault.db'), key);
      await migrateVault(db, createKysely(db));
      openTimes.push(performance.now() - started);
      if (schemaState(db).kind !== 'current') throw new Error('schema not current');
      db.close();
    }

    const encrypted = openVaultDatabase(join(root, 'encrypted.db'), key, { create: true });
    const enc = insertAndRead(encrypted);
    encrypted.close();
    const plain = new Database(join(root, 'plain.db'));
    plain.pragma('locking_mode=EXCLUSIVE');
    plain.pragma('temp_store=MEMORY');
    plain.pragma('journal_mode=WAL');
    plain.pragma('synchronous=FULL');
    plain.pragma('foreign_keys=ON');
    plain.pragma('secure_delete=ON');
    const pln = insertAndRead(plain);
    plain.close();
    key.fill(0);
    kek.fill(0);

    return {
      unlockMedianMs: median(unlockTimes),
      kdfMs,
      openWithDerivedKeyMedianMs: median(openTimes),
      insert10kEncryptedMs: enc.insertMs,
      insert10kPlainMs: pln.insertMs,
      read10kEncryptedMs: enc.readMs,
      read10kPlainMs: pln.readMs,
      insertRatioEncryptedToPlain: enc.insertMs / pln.insertMs,
      readRatioEncryptedToPlain: enc.readMs / pln.readMs,
    };
  } finally {
    await fs.rm(root, { recursive: true, force: true });
  }
}
