import { sql, type Kysely } from 'kysely';

/**
 * Journal entries, the team's own prompts and hidden prompts, and the full-text index (FTS5 inside
 * the encrypted file) with the triggers that keep it in step with cases, the map, sessions and the
 * journal. Entries on a case cascade with it: deleting a case removes everything written about it.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('journal_entries')
    .addColumn('id', 'text', (col) => col.primaryKey())
    // Members are only ever marked removed, never deleted.
    .addColumn('author_id', 'text', (col) => col.notNull().references('members.id'))
    .addColumn('case_id', 'text', (col) => col.references('cases.id').onDelete('cascade'))
    .addColumn('prompt_id', 'text')
    .addColumn('prompt_text', 'text', (col) => col.notNull().defaultTo(''))
    .addColumn('template', 'text')
    .addColumn('title', 'text', (col) => col.notNull().defaultTo(''))
    .addColumn('body', 'text', (col) => col.notNull().defaultTo(''))
    .addColumn('sections', 'text', (col) => col.notNull().defaultTo('[]'))
    .addColumn('tags', 'text', (col) => col.notNull().defaultTo('[]'))
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('journal_entries_author_created').on('journal_entries').columns(['author_id', 'created_at']).execute();
  await db.schema.createIndex('journal_entries_case').on('journal_entries').columns(['case_id', 'created_at']).execute();

  await db.schema
    .createTable('custom_prompts')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('text', 'text', (col) => col.notNull())
    .addColumn('contexts', 'text', (col) => col.notNull())
    .addColumn('created_by', 'text', (col) => col.references('members.id').onDelete('set null'))
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .execute();

  await db.schema
    .createTable('hidden_prompts')
    .addColumn('member_id', 'text', (col) => col.notNull().references('members.id').onDelete('cascade'))
    // A shipped prompt's key or a custom prompt's id: no foreign key.
    .addColumn('prompt_id', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('hidden_prompts_pk', ['member_id', 'prompt_id'])
    .execute();

  for (const statement of [...SEARCH_INDEX_DDL, ...SEARCH_BACKFILL]) await sql.raw(statement).execute(db);
}

/**
 * The search index exactly as searchIndexDdl() in electron/core/db/searchIndex.ts produced it when
 * this migration shipped (frozen: later changes to the live code need a migration of their own).
 */
