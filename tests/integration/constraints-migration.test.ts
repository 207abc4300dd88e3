import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createKysely, migrateVault, schemaState } from '../../electron/core/db/migrate';
import { MIGRATION_NAMES, MIGRATIONS } from '../../electron/core/db/migrations';
import { openVaultDatabase, type SqliteHandle } from '../../electron/core/db/database';
import { newDataKey } from '../../electron/core/vault/keys';
import { AUDIT_ACTIONS } from '../../shared/contract';
import {
  AGE_BANDS,
  BUFFERINGS,
  CASE_PHASES,
  CASE_STATUSES,
  CATEGORY_CATALOG,
  CHAIN_TYPES,
  DURATIONS,
  FACTOR_KINDS,
  FACTOR_STATUSES,
  PERSON_ROLES,
  PRESSURES,
  RELATIONSHIP_FORMS,
  SECTORS,
  SNAPSHOT_REASONS,
  VOICES,
} from '../../shared/domain/case';
import { SEARCH_KINDS, TEMPLATE_IDS } from '../../shared/domain/journal';
import { ACTION_STATUSES, CONTRIBUTION_KINDS, INTENSITIES, PERSPECTIVES, SESSION_STATUSES, VOICES_HEARD } from '../../shared/domain/session';
import { makeTempDir } from './support/vaultFixture';
import { startAuditChain } from '../../electron/core/vault/auditChain';

const AT = '2025-03-01T09:00:00.000Z';
const LATER = '2025-03-02T10:30:00.000Z';
const upTo = (last: string) =>
  Object.fromEntries(MIGRATION_NAMES.filter((name) => name <= last).map((name) => [name, MIGRATIONS[name]])) as Parameters<typeof migrateVault>[2];
const UP_TO_0005 = upTo('0005_exchange');
const UP_TO_0006 = upTo('0006_constraints');

/** Every table of the vault, each ordered by its key, so before and after compare row for row. */
const TABLES: Record<string, string> = {
  members: 'id',
  settings: 'key',
  audit_log: 'id',
  cases: 'id',
  people: 'id',
  chain_partners: 'id',
  factors: 'id',
  map_snapshots: 'id',
  session_methods: 'id',
  sessions: 'id',
  session_contributions: 'id',
  session_outcomes: 'session_id',
  session_step2_records: 'session_id',
  action_points: 'id',
  journal_entries: 'id',
  custom_prompts: 'id',
  hidden_prompts: 'member_id, prompt_id',
  search_docs: 'id',
  exchange_base: 'item_table, item_id',
  exchange_conflicts: 'id',
};

async function vaultAt0005(): Promise<SqliteHandle> {
  const db = openVaultDatabase(join(await makeTempDir(), 'vault.db'), newDataKey(), { create: true });
  await migrateVault(db, createKysely(db), UP_TO_0005);
  expect(db.pragma('user_version', { simple: true })).toBe(5);
  return db;
}

