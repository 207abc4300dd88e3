import { sql, type Kysely } from 'kysely';

/**
 * The audit log learns three actions: `vault.rekeyed` (a new data key after a member was removed,
 * the recovery code replaced or a passphrase changed), `backups.deleted` (old backups removed after
 * that) and `session.opened` (a session read, noted by the core as `case.opened` is). The action list is a CHECK constraint, which SQLite cannot alter: the table is made again
 * with the longer list and its rows, ids, counter, indexes and append-only triggers carried over.
 */
const ACTIONS = [
  'vault.created',
  'vault.unlocked',
  'vault.unlock_failed',
  'vault.locked',
  'vault.recovered',
  'passphrase.changed',
  'member.added',
  'member.removed',
  'recovery.regenerated',
  'backup.made',
  'vault.restored',
  'vault.verified',
  'settings.changed',
  'case.opened',
  'search.performed',
  'export.made',
  'print.made',
  'import.done',
  'case.erased',
  'audit.exported',
  'vault.rekeyed',
  'backups.deleted',
  'session.opened',
];

const CREATE = `CREATE TABLE audit_log (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  at TEXT NOT NULL,
  action TEXT NOT NULL CONSTRAINT audit_log_action CHECK (action IN (${ACTIONS.map((a) => `'${a}'`).join(', ')})),
  actor_member_id TEXT,
  detail TEXT NOT NULL DEFAULT '{}'
) STRICT`;

export async function up(db: Kysely<unknown>): Promise<void> {
  const run = (statement: string) => sql.raw(statement).execute(db);
  const { rows: kept } = await sql<{ type: 'index' | 'trigger'; name: string; sql: string }>`
    SELECT type, name, sql FROM sqlite_master
    WHERE tbl_name = 'audit_log' AND sql IS NOT NULL AND type IN ('index', 'trigger')
    ORDER BY rowid`.execute(db);
  for (const { type, name } of kept) await run(`DROP ${type === 'index' ? 'INDEX' : 'TRIGGER'} "${name}"`);
  await run('ALTER TABLE audit_log RENAME TO audit_log_before_0008');
  await run(CREATE);
  await run('INSERT INTO audit_log (id, at, action, actor_member_id, detail) SELECT id, at, action, actor_member_id, detail FROM audit_log_before_0008');
  // The AUTOINCREMENT counter carries over, so an id is never handed out twice.
  await run(`DELETE FROM sqlite_sequence WHERE name = 'audit_log'`);
  await run(`UPDATE sqlite_sequence SET name = 'audit_log' WHERE name = 'audit_log_before_0008'`);
  await run('DROP TABLE audit_log_before_0008');
  for (const { sql: statement } of kept) await run(statement);
}

export async function down(): Promise<void> {
  throw new Error('0008_audit_actions cannot be undone');
}
