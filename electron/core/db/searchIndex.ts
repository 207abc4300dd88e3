import type { SqliteHandle } from './database';
import { MELDCODE_TEXT_COLUMNS } from './schema';
import { SEARCH_TERMS_FUNCTION } from './searchTerms';

/**
 * The full-text index inside the vault: `search_docs` holds one row per searchable thing (its text,
 * case, owner and time), `search_fts` is an FTS5 index over it (external content, so the text is
 * stored once). Triggers on every source table keep both in step with the data, whoever writes it
 * (services, an importer, a cascade from a deleted case); `rebuildSearchIndex` redoes it all.
 * Each row's `terms` (stems and labels, see searchTerms.ts) is computed by a SQL function every
 * connection registers, so the triggers index meaning as well as words.
 */

type Expr = (row: string) => string;

interface SearchSource {
  kind: string;
  table: string;
  /** The column that names a row (its index row's source_id); 'id' unless the table has no id of its own. */
  key?: string;
  /** The triggers' name prefix, when `search_<table>` is taken (session_outcomes feeds two kinds). */
  name?: string;
  /** Columns whose change re-indexes the row (UPDATE OF …). */
  columns: readonly string[];
  /** Rows indexed only while this holds (a silent-round note stays out until revealed). */
  when?: Expr;
  caseId: Expr;
  sessionId: Expr;
  ownerId: Expr;
  at: Expr;
  facet: Expr;
  title: Expr;
  body: Expr;
  /** One more fact for the row's terms (a case's due week). */
  extra?: Expr;
  /** Other tables whose change decides whether rows of this one are indexed (a hypothesis's source). */
  refresh?: readonly Refresh[];
}

/**
 * A table whose rows decide, through `when`, whether rows of a source are indexed: a change of one
 * (insert, update of `columns`, delete) re-indexes the source's rows that `rows` selects for it.
 */
interface Refresh {
  table: string;
  columns: readonly string[];
  /** Only rows of `table` for which this holds matter (`ref` is new or old). */
  guard: (ref: string) => string;
  /** The source's rows (alias r) that the changed row `ref` touches. */
  rows: (ref: string) => string;
}

const NULL: Expr = () => 'NULL';
const lines =
  (...parts: Expr[]): Expr =>
  (r) =>
    `trim(${parts.map((part) => `coalesce(${part(r)}, '')`).join(` || char(10) || `)}, char(10))`;
const column =
  (name: string): Expr =>
  (r) =>
    `${r}.${name}`;

const outcomeOf = (r: string, field: string) => `(SELECT o.${field} FROM session_outcomes o WHERE o.session_id = ${r}.id)`;

/** Text that is not blank (as the register trims it: spaces, tabs, line breaks). */
const filled = (expr: string) => `trim(${expr}, ' ' || char(9, 10, 13)) <> ''`;
/** A "?" factor of the map that the hypothesis register shows. */
const registerFactor = (id: string) => `EXISTS (SELECT 1 FROM factors f WHERE f.id = ${id} AND f.kind = 'hypothesis' AND ${filled('f.text')})`;
/** A session hypothesis the register shows: not hidden (a silent-round note stays out until revealed). */
const registerContribution = (id: string) =>
  `EXISTS (SELECT 1 FROM session_contributions c WHERE c.id = ${id} AND c.kind = 'hypothesis' AND c.hidden = 0 AND ${filled('c.text')})`;
const hypothesisGuard = (ref: string) => `${ref}.kind = 'hypothesis'`;
/** The care record (0010) is JSON; its free text is the notes and each weighed option's reasons. */
const care = (r: string, path: string) => `json_extract(${r}.care_record, '${path}')`;
const careOptions = (r: string, path: string, separator: string) =>
  `(SELECT group_concat(json_extract(value, '${path}'), ${separator}) FROM json_each(${r}.care_record, '$.options'))`;