const SEARCH_INDEX_DDL: readonly string[] = [
  `CREATE TABLE search_docs (
      id INTEGER PRIMARY KEY,
      kind TEXT NOT NULL,
      source_id TEXT NOT NULL,
      case_id TEXT,
      session_id TEXT,
      owner_id TEXT,
      at TEXT NOT NULL,
      facet TEXT,
      title TEXT NOT NULL DEFAULT '',
      body TEXT NOT NULL DEFAULT '',
      UNIQUE (kind, source_id)
    )`,
  `CREATE INDEX search_docs_case ON search_docs (case_id)`,
  `CREATE VIRTUAL TABLE search_fts USING fts5(title, body, content='search_docs', content_rowid='id', tokenize='unicode61 remove_diacritics 2', prefix='2 3')`,
  `INSERT INTO search_fts (search_fts, rank) VALUES ('secure-delete', 1)`,
  `CREATE TRIGGER search_docs_ai AFTER INSERT ON search_docs BEGIN INSERT INTO search_fts (rowid, title, body) VALUES (new.id, new.title, new.body); END`,
  `CREATE TRIGGER search_docs_ad AFTER DELETE ON search_docs BEGIN INSERT INTO search_fts (search_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body); END`,
  `CREATE TRIGGER search_docs_au AFTER UPDATE ON search_docs BEGIN
      INSERT INTO search_fts (search_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
      INSERT INTO search_fts (rowid, title, body) VALUES (new.id, new.title, new.body);
    END`,
  `CREATE TRIGGER search_cases_ai AFTER INSERT ON cases BEGIN INSERT INTO search_docs (kind, source_id, case_id, session_id, owner_id, at, facet, title, body) SELECT 'case', r.id, r.id, NULL, NULL, r.updated_at, r.phase, r.pseudonym, trim(coalesce(r.context_note, '') || char(10) || coalesce(r.relationship_now, '') || char(10) || coalesce(r.relationship_goes_well, '') || char(10) || coalesce(r.relationship_worries, ''), char(10)) FROM cases r WHERE r.id = new.id; END`,
  `CREATE TRIGGER search_cases_au AFTER UPDATE OF pseudonym, context_note, relationship_now, relationship_goes_well, relationship_worries ON cases BEGIN DELETE FROM search_docs WHERE kind = 'case' AND source_id = old.id; INSERT INTO search_docs (kind, source_id, case_id, session_id, owner_id, at, facet, title, body) SELECT 'case', r.id, r.id, NULL, NULL, r.updated_at, r.phase, r.pseudonym, trim(coalesce(r.context_note, '') || char(10) || coalesce(r.relationship_now, '') || char(10) || coalesce(r.relationship_goes_well, '') || char(10) || coalesce(r.relationship_worries, ''), char(10)) FROM cases r WHERE r.id = new.id; END`,
  `CREATE TRIGGER search_cases_ad AFTER DELETE ON cases BEGIN DELETE FROM search_docs WHERE kind = 'case' AND source_id = old.id; END`,
  `CREATE TRIGGER search_people_ai AFTER INSERT ON people BEGIN INSERT INTO search_docs (kind, source_id, case_id, session_id, owner_id, at, facet, title, body) SELECT 'person', r.id, r.case_id, NULL, NULL, r.updated_at, r.role, r.pseudonym, r.note FROM people r WHERE r.id = new.id; END`,
  `CREATE TRIGGER search_people_au AFTER UPDATE OF pseudonym, note, role ON people BEGIN DELETE FROM search_docs WHERE kind = 'person' AND source_id = old.id; INSERT INTO search_docs (kind, source_id, case_id, session_id, owner_id, at, facet, title, body) SELECT 'person', r.id, r.case_id, NULL, NULL, r.updated_at, r.role, r.pseudonym, r.note FROM people r WHERE r.id = new.id; END`,
  `CREATE TRIGGER search_people_ad AFTER DELETE ON people BEGIN DELETE FROM search_docs WHERE kind = 'person' AND source_id = old.id; END`,
  `CREATE TRIGGER search_factors_ai AFTER INSERT ON factors BEGIN INSERT INTO search_docs (kind, source_id, case_id, session_id, owner_id, at, facet, title, body) SELECT 'factor', r.id, r.case_id, r.session_id, NULL, r.updated_at, r.sector || '/' || r.category, coalesce(r.other_label, ''), r.text FROM factors r WHERE r.id = new.id; END`,
  `CREATE TRIGGER search_factors_au AFTER UPDATE OF sector, category, other_label, text ON factors BEGIN DELETE FROM search_docs WHERE kind = 'factor' AND source_id = old.id; INSERT INTO search_docs (kind, source_id, case_id, session_id, owner_id, at, facet, title, body) SELECT 'factor', r.id, r.case_id, r.session_id, NULL, r.updated_at, r.sector || '/' || r.category, coalesce(r.other_label, ''), r.text FROM factors r WHERE r.id = new.id; END`,
  `CREATE TRIGGER search_factors_ad AFTER DELETE ON factors BEGIN DELETE FROM search_docs WHERE kind = 'factor' AND source_id = old.id; END`,
  `CREATE TRIGGER search_chain_partners_ai AFTER INSERT ON chain_partners BEGIN INSERT INTO search_docs (kind, source_id, case_id, session_id, owner_id, at, facet, title, body) SELECT 'chain', r.id, r.case_id, NULL, NULL, r.updated_at, r.type, r.label, trim(coalesce(r.relationship, '') || char(10) || coalesce(r.already_asked, ''), char(10)) FROM chain_partners r WHERE r.id = new.id; END`,
  `CREATE TRIGGER search_chain_partners_au AFTER UPDATE OF type, label, relationship, already_asked ON chain_partners BEGIN DELETE FROM search_docs WHERE kind = 'chain' AND source_id = old.id; INSERT INTO search_docs (kind, source_id, case_id, session_id, owner_id, at, facet, title, body) SELECT 'chain', r.id, r.case_id, NULL, NULL, r.updated_at, r.type, r.label, trim(coalesce(r.relationship, '') || char(10) || coalesce(r.already_asked, ''), char(10)) FROM chain_partners r WHERE r.id = new.id; END`,
  `CREATE TRIGGER search_chain_partners_ad AFTER DELETE ON chain_partners BEGIN DELETE FROM search_docs WHERE kind = 'chain' AND source_id = old.id; END`,
  `CREATE TRIGGER search_sessions_ai AFTER INSERT ON sessions BEGIN INSERT INTO search_docs (kind, source_id, case_id, session_id, owner_id, at, facet, title, body) SELECT 'session', r.id, r.case_id, r.id, NULL, coalesce(r.finished_at, r.started_at, r.created_at), (SELECT o.intensity FROM session_outcomes o WHERE o.session_id = r.id), r.question, trim(coalesce((SELECT o.for_whom FROM session_outcomes o WHERE o.session_id = r.id), '') || char(10) || coalesce((SELECT o.context FROM session_outcomes o WHERE o.session_id = r.id), '') || char(10) || coalesce((SELECT o.reasons FROM session_outcomes o WHERE o.session_id = r.id), '') || char(10) || coalesce((SELECT o.take_away FROM session_outcomes o WHERE o.session_id = r.id), '') || char(10) || coalesce((SELECT o.do_differently FROM session_outcomes o WHERE o.session_id = r.id), ''), char(10)) FROM sessions r WHERE r.id = new.id; END`,
  `CREATE TRIGGER search_sessions_au AFTER UPDATE OF question, status, started_at, finished_at ON sessions BEGIN DELETE FROM search_docs WHERE kind = 'session' AND source_id = old.id; INSERT INTO search_docs (kind, source_id, case_id, session_id, owner_id, at, facet, title, body) SELECT 'session', r.id, r.case_id, r.id, NULL, coalesce(r.finished_at, r.started_at, r.created_at), (SELECT o.intensity FROM session_outcomes o WHERE o.session_id = r.id), r.question, trim(coalesce((SELECT o.for_whom FROM session_outcomes o WHERE o.session_id = r.id), '') || char(10) || coalesce((SELECT o.context FROM session_outcomes o WHERE o.session_id = r.id), '') || char(10) || coalesce((SELECT o.reasons FROM session_outcomes o WHERE o.session_id = r.id), '') || char(10) || coalesce((SELECT o.take_away FROM session_outcomes o WHERE o.session_id = r.id), '') || char(10) || coalesce((SELECT o.do_differently FROM session_outcomes o WHERE o.session_id = r.id), ''), char(10)) FROM sessions r WHERE r.id = new.id; END`,
  `CREATE TRIGGER search_sessions_ad AFTER DELETE ON sessions BEGIN DELETE FROM search_docs WHERE kind = 'session' AND source_id = old.id; END`,
  `CREATE TRIGGER search_session_contributions_ai AFTER INSERT ON session_contributions BEGIN INSERT INTO search_docs (kind, source_id, case_id, session_id, owner_id, at, facet, title, body) SELECT 'contribution', r.id, (SELECT s.case_id FROM sessions s WHERE s.id = r.session_id), r.session_id, NULL, r.updated_at, r.kind, '', trim(coalesce(r.text, '') || char(10) || coalesce(r.change_my_mind, ''), char(10)) FROM session_contributions r WHERE (r.id = new.id) AND r.hidden = 0; END`,
  `CREATE TRIGGER search_session_contributions_au AFTER UPDATE OF text, change_my_mind, kind, hidden ON session_contributions BEGIN DELETE FROM search_docs WHERE kind = 'contribution' AND source_id = old.id; INSERT INTO search_docs (kind, source_id, case_id, session_id, owner_id, at, facet, title, body) SELECT 'contribution', r.id, (SELECT s.case_id FROM sessions s WHERE s.id = r.session_id), r.session_id, NULL, r.updated_at, r.kind, '', trim(coalesce(r.text, '') || char(10) || coalesce(r.change_my_mind, ''), char(10)) FROM session_contributions r WHERE (r.id = new.id) AND r.hidden = 0; END`,
  `CREATE TRIGGER search_session_contributions_ad AFTER DELETE ON session_contributions BEGIN DELETE FROM search_docs WHERE kind = 'contribution' AND source_id = old.id; END`,
  `CREATE TRIGGER search_action_points_ai AFTER INSERT ON action_points BEGIN INSERT INTO search_docs (kind, source_id, case_id, session_id, owner_id, at, facet, title, body) SELECT 'action', r.id, r.case_id, r.session_id, NULL, r.updated_at, r.status, r.owner_name, r.text FROM action_points r WHERE r.id = new.id; END`,
  `CREATE TRIGGER search_action_points_au AFTER UPDATE OF text, owner_name, status, session_id ON action_points BEGIN DELETE FROM search_docs WHERE kind = 'action' AND source_id = old.id; INSERT INTO search_docs (kind, source_id, case_id, session_id, owner_id, at, facet, title, body) SELECT 'action', r.id, r.case_id, r.session_id, NULL, r.updated_at, r.status, r.owner_name, r.text FROM action_points r WHERE r.id = new.id; END`,
  `CREATE TRIGGER search_action_points_ad AFTER DELETE ON action_points BEGIN DELETE FROM search_docs WHERE kind = 'action' AND source_id = old.id; END`,
  `CREATE TRIGGER search_journal_entries_ai AFTER INSERT ON journal_entries BEGIN INSERT INTO search_docs (kind, source_id, case_id, session_id, owner_id, at, facet, title, body) SELECT 'journal', r.id, r.case_id, NULL, r.author_id, r.updated_at, coalesce(r.template, 'prompt:' || r.prompt_id), r.title, trim(coalesce(r.body, '') || char(10) || coalesce((SELECT group_concat(json_extract(value, '$.text'), char(10)) FROM json_each(r.sections)), '') || char(10) || coalesce(r.prompt_text, ''), char(10)) FROM journal_entries r WHERE r.id = new.id; END`,
  `CREATE TRIGGER search_journal_entries_au AFTER UPDATE OF case_id, prompt_id, prompt_text, template, title, body, sections ON journal_entries BEGIN DELETE FROM search_docs WHERE kind = 'journal' AND source_id = old.id; INSERT INTO search_docs (kind, source_id, case_id, session_id, owner_id, at, facet, title, body) SELECT 'journal', r.id, r.case_id, NULL, r.author_id, r.updated_at, coalesce(r.template, 'prompt:' || r.prompt_id), r.title, trim(coalesce(r.body, '') || char(10) || coalesce((SELECT group_concat(json_extract(value, '$.text'), char(10)) FROM json_each(r.sections)), '') || char(10) || coalesce(r.prompt_text, ''), char(10)) FROM journal_entries r WHERE r.id = new.id; END`,
  `CREATE TRIGGER search_journal_entries_ad AFTER DELETE ON journal_entries BEGIN DELETE FROM search_docs WHERE kind = 'journal' AND source_id = old.id; END`,
  `CREATE TRIGGER search_session_outcomes_ai AFTER INSERT ON session_outcomes BEGIN DELETE FROM search_docs WHERE kind = 'session' AND source_id = new.session_id; INSERT INTO search_docs (kind, source_id, case_id, session_id, owner_id, at, facet, title, body) SELECT 'session', r.id, r.case_id, r.id, NULL, coalesce(r.finished_at, r.started_at, r.created_at), (SELECT o.intensity FROM session_outcomes o WHERE o.session_id = r.id), r.question, trim(coalesce((SELECT o.for_whom FROM session_outcomes o WHERE o.session_id = r.id), '') || char(10) || coalesce((SELECT o.context FROM session_outcomes o WHERE o.session_id = r.id), '') || char(10) || coalesce((SELECT o.reasons FROM session_outcomes o WHERE o.session_id = r.id), '') || char(10) || coalesce((SELECT o.take_away FROM session_outcomes o WHERE o.session_id = r.id), '') || char(10) || coalesce((SELECT o.do_differently FROM session_outcomes o WHERE o.session_id = r.id), ''), char(10)) FROM sessions r WHERE r.id = new.session_id; END`,
  `CREATE TRIGGER search_session_outcomes_au AFTER UPDATE ON session_outcomes BEGIN DELETE FROM search_docs WHERE kind = 'session' AND source_id = new.session_id; INSERT INTO search_docs (kind, source_id, case_id, session_id, owner_id, at, facet, title, body) SELECT 'session', r.id, r.case_id, r.id, NULL, coalesce(r.finished_at, r.started_at, r.created_at), (SELECT o.intensity FROM session_outcomes o WHERE o.session_id = r.id), r.question, trim(coalesce((SELECT o.for_whom FROM session_outcomes o WHERE o.session_id = r.id), '') || char(10) || coalesce((SELECT o.context FROM session_outcomes o WHERE o.session_id = r.id), '') || char(10) || coalesce((SELECT o.reasons FROM session_outcomes o WHERE o.session_id = r.id), '') || char(10) || coalesce((SELECT o.take_away FROM session_outcomes o WHERE o.session_id = r.id), '') || char(10) || coalesce((SELECT o.do_differently FROM session_outcomes o WHERE o.session_id = r.id), ''), char(10)) FROM sessions r WHERE r.id = new.session_id; END`,
  `CREATE TRIGGER search_session_outcomes_ad AFTER DELETE ON session_outcomes BEGIN DELETE FROM search_docs WHERE kind = 'session' AND source_id = old.session_id; INSERT INTO search_docs (kind, source_id, case_id, session_id, owner_id, at, facet, title, body) SELECT 'session', r.id, r.case_id, r.id, NULL, coalesce(r.finished_at, r.started_at, r.created_at), (SELECT o.intensity FROM session_outcomes o WHERE o.session_id = r.id), r.question, trim(coalesce((SELECT o.for_whom FROM session_outcomes o WHERE o.session_id = r.id), '') || char(10) || coalesce((SELECT o.context FROM session_outcomes o WHERE o.session_id = r.id), '') || char(10) || coalesce((SELECT o.reasons FROM session_outcomes o WHERE o.session_id = r.id), '') || char(10) || coalesce((SELECT o.take_away FROM session_outcomes o WHERE o.session_id = r.id), '') || char(10) || coalesce((SELECT o.do_differently FROM session_outcomes o WHERE o.session_id = r.id), ''), char(10)) FROM sessions r WHERE r.id = old.session_id; END`,
];

