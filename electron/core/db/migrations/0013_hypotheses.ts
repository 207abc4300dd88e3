import { sql, type Kysely } from 'kysely';

/**
 * The hypothesis register's status history: one row per status a person set at a follow-up, keyed to
 * the hypothesis's source (a session contribution's id or a map factor's id; no foreign key to it, so
 * the history outlives an edit of the map), with the note, the day, the session and the member. Rows
 * are never changed (a trigger refuses UPDATE); they go with the case (ON DELETE CASCADE), so erasure
 * takes them. A removed session leaves its reviews with session_id cleared.
 *
 * A "?" factor has no field of its own for "what would change my mind?" (a session's hypothesis has):
 * hypothesis_details keeps it, one row per factor (its id is the factor's id), and goes with the case.
 *
 * A status change is audited: the audit log learns `hypothesis.reviewed` (its CHECK list, as the vault
 * has it, gains the name; the table is rebuilt as 0008 did, rows, ids, counter, indexes and triggers kept).
 *
 * Both tables travel in exchange files, so the exchange bookkeeping tables learn their names: their
 * CHECK (item_table IN (…)) is extended by adding this one name to the list as the vault has it (other
 * migrations of the same release may add names of their own), and the two tables are rebuilt with
 * their rows (nothing refers to them).
 */
const TABLES = ['hypothesis_reviews', 'hypothesis_details'] as const;

const CREATE = `CREATE TABLE hypothesis_reviews (
  id TEXT PRIMARY KEY,
  case_id TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
  source_kind TEXT NOT NULL CONSTRAINT hypothesis_reviews_source_kind CHECK (source_kind IN ('contribution', 'factor')),
  source_id TEXT NOT NULL,
  status TEXT NOT NULL CONSTRAINT hypothesis_reviews_status CHECK (status IN ('open', 'supported', 'weakened', 'dropped')),
  note TEXT NOT NULL DEFAULT '',
  day TEXT NOT NULL CONSTRAINT hypothesis_reviews_day CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  session_id TEXT REFERENCES sessions (id) ON DELETE SET NULL,
  member_id TEXT,
  created_at TEXT NOT NULL
) STRICT`;

const CREATE_DETAILS = `CREATE TABLE hypothesis_details (
  id TEXT PRIMARY KEY,
  case_id TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
  source_kind TEXT NOT NULL CONSTRAINT hypothesis_details_source_kind CHECK (source_kind IN ('factor')),
  change_my_mind TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT`;

const EXCHANGE_TABLES = ['exchange_base', 'exchange_conflicts'] as const;

export async function up(db: Kysely<unknown>): Promise<void> {
  const run = (statement: string) => sql.raw(statement).execute(db);
  await run('SAVEPOINT migration_0013');
  try {
    await run(CREATE);
    await run('CREATE INDEX hypothesis_reviews_case ON hypothesis_reviews (case_id, source_kind, source_id, created_at)');
    await run(CREATE_DETAILS);
    await run('CREATE INDEX hypothesis_details_case ON hypothesis_details (case_id)');
    await run(
      `CREATE TRIGGER hypothesis_reviews_no_update BEFORE UPDATE ON hypothesis_reviews BEGIN SELECT RAISE(ABORT, 'hypothesis_reviews is append-only'); END`,
    );
    for (const table of EXCHANGE_TABLES) {
      const { rows } = await sql<{ type: string; name: string; sql: string | null }>`
        SELECT type, name, sql FROM sqlite_master WHERE tbl_name = ${table} ORDER BY rowid`.execute(db);
      const create = rows.find((row) => row.type === 'table')?.sql;
      if (!create) throw new Error(`0013_hypotheses: no table ${table}`);
      const missing = TABLES.filter((name) => !create.includes(`'${name}'`));
      if (missing.length === 0) continue;
      const marker = 'CHECK (item_table IN (';
      if (!create.includes(marker)) throw new Error(`0013_hypotheses: ${table} has no item_table list`);
      const extended = create.replace(marker, `${marker}${missing.map((name) => `'${name}', `).join('')}`);
      const kept = rows.filter((row) => row.type !== 'table' && row.sql !== null);
      for (const { type, name } of kept) await run(`DROP ${type === 'index' ? 'INDEX' : 'TRIGGER'} "${name}"`);
      await run(`ALTER TABLE ${table} RENAME TO ${table}_before_0013`);
      await run(extended);
      await run(`INSERT INTO ${table} SELECT * FROM ${table}_before_0013`);
      await run(`DROP TABLE ${table}_before_0013`);
      for (const { sql: statement } of kept) await run(statement!);
    }
    await addAuditAction(run, db);
    await run('RELEASE migration_0013');
  } catch (error) {
    await run('ROLLBACK TO migration_0013');
    await run('RELEASE migration_0013');
    throw error;
  }
}

const AUDIT_ACTION = 'hypothesis.reviewed';

async function addAuditAction(run: (statement: string) => Promise<unknown>, db: Kysely<unknown>): Promise<void> {
  const { rows } = await sql<{ type: string; name: string; sql: string | null }>`
    SELECT type, name, sql FROM sqlite_master WHERE tbl_name = 'audit_log' ORDER BY rowid`.execute(db);
  const create = rows.find((row) => row.type === 'table')?.sql;
  const marker = 'CHECK (action IN (';
  if (!create?.includes(marker)) throw new Error('0013_hypotheses: audit_log has no action list');
  if (create.includes(`'${AUDIT_ACTION}'`)) return;
  const kept = rows.filter((row) => row.type !== 'table' && row.sql !== null);
  for (const { type, name } of kept) await run(`DROP ${type === 'index' ? 'INDEX' : 'TRIGGER'} "${name}"`);
  await run('ALTER TABLE audit_log RENAME TO audit_log_before_0013');
  await run(create.replace(marker, `${marker}'${AUDIT_ACTION}', `));
  await run('INSERT INTO audit_log (id, at, action, actor_member_id, detail) SELECT id, at, action, actor_member_id, detail FROM audit_log_before_0013');
  // The AUTOINCREMENT counter carries over, so an id is never handed out twice.
  await run(`DELETE FROM sqlite_sequence WHERE name = 'audit_log'`);
  await run(`UPDATE sqlite_sequence SET name = 'audit_log' WHERE name = 'audit_log_before_0013'`);
  await run('DROP TABLE audit_log_before_0013');
  for (const { sql: statement } of kept) await run(statement!);
}

export async function down(): Promise<void> {
  throw new Error('0013_hypotheses cannot be undone');
}