export const SEARCH_SOURCES: readonly SearchSource[] = [
  {
    kind: 'case',
    table: 'cases',
    columns: [
      'pseudonym',
      'context_note',
      'relationship_now',
      'relationship_goes_well',
      'relationship_worries',
      'parent_worries',
      'parent_goes_well',
      'parent_asks',
      'phase',
      'due_week',
    ],
    caseId: column('id'),
    sessionId: NULL,
    ownerId: NULL,
    at: column('updated_at'),
    facet: column('phase'),
    title: column('pseudonym'),
    // The professional's view of the relationship, then the parent's own words (0012).
    body: lines(
      column('context_note'),
      column('relationship_now'),
      column('relationship_goes_well'),
      column('relationship_worries'),
      column('parent_worries'),
      column('parent_goes_well'),
      column('parent_asks'),
    ),
    extra: column('due_week'),
  },
  {
    kind: 'person',
    table: 'people',
    columns: ['pseudonym', 'note', 'role'],
    caseId: column('case_id'),
    sessionId: NULL,
    ownerId: NULL,
    at: column('updated_at'),
    facet: column('role'),
    title: column('pseudonym'),
    body: column('note'),
  },
  {
    kind: 'factor',
    table: 'factors',
    columns: ['sector', 'category', 'other_label', 'text'],
    caseId: column('case_id'),
    sessionId: column('session_id'),
    ownerId: NULL,
    at: column('updated_at'),
    facet: (r) => `${r}.sector || '/' || ${r}.category`,
    title: (r) => `coalesce(${r}.other_label, '')`,
    body: column('text'),
  },
  {
    kind: 'chain',
    table: 'chain_partners',
    columns: ['type', 'label', 'relationship', 'already_asked'],
    caseId: column('case_id'),
    sessionId: NULL,
    ownerId: NULL,
    at: column('updated_at'),
    facet: column('type'),
    title: column('label'),
    body: lines(column('relationship'), column('already_asked')),
  },
  {
    kind: 'session',
    table: 'sessions',
    columns: ['question', 'status', 'started_at', 'finished_at'],
    caseId: column('case_id'),
    sessionId: column('id'),
    ownerId: NULL,
    at: (r) => `coalesce(${r}.finished_at, ${r}.started_at, ${r}.created_at)`,
    facet: (r) => outcomeOf(r, 'intensity'),
    title: column('question'),
    body: lines(
      (r) => outcomeOf(r, 'for_whom'),
      (r) => outcomeOf(r, 'context'),
      (r) => outcomeOf(r, 'reasons'),
      (r) => outcomeOf(r, 'take_away'),
      (r) => outcomeOf(r, 'do_differently'),
    ),
  },
  {
    kind: 'contribution',
    table: 'session_contributions',
    columns: ['text', 'change_my_mind', 'kind', 'hidden'],
    when: (r) => `${r}.hidden = 0`,
    caseId: (r) => `(SELECT s.case_id FROM sessions s WHERE s.id = ${r}.session_id)`,
    sessionId: column('session_id'),
    ownerId: NULL,
    at: column('updated_at'),
    facet: column('kind'),
    title: () => `''`,
    body: lines(column('text'), column('change_my_mind')),
  },
  {
    kind: 'action',
    table: 'action_points',
    columns: ['text', 'owner_name', 'status', 'session_id'],
    caseId: column('case_id'),
    sessionId: column('session_id'),
    ownerId: NULL,
    at: column('updated_at'),
    facet: column('status'),
    title: column('owner_name'),
    body: column('text'),
  },
  {
    kind: 'journal',
    table: 'journal_entries',
    columns: ['case_id', 'prompt_id', 'prompt_text', 'template', 'title', 'body', 'sections'],
    caseId: column('case_id'),
    sessionId: NULL,
    ownerId: column('author_id'),
    at: column('updated_at'),
    // The template, or the prompt answered ('prompt:<id>'), for a title when the entry has none.
    facet: (r) => `coalesce(${r}.template, 'prompt:' || ${r}.prompt_id)`,
    title: column('title'),
    // The prompt's words last, so snippets start in what the professional wrote.
    body: lines(column('body'), (r) => `(SELECT group_concat(json_extract(value, '$.text'), char(10)) FROM json_each(${r}.sections))`, column('prompt_text')),
  },
  // 0017: what people wrote in the hypothesis register, the meldcode record and the care record.
  {
    // A note set with a status at a follow-up, while the register shows its hypothesis.
    kind: 'hypothesis',
    table: 'hypothesis_reviews',
    // session_id: a removed session clears it (0018), and the index row follows.
    columns: ['status', 'note', 'session_id'],
    when: (r) =>
      `${r}.note <> '' AND CASE ${r}.source_kind WHEN 'factor' THEN ${registerFactor(`${r}.source_id`)} ELSE ${registerContribution(`${r}.source_id`)} END`,
    caseId: column('case_id'),
    sessionId: column('session_id'),
    ownerId: NULL,
    at: column('created_at'),
    facet: column('status'),
    title: () => `''`,
    body: column('note'),
    refresh: [
      { table: 'factors', columns: ['kind', 'text'], guard: hypothesisGuard, rows: (ref) => `r.source_kind = 'factor' AND r.source_id = ${ref}.id` },
      {
        table: 'session_contributions',
        columns: ['kind', 'text', 'hidden'],
        guard: hypothesisGuard,
        rows: (ref) => `r.source_kind = 'contribution' AND r.source_id = ${ref}.id`,
      },
    ],
  },
  {
    // "What would change my mind?" of a "?" factor (its id is the factor's).
    kind: 'hypothesis',
    table: 'hypothesis_details',
    columns: ['change_my_mind'],
    when: (r) => `${r}.change_my_mind <> '' AND ${registerFactor(`${r}.id`)}`,
    caseId: column('case_id'),
    sessionId: NULL,
    ownerId: NULL,
    at: column('updated_at'),
    facet: () => `'change-my-mind'`,
    title: () => `''`,
    body: column('change_my_mind'),
    refresh: [{ table: 'factors', columns: ['kind', 'text'], guard: hypothesisGuard, rows: (ref) => `r.id = ${ref}.id` }],
  },
  {
    // One record per case: the professional's words at each step (dates and yes/no answers are not text).
    kind: 'meldcode',
    table: 'meldcode_records',
    key: 'case_id',
    // advice_from (0019): whom advice was asked of at step 2, found by its label ("Veilig Thuis").
    columns: [...MELDCODE_TEXT_COLUMNS, 'advice_from'],
    caseId: column('case_id'),
    sessionId: NULL,
    ownerId: NULL,
    at: column('updated_at'),
    facet: column('advice_from'),
    title: () => `''`,
    body: lines(...MELDCODE_TEXT_COLUMNS.map(column)),
  },
  {
    // A session's care record (the intensity step): the options weighed by name, the notes and reasons.
    kind: 'care',
    table: 'session_outcomes',
    key: 'session_id',
    name: 'search_care_records',
    columns: ['care_record'],
    when: (r) => `${r}.care_record <> '{}'`,
    caseId: (r) => `(SELECT s.case_id FROM sessions s WHERE s.id = ${r}.session_id)`,
    sessionId: column('session_id'),
    ownerId: NULL,
    at: column('updated_at'),
    facet: NULL,
    title: (r) => `coalesce(${careOptions(r, '$.name', `', '`)}, '')`,
    body: lines(
      (r) => care(r, '$.indicationNote'),
      (r) => care(r, '$.parentWants'),
      (r) => careOptions(r, '$.reasons', 'char(10)'),
    ),
  },
];

