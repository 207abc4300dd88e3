import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { openVaultDatabase } from '../../electron/core/db/database';
import { factorInput, newCase } from './support/caseFixture';
import { createTestCore, createTestVault, makeTempDir, STRONG_PASSPHRASE, unwrapTestKey } from './support/vaultFixture';

/**
 * A vault written by an older SQLite addon must open with the one installed now. The fixture
 * (tests/integration/fixtures/vault-bsmc12/) was made once with better-sqlite3-multiple-ciphers 12.11.1
 * (SQLite3 Multiple Ciphers 2.3.5, SQLite 3.53.2) on Node 24: a vault with a case, a factor and a
 * journal entry, then locked. The lock's automatic backup is left out to keep it small.
 * To make it again (only with that older addon installed): MAKE_VAULT_FIXTURE=1 npx vitest run
 * --project integration tests/integration/vault-compat.test.ts
 */
const FIXTURE = join(import.meta.dirname, 'fixtures', 'vault-bsmc12');
const MAKE = process.env['MAKE_VAULT_FIXTURE'] === '1';

interface FixtureInfo {
  addon: string;
  sqlite3mc: string;
  sqlite: string;
  node: string;
  memberId: string;
  caseId: string;
}

function addonVersions(): { sqlite3mc: string; sqlite: string } {
  const db = new Database(':memory:');
  try {
    return db.prepare(`SELECT sqlite3mc_version() AS sqlite3mc, sqlite_version() AS sqlite`).get() as { sqlite3mc: string; sqlite: string };
  } finally {
    db.close();
  }
}

async function copyFixture(): Promise<{ root: string; folder: string; info: FixtureInfo }> {
  const root = await makeTempDir();
  const folder = join(root, 'Team Noord');
  await fs.cp(FIXTURE, folder, { recursive: true });
  await fs.rm(join(folder, 'fixture.json'));
  const info = JSON.parse(await fs.readFile(join(FIXTURE, 'fixture.json'), 'utf8')) as FixtureInfo;
  return { root, folder, info };
}

describe('a vault written by the previous SQLite addon', () => {
  it.runIf(MAKE)('makes the fixture (MAKE_VAULT_FIXTURE=1, with better-sqlite3-multiple-ciphers 12.x installed)', async () => {
    const addon = (
      JSON.parse(await fs.readFile(join(import.meta.dirname, '..', '..', 'node_modules', 'better-sqlite3-multiple-ciphers', 'package.json'), 'utf8')) as {
        version: string;
      }
    ).version;
    expect(addon).toMatch(/^12\./);
    const t = await createTestCore();
    const { folder, session } = await createTestVault(t);
    const item = await newCase(t, 'Familie Noord');
    await t.call('factors.save', factorInput(item.id, { text: 'Het gezin woont met vier mensen in één kamer' }));
    await t.call('journal.create', { caseId: item.id, tags: ['huisbezoek'], body: 'Moeder vertelde over de nachten met de baby.' });
    await t.call('vault.lock');
    await fs.rm(FIXTURE, { recursive: true, force: true });
    await fs.mkdir(FIXTURE, { recursive: true });
    for (const file of await fs.readdir(folder)) {
      if (file !== 'backups') await fs.copyFile(join(folder, file), join(FIXTURE, file));
    }
    const info: FixtureInfo = { addon, ...addonVersions(), node: process.version, memberId: session.member.id, caseId: item.id };
    await fs.writeFile(join(FIXTURE, 'fixture.json'), `${JSON.stringify(info, null, 2)}\n`);
  });

  it.skipIf(MAKE)('opens with its raw key: still SQLCipher-4 encrypted, and intact', async () => {
    const { folder, info } = await copyFixture();
    expect(info.addon).toMatch(/^12\./);
    const head = (await fs.readFile(join(folder, 'vault.db'))).subarray(0, 16).toString('latin1');
    expect(head).not.toContain('SQLite format 3');
    const key = await unwrapTestKey(folder, info.memberId, STRONG_PASSPHRASE);
    const db = openVaultDatabase(join(folder, 'vault.db'), key);
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(db.prepare('SELECT pseudonym FROM cases').pluck().all()).toEqual(['Familie Noord']);
    } finally {
      db.close();
    }
  });

  it.skipIf(MAKE)('unlocks, reads, searches and verifies through the core; rekeys with this addon and opens again', async () => {
    const { root, folder, info } = await copyFixture();
    const t = await createTestCore({}, root);
    await t.call('vaults.add', { folder: await t.chooseFolder('openVault', folder) });
    await t.call('vault.unlock', { path: folder, memberId: info.memberId, passphrase: STRONG_PASSPHRASE });
    const read = async () => {
      expect((await t.call('cases.list', {})).map((c) => c.pseudonym)).toEqual(['Familie Noord']);
      const item = await t.call('cases.get', { id: info.caseId });
      expect(item.factors.map((f) => f.text)).toEqual(['Het gezin woont met vier mensen in één kamer']);
      expect((await t.call('journal.list', { caseId: info.caseId })).map((e) => e.excerpt)).toEqual(['Moeder vertelde over de nachten met de baby.']);
      expect((await t.call('search.query', { query: 'nachten' })).results.length).toBe(1);
      expect(await t.call('vault.verify')).toMatchObject({ ok: true });
    };
    await read();
    // A key rotation rekeys the old file in place with this addon (PRAGMA rekey outside WAL).
    const oldKey = await unwrapTestKey(folder, info.memberId, STRONG_PASSPHRASE);
    await t.call('vault.rotateKey');
    await t.call('vault.lock');
    const newKey = await unwrapTestKey(folder, info.memberId, STRONG_PASSPHRASE);
    expect(newKey.equals(oldKey)).toBe(false);
    await t.call('vault.unlock', { path: folder, memberId: info.memberId, passphrase: STRONG_PASSPHRASE });
    await read();
  });
});
