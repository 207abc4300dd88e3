import { chmodSync } from 'node:fs';
import Database from 'better-sqlite3-multiple-ciphers';
import { AppError, isAppError } from '../errors';
import { addonLoadFailure, isAddonLoadError } from './native-addon';
import { registerSearchFunctions } from './searchTerms';

export type SqliteHandle = Database.Database;

/** The raw-key form SQLCipher accepts, so SQLite runs no KDF of its own. */
export function sqlcipherKeyPragma(dataKey: Buffer): string {
  return `key="x'${dataKey.toString('hex')}'"`;
}

export interface OpenDatabaseOptions {
  /** better-sqlite3 native binding built for the current runtime (Electron vs Node). */
  nativeBinding?: string;
  /** Create the file when missing (only `vault.create` and backups do). */
  create?: boolean;
}

function sqliteCode(error: unknown): string | null {
  const code = error instanceof Error ? (error as Error & { code?: unknown }).code : undefined;
  return typeof code === 'string' && code.startsWith('SQLITE_') ? code : null;
}

/**
 * Open a vault database with its raw data key: SQLCipher-4 format, exclusive lock (a second
 * process gets SQLITE_BUSY), a key check, then the connection settings the design requires.
 */
export function openVaultDatabase(file: string, dataKey: Buffer, options: OpenDatabaseOptions = {}): SqliteHandle {
  let db: SqliteHandle;
  try {
    db = new Database(file, { fileMustExist: !options.create, timeout: 0, ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}) });
    // Readable by its owner only, like vault.json (SQLite gives its WAL file the same mode).
    if (options.create && process.platform !== 'win32') chmodSync(file, 0o600);
  } catch (error) {
    throw mapDatabaseError(error, 'open');
  }
  try {
    db.pragma(`cipher='sqlcipher'`);
    db.pragma('legacy=4');
    db.pragma(sqlcipherKeyPragma(dataKey));
    // Exclusive before the first read: the lock is then held from the key check on, and WAL keeps
    // its index in heap memory (no -shm file).
    db.pragma('locking_mode=EXCLUSIVE');
    try {
      db.prepare('SELECT count(*) AS n FROM sqlite_master').get();
    } catch (error) {
      if (sqliteCode(error) === 'SQLITE_NOTADB') {
        throw new AppError('VAULT_CORRUPT', 'The database does not open with the key from the header.', { reason: 'key-rejected' });
      }
      throw error;
    }
    db.pragma('temp_store=MEMORY');
    // Every page read from disk is decrypted: a 32 MiB page cache (SQLite's default is 2 MiB) keeps
    // the search index and the hot tables decrypted in memory (measured in the search bench).
    db.pragma('cache_size=-32768');
    db.pragma('journal_mode=WAL');
    db.pragma('synchronous=FULL');
    db.pragma('foreign_keys=ON');
    db.pragma('secure_delete=ON');
    // The search index's triggers call it: without it no row could be written.
    registerSearchFunctions(db);
    // Take the write lock now, not at the first write, so another process is refused at once.
    db.exec('BEGIN EXCLUSIVE; COMMIT');
    return db;
  } catch (error) {
    db.close();
    throw mapDatabaseError(error, 'open');
  }
}

/**
 * Re-encrypt the whole database with a new data key. SQLite3MultipleCiphers cannot rekey in WAL
 * mode, so the journal goes to DELETE for the rekey (a rollback-journal transaction: a crash leaves
 * the old key or the new one, never a mix) and back to WAL after.
 */
export function rekeyVaultDatabase(db: SqliteHandle, dataKey: Buffer): void {
  db.pragma('journal_mode=DELETE');
  try {
    db.pragma(`re${sqlcipherKeyPragma(dataKey)}`);
  } finally {
    db.pragma('journal_mode=WAL');
  }
}

/** Translate SQLite and file-system failures into the contract's error codes. */
export function mapDatabaseError(error: unknown, phase: 'open' | 'use' = 'use'): unknown {
  if (isAppError(error)) return error;
  if (isAddonLoadError(error)) return addonLoadFailure(error);
  const code = sqliteCode(error);
  if (code) {
    if (code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT')) {
      return new AppError('VAULT_CORRUPT', 'The vault database is damaged.', { reason: code });
    }
    if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
      return phase === 'open'
        ? new AppError('VAULT_IN_USE', 'The vault is open in another process.')
        : new AppError('VAULT_IN_USE', 'The vault database is busy.', { reason: code });
    }
    if (code.startsWith('SQLITE_FULL')) return new AppError('DISK_FULL', 'The disk is full; the change was not saved.');
    if (code.startsWith('SQLITE_CANTOPEN')) return new AppError('IO_ERROR', 'The vault database cannot be opened.', { reason: code });
    if (code.startsWith('SQLITE_IOERR')) return new AppError('IO_ERROR', 'Reading or writing the vault failed.', { reason: code });
    if (code.startsWith('SQLITE_READONLY')) return new AppError('IO_ERROR', 'The vault folder is read-only.', { reason: code });
    return error;
  }
  return mapFileError(error);
}

/** ENOSPC → DISK_FULL, other errno failures → IO_ERROR; anything else stays as is (INTERNAL). */
export function mapFileError(error: unknown): unknown {
  if (isAppError(error)) return error;
  if (error instanceof Error && typeof (error as NodeJS.ErrnoException).code === 'string' && (error as NodeJS.ErrnoException).syscall !== undefined) {
    const errno = (error as NodeJS.ErrnoException).code;
    if (errno === 'ENOSPC' || errno === 'EDQUOT') return new AppError('DISK_FULL', 'The disk is full; the change was not saved.');
    return new AppError('IO_ERROR', `A file operation failed (${errno}).`, { reason: errno });
  }
  if (error instanceof Error && (error as NodeJS.ErrnoException).code === 'ENOSPC') {
    return new AppError('DISK_FULL', 'The disk is full; the change was not saved.');
  }
  return error;
}