const DOC_COLUMNS = 'kind, source_id, case_id, session_id, owner_id, at, facet, title, body, terms';

/** Insert the index rows of `source` for the rows of its table that `where` selects. */
function insertDocs(source: SearchSource, where: string): string {
  const r = 'r';
  const condition = source.when ? `(${where}) AND ${source.when(r)}` : where;
  const values =
    `'${source.kind}' AS kind, ${r}.${source.key ?? 'id'} AS source_id, ${source.caseId(r)} AS case_id, ${source.sessionId(r)} AS session_id, ` +
    `${source.ownerId(r)} AS owner_id, ${source.at(r)} AS at, ${source.facet(r)} AS facet, ${source.title(r)} AS title, ` +
    `${source.body(r)} AS body, ${source.extra ? source.extra(r) : 'NULL'} AS extra`;
  // The terms are computed from the row's own values, so each expression is written (and run) once.
  return (
    `INSERT INTO search_docs (${DOC_COLUMNS}) SELECT kind, source_id, case_id, session_id, owner_id, at, facet, title, body, ` +
    `${SEARCH_TERMS_FUNCTION}(kind, facet, extra, title, body) FROM (SELECT ${values} FROM ${source.table} ${r} WHERE ${condition})`
  );
}

function deleteDocs(kind: string, idExpr: string): string {
  return `DELETE FROM search_docs WHERE kind = '${kind}' AND source_id = ${idExpr}`;
}

/**
 * DDL of the full-text index over `search_docs` and of every trigger that keeps it in step, as the
 * latest migration that touched it (0019, the meldcode record's advice source) created it; a test holds the two together. Changing it needs a migration.
 */
