import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createKysely, migrateVault, schemaState } from '../../electron/core/db/migrate';
import { MIGRATION_NAMES, MIGRATIONS } from '../../electron/core/db/migrations';
import { openVaultDatabase } from '../../electron/core/db/database';
import { newDataKey } from '../../electron/core/vault/keys';
import { makeTempDir } from './support/vaultFixture';

const AT = '2025-02-01T00:00:00.000Z';

describe('0010_care_options', () => {
  it('migrates a vault at 0009 with a factor and a session outcome in it: rows kept, new columns at their defaults, the catalogue table empty', async () => {
    const db = openVaultDatabase(join(await makeTempDir(), 'vault.db'), newDataKey(), { create: true });
    const before0010 = Object.fromEntries(Object.entries(MIGRATIONS).filter(([name]) => name < '0010')) as Parameters<typeof migrateVault>[2];
    await migrateVault(db, createKysely(db), before0010);
    expect(db.pragma('user_version', { simple: true })).toBe(9);
    db.prepare(`INSERT INTO members (id, display_name, added_at) VALUES ('m1', 'Anna', ?)`).run(AT);
    db.prepare(
      `INSERT INTO cases (id, pseudonym, pseudonym_folded, phase, holder_id, created_at, updated_at, last_activity_at) VALUES ('c1', 'Zoë', 'zoe', 'pregnancy', 'm1', ?, ?, ?)`,
    ).run(AT, AT, AT);
    db.prepare(
      `INSERT INTO factors (id, case_id, sector, category, kind, voice, tags, session_id, created_at, updated_at) VALUES ('f1', 'c1', 'parent', 'unprocessed-trauma-loss', 'observation', 'parent', '["ace-physical-abuse"]', NULL, ?, ?)`,
    ).run(AT, AT);
    db.prepare(
      `INSERT INTO sessions (id, case_id, method_id, method, question, participants, roles, status, timer, created_at, updated_at) VALUES ('s1', 'c1', 'what-and-why', '{}', '', '[]', '{}', 'planned', '{}', ?, ?)`,
    ).run(AT, AT);
    db.prepare(`INSERT INTO session_outcomes (session_id, intensity, reasons, updated_at) VALUES ('s1', 'specific', 'Opeenstapeling', ?)`).run(AT);

    await migrateVault(db, createKysely(db));
    expect(schemaState(db)).toEqual({ kind: 'current' });
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATION_NAMES.length);
    expect(db.prepare(`SELECT traumatic, experience_of, tags FROM factors WHERE id = 'f1'`).get()).toEqual({
      traumatic: 0,
      experience_of: null,
      tags: '["ace-physical-abuse"]',
    });
    expect(db.prepare(`SELECT intensity, reasons, care_record FROM session_outcomes WHERE session_id = 's1'`).get()).toEqual({
      intensity: 'specific',
      reasons: 'Opeenstapeling',
      care_record: '{}',
    });
    expect(db.prepare('SELECT count(*) AS n FROM care_options').get()).toEqual({ n: 0 });
    // The new constraints hold.
    expect(() => db.prepare(`UPDATE factors SET experience_of = 'grandparent' WHERE id = 'f1'`).run()).toThrow(/CHECK/);
    expect(() => db.prepare(`UPDATE session_outcomes SET care_record = 'not json' WHERE session_id = 's1'`).run()).toThrow(/CHECK/);
    expect(() =>
      db.prepare(`INSERT INTO care_options (id, built_in, fields, hidden, created_at, updated_at) VALUES ('eigen', 0, NULL, 0, ?, ?)`).run(AT, AT),
    ).toThrow(/CHECK/);
    db.close();
  });
});
