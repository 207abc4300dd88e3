import type { Kysely } from 'kysely';
import type { SqliteHandle } from './database';
import type { VaultDatabase } from './schema';

declare const readable: unique symbol;
declare const writable: unique symbol;

/**
 * The vault database as a read may see it: queries only (no insert, update or delete builders), and
 * branded so a plain Kysely cannot pass for it. `read()` also sets `PRAGMA query_only` at run time.
 */
export type ReadableDb = Pick<Kysely<VaultDatabase>, 'selectFrom' | 'selectNoFrom' | 'fn' | 'dynamic'> & { readonly [readable]: true };

/** The vault database inside one write transaction (`write()`); it may also be read. */
export type WritableDb = Kysely<VaultDatabase> & { readonly [readable]: true; readonly [writable]: true };

/** The open vault's connection gets its brands once, where it is opened. */
export function brandVaultDb(db: Kysely<VaultDatabase>): WritableDb {
  return db as WritableDb;
}

/**
 * Run `work` in one write transaction on the vault's single connection. Unlike kysely's
 * transaction(), it keeps the original error when SQLite already rolled back by itself
 * (SQLITE_FULL does), instead of replacing it with "cannot rollback - no transaction is active".
 * Callers run one at a time (VaultSession.exclusive), so nothing else interleaves.
 */
export async function inTransaction<T>(sqlite: SqliteHandle, db: WritableDb, work: (db: WritableDb) => Promise<T>): Promise<T> {
  sqlite.exec('BEGIN IMMEDIATE');
  try {
    const result = await work(db);
    sqlite.exec('COMMIT');
    return result;
  } catch (error) {
    if (sqlite.inTransaction) sqlite.exec('ROLLBACK');
    throw error;
  }
}
