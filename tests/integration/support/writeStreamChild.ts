/**
 * Child process for the SIGKILL test: opens a vault database with the raw key (hex in argv) and
 * inserts audit rows in committed transactions, printing each committed id, until killed.
 */
import { writeSync } from 'node:fs';
import { openVaultDatabase } from '../../../electron/core/db/database';
import { startAuditChain } from '../../../electron/core/vault/auditChain';

const [file, keyHex] = process.argv.slice(2);
if (!file || !keyHex) throw new Error('usage: writeStreamChild <vault.db> <key hex>');
const db = openVaultDatabase(file, Buffer.from(keyHex, 'hex'));
// Audit rows are chained by a function every connection of the app registers.
startAuditChain(db);
const insert = db.prepare(`INSERT INTO audit_log (at, action, actor_member_id, detail) VALUES (?, 'settings.changed', NULL, ?)`);
const commit = db.transaction((n: number) => Number(insert.run(new Date().toISOString(), JSON.stringify({ n, pad: 'x'.repeat(n % 500) })).lastInsertRowid));
for (let n = 0; ; n += 1) {
  const id = commit(n);
  // Reported only after the commit returned; synchronous so the report order matches.
  writeSync(1, `${id}\n`);
}
