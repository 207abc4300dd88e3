import { sql, type Kysely } from 'kysely';

/**
 * The meldcode record of a case (steps 1–5) gets its own table, and three CHECK lists grow:
 * people learn the role 'partner'; the chain learns jeugd-ggz, jeugdbescherming, de Raad voor de
 * Kinderbescherming, kinderarts, gynaecoloog, POH-ggz, maatschappelijk werk and schuldhulp; and
 * the exchange bookkeeping learns the new table. Values are written out here, frozen.
 *
 * SQLite cannot alter a CHECK, so people, chain_partners, exchange_base and exchange_conflicts are
 * rebuilt in one savepoint, rows and rowids copied as they are. factors.chain_partner_id refers to
 * chain_partners (ON DELETE SET NULL), and with foreign keys on (they cannot be switched off inside
 * a transaction) SQLite follows a renamed parent and acts on a dropped one. So no old table is
 * renamed: each new table is made under a new name and filled, the old one dropped, the new one
 * renamed into its place. Dropping the old chain_partners clears the factors' links (SET NULL);
 * they are kept aside first and put back, so every factor keeps its chain partner. Triggers and the
 * rebuilt tables' indexes are dropped first and re-created verbatim; every foreign key is checked
 * at the end. A row the new schema refuses leaves the vault as it was.
 */

const ITEM_TABLES = `'cases', 'people', 'chain_partners', 'factors', 'map_snapshots', 'sessions', 'session_contributions', 'session_outcomes', 'session_step2_records', 'action_points', 'journal_entries', 'meldcode_records'`;

interface Rebuild {
  table: string;
  columns: string;
  create: string;
}

