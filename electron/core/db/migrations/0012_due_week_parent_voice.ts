import { sql, type Kysely } from 'kysely';

/**
 * The case learns its expected due *week* and the parent's own voice.
 *
 * - `cases.due_week`: an ISO 8601 week, "2027-W12" (Monday-based, as Dutch calendars number weeks).
 *   A week is all the 1001-day strip needs; the strip and the case's phase are computed from it and
 *   today's local day (shared/domain/thousand-days.ts), so nothing has to be set by hand as the
 *   pregnancy goes on.
 * - Existing rows are converted, never dropped: a case takes the week of the earliest due date of
 *   its people (`people.due_date`, an exact date, the better fact); a case without one that was in
 *   the pregnancy phase with a week of pregnancy takes the week that pregnancy reaches 40 weeks,
 *   counted from the local day the case was created (the week was typed then or later; the
 *   professional sees the result as "week 12 van 2027" and can correct it). Then the exact due
 *   dates (`people.due_date`) and the hand-set week (`cases.pregnancy_week`) are removed.
 * - `cases.parent_worries`, `parent_goes_well`, `parent_asks`: what the parent herself worries about,
 *   thinks goes well, and asks for, in her words. They are indexed for search with the case.
 *
 * The case's search triggers name the old column, so they are made again (frozen below, as
 * searchIndexDdl() produced them when this migration shipped) and every case indexed anew. One
 * savepoint: kysely runs SQLite migrations outside a transaction.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const run = (statement: string) => sql.raw(statement).execute(db);
  await run('SAVEPOINT migration_0012');
  try {
    for (const statement of STATEMENTS) await run(statement);
  } catch (error) {
    try {
      await run('ROLLBACK TO migration_0012');
      await run('RELEASE migration_0012');
    } catch {
      // SQLite already rolled back by itself; the first error is the one to report.
    }
    throw error;
  }
  await run('RELEASE migration_0012');
}

const STATEMENTS: readonly string[] = [
  `ALTER TABLE cases ADD COLUMN due_week TEXT CONSTRAINT cases_due_week CHECK (due_week GLOB '[0-9][0-9][0-9][0-9]-W[0-5][0-9]')`,
  `ALTER TABLE cases ADD COLUMN parent_worries TEXT NOT NULL DEFAULT ''`,
  `ALTER TABLE cases ADD COLUMN parent_goes_well TEXT NOT NULL DEFAULT ''`,
  `ALTER TABLE cases ADD COLUMN parent_asks TEXT NOT NULL DEFAULT ''`,
  // The week of the earliest exact due date among the case's people (%G-W%V: the ISO year and week).
  `UPDATE cases SET due_week = (SELECT strftime('%G-W%V', min(p.due_date)) FROM people p WHERE p.case_id = cases.id AND p.due_date IS NOT NULL)`,
  // Else a week of pregnancy, read as of the local day the case was created: 40 weeks is the due week.
  `UPDATE cases SET due_week = strftime('%G-W%V', date(created_at, 'localtime', printf('%+d days', (40 - pregnancy_week) * 7))) WHERE due_week IS NULL AND phase = 'pregnancy' AND pregnancy_week IS NOT NULL`,
  `DROP TRIGGER search_cases_ai`,
  `DROP TRIGGER search_cases_au`,
  `DROP TRIGGER search_cases_ad`,
  `ALTER TABLE cases DROP COLUMN pregnancy_week`,
  `ALTER TABLE people DROP COLUMN due_date`,
  `CREATE TRIGGER search_cases_ai AFTER INSERT ON cases BEGIN INSERT INTO search_docs (kind, source_id, case_id, session_id, owner_id, at, facet, title, body, terms) SELECT kind, source_id, case_id, session_id, owner_id, at, facet, title, body, dyade_search_terms(kind, facet, extra, title, body) FROM (SELECT 'case' AS kind, r.id AS source_id, r.id AS case_id, NULL AS session_id, NULL AS owner_id, r.updated_at AS at, r.phase AS facet, r.pseudonym AS title, trim(coalesce(r.context_note, '') || char(10) || coalesce(r.relationship_now, '') || char(10) || coalesce(r.relationship_goes_well, '') || char(10) || coalesce(r.relationship_worries, '') || char(10) || coalesce(r.parent_worries, '') || char(10) || coalesce(r.parent_goes_well, '') || char(10) || coalesce(r.parent_asks, ''), char(10)) AS body, r.due_week AS extra FROM cases r WHERE r.id = new.id); END`,
  `CREATE TRIGGER search_cases_au AFTER UPDATE OF pseudonym, context_note, relationship_now, relationship_goes_well, relationship_worries, parent_worries, parent_goes_well, parent_asks, phase, due_week ON cases BEGIN DELETE FROM search_docs WHERE kind = 'case' AND source_id = old.id; INSERT INTO search_docs (kind, source_id, case_id, session_id, owner_id, at, facet, title, body, terms) SELECT kind, source_id, case_id, session_id, owner_id, at, facet, title, body, dyade_search_terms(kind, facet, extra, title, body) FROM (SELECT 'case' AS kind, r.id AS source_id, r.id AS case_id, NULL AS session_id, NULL AS owner_id, r.updated_at AS at, r.phase AS facet, r.pseudonym AS title, trim(coalesce(r.context_note, '') || char(10) || coalesce(r.relationship_now, '') || char(10) || coalesce(r.relationship_goes_well, '') || char(10) || coalesce(r.relationship_worries, '') || char(10) || coalesce(r.parent_worries, '') || char(10) || coalesce(r.parent_goes_well, '') || char(10) || coalesce(r.parent_asks, ''), char(10)) AS body, r.due_week AS extra FROM cases r WHERE r.id = new.id); END`,
  `CREATE TRIGGER search_cases_ad AFTER DELETE ON cases BEGIN DELETE FROM search_docs WHERE kind = 'case' AND source_id = old.id; END`,
  `DELETE FROM search_docs WHERE kind = 'case'`,
  `INSERT INTO search_docs (kind, source_id, case_id, session_id, owner_id, at, facet, title, body, terms) SELECT kind, source_id, case_id, session_id, owner_id, at, facet, title, body, dyade_search_terms(kind, facet, extra, title, body) FROM (SELECT 'case' AS kind, r.id AS source_id, r.id AS case_id, NULL AS session_id, NULL AS owner_id, r.updated_at AS at, r.phase AS facet, r.pseudonym AS title, trim(coalesce(r.context_note, '') || char(10) || coalesce(r.relationship_now, '') || char(10) || coalesce(r.relationship_goes_well, '') || char(10) || coalesce(r.relationship_worries, '') || char(10) || coalesce(r.parent_worries, '') || char(10) || coalesce(r.parent_goes_well, '') || char(10) || coalesce(r.parent_asks, ''), char(10)) AS body, r.due_week AS extra FROM cases r WHERE 1)`,
];

export async function down(): Promise<void> {
  throw new Error('0012_due_week_parent_voice cannot be undone');
}
