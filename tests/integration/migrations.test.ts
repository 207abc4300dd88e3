import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createKysely, migrateVault, schemaState } from '../../electron/core/db/migrate';
import { openVaultDatabase, type SqliteHandle } from '../../electron/core/vault/database';
import { newDataKey } from '../../electron/core/vault/keys';
import { createTestCore, createTestVault, hashFolder, makeTempDir, STRONG_PASSPHRASE, unwrapTestKey } from './support/vaultFixture';

const SNAPSHOT = join(import.meta.dirname, 'fixtures', 'schema.snapshot.sql');

function schemaSql(db: SqliteHandle): string {
  const rows = db.prepare(`SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY type, name`).all() as { sql: string }[];
  return `${rows.map((row) => `${row.sql};`).join('\n')}\n`;
}

async function freshDatabase(): Promise<SqliteHandle> {
  return openVaultDatabase(join(await makeTempDir(), 'vault.db'), newDataKey(), { create: true });
}

describe('migrations', () => {
  it('0001_init migrates an empty vault at version 0', async () => {
    const db = await freshDatabase();
    expect(db.pragma('user_version', { simple: true })).toBe(0);
    expect(schemaState(db)).toEqual({ kind: 'behind', pending: ['0001_init'] });
    await migrateVault(db, createKysely(db));
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    expect(schemaState(db)).toEqual({ kind: 'current' });
    db.prepare(`INSERT INTO members (id, display_name, added_at) VALUES ('m', 'Anna', '2025-01-01T00:00:00Z')`).run();
    db.prepare(`INSERT INTO audit_log (at, action, actor_member_id) VALUES ('2025-01-01T00:00:00Z', 'vault.created', 'm')`).run();
    expect(() => db.prepare(`UPDATE audit_log SET action = 'x'`).run()).toThrow(/append-only/);
    expect(() => db.prepare(`DELETE FROM audit_log`).run()).toThrow(/append-only/);
    // running again is a no-op
    await migrateVault(db, createKysely(db));
    expect(db.prepare('SELECT count(*) FROM members').pluck().get()).toBe(1);
    db.close();
  });

  it('schema snapshot guard: the migrated schema equals the committed snapshot', async () => {
    const db = await freshDatabase();
    await migrateVault(db, createKysely(db));
    const actual = schemaSql(db);
    db.close();
    if (process.env.UPDATE_SCHEMA_SNAPSHOT === '1') await fs.writeFile(SNAPSHOT, actual);
    expect(actual).toBe(await fs.readFile(SNAPSHOT, 'utf8'));
  });

  it('a vault with an unknown migration or a newer user_version is refused untouched (VAULT_TOO_NEW)', async () => {
    const t = await createTestCore();
    const { folder, session } = await createTestVault(t);
    await t.call('vault.lock');
    const key = await unwrapTestKey(folder, session.member.id, STRONG_PASSPHRASE);
    for (const change of [
      `INSERT INTO kysely_migration (name, timestamp) VALUES ('0002_from_the_future', '2030-01-01T00:00:00Z')`,
      `PRAGMA user_version = 7`,
    ]) {
      const db = openVaultDatabase(join(folder, 'vault.db'), key);
      db.exec(change);
      db.close();
      const before = await hashFolder(folder);
      expect(await t.fail('vault.unlock', { path: folder, memberId: session.member.id, passphrase: STRONG_PASSPHRASE })).toMatchObject({ code: 'VAULT_TOO_NEW' });
      expect(await hashFolder(folder)).toEqual(before);
      const undo = openVaultDatabase(join(folder, 'vault.db'), key);
      undo.exec(`DELETE FROM kysely_migration WHERE name = '0002_from_the_future'; PRAGMA user_version = 1;`);
      undo.close();
    }
    await t.call('vault.unlock', { path: folder, memberId: session.member.id, passphrase: STRONG_PASSPHRASE });
  });
});
