import { sql, type Kysely } from 'kysely';

/**
 * Every enum-like column gets a CHECK with the values the domain allowed when this migration
 * shipped (written out here, frozen: a new value needs a migration of its own), and every table
 * becomes STRICT, so a value the app would refuse can no longer be stored by anyone.
 *
 * SQLite cannot add a CHECK to a table, so each table is rebuilt, all in one savepoint: kysely runs
 * SQLite migrations outside a transaction, and a savepoint also nests in a caller's transaction.
 * Foreign keys stay on (PRAGMA foreign_keys cannot change inside a transaction), and dropping a
 * table then deletes its rows with their ON DELETE actions. Hence the order: rename every old table first
 * (the foreign keys of the old tables follow to the old names), create the new tables under the
 * real names, copy parents before children, drop the old tables children first (nothing refers to
 * them any more), then re-create the indexes and triggers exactly as they were and check every
 * foreign key. A row that breaks a new constraint (a damaged or hand-edited vault) is never dropped
 * or changed: the migration refuses, the transaction rolls back and the vault stays at 0005.
 */

const PHASES = `'preconception', 'pregnancy', '0-6m', '6-12m', '1-2y', '2-4y', '4-12y', '12-18y'`;
const ITEM_TABLES = `'cases', 'people', 'chain_partners', 'factors', 'map_snapshots', 'sessions', 'session_contributions', 'session_outcomes', 'session_step2_records', 'action_points', 'journal_entries'`;

interface Rebuild {
  table: string;
  columns: string;
  create: string;
}

