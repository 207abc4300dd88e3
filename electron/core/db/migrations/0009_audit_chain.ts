import { sql, type Kysely } from 'kysely';

/**
 * A tamper-evident audit log: each row of audit_log gets an HMAC in audit_chain over its content and
 * the HMAC of the row before, written by a trigger that calls dyade_audit_mac (a function each
 * connection registers with the vault's chain key; a tool that has not registered it cannot add
 * rows). The chain's table is append-only like the log. Rows from before are chained once, at the
 * first unlock after this migration (the key is not known here).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const run = (statement: string) => sql.raw(statement).execute(db);
  await run(`CREATE TABLE audit_chain (
  id INTEGER PRIMARY KEY,
  mac TEXT NOT NULL
) STRICT`);
  await run(`CREATE TRIGGER audit_chain_no_update BEFORE UPDATE ON audit_chain BEGIN SELECT RAISE(ABORT, 'audit_chain is append-only'); END`);
  await run(`CREATE TRIGGER audit_chain_no_delete BEFORE DELETE ON audit_chain BEGIN SELECT RAISE(ABORT, 'audit_chain is append-only'); END`);
  await run(`CREATE TRIGGER audit_log_chain AFTER INSERT ON audit_log BEGIN
  INSERT INTO audit_chain (id, mac) VALUES (
    NEW.id,
    dyade_audit_mac((SELECT mac FROM audit_chain ORDER BY id DESC LIMIT 1), NEW.id, NEW.at, NEW.action, NEW.actor_member_id, NEW.detail)
  );
END`);
}

export async function down(): Promise<void> {
  throw new Error('0009_audit_chain cannot be undone');
}