/** Rows in every table, with every nullable enum column both filled and empty somewhere. */
function fill(db: SqliteHandle): void {
  db.exec(`
    INSERT INTO members (id, display_name, added_at, added_by, removed_at) VALUES
      ('m1', 'Anna', '${AT}', NULL, NULL), ('m2', 'Bert', '${AT}', 'm1', NULL), ('m3', 'Cees', '${AT}', 'm1', '${LATER}');
    INSERT INTO settings (key, value) VALUES ('idle_lock_minutes', '10'), ('retention_policy', '{"enabled":true,"months":24}');
    INSERT INTO audit_log (at, action, actor_member_id, detail) VALUES
      ('${AT}', 'vault.created', 'm1', '{}'), ('${AT}', 'member.added', 'm1', '{"memberId":"m2"}'), ('${LATER}', 'case.opened', 'm2', '{"caseId":"c1"}');
    UPDATE sqlite_sequence SET seq = 40 WHERE name = 'audit_log';
    INSERT INTO cases (id, pseudonym, pseudonym_folded, phase, pregnancy_week, status, holder_id, context_note, relationship_form, relationship_now, relationship_goes_well, relationship_worries, created_at, updated_at, closed_at, last_activity_at, map_changed_at) VALUES
      ('c1', 'Zoë', 'zoe', 'pregnancy', 20, 'open', 'm1', 'vlinderwoord notitie', 'dyad', 'nu', 'goed', 'zorgen', '${AT}', '${LATER}', NULL, '${LATER}', '${LATER}'),
      ('c2', 'Noah', 'noah', '1-2y', NULL, 'closed', 'm3', '', 'triad', '', '', '', '${AT}', '${AT}', '${LATER}', '${AT}', NULL);
    INSERT INTO people (id, case_id, role, pseudonym, age_band, due_date, note, created_at, updated_at) VALUES
      ('p1', 'c1', 'parent', 'M', 'adult', NULL, 'moeder', '${AT}', '${AT}'), ('p2', 'c1', 'child', 'Kind', NULL, '2025-07-01', '', '${AT}', '${AT}');
    INSERT INTO chain_partners (id, case_id, type, label, relationship, already_asked, last_contact, created_at, updated_at) VALUES
      ('k1', 'c1', 'gp', 'Huisarts', 'vertrouwd', 'slaap', '2025-02-20', '${AT}', '${AT}');
    INSERT INTO factors (id, case_id, sector, category, other_label, text, kind, voice, chain_partner_id, pressure, duration, buffered, tags, status, placement, session_id, created_at, updated_at) VALUES
      ('f1', 'c1', 'external', 'housing', NULL, 'krappe woning', 'observation', 'chain', 'k1', 'heavy', 'prolonged', 'partly', '["els-poverty"]', 'current', '{"radial":0.5,"along":0.25}', 's1', '${AT}', '${AT}'),
      ('f2', 'c1', 'buffer', 'other', 'buurvrouw', 'helpt', 'hypothesis', 'parent', NULL, NULL, NULL, NULL, '[]', 'resolved', NULL, NULL, '${AT}', '${LATER}');
    INSERT INTO map_snapshots (id, case_id, taken_at, reason, label, factor_count, state) VALUES ('ms1', 'c1', '${AT}', 'daily', '', 2, '{"factors":[]}');
    INSERT INTO session_methods (id, name, description, phases, copied_from, created_at, updated_at) VALUES ('tm1', '{"nl":"Eigen","en":"Own"}', '{"nl":"","en":""}', '[]', 'what-and-why', '${AT}', '${AT}');
    INSERT INTO sessions (id, case_id, method_id, method, question, participants, roles, status, timer, started_at, finished_at, created_at, updated_at) VALUES
      ('s1', 'c1', 'what-and-why', '{}', 'waarom huilt zij', '[]', '{}', 'finished', '{}', '${AT}', '${LATER}', '${AT}', '${LATER}'),
      ('s2', 'c1', 'tm1', '{}', '', '[]', '{}', 'planned', '{}', NULL, NULL, '${AT}', '${AT}');
    INSERT INTO session_contributions (id, session_id, phase_key, kind, author_id, text, factor_id, perspective, change_my_mind, hidden, created_at, updated_at) VALUES
      ('sc1', 's1', 'why', 'hypothesis', 'pa', 'moe', 'f1', 'child', 'als zij slaapt', 0, '${AT}', '${AT}'),
      ('sc2', 's1', 'silent', 'idea', NULL, 'verborgen', NULL, NULL, '', 1, '${AT}', '${AT}');
    INSERT INTO session_outcomes (session_id, intensity, for_whom, context, reasons, take_away, every_voice_heard, do_differently, updated_at) VALUES
      ('s1', 'specific', 'moeder', 'thuis', 'redenen', 'rust', 'partly', 'korter', '${LATER}'),
      ('s2', NULL, '', '', '', '', NULL, '', '${AT}');
    INSERT INTO session_step2_records (session_id, consulted, consulted_role, date, signals, outcome, veilig_thuis_consulted, updated_at) VALUES
      ('s1', 'collega', 'aandachtsfunctionaris', '2025-03-01', 'signalen', 'afspraak', 1, '${LATER}'),
      ('s2', '', '', NULL, '', '', NULL, '${AT}');
    INSERT INTO action_points (id, case_id, session_id, owner_member_id, text, owner_name, due_date, status, created_at, updated_at) VALUES
      ('a1', 'c1', 's1', 'm3', 'Bellen', 'Cees', '2025-03-08', 'done', '${AT}', '${LATER}'), ('a2', 'c2', NULL, NULL, 'Mailen', '', NULL, 'open', '${AT}', '${AT}');
    INSERT INTO journal_entries (id, author_id, case_id, prompt_id, prompt_text, template, title, body, sections, tags, created_at, updated_at) VALUES
      ('j1', 'm1', 'c1', NULL, '', 'gibbs', 'Na het gesprek', 'tekst', '[{"key":"feelings","text":"onrustig"}]', '["slaap"]', '${AT}', '${AT}'),
      ('j2', 'm2', NULL, 'cp1', 'Wat zag je?', NULL, '', 'eigen', '[]', '[]', '${AT}', '${AT}');
    INSERT INTO custom_prompts (id, text, contexts, created_by, created_at, updated_at) VALUES ('cp1', 'Wat zag je?', '{"journal":true}', 'm3', '${AT}', '${AT}');
    INSERT INTO hidden_prompts (member_id, prompt_id) VALUES ('m3', 'why-1'), ('m1', 'cp1');
    INSERT INTO exchange_base (item_table, item_id, case_id, hash) VALUES ('cases', 'c1', 'c1', 'h1'), ('factors', 'f1', 'c1', 'h2'), ('action_points', 'a2', 'c2', 'h3');
    INSERT INTO exchange_conflicts (id, case_id, item_table, item_id, incoming, incoming_hash, from_vault_id, imported_at) VALUES ('x1', 'c1', 'people', 'p1', '{"id":"p1"}', 'h4', 'vault-b', '${LATER}');
  `);
}

