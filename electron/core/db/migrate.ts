import { Kysely, SqliteDialect } from 'kysely';
import { Migrator, type Migration } from 'kysely/migration';
import { AppError } from '../errors';
import type { SqliteHandle } from './database';
import { MIGRATIONS } from './migrations';
import type { VaultDatabase } from './schema';

export const MIGRATION_TABLE = 'kysely_migration';

export function createKysely(db: SqliteHandle): Kysely<VaultDatabase> {
  return new Kysely<VaultDatabase>({ dialect: new SqliteDialect({ database: db }) });
}

export type SchemaState = { kind: 'current' } | { kind: 'behind'; pending: string[] } | { kind: 'too-new'; reason: string };

/**
 * Compare the database's schema with the migrations this app knows, reading only: a vault from a
 * newer app must be refused before anything is written to it.
 */
export function schemaState(db: SqliteHandle, migrations: Readonly<Record<string, Migration>> = MIGRATIONS): SchemaState {
  const known = Object.keys(migrations).sort();
  const userVersion = db.pragma('user_version', { simple: true }) as number;
  if (userVersion > known.length) return { kind: 'too-new', reason: `user_version ${userVersion}` };
  const hasTable = db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?`).get(MIGRATION_TABLE) !== undefined;
  const applied = hasTable ? (db.prepare(`SELECT name FROM ${MIGRATION_TABLE}`).pluck().all() as string[]) : [];
  const unknown = applied.filter((name) => !known.includes(name));
  if (unknown.length > 0) return { kind: 'too-new', reason: `unknown migration ${unknown[0] ?? ''}` };
  const pending = known.filter((name) => !applied.includes(name));
  return pending.length === 0 && userVersion === known.length ? { kind: 'current' } : { kind: 'behind', pending };
}

/** Bring the schema up to date; VAULT_TOO_NEW (nothing written) when the vault is from a newer app. */
export async function migrateVault(
  db: SqliteHandle,
  kysely: Kysely<VaultDatabase>,
  migrations: Readonly<Record<string, Migration>> = MIGRATIONS,
): Promise<void> {
  const state = schemaState(db, migrations);
  if (state.kind === 'too-new') {
    throw new AppError('VAULT_TOO_NEW', 'The vault was written by a newer version of the app.', { reason: state.reason });
  }
  if (state.kind === 'current') return;
  const migrator = new Migrator({ db: kysely, provider: { getMigrations: async () => ({ ...migrations }) } });
  const { error, results } = await migrator.migrateToLatest();
  // A migration that meets rows it cannot carry over refuses by name; the transaction rolled back.
  if (error instanceof Error && error.name === 'MigrationRefused') {
    throw new AppError('VAULT_CORRUPT', error.message, { reason: String((error as Error & { reason?: unknown }).reason ?? 'migration-refused') });
  }
  if (error) throw error;
  const failed = results?.find((result) => result.status === 'Error');
  if (failed) throw new Error(`Migration ${failed.migrationName} failed`);
  db.pragma(`user_version = ${Object.keys(migrations).length}`);
}
