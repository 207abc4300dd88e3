import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createKysely, migrateVault, schemaState } from '../../electron/core/db/migrate';
import { MIGRATION_NAMES, MIGRATIONS } from '../../electron/core/db/migrations';
import { openVaultDatabase } from '../../electron/core/db/database';
import { newDataKey } from '../../electron/core/vault/keys';
import { makeTempDir } from './support/vaultFixture';

const AT = '2025-02-01T00:00:00.000Z';

describe('0003_sessions', () => {
  it('migrates a vault at 0002 with a case in it, keeping its rows; sessions and actions cascade with the case', async () => {
    const db = openVaultDatabase(join(await makeTempDir(), 'vault.db'), newDataKey(), { create: true });
    const upToCases = { '0001_init': MIGRATIONS['0001_init'], '0002_cases': MIGRATIONS['0002_cases'] } as Parameters<typeof migrateVault>[2];
    await migrateVault(db, createKysely(db), upToCases);
    expect(db.pragma('user_version', { simple: true })).toBe(2);
    db.prepare(`INSERT INTO members (id, display_name, added_at) VALUES ('m1', 'Anna', ?)`).run(AT);
    db.prepare(
      `INSERT INTO cases (id, pseudonym, pseudonym_folded, phase, holder_id, created_at, updated_at, last_activity_at) VALUES ('c1', 'Zoë', 'zoe', '0-6m', 'm1', ?, ?, ?)`,
    ).run(AT, AT, AT);
    db.prepare(
      `INSERT INTO factors (id, case_id, sector, category, kind, voice, session_id, created_at, updated_at) VALUES ('f1', 'c1', 'external', 'housing', 'observation', 'parent', NULL, ?, ?)`,
    ).run(AT, AT);
    const before = { cases: db.prepare('SELECT * FROM cases').all(), factors: db.prepare('SELECT * FROM factors').all() };

    await migrateVault(db, createKysely(db));
    expect(schemaState(db)).toEqual({ kind: 'current' });
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATION_NAMES.length);
    // Later migrations add columns with their defaults (0010: traumatic, experience_of; 0015: working_relation; 0012: the
    // due week and the parent's voice, in place of the typed pregnancy week); the rows are otherwise kept.
    const withLaterColumns = {
      cases: before.cases.map((row) => {
        const { pregnancy_week: _week, ...rest } = row as Record<string, unknown>;
        return { ...rest, due_week: null, parent_worries: '', parent_goes_well: '', parent_asks: '' };
      }),
      factors: before.factors.map((row) => ({ ...(row as object), traumatic: 0, experience_of: null, working_relation: null })),
    };
    expect({ cases: db.prepare('SELECT * FROM cases').all(), factors: db.prepare('SELECT * FROM factors').all() }).toEqual(withLaterColumns);

    db.prepare(`INSERT INTO session_methods (id, name, description, phases, created_at, updated_at) VALUES ('tm', '{}', '{}', '[]', ?, ?)`).run(AT, AT);
    db.prepare(
      `INSERT INTO sessions (id, case_id, method_id, method, participants, roles, timer, created_at, updated_at) VALUES ('s1', 'c1', 'what-and-why', '{}', '[]', '{}', '{}', ?, ?)`,
    ).run(AT, AT);
    expect(db.prepare(`SELECT status, question FROM sessions`).get()).toEqual({ status: 'planned', question: '' });
    db.prepare(
      `INSERT INTO session_contributions (id, session_id, phase_key, kind, text, factor_id, created_at, updated_at) VALUES ('k1', 's1', 'why', 'hypothesis', 'x', 'f1', ?, ?)`,
    ).run(AT, AT);
    db.prepare(`INSERT INTO session_outcomes (session_id, updated_at) VALUES ('s1', ?)`).run(AT);
    db.prepare(`INSERT INTO session_step2_records (session_id, updated_at) VALUES ('s1', ?)`).run(AT);
    db.prepare(
      `INSERT INTO action_points (id, case_id, session_id, owner_member_id, text, created_at, updated_at) VALUES ('a1', 'c1', 's1', 'm1', 'Bellen', ?, ?), ('a2', 'c1', NULL, NULL, 'Mailen', ?, ?)`,
    ).run(AT, AT, AT, AT);
    expect(() =>
      db
        .prepare(
          `INSERT INTO sessions (id, case_id, method_id, method, participants, roles, timer, created_at, updated_at) VALUES ('s2', 'nope', 'x', '{}', '[]', '{}', '{}', ?, ?)`,
        )
        .run(AT, AT),
    ).toThrow(/FOREIGN KEY/);
    expect(() =>
      db
        .prepare(
          `INSERT INTO session_contributions (id, session_id, phase_key, kind, text, created_at, updated_at) VALUES ('k2', 'nope', 'why', 'idea', 'x', ?, ?)`,
        )
        .run(AT, AT),
    ).toThrow(/FOREIGN KEY/);

    // A removed factor unlinks the contribution; a removed session leaves its actions on the case.
    db.prepare(`DELETE FROM factors WHERE id = 'f1'`).run();
    expect(db.prepare(`SELECT factor_id FROM session_contributions`).pluck().get()).toBeNull();
    db.prepare(`DELETE FROM sessions WHERE id = 's1'`).run();
    for (const table of ['session_contributions', 'session_outcomes', 'session_step2_records']) {
      expect(db.prepare(`SELECT count(*) FROM ${table}`).pluck().get()).toBe(0);
    }
    expect(db.prepare(`SELECT id, session_id FROM action_points ORDER BY id`).all()).toEqual([
      { id: 'a1', session_id: null },
      { id: 'a2', session_id: null },
    ]);

    db.prepare(
      `INSERT INTO sessions (id, case_id, method_id, method, participants, roles, timer, created_at, updated_at) VALUES ('s3', 'c1', 'balint', '{}', '[]', '{}', '{}', ?, ?)`,
    ).run(AT, AT);
    db.prepare(`DELETE FROM cases WHERE id = 'c1'`).run();
    for (const table of ['sessions', 'action_points']) {
      expect(db.prepare(`SELECT count(*) FROM ${table}`).pluck().get()).toBe(0);
    }
    // A team's methods belong to the team, not to a case.
    expect(db.prepare(`SELECT count(*) FROM session_methods`).pluck().get()).toBe(1);
    db.close();
  });
});