export function searchIndexDdl(): string[] {
  const statements = [
    // Prefix indexes for two and three characters keep "as you type" fast on short prefixes.
    `CREATE VIRTUAL TABLE search_fts USING fts5(title, body, terms, content='search_docs', content_rowid='id', tokenize='unicode61 remove_diacritics 2', prefix='2 3')`,
    // Deleted text is removed from the index itself, not only marked deleted.
    `INSERT INTO search_fts (search_fts, rank) VALUES ('secure-delete', 1)`,
    `CREATE TRIGGER search_docs_ai AFTER INSERT ON search_docs BEGIN INSERT INTO search_fts (rowid, title, body, terms) VALUES (new.id, new.title, new.body, new.terms); END`,
    `CREATE TRIGGER search_docs_ad AFTER DELETE ON search_docs BEGIN INSERT INTO search_fts (search_fts, rowid, title, body, terms) VALUES ('delete', old.id, old.title, old.body, old.terms); END`,
    `CREATE TRIGGER search_docs_au AFTER UPDATE ON search_docs BEGIN INSERT INTO search_fts (search_fts, rowid, title, body, terms) VALUES ('delete', old.id, old.title, old.body, old.terms); INSERT INTO search_fts (rowid, title, body, terms) VALUES (new.id, new.title, new.body, new.terms); END`,
  ];
  for (const source of SEARCH_SOURCES) {
    const name = source.name ?? `search_${source.table}`;
    const key = source.key ?? 'id';
    statements.push(`CREATE TRIGGER ${name}_ai AFTER INSERT ON ${source.table} BEGIN ${insertDocs(source, `r.${key} = new.${key}`)}; END`);
    statements.push(
      `CREATE TRIGGER ${name}_au AFTER UPDATE OF ${source.columns.join(', ')} ON ${source.table} BEGIN ${deleteDocs(source.kind, `old.${key}`)}; ${insertDocs(source, `r.${key} = new.${key}`)}; END`,
    );
    statements.push(`CREATE TRIGGER ${name}_ad AFTER DELETE ON ${source.table} BEGIN ${deleteDocs(source.kind, `old.${key}`)}; END`);
    for (const refresh of source.refresh ?? []) {
      const prefix = `${name}_${refresh.table}`;
      const redo = (ref: string) =>
        `DELETE FROM search_docs WHERE kind = '${source.kind}' AND source_id IN (SELECT r.${key} FROM ${source.table} r WHERE ${refresh.rows(ref)}); ` +
        `${insertDocs(source, refresh.rows(ref))};`;
      statements.push(`CREATE TRIGGER ${prefix}_ai AFTER INSERT ON ${refresh.table} WHEN ${refresh.guard('new')} BEGIN ${redo('new')} END`);
      statements.push(
        `CREATE TRIGGER ${prefix}_au AFTER UPDATE OF ${refresh.columns.join(', ')} ON ${refresh.table} WHEN ${refresh.guard('old')} OR ${refresh.guard('new')} BEGIN ${redo('new')} END`,
      );
      statements.push(`CREATE TRIGGER ${prefix}_ad AFTER DELETE ON ${refresh.table} WHEN ${refresh.guard('old')} BEGIN ${redo('old')} END`);
    }
  }
  // A session's index row carries its outcome (the team's judgment and reasons).
  const session = SEARCH_SOURCES.find((s) => s.kind === 'session');
  if (session) {
    const refresh = (ref: string) => `${deleteDocs('session', `${ref}.session_id`)}; ${insertDocs(session, `r.id = ${ref}.session_id`)};`;
    statements.push(`CREATE TRIGGER search_session_outcomes_ai AFTER INSERT ON session_outcomes BEGIN ${refresh('new')} END`);
    statements.push(`CREATE TRIGGER search_session_outcomes_au AFTER UPDATE ON session_outcomes BEGIN ${refresh('new')} END`);
    statements.push(`CREATE TRIGGER search_session_outcomes_ad AFTER DELETE ON session_outcomes BEGIN ${refresh('old')} END`);
  }
  return statements;
}

/**
 * Index everything again from the source tables (all of it, or one case's): for an importer that
 * wrote rows in bulk, or a repair. Runs inside the caller's transaction when there is one.
 */
export function rebuildSearchIndex(sqlite: SqliteHandle, options: { caseId?: string } = {}): { indexed: number } {
  const run = () => {
    if (options.caseId) sqlite.prepare('DELETE FROM search_docs WHERE case_id = ?').run(options.caseId);
    else sqlite.exec('DELETE FROM search_docs');
    for (const source of SEARCH_SOURCES) {
      const where = options.caseId ? `${source.caseId('r')} = @caseId` : '1';
      const statement = sqlite.prepare(insertDocs(source, where));
      if (options.caseId) statement.run({ caseId: options.caseId });
      else statement.run();
    }
    const count = options.caseId
      ? sqlite.prepare('SELECT count(*) FROM search_docs WHERE case_id = ?').pluck().get(options.caseId)
      : sqlite.prepare('SELECT count(*) FROM search_docs').pluck().get();
    return { indexed: Number(count) };
  };
  return sqlite.inTransaction ? run() : sqlite.transaction(run)();
}

/** Statements that index every existing row (a vault migrated from before search had none indexed). */
export function searchBackfillStatements(): string[] {
  return SEARCH_SOURCES.map((source) => insertDocs(source, '1'));
}