function rows(db: SqliteHandle): Record<string, unknown[]> {
  return Object.fromEntries(Object.entries(TABLES).map(([table, key]) => [table, db.prepare(`SELECT * FROM ${table} ORDER BY ${key}`).all()]));
}

interface Column {
  name: string;
  type: string;
  notnull: number;
  pk: number;
}

/** Columns, keys, foreign keys (with their ON DELETE), indexes, triggers: everything but the CREATE TABLE text. */
function structure(db: SqliteHandle, options: { keysNotNull?: boolean } = {}): unknown {
  // STRICT makes a text PRIMARY KEY column NOT NULL (a plain table let it be NULL); nothing else may differ.
  const keyed = (column: Column) => (options.keysNotNull && column.pk > 0 && column.type === 'TEXT' ? { ...column, notnull: 1 } : column);
  return {
    tables: Object.fromEntries(
      Object.keys(TABLES).map((table) => [
        table,
        {
          columns: (db.pragma(`table_info(${table})`) as Column[]).map((column) => keyed({ ...column, type: column.type.toUpperCase() })),
          foreignKeys: db.pragma(`foreign_key_list(${table})`),
          indexes: (db.pragma(`index_list(${table})`) as { name: string; unique: number; origin: string; partial: number }[])
            .map(({ name, unique, origin, partial }) => ({ name, unique, origin, partial, columns: db.pragma(`index_info(${name})`) }))
            .sort((a, b) => a.name.localeCompare(b.name)),
        },
      ]),
    ),
    indexesAndTriggers: db.prepare(`SELECT type, name, tbl_name, sql FROM sqlite_master WHERE type IN ('index', 'trigger') ORDER BY type, name`).all(),
    sequence: db.prepare(`SELECT name, seq FROM sqlite_sequence ORDER BY name`).all(),
  };
}

