import { sql, type Kysely } from 'kysely';

/**
 * Search finds a meldcode record by whom advice was asked of at step 2: "Veilig Thuis", or an expert
 * ("deskundige", "aandachtsfunctionaris"). The answer is a key (advice_from, 0011), so the index row
 * carries it as its facet and the terms get its label in both languages ("nobody else" gets none).
 * The record's three triggers are made again (frozen below, as searchIndexDdl() in
 * electron/core/db/searchIndex.ts produced them when this migration shipped), and every record is
 * indexed again with its facet.
 */
const STATEMENTS = [
  'DROP TRIGGER search_meldcode_records_ai',
  'DROP TRIGGER search_meldcode_records_au',
  'DROP TRIGGER search_meldcode_records_ad',
  `CREATE TRIGGER search_meldcode_records_ai AFTER INSERT ON meldcode_records BEGIN INSERT INTO search_docs (kind, source_id, case_id, session_id, owner_id, at, facet, title, body, terms) SELECT kind, source_id, case_id, session_id, owner_id, at, facet, title, body, dyade_search_terms(kind, facet, extra, title, body) FROM (SELECT 'meldcode' AS kind, r.case_id AS source_id, r.case_id AS case_id, NULL AS session_id, NULL AS owner_id, r.updated_at AS at, r.advice_from AS facet, '' AS title, trim(coalesce(r.signals, '') || char(10) || coalesce(r.kindcheck, '') || char(10) || coalesce(r.consulted, '') || char(10) || coalesce(r.advice_by, '') || char(10) || coalesce(r.advice, '') || char(10) || coalesce(r.talk_with, '') || char(10) || coalesce(r.talk_said, '') || char(10) || coalesce(r.talk_reaction, '') || char(10) || coalesce(r.q_suspicion_note, '') || char(10) || coalesce(r.q_unsafety_note, '') || char(10) || coalesce(r.q_able_to_help_note, '') || char(10) || coalesce(r.q_help_accepted_note, '') || char(10) || coalesce(r.q_help_works_note, '') || char(10) || coalesce(r.report_reasons, '') || char(10) || coalesce(r.help_reasons, ''), char(10)) AS body, NULL AS extra FROM meldcode_records r WHERE r.case_id = new.case_id); END`,
  `CREATE TRIGGER search_meldcode_records_au AFTER UPDATE OF signals, kindcheck, consulted, advice_by, advice, talk_with, talk_said, talk_reaction, q_suspicion_note, q_unsafety_note, q_able_to_help_note, q_help_accepted_note, q_help_works_note, report_reasons, help_reasons, advice_from ON meldcode_records BEGIN DELETE FROM search_docs WHERE kind = 'meldcode' AND source_id = old.case_id; INSERT INTO search_docs (kind, source_id, case_id, session_id, owner_id, at, facet, title, body, terms) SELECT kind, source_id, case_id, session_id, owner_id, at, facet, title, body, dyade_search_terms(kind, facet, extra, title, body) FROM (SELECT 'meldcode' AS kind, r.case_id AS source_id, r.case_id AS case_id, NULL AS session_id, NULL AS owner_id, r.updated_at AS at, r.advice_from AS facet, '' AS title, trim(coalesce(r.signals, '') || char(10) || coalesce(r.kindcheck, '') || char(10) || coalesce(r.consulted, '') || char(10) || coalesce(r.advice_by, '') || char(10) || coalesce(r.advice, '') || char(10) || coalesce(r.talk_with, '') || char(10) || coalesce(r.talk_said, '') || char(10) || coalesce(r.talk_reaction, '') || char(10) || coalesce(r.q_suspicion_note, '') || char(10) || coalesce(r.q_unsafety_note, '') || char(10) || coalesce(r.q_able_to_help_note, '') || char(10) || coalesce(r.q_help_accepted_note, '') || char(10) || coalesce(r.q_help_works_note, '') || char(10) || coalesce(r.report_reasons, '') || char(10) || coalesce(r.help_reasons, ''), char(10)) AS body, NULL AS extra FROM meldcode_records r WHERE r.case_id = new.case_id); END`,
  `CREATE TRIGGER search_meldcode_records_ad AFTER DELETE ON meldcode_records BEGIN DELETE FROM search_docs WHERE kind = 'meldcode' AND source_id = old.case_id; END`,
  `DELETE FROM search_docs WHERE kind = 'meldcode'`,
  `INSERT INTO search_docs (kind, source_id, case_id, session_id, owner_id, at, facet, title, body, terms) SELECT kind, source_id, case_id, session_id, owner_id, at, facet, title, body, dyade_search_terms(kind, facet, extra, title, body) FROM (SELECT 'meldcode' AS kind, r.case_id AS source_id, r.case_id AS case_id, NULL AS session_id, NULL AS owner_id, r.updated_at AS at, r.advice_from AS facet, '' AS title, trim(coalesce(r.signals, '') || char(10) || coalesce(r.kindcheck, '') || char(10) || coalesce(r.consulted, '') || char(10) || coalesce(r.advice_by, '') || char(10) || coalesce(r.advice, '') || char(10) || coalesce(r.talk_with, '') || char(10) || coalesce(r.talk_said, '') || char(10) || coalesce(r.talk_reaction, '') || char(10) || coalesce(r.q_suspicion_note, '') || char(10) || coalesce(r.q_unsafety_note, '') || char(10) || coalesce(r.q_able_to_help_note, '') || char(10) || coalesce(r.q_help_accepted_note, '') || char(10) || coalesce(r.q_help_works_note, '') || char(10) || coalesce(r.report_reasons, '') || char(10) || coalesce(r.help_reasons, ''), char(10)) AS body, NULL AS extra FROM meldcode_records r WHERE 1)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  const run = (statement: string) => sql.raw(statement).execute(db);
  await run('SAVEPOINT migration_0019');
  try {
    for (const statement of STATEMENTS) await run(statement);
    await run('RELEASE migration_0019');
  } catch (error) {
    try {
      await run('ROLLBACK TO migration_0019');
      await run('RELEASE migration_0019');
    } catch {
      // SQLite already rolled back by itself; the first error is the one to report.
    }
    throw error;
  }
}

export async function down(): Promise<void> {
  throw new Error('0019_search_meldcode_advice cannot be undone');
}