/** Index every existing row (a vault migrated from before search had none indexed), as searchBackfillStatements() did. */
const SEARCH_BACKFILL: readonly string[] = [
  `INSERT INTO search_docs (kind, source_id, case_id, session_id, owner_id, at, facet, title, body) SELECT 'case', r.id, r.id, NULL, NULL, r.updated_at, r.phase, r.pseudonym, trim(coalesce(r.context_note, '') || char(10) || coalesce(r.relationship_now, '') || char(10) || coalesce(r.relationship_goes_well, '') || char(10) || coalesce(r.relationship_worries, ''), char(10)) FROM cases r WHERE 1`,
  `INSERT INTO search_docs (kind, source_id, case_id, session_id, owner_id, at, facet, title, body) SELECT 'person', r.id, r.case_id, NULL, NULL, r.updated_at, r.role, r.pseudonym, r.note FROM people r WHERE 1`,
  `INSERT INTO search_docs (kind, source_id, case_id, session_id, owner_id, at, facet, title, body) SELECT 'factor', r.id, r.case_id, r.session_id, NULL, r.updated_at, r.sector || '/' || r.category, coalesce(r.other_label, ''), r.text FROM factors r WHERE 1`,
  `INSERT INTO search_docs (kind, source_id, case_id, session_id, owner_id, at, facet, title, body) SELECT 'chain', r.id, r.case_id, NULL, NULL, r.updated_at, r.type, r.label, trim(coalesce(r.relationship, '') || char(10) || coalesce(r.already_asked, ''), char(10)) FROM chain_partners r WHERE 1`,
  `INSERT INTO search_docs (kind, source_id, case_id, session_id, owner_id, at, facet, title, body) SELECT 'session', r.id, r.case_id, r.id, NULL, coalesce(r.finished_at, r.started_at, r.created_at), (SELECT o.intensity FROM session_outcomes o WHERE o.session_id = r.id), r.question, trim(coalesce((SELECT o.for_whom FROM session_outcomes o WHERE o.session_id = r.id), '') || char(10) || coalesce((SELECT o.context FROM session_outcomes o WHERE o.session_id = r.id), '') || char(10) || coalesce((SELECT o.reasons FROM session_outcomes o WHERE o.session_id = r.id), '') || char(10) || coalesce((SELECT o.take_away FROM session_outcomes o WHERE o.session_id = r.id), '') || char(10) || coalesce((SELECT o.do_differently FROM session_outcomes o WHERE o.session_id = r.id), ''), char(10)) FROM sessions r WHERE 1`,
  `INSERT INTO search_docs (kind, source_id, case_id, session_id, owner_id, at, facet, title, body) SELECT 'contribution', r.id, (SELECT s.case_id FROM sessions s WHERE s.id = r.session_id), r.session_id, NULL, r.updated_at, r.kind, '', trim(coalesce(r.text, '') || char(10) || coalesce(r.change_my_mind, ''), char(10)) FROM session_contributions r WHERE (1) AND r.hidden = 0`,
  `INSERT INTO search_docs (kind, source_id, case_id, session_id, owner_id, at, facet, title, body) SELECT 'action', r.id, r.case_id, r.session_id, NULL, r.updated_at, r.status, r.owner_name, r.text FROM action_points r WHERE 1`,
  `INSERT INTO search_docs (kind, source_id, case_id, session_id, owner_id, at, facet, title, body) SELECT 'journal', r.id, r.case_id, NULL, r.author_id, r.updated_at, coalesce(r.template, 'prompt:' || r.prompt_id), r.title, trim(coalesce(r.body, '') || char(10) || coalesce((SELECT group_concat(json_extract(value, '$.text'), char(10)) FROM json_each(r.sections)), '') || char(10) || coalesce(r.prompt_text, ''), char(10)) FROM journal_entries r WHERE 1`,
];

export async function down(): Promise<void> {
  throw new Error('0004_journal cannot be undone');
}
