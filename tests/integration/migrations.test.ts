import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createKysely, migrateVault, schemaState } from '../../electron/core/db/migrate';
import { MIGRATION_NAMES, MIGRATIONS } from '../../electron/core/db/migrations';
import { openVaultDatabase, type SqliteHandle } from '../../electron/core/db/database';
import { newDataKey } from '../../electron/core/vault/keys';
import { createTestCore, createTestVault, hashFolder, makeTempDir, STRONG_PASSPHRASE, unwrapTestKey } from './support/vaultFixture';
import { startAuditChain } from '../../electron/core/vault/auditChain';

const SNAPSHOT = join(import.meta.dirname, 'fixtures', 'schema.snapshot.sql');
const MIGRATIONS_FOLDER = join(import.meta.dirname, '..', '..', 'electron', 'core', 'db', 'migrations');

function schemaSql(db: SqliteHandle): string {
  const rows = db.prepare(`SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY type, name`).all() as { sql: string }[];
  return `${rows.map((row) => `${row.sql};`).join('\n')}\n`;
}

async function freshDatabase(): Promise<SqliteHandle> {
  return openVaultDatabase(join(await makeTempDir(), 'vault.db'), newDataKey(), { create: true });
}

describe('migrations', () => {
  it('migrates an empty vault at version 0 to the latest', async () => {
    const db = await freshDatabase();
    expect(db.pragma('user_version', { simple: true })).toBe(0);
    expect(schemaState(db)).toEqual({ kind: 'behind', pending: [...MIGRATION_NAMES] });
    await migrateVault(db, createKysely(db));
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATION_NAMES.length);
    expect(schemaState(db)).toEqual({ kind: 'current' });
    // An audit row is refused until the connection registers the chain function (0009).
    expect(() => db.prepare(`INSERT INTO audit_log (at, action) VALUES ('2025-01-01T00:00:00Z', 'vault.created')`).run()).toThrow(/dyade_audit_mac/);
    startAuditChain(db);
    db.prepare(`INSERT INTO members (id, display_name, added_at) VALUES ('m', 'Anna', '2025-01-01T00:00:00Z')`).run();
    db.prepare(`INSERT INTO audit_log (at, action, actor_member_id) VALUES ('2025-01-01T00:00:00Z', 'vault.created', 'm')`).run();
    expect(() => db.prepare(`UPDATE audit_log SET action = 'x'`).run()).toThrow(/append-only/);
    expect(() => db.prepare(`DELETE FROM audit_log`).run()).toThrow(/append-only/);
    // running again is a no-op
    await migrateVault(db, createKysely(db));
    expect(db.prepare('SELECT count(*) FROM members').pluck().get()).toBe(1);
    db.close();
  });

  it('migrations are frozen: a migration file imports nothing but kysely (and types)', async () => {
    const files = (await fs.readdir(MIGRATIONS_FOLDER)).filter((name) => /^\d{4}_\w+\.ts$/.test(name));
    expect(files.map((name) => name.replace(/\.ts$/, ''))).toEqual([...MIGRATION_NAMES]);
    for (const file of files) {
      const text = await fs.readFile(join(MIGRATIONS_FOLDER, file), 'utf8');
      const imports = [...text.matchAll(/^\s*(import|export)\b([^;]*?)\bfrom\s*['"]([^'"]+)['"]/gms)].map(([, keyword, clause, source]) => ({
        keyword,
        clause: clause?.trim() ?? '',
        source,
      }));
      const live = imports.filter(({ keyword, clause, source }) => source !== 'kysely' && !(keyword === 'import' && clause.startsWith('type ')));
      expect(live, file).toEqual([]);
      expect(text, file).not.toMatch(/\brequire\s*\(|\bimport\s*\(|^\s*import\s+['"]/m);
    }
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
      `INSERT INTO kysely_migration (name, timestamp) VALUES ('0099_from_the_future', '2030-01-01T00:00:00Z')`,
      `PRAGMA user_version = ${MIGRATION_NAMES.length + 1}`,
    ]) {
      const db = openVaultDatabase(join(folder, 'vault.db'), key);
      db.exec(change);
      db.close();
      const before = await hashFolder(folder);
      expect(await t.fail('vault.unlock', { path: folder, memberId: session.member.id, passphrase: STRONG_PASSPHRASE })).toMatchObject({
        code: 'VAULT_TOO_NEW',
      });
      expect(await hashFolder(folder)).toEqual(before);
      const undo = openVaultDatabase(join(folder, 'vault.db'), key);
      undo.exec(`DELETE FROM kysely_migration WHERE name = '0099_from_the_future'; PRAGMA user_version = ${MIGRATION_NAMES.length};`);
      undo.close();
    }
    await t.call('vault.unlock', { path: folder, memberId: session.member.id, passphrase: STRONG_PASSPHRASE });
  });
  it('0002_cases migrates a vault at 0001 with rows in it, keeping them, and cascades case deletes', async () => {
    const db = await freshDatabase();
    const atInit = { '0001_init': MIGRATIONS['0001_init'] } as Parameters<typeof migrateVault>[2];
    await migrateVault(db, createKysely(db), atInit);
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    db.prepare(`INSERT INTO members (id, display_name, added_at) VALUES ('m1', 'Anna', '2025-01-01T00:00:00.000Z')`).run();
    db.prepare(`INSERT INTO settings (key, value) VALUES ('idle_lock_minutes', '7')`).run();
    db.prepare(`INSERT INTO audit_log (at, action, actor_member_id) VALUES ('2025-01-01T00:00:00.000Z', 'vault.created', 'm1')`).run();
    const before = {
      members: db.prepare('SELECT * FROM members').all(),
      settings: db.prepare('SELECT * FROM settings').all(),
      audit: db.prepare('SELECT * FROM audit_log').all(),
    };
    expect(schemaState(db)).toEqual({ kind: 'behind', pending: MIGRATION_NAMES.filter((name) => name !== '0001_init') });

    await migrateVault(db, createKysely(db));
    expect(schemaState(db)).toEqual({ kind: 'current' });
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATION_NAMES.length);
    expect({
      members: db.prepare('SELECT * FROM members').all(),
      settings: db.prepare('SELECT * FROM settings').all(),
      audit: db.prepare('SELECT * FROM audit_log').all(),
    }).toEqual(before);

    const at = '2025-02-01T00:00:00.000Z';
    db.prepare(
      `INSERT INTO cases (id, pseudonym, pseudonym_folded, phase, holder_id, created_at, updated_at, last_activity_at) VALUES ('c1', 'Zoë', 'zoe', '0-6m', 'm1', ?, ?, ?)`,
    ).run(at, at, at);
    expect(db.prepare(`SELECT status, context_note, relationship_form FROM cases`).get()).toEqual({
      status: 'open',
      context_note: '',
      relationship_form: 'dyad',
    });
    db.prepare(`INSERT INTO people (id, case_id, role, pseudonym, created_at, updated_at) VALUES ('p1', 'c1', 'parent', 'M', ?, ?)`).run(at, at);
    db.prepare(`INSERT INTO chain_partners (id, case_id, type, created_at, updated_at) VALUES ('k1', 'c1', 'gp', ?, ?)`).run(at, at);
    db.prepare(
      `INSERT INTO factors (id, case_id, sector, category, kind, voice, chain_partner_id, created_at, updated_at) VALUES ('f1', 'c1', 'external', 'housing', 'observation', 'chain', 'k1', ?, ?)`,
    ).run(at, at);
    db.prepare(`INSERT INTO map_snapshots (id, case_id, taken_at, reason, factor_count, state) VALUES ('s1', 'c1', ?, 'manual', 1, '{}')`).run(at);
    expect(() =>
      db
        .prepare(
          `INSERT INTO factors (id, case_id, sector, category, kind, voice, created_at, updated_at) VALUES ('f2', 'nope', 'external', 'housing', 'observation', 'parent', ?, ?)`,
        )
        .run(at, at),
    ).toThrow(/FOREIGN KEY/);
    db.prepare(`DELETE FROM cases WHERE id = 'c1'`).run();
    for (const table of ['people', 'chain_partners', 'factors', 'map_snapshots']) {
      expect(db.prepare(`SELECT count(*) FROM ${table}`).pluck().get()).toBe(0);
    }
    expect(db.prepare('SELECT count(*) FROM members').pluck().get()).toBe(1);
    db.close();
  });
});