function schemaSql(db: SqliteHandle): unknown[] {
  return db.prepare(`SELECT type, name, sql FROM sqlite_master ORDER BY type, name`).all();
}

function found(db: SqliteHandle, word: string): unknown[] {
  return db
    .prepare(`SELECT d.kind, d.source_id FROM search_fts JOIN search_docs d ON d.id = search_fts.rowid WHERE search_fts MATCH ? ORDER BY d.kind, d.source_id`)
    .all(word);
}

/** Each value must be storable in the column; the change is undone. */
function accepts(db: SqliteHandle, table: string, column: string, where: string, values: readonly (string | number)[]): void {
  for (const value of values) {
    db.exec('SAVEPOINT probe');
    try {
      expect(() => db.prepare(`UPDATE ${table} SET ${column} = ? WHERE ${where}`).run(value), `${table}.${column} = ${value}`).not.toThrow();
    } finally {
      db.exec('ROLLBACK TO probe; RELEASE probe');
    }
  }
}

describe('0006_constraints', () => {
  it('rebuilds a vault at 0005 with rows in every table: rows, keys, cascades, indexes and triggers unchanged', async () => {
    const db = await vaultAt0005();
    fill(db);
    for (const [table] of Object.entries(TABLES)) expect(db.prepare(`SELECT count(*) FROM ${table}`).pluck().get(), table).toBeGreaterThan(0);
    const before = { rows: rows(db), structure: structure(db, { keysNotNull: true }) };

    // This migration on its own (later ones change the search index's shape on purpose).
    await migrateVault(db, createKysely(db), UP_TO_0006);
    expect(db.pragma('user_version', { simple: true })).toBe(6);
    expect(rows(db)).toEqual(before.rows);
    expect(structure(db)).toEqual(before.structure);
    expect(db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE '%before_0006'`).all()).toEqual([]);
    expect(db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE '%) STRICT'`).pluck().all()).toEqual(
      expect.arrayContaining(Object.keys(TABLES)),
    );
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);

    // The full-text index still matches its content, finds what was there and picks up what is new.
    expect(() => db.exec(`INSERT INTO search_fts (search_fts) VALUES ('integrity-check')`)).not.toThrow();
    expect(found(db, 'vlinderwoord')).toEqual([{ kind: 'case', source_id: 'c1' }]);
    db.prepare(
      `INSERT INTO cases (id, pseudonym, pseudonym_folded, phase, context_note, created_at, updated_at, last_activity_at) VALUES ('c3', 'Saar', 'saar', '0-6m', 'kolibriewoord', ?, ?, ?)`,
    ).run(LATER, LATER, LATER);
    expect(found(db, 'kolibriewoord')).toEqual([{ kind: 'case', source_id: 'c3' }]);
    db.prepare(`UPDATE session_contributions SET hidden = 0 WHERE id = 'sc2'`).run();
    expect(found(db, 'verborgen')).toEqual([{ kind: 'contribution', source_id: 'sc2' }]);

    // The audit log stays append-only and never hands out an id twice.
    expect(() => db.prepare(`UPDATE audit_log SET action = 'vault.locked'`).run()).toThrow(/append-only/);
    expect(() => db.prepare(`DELETE FROM audit_log`).run()).toThrow(/append-only/);
    expect(db.prepare(`INSERT INTO audit_log (at, action) VALUES (?, 'vault.locked')`).run(LATER).lastInsertRowid).toBe(41);

    // Foreign keys: refused when dangling, and every ON DELETE still acts.
    expect(() =>
      db.prepare(`INSERT INTO people (id, case_id, role, pseudonym, created_at, updated_at) VALUES ('p9', 'nope', 'parent', 'X', ?, ?)`).run(AT, AT),
    ).toThrow(/FOREIGN KEY/);
    db.prepare(`DELETE FROM factors WHERE id = 'f1'`).run();
    expect(db.prepare(`SELECT factor_id FROM session_contributions WHERE id = 'sc1'`).pluck().get()).toBeNull();
    db.prepare(`DELETE FROM sessions WHERE id = 's2'`).run();
    expect(db.prepare(`SELECT count(*) FROM session_outcomes WHERE session_id = 's2'`).pluck().get()).toBe(0);
    db.prepare(`DELETE FROM chain_partners WHERE id = 'k1'`).run();
    db.prepare(`DELETE FROM cases WHERE id = 'c1'`).run();
    for (const table of [
      'people',
      'factors',
      'map_snapshots',
      'sessions',
      'session_contributions',
      'session_outcomes',
      'session_step2_records',
      'exchange_conflicts',
    ]) {
      expect(db.prepare(`SELECT count(*) FROM ${table}`).pluck().get(), table).toBe(0);
    }
    expect(db.prepare(`SELECT id FROM action_points`).pluck().all()).toEqual(['a2']);
    expect(db.prepare(`SELECT id FROM journal_entries`).pluck().all()).toEqual(['j2']);
    expect(db.prepare(`SELECT item_id FROM exchange_base`).pluck().all()).toEqual(['a2']);
    expect(db.prepare(`SELECT count(*) FROM search_docs WHERE case_id = 'c1'`).pluck().get()).toBe(0);
    db.prepare(`DELETE FROM members WHERE id = 'm3'`).run();
    expect(db.prepare(`SELECT holder_id FROM cases WHERE id = 'c2'`).pluck().get()).toBeNull();
    expect(db.prepare(`SELECT created_by FROM custom_prompts`).pluck().get()).toBeNull();
    expect(db.prepare(`SELECT member_id FROM hidden_prompts`).pluck().all()).toEqual(['m1']);
    expect(() => db.prepare(`DELETE FROM members WHERE id = 'm2'`).run()).toThrow(/FOREIGN KEY/);
    db.close();
  });

  it('the database refuses a value outside an enum or of the wrong type, and takes every value the domain allows', async () => {
    const db = await vaultAt0005();
    fill(db);
    await migrateVault(db, createKysely(db));
    startAuditChain(db);
    const newCase = `INSERT INTO cases (id, pseudonym, pseudonym_folded, phase, due_week, created_at, updated_at, last_activity_at) VALUES ('c9', 'X', 'x', ?, ?, '${AT}', '${AT}', '${AT}')`;
    expect(() => db.prepare(newCase).run('evil', null)).toThrow(/CHECK constraint failed: cases_phase/);
    // Since 0012 the case holds a due week, an ISO week "2027-W12", no longer a typed week of pregnancy.
    expect(() => db.prepare(newCase).run('pregnancy', 'twenty')).toThrow(/CHECK constraint failed: cases_due_week/);
    expect(() => db.prepare(newCase).run('pregnancy', 20)).toThrow(/CHECK constraint failed: cases_due_week/);
    expect(() => db.prepare(`INSERT INTO audit_log (at, action) VALUES (?, 'audit.forged')`).run(AT)).toThrow(/CHECK constraint failed: audit_log_action/);
    expect(() => db.prepare(`UPDATE factors SET category = 'temperament' WHERE id = 'f1'`).run()).toThrow(/CHECK constraint failed: factors_category/);
    expect(() => db.prepare(`UPDATE session_contributions SET hidden = 2 WHERE id = 'sc1'`).run()).toThrow(
      /CHECK constraint failed: session_contributions_hidden/,
    );

    // Every value the domain allows today fits (a new value in shared/ needs a migration: this fails until there is one).
    const one = (id: string) => `id = '${id}'`;
    accepts(db, 'cases', 'phase', one('c1'), CASE_PHASES);
    accepts(db, 'cases', 'status', one('c1'), CASE_STATUSES);
    accepts(db, 'cases', 'relationship_form', one('c1'), RELATIONSHIP_FORMS);
    accepts(db, 'people', 'role', one('p1'), PERSON_ROLES);
    accepts(db, 'people', 'age_band', one('p1'), AGE_BANDS);
    accepts(db, 'chain_partners', 'type', one('k1'), CHAIN_TYPES);
    accepts(db, 'factors', 'kind', one('f1'), FACTOR_KINDS);
    accepts(db, 'factors', 'voice', one('f1'), VOICES);
    accepts(db, 'factors', 'pressure', one('f1'), PRESSURES);
    accepts(db, 'factors', 'duration', one('f1'), DURATIONS);
    accepts(db, 'factors', 'buffered', one('f1'), BUFFERINGS);
    accepts(db, 'factors', 'status', one('f1'), FACTOR_STATUSES);
    for (const sector of SECTORS) {
      for (const category of CATEGORY_CATALOG[sector]) {
        expect(() => db.prepare(`UPDATE factors SET sector = ?, category = ? WHERE id = 'f2'`).run(sector, category), `${sector}/${category}`).not.toThrow();
      }
    }
    accepts(db, 'map_snapshots', 'reason', one('ms1'), SNAPSHOT_REASONS);
    accepts(db, 'sessions', 'status', one('s1'), SESSION_STATUSES);
    accepts(db, 'session_contributions', 'kind', one('sc1'), CONTRIBUTION_KINDS);
    accepts(db, 'session_contributions', 'perspective', one('sc1'), PERSPECTIVES);
    accepts(db, 'session_outcomes', 'intensity', `session_id = 's1'`, INTENSITIES);
    accepts(db, 'session_outcomes', 'every_voice_heard', `session_id = 's1'`, VOICES_HEARD);
    accepts(db, 'action_points', 'status', one('a1'), ACTION_STATUSES);
    accepts(db, 'journal_entries', 'template', one('j1'), TEMPLATE_IDS);
    accepts(db, 'search_docs', 'kind', `id = (SELECT min(id) FROM search_docs)`, SEARCH_KINDS);
    db.exec('SAVEPOINT audit');
    for (const action of AUDIT_ACTIONS) expect(() => db.prepare(`INSERT INTO audit_log (at, action) VALUES (?, ?)`).run(AT, action), action).not.toThrow();
    db.exec('ROLLBACK TO audit; RELEASE audit');
    db.close();
  });

  it('refuses a vault holding a value outside an enum or a dangling key, changing nothing (VAULT_CORRUPT)', async () => {
    for (const damage of [
      { sql: `UPDATE cases SET phase = 'evil' WHERE id = 'c2'`, reason: 'invalid-value', message: /cases.*cases_phase/ },
      { sql: `INSERT INTO audit_log (at, action) VALUES ('${AT}', 'hand.edited')`, reason: 'invalid-value', message: /audit_log_action/ },
      { sql: `UPDATE cases SET pregnancy_week = 'twenty' WHERE id = 'c1'`, reason: 'invalid-value', message: /pregnancy_week/ },
      {
        sql: `PRAGMA foreign_keys = OFF; INSERT INTO people (id, case_id, role, pseudonym, created_at, updated_at) VALUES ('p9', 'gone', 'parent', 'X', '${AT}', '${AT}'); PRAGMA foreign_keys = ON`,
        reason: 'foreign-key',
        message: /people → cases/,
      },
    ]) {
      const db = await vaultAt0005();
      fill(db);
      db.exec(damage.sql);
      const before = { rows: rows(db), schema: schemaSql(db) };
      await expect(migrateVault(db, createKysely(db)), damage.sql).rejects.toMatchObject({
        code: 'VAULT_CORRUPT',
        details: { reason: damage.reason },
        message: expect.stringMatching(damage.message),
      });
      expect(db.pragma('user_version', { simple: true })).toBe(5);
      expect(schemaState(db)).toEqual({ kind: 'behind', pending: MIGRATION_NAMES.filter((name) => name >= '0006') });
      expect({ rows: rows(db), schema: schemaSql(db) }).toEqual(before);
      expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
      db.close();
    }
  });
});