const REBUILDS: readonly Rebuild[] = [
  {
    table: 'people',
    columns: 'id, case_id, role, pseudonym, age_band, due_date, note, created_at, updated_at',
    create: `CREATE TABLE people (
  id TEXT PRIMARY KEY,
  case_id TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
  role TEXT NOT NULL CONSTRAINT people_role CHECK (role IN ('child', 'parent', 'partner', 'caregiver', 'household')),
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
  type TEXT NOT NULL CONSTRAINT chain_partners_type CHECK (type IN ('midwife', 'maternity-care', 'youth-health-care', 'gp', 'hospital', 'neighbourhood-team', 'youth-care', 'youth-mental-health', 'youth-protection', 'child-protection-board', 'paediatrician', 'gynaecologist', 'gp-mental-health', 'adult-mental-health', 'social-work', 'debt-counselling', 'veilig-thuis', 'childcare', 'other')),
  label TEXT NOT NULL DEFAULT '',
  relationship TEXT NOT NULL DEFAULT '',
  already_asked TEXT NOT NULL DEFAULT '',
  last_contact TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
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

const YES_NO = `('yes', 'no')`;

/** One row per case; the answers and decisions are the professional's own, stored as given. */
const MELDCODE = `CREATE TABLE meldcode_records (
  case_id TEXT PRIMARY KEY REFERENCES cases (id) ON DELETE CASCADE,
  step1_date TEXT,
  signals TEXT NOT NULL DEFAULT '',
  kindcheck TEXT NOT NULL DEFAULT '',
  step2_date TEXT,
  consulted TEXT NOT NULL DEFAULT '',
  advice_from TEXT CONSTRAINT meldcode_records_advice_from CHECK (advice_from IN ('veilig-thuis', 'expert', 'none')),
  advice_by TEXT NOT NULL DEFAULT '',
  advice TEXT NOT NULL DEFAULT '',
  step3_date TEXT,
  talk_with TEXT NOT NULL DEFAULT '',
  talk_said TEXT NOT NULL DEFAULT '',
  talk_reaction TEXT NOT NULL DEFAULT '',
  step4_date TEXT,
  q_suspicion TEXT CONSTRAINT meldcode_records_q_suspicion CHECK (q_suspicion IN ${YES_NO}),
  q_suspicion_note TEXT NOT NULL DEFAULT '',
  q_unsafety TEXT CONSTRAINT meldcode_records_q_unsafety CHECK (q_unsafety IN ${YES_NO}),
  q_unsafety_note TEXT NOT NULL DEFAULT '',
  q_able_to_help TEXT CONSTRAINT meldcode_records_q_able_to_help CHECK (q_able_to_help IN ${YES_NO}),
  q_able_to_help_note TEXT NOT NULL DEFAULT '',
  q_help_accepted TEXT CONSTRAINT meldcode_records_q_help_accepted CHECK (q_help_accepted IN ${YES_NO}),
  q_help_accepted_note TEXT NOT NULL DEFAULT '',
  q_help_works TEXT CONSTRAINT meldcode_records_q_help_works CHECK (q_help_works IN ${YES_NO}),
  q_help_works_note TEXT NOT NULL DEFAULT '',
  step5_date TEXT,
  report_needed TEXT CONSTRAINT meldcode_records_report_needed CHECK (report_needed IN ${YES_NO}),
  report_reasons TEXT NOT NULL DEFAULT '',
  help_possible TEXT CONSTRAINT meldcode_records_help_possible CHECK (help_possible IN ${YES_NO}),
  help_reasons TEXT NOT NULL DEFAULT '',
  updated_at TEXT NOT NULL
) STRICT`;

const fresh = (table: string) => `${table}_0011`;

function refuse(reason: string, message: string): Error {
  return Object.assign(new Error(`0011_meldcode_chain: ${message}; the vault was left as it was.`), { name: 'MigrationRefused', reason });
}

function isConstraintError(error: unknown): error is Error {
  return error instanceof Error && String((error as { code?: unknown }).code).startsWith('SQLITE_CONSTRAINT');
}

export async function up(db: Kysely<unknown>): Promise<void> {
  const run = (statement: string) => sql.raw(statement).execute(db);
  await run('SAVEPOINT migration_0011');
  try {
    await rebuild(db);
  } catch (error) {
    try {
      await run('ROLLBACK TO migration_0011');
      await run('RELEASE migration_0011');
    } catch {
      // SQLite already rolled back by itself (SQLITE_FULL does); the first error is the one to report.
    }
    throw error;
  }
  await run('RELEASE migration_0011');
}

async function rebuild(db: Kysely<unknown>): Promise<void> {
  const run = (statement: string) => sql.raw(statement).execute(db);
  const tables = REBUILDS.map((rebuild) => `'${rebuild.table}'`).join(', ');
  await run('PRAGMA defer_foreign_keys = ON');

  const { rows: kept } = await sql<{ type: 'index' | 'trigger'; name: string; sql: string }>`
    SELECT type, name, sql FROM sqlite_master
    WHERE sql IS NOT NULL AND (type = 'trigger' OR (type = 'index' AND tbl_name IN (${sql.raw(tables)})))
    ORDER BY rowid`.execute(db);
  for (const { type, name } of kept) await run(`DROP ${type === 'index' ? 'INDEX' : 'TRIGGER'} "${name}"`);

  // The factors' links to their chain partners, kept aside while chain_partners is rebuilt.
  await run('CREATE TABLE factor_chain_links_0011 (factor_id TEXT PRIMARY KEY, chain_partner_id TEXT NOT NULL) STRICT');
  await run('INSERT INTO factor_chain_links_0011 (factor_id, chain_partner_id) SELECT id, chain_partner_id FROM factors WHERE chain_partner_id IS NOT NULL');

  for (const { table, columns, create } of REBUILDS) {
    await run(create.replace(`CREATE TABLE ${table} (`, `CREATE TABLE ${fresh(table)} (`));
    try {
      // rowid too: the rows keep their order (lists sort by created_at, then rowid).
      await run(`INSERT INTO ${fresh(table)} (rowid, ${columns}) SELECT rowid, ${columns} FROM ${table}`);
    } catch (error) {
      if (isConstraintError(error)) throw refuse('invalid-value', `a row of ${table} breaks the new schema (${error.message})`);
      throw error;
    }
    await run(`DROP TABLE ${table}`);
    await run(`ALTER TABLE ${fresh(table)} RENAME TO ${table}`);
  }
  await run(
    'UPDATE factors SET chain_partner_id = (SELECT l.chain_partner_id FROM factor_chain_links_0011 l WHERE l.factor_id = factors.id) WHERE id IN (SELECT factor_id FROM factor_chain_links_0011)',
  );
  await run('DROP TABLE factor_chain_links_0011');
  await run(MELDCODE);

  for (const { sql: statement } of kept) await run(statement);

  const { rows: broken } = await sql<{ table: string; parent: string }>`PRAGMA foreign_key_check`.execute(db);
  const first = broken[0];
  if (first) throw refuse('foreign-key', `${broken.length} row(s) refer to rows that do not exist (first: ${first.table} → ${first.parent})`);
}

export async function down(): Promise<void> {
  throw new Error('0011_meldcode_chain cannot be undone');
}