/** Parents before children: the copy runs in this order, the drop of the old tables in reverse. */
const REBUILDS: readonly Rebuild[] = [
  {
    table: 'members',
    columns: 'id, display_name, added_at, added_by, removed_at',
    create: `CREATE TABLE members (
  id TEXT PRIMARY KEY,
  display_name TEXT NOT NULL,
  added_at TEXT NOT NULL,
  added_by TEXT,
  removed_at TEXT
) STRICT`,
  },
  {
    table: 'settings',
    columns: 'key, value',
    create: `CREATE TABLE settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT`,
  },
  {
    table: 'audit_log',
    columns: 'id, at, action, actor_member_id, detail',
    create: `CREATE TABLE audit_log (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  at TEXT NOT NULL,
  action TEXT NOT NULL CONSTRAINT audit_log_action CHECK (action IN ('vault.created', 'vault.unlocked', 'vault.unlock_failed', 'vault.locked', 'vault.recovered', 'passphrase.changed', 'member.added', 'member.removed', 'recovery.regenerated', 'backup.made', 'vault.restored', 'vault.verified', 'settings.changed', 'case.opened', 'search.performed', 'export.made', 'print.made', 'import.done', 'case.erased', 'audit.exported')),
  actor_member_id TEXT,
  detail TEXT NOT NULL DEFAULT '{}'
) STRICT`,
  },
  {
    table: 'cases',
    columns:
      'id, pseudonym, pseudonym_folded, phase, pregnancy_week, status, holder_id, context_note, relationship_form, relationship_now, relationship_goes_well, relationship_worries, created_at, updated_at, closed_at, last_activity_at, map_changed_at',
    create: `CREATE TABLE cases (
  id TEXT PRIMARY KEY,
  pseudonym TEXT NOT NULL,
  pseudonym_folded TEXT NOT NULL,
  phase TEXT NOT NULL CONSTRAINT cases_phase CHECK (phase IN (${PHASES})),
  pregnancy_week INTEGER,
  status TEXT NOT NULL DEFAULT 'open' CONSTRAINT cases_status CHECK (status IN ('open', 'closed')),
  holder_id TEXT REFERENCES members (id) ON DELETE SET NULL,
  context_note TEXT NOT NULL DEFAULT '',
  relationship_form TEXT NOT NULL DEFAULT 'dyad' CONSTRAINT cases_relationship_form CHECK (relationship_form IN ('dyad', 'triad')),
  relationship_now TEXT NOT NULL DEFAULT '',
  relationship_goes_well TEXT NOT NULL DEFAULT '',
  relationship_worries TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  closed_at TEXT,
  last_activity_at TEXT NOT NULL,
  map_changed_at TEXT
) STRICT`,
  },
  {
    table: 'people',
    columns: 'id, case_id, role, pseudonym, age_band, due_date, note, created_at, updated_at',
    create: `CREATE TABLE people (
  id TEXT PRIMARY KEY,
  case_id TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
  role TEXT NOT NULL CONSTRAINT people_role CHECK (role IN ('child', 'parent', 'caregiver', 'household')),
  pseudonym TEXT NOT NULL,
  age_band TEXT CONSTRAINT people_age_band CHECK (age_band IN ('unborn', '0-6m', '6-12m', '1-2y', '2-4y', '4-12y', '12-18y', '18-25y', 'adult')),
  due_date TEXT,
  note TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT`,
  },
  {
    table: 'chain_partners',
    columns: 'id, case_id, type, label, relationship, already_asked, last_contact, created_at, updated_at',
    create: `CREATE TABLE chain_partners (
  id TEXT PRIMARY KEY,
  case_id TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
  type TEXT NOT NULL CONSTRAINT chain_partners_type CHECK (type IN ('midwife', 'maternity-care', 'youth-health-care', 'gp', 'hospital', 'neighbourhood-team', 'youth-care', 'adult-mental-health', 'veilig-thuis', 'childcare', 'other')),
  label TEXT NOT NULL DEFAULT '',
  relationship TEXT NOT NULL DEFAULT '',
  already_asked TEXT NOT NULL DEFAULT '',
  last_contact TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT`,
  },
  {
    table: 'factors',
    columns:
      'id, case_id, sector, category, other_label, text, kind, voice, chain_partner_id, pressure, duration, buffered, tags, status, placement, session_id, created_at, updated_at',
    // The category must belong to its sector, as factors.save requires.
    create: `CREATE TABLE factors (
  id TEXT PRIMARY KEY,
  case_id TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
  sector TEXT NOT NULL CONSTRAINT factors_sector CHECK (sector IN ('external', 'child', 'parent', 'professional', 'buffer')),
  category TEXT NOT NULL,
  other_label TEXT,
  text TEXT NOT NULL DEFAULT '',
  kind TEXT NOT NULL CONSTRAINT factors_kind CHECK (kind IN ('observation', 'parent-words', 'interpretation', 'hypothesis')),
  voice TEXT NOT NULL CONSTRAINT factors_voice CHECK (voice IN ('parent', 'child', 'professional', 'chain')),
  chain_partner_id TEXT REFERENCES chain_partners (id) ON DELETE SET NULL,
  pressure TEXT CONSTRAINT factors_pressure CHECK (pressure IN ('light', 'moderate', 'heavy')),
  duration TEXT CONSTRAINT factors_duration CHECK (duration IN ('brief', 'temporary', 'prolonged')),
  buffered TEXT CONSTRAINT factors_buffered CHECK (buffered IN ('yes', 'partly', 'no')),
  tags TEXT NOT NULL DEFAULT '[]',
  status TEXT NOT NULL DEFAULT 'current' CONSTRAINT factors_status CHECK (status IN ('current', 'resolved')),
  placement TEXT,
  session_id TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CONSTRAINT factors_category CHECK (
    (sector = 'external' AND category IN ('isolation', 'finances', 'housing', 'migration', 'single-parenthood', 'domestic-violence', 'other'))
    OR (sector = 'child' AND category IN ('medical-complications', 'emotion-regulation', 'temperament', 'autism-development', 'other'))
    OR (sector = 'parent' AND category IN ('mild-intellectual-disability', 'psychological-problems', 'unprocessed-trauma-loss', 'other'))
    OR (sector = 'professional' AND category IN ('trust', 'continuity', 'transparency', 'other'))
    OR (sector = 'buffer' AND category IN ('partner', 'family', 'network', 'professional-support', 'parent-strength', 'child-strength', 'other'))
  )
) STRICT`,
  },
  {
    table: 'map_snapshots',
    columns: 'id, case_id, taken_at, reason, label, factor_count, state',
    create: `CREATE TABLE map_snapshots (
  id TEXT PRIMARY KEY,
  case_id TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
  taken_at TEXT NOT NULL,
  reason TEXT NOT NULL CONSTRAINT map_snapshots_reason CHECK (reason IN ('manual', 'session', 'daily')),
  label TEXT NOT NULL DEFAULT '',
  factor_count INTEGER NOT NULL,
  state TEXT NOT NULL
) STRICT`,
  },
  {
    table: 'session_methods',
    columns: 'id, name, description, phases, copied_from, created_at, updated_at',
    create: `CREATE TABLE session_methods (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  description TEXT NOT NULL,
  phases TEXT NOT NULL,
  copied_from TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT`,
  },
  {
    table: 'sessions',
    columns: 'id, case_id, method_id, method, question, participants, roles, status, timer, started_at, finished_at, created_at, updated_at',
    create: `CREATE TABLE sessions (
  id TEXT PRIMARY KEY,
  case_id TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
  method_id TEXT NOT NULL,
  method TEXT NOT NULL,
  question TEXT NOT NULL DEFAULT '',
  participants TEXT NOT NULL,
  roles TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'planned' CONSTRAINT sessions_status CHECK (status IN ('planned', 'running', 'finished')),
  timer TEXT NOT NULL,
  started_at TEXT,
  finished_at TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT`,
  },
  {
    table: 'session_contributions',
    columns: 'id, session_id, phase_key, kind, author_id, text, factor_id, perspective, change_my_mind, hidden, created_at, updated_at',
    create: `CREATE TABLE session_contributions (
  id TEXT PRIMARY KEY,
  session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
  phase_key TEXT NOT NULL,
  kind TEXT NOT NULL CONSTRAINT session_contributions_kind CHECK (kind IN ('clarifying-question', 'question', 'hypothesis', 'perspective', 'observation', 'strength', 'concern', 'idea', 'reflection')),
  author_id TEXT,
  text TEXT NOT NULL,
  factor_id TEXT REFERENCES factors (id) ON DELETE SET NULL,
  perspective TEXT CONSTRAINT session_contributions_perspective CHECK (perspective IN ('child', 'parent', 'professional', 'chain')),
  change_my_mind TEXT NOT NULL DEFAULT '',
  hidden INTEGER NOT NULL DEFAULT 0 CONSTRAINT session_contributions_hidden CHECK (hidden IN (0, 1)),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT`,
  },
  {
    table: 'session_outcomes',
    columns: 'session_id, intensity, for_whom, context, reasons, take_away, every_voice_heard, do_differently, updated_at',
    create: `CREATE TABLE session_outcomes (
  session_id TEXT PRIMARY KEY REFERENCES sessions (id) ON DELETE CASCADE,
  intensity TEXT CONSTRAINT session_outcomes_intensity CHECK (intensity IN ('ordinary', 'specific', 'treatment')),
  for_whom TEXT NOT NULL DEFAULT '',
  context TEXT NOT NULL DEFAULT '',
  reasons TEXT NOT NULL DEFAULT '',
  take_away TEXT NOT NULL DEFAULT '',
  every_voice_heard TEXT CONSTRAINT session_outcomes_every_voice_heard CHECK (every_voice_heard IN ('yes', 'partly', 'no')),
  do_differently TEXT NOT NULL DEFAULT '',
  updated_at TEXT NOT NULL
) STRICT`,
  },
  {
    table: 'session_step2_records',
    columns: 'session_id, consulted, consulted_role, date, signals, outcome, veilig_thuis_consulted, updated_at',
    create: `CREATE TABLE session_step2_records (
  session_id TEXT PRIMARY KEY REFERENCES sessions (id) ON DELETE CASCADE,
  consulted TEXT NOT NULL DEFAULT '',
  consulted_role TEXT NOT NULL DEFAULT '',
  date TEXT,
  signals TEXT NOT NULL DEFAULT '',
  outcome TEXT NOT NULL DEFAULT '',
  veilig_thuis_consulted INTEGER CONSTRAINT session_step2_records_veilig_thuis_consulted CHECK (veilig_thuis_consulted IN (0, 1)),
  updated_at TEXT NOT NULL
) STRICT`,
  },
  {
    table: 'action_points',
    columns: 'id, case_id, session_id, owner_member_id, text, owner_name, due_date, status, created_at, updated_at',
    create: `CREATE TABLE action_points (
  id TEXT PRIMARY KEY,
  case_id TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
  session_id TEXT REFERENCES sessions (id) ON DELETE SET NULL,
  owner_member_id TEXT REFERENCES members (id) ON DELETE SET NULL,
  text TEXT NOT NULL,
  owner_name TEXT NOT NULL DEFAULT '',
  due_date TEXT,
  status TEXT NOT NULL DEFAULT 'open' CONSTRAINT action_points_status CHECK (status IN ('open', 'done', 'dropped')),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT`,
  },
  {
    table: 'journal_entries',
    columns: 'id, author_id, case_id, prompt_id, prompt_text, template, title, body, sections, tags, created_at, updated_at',
    create: `CREATE TABLE journal_entries (
  id TEXT PRIMARY KEY,
  author_id TEXT NOT NULL REFERENCES members (id),
  case_id TEXT REFERENCES cases (id) ON DELETE CASCADE,
  prompt_id TEXT,
  prompt_text TEXT NOT NULL DEFAULT '',
  template TEXT CONSTRAINT journal_entries_template CHECK (template IN ('alact', 'gibbs', 'intervision-prep')),
  title TEXT NOT NULL DEFAULT '',
  body TEXT NOT NULL DEFAULT '',
  sections TEXT NOT NULL DEFAULT '[]',
  tags TEXT NOT NULL DEFAULT '[]',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT`,
  },
  {
    table: 'custom_prompts',
    columns: 'id, text, contexts, created_by, created_at, updated_at',
    create: `CREATE TABLE custom_prompts (
  id TEXT PRIMARY KEY,
  text TEXT NOT NULL,
  contexts TEXT NOT NULL,
  created_by TEXT REFERENCES members (id) ON DELETE SET NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT`,
  },
  {
    table: 'hidden_prompts',
    columns: 'member_id, prompt_id',
    create: `CREATE TABLE hidden_prompts (
  member_id TEXT NOT NULL REFERENCES members (id) ON DELETE CASCADE,
  prompt_id TEXT NOT NULL,
  CONSTRAINT hidden_prompts_pk PRIMARY KEY (member_id, prompt_id)
) STRICT`,
  },
  {
    // Ids are copied as they are: search_fts (external content) points at them by rowid.
    table: 'search_docs',
    columns: 'id, kind, source_id, case_id, session_id, owner_id, at, facet, title, body',
    create: `CREATE TABLE search_docs (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL CONSTRAINT search_docs_kind CHECK (kind IN ('case', 'person', 'factor', 'chain', 'session', 'contribution', 'action', 'journal')),
  source_id TEXT NOT NULL,
  case_id TEXT,
  session_id TEXT,
  owner_id TEXT,
  at TEXT NOT NULL,
  facet TEXT,
  title TEXT NOT NULL DEFAULT '',
  body TEXT NOT NULL DEFAULT '',
  UNIQUE (kind, source_id)
) STRICT`,
  },
  {
    table: 'exchange_base',
    columns: 'item_table, item_id, case_id, hash',
    create: `CREATE TABLE exchange_base (
  item_table TEXT NOT NULL CONSTRAINT exchange_base_item_table CHECK (item_table IN (${ITEM_TABLES})),
  item_id TEXT NOT NULL,
  case_id TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
  hash TEXT NOT NULL,
  CONSTRAINT exchange_base_pk PRIMARY KEY (item_table, item_id)
) STRICT`,
  },
  {
    table: 'exchange_conflicts',
    columns: 'id, case_id, item_table, item_id, incoming, incoming_hash, from_vault_id, imported_at',
    create: `CREATE TABLE exchange_conflicts (
  id TEXT PRIMARY KEY,
  case_id TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
  item_table TEXT NOT NULL CONSTRAINT exchange_conflicts_item_table CHECK (item_table IN (${ITEM_TABLES})),
  item_id TEXT NOT NULL,
  incoming TEXT NOT NULL,
  incoming_hash TEXT NOT NULL,
  from_vault_id TEXT NOT NULL,
  imported_at TEXT NOT NULL
) STRICT`,
  },
];

