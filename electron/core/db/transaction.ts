import type { Kysely } from 'kysely';
import type { SqliteHandle } from '../vault/database';
import type { VaultDatabase } from './schema';

/**
 * Run `work` in one write transaction on the vault's single connection. Unlike kysely's
 * transaction(), it keeps the original error when SQLite already rolled back by itself
 * (SQLITE_FULL does), instead of replacing it with "cannot rollback - no transaction is active".
 * Callers run one at a time (VaultService.exclusive), so nothing else interleaves.
 */
export async function inTransaction<T>(sqlite: SqliteHandle, db: Kysely<VaultDatabase>, work: (db: Kysely<VaultDatabase>) => Promise<T>): Promise<T> {
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