const old = (table: string) => `${table}_before_0006`;

/** The vault holds rows the new schema cannot take; migrate.ts turns this into VAULT_CORRUPT. */
function refuse(reason: string, message: string): Error {
  return Object.assign(new Error(`0006_constraints: ${message}; the vault was left as it was.`), { name: 'MigrationRefused', reason });
}

function isConstraintError(error: unknown): error is Error {
  return error instanceof Error && String((error as { code?: unknown }).code).startsWith('SQLITE_CONSTRAINT');
}

export async function up(db: Kysely<unknown>): Promise<void> {
  const run = (statement: string) => sql.raw(statement).execute(db);
  await run('SAVEPOINT migration_0006');
  try {
    await rebuild(db);
  } catch (error) {
    try {
      await run('ROLLBACK TO migration_0006');
      await run('RELEASE migration_0006');
    } catch {
      // SQLite already rolled back by itself (SQLITE_FULL does); the first error is the one to report.
    }
    throw error;
  }
  await run('RELEASE migration_0006');
}

async function rebuild(db: Kysely<unknown>): Promise<void> {
  const run = (statement: string) => sql.raw(statement).execute(db);
  const tables = REBUILDS.map((rebuild) => `'${rebuild.table}'`).join(', ');
  // Foreign keys are checked once, at the end, over the rebuilt tables.
  await run('PRAGMA defer_foreign_keys = ON');

  // Indexes and triggers go first (a rename would rewrite them) and come back verbatim at the end.
  const { rows: kept } = await sql<{ type: 'index' | 'trigger'; name: string; sql: string }>`
    SELECT type, name, sql FROM sqlite_master
    WHERE sql IS NOT NULL AND (type = 'trigger' OR (type = 'index' AND tbl_name IN (${sql.raw(tables)})))
    ORDER BY rowid`.execute(db);
  for (const { type, name } of kept) await run(`DROP ${type === 'index' ? 'INDEX' : 'TRIGGER'} "${name}"`);

  for (const { table } of REBUILDS) await run(`ALTER TABLE ${table} RENAME TO ${old(table)}`);
  for (const { table, columns, create } of REBUILDS) {
    await run(create);
    try {
      await run(`INSERT INTO ${table} (${columns}) SELECT ${columns} FROM ${old(table)}`);
    } catch (error) {
      if (isConstraintError(error)) throw refuse('invalid-value', `a row of ${table} breaks the new schema (${error.message})`);
      throw error;
    }
  }
  // The audit log's AUTOINCREMENT counter carries over, so an id is never handed out twice.
  await run(`DELETE FROM sqlite_sequence WHERE name = 'audit_log'`);
  await run(`UPDATE sqlite_sequence SET name = 'audit_log' WHERE name = '${old('audit_log')}'`);
  for (const { table } of [...REBUILDS].reverse()) await run(`DROP TABLE ${old(table)}`);

  for (const { sql: statement } of kept) await run(statement);

  const { rows: broken } = await sql<{ table: string; parent: string }>`PRAGMA foreign_key_check`.execute(db);
  const first = broken[0];
  if (first) throw refuse('foreign-key', `${broken.length} row(s) refer to rows that do not exist (first: ${first.table} → ${first.parent})`);
}

export async function down(): Promise<void> {
  throw new Error('0006_constraints cannot be undone');
}
