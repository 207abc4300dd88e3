import { promises as fs } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import type { BackupInfo } from '../../../shared/contract';
import { AppError } from '../errors';
import { syncFolder } from '../fs/atomic';
import { openVaultDatabase, type SqliteHandle } from '../db/database';
import { DATABASE_FILE, HEADER_FILE, type VaultHeader } from './header';

export const AUTOMATIC_BACKUP_FOLDER = 'backups';
export const AUTOMATIC_BACKUPS_KEPT = 7;
export const AUTOMATIC_BACKUP_INTERVAL_MS = 24 * 60 * 60 * 1000;

/** `2025-03-01T09-30-00Z`: sortable, and valid as a folder name on every OS. */
export function backupStamp(at: Date): string {
  return at
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/:/g, '-');
}

const STAMP = /(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})Z/;

export function stampTime(name: string): Date | null {
  const match = STAMP.exec(name);
  if (!match) return null;
  const date = new Date(`${match[1]}T${match[2]}:${match[3]}:${match[4]}Z`);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** A label as a folder name: no path or reserved characters, never empty. */
export function folderNameFor(label: string): string {
  const cleaned = label
    .replace(/\s+/g, ' ')
    .replace(/[<>:"/\\|?*\u0000-\u001f]/g, '')
    .trim()
    .replace(/^\.+|\.+$/g, '')
    .slice(0, 60)
    .trim();
  return cleaned.length > 0 ? cleaned : 'Dyade vault';
}

export async function exists(path: string): Promise<boolean> {
  try {
    await fs.lstat(path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
}

/** `base`, or `base (2)`, `base (3)` … inside `parent`, whichever does not exist yet. */
export async function uniqueChild(parent: string, base: string): Promise<string> {
  for (let n = 1; ; n += 1) {
    const candidate = join(parent, n === 1 ? base : `${base} (${n})`);
    if (!(await exists(candidate))) return candidate;
  }
}

async function fsyncFile(path: string): Promise<void> {
  const handle = await fs.open(path, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

async function folderBytes(folder: string): Promise<number> {
  let total = 0;
  for (const name of [DATABASE_FILE, HEADER_FILE]) {
    total += (await fs.stat(join(folder, name))).size;
  }
  return total;
}

/**
 * Copy the open vault into `target` (which must not exist): VACUUM INTO a hidden folder beside it,
 * add the header (same slots, so the same passphrases open it), integrity-check the copy, then
 * rename it into place, so a half-made backup never looks like a backup.
 */
export async function writeBackup(
  db: SqliteHandle,
  header: VaultHeader,
  dataKey: Buffer,
  target: string,
  { nativeBinding, progress }: { nativeBinding?: string; progress?: { at(fraction: number): void } } = {},
): Promise<void> {
  const partial = join(dirname(target), `.${basename(target)}.partial-${randomBytes(4).toString('hex')}`);
  await fs.mkdir(partial, { recursive: true, mode: 0o700 });
  try {
    const copy = join(partial, DATABASE_FILE);
    db.prepare('VACUUM INTO ?').run(copy);
    if (process.platform !== 'win32') await fs.chmod(copy, 0o600);
    progress?.at(0.5);
    await fs.writeFile(join(partial, HEADER_FILE), `${JSON.stringify(header, null, 2)}\n`, { mode: 0o600 });
    const check = openVaultDatabase(copy, dataKey, nativeBinding ? { nativeBinding } : {});
    try {
      const result = check.pragma('integrity_check') as { integrity_check: string }[];
      if (result.length !== 1 || result[0]?.integrity_check !== 'ok') {
        throw new AppError('VAULT_CORRUPT', 'The backup copy failed its integrity check.', { reason: 'backup-integrity' });
      }
    } finally {
      check.close();
    }
    progress?.at(0.8);
    await fsyncFile(copy);
    await fsyncFile(join(partial, HEADER_FILE));
    await fs.rename(partial, target);
    await syncFolder(dirname(target));
  } catch (error) {
    await fs.rm(partial, { recursive: true, force: true }).catch(() => undefined);
    throw error;
  }
}

export async function describeBackup(folder: string): Promise<BackupInfo> {
  const created = stampTime(basename(folder)) ?? (await fs.stat(join(folder, DATABASE_FILE))).mtime;
  return { path: folder, createdAt: created.toISOString(), bytes: await folderBytes(folder), oldKey: false };
}

/** Automatic backups in `<vault>/backups/`, newest first. */
export async function listAutomaticBackups(vaultFolder: string): Promise<BackupInfo[]> {
  const root = join(vaultFolder, AUTOMATIC_BACKUP_FOLDER);
  let names: string[];
  try {
    names = await fs.readdir(root);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const stamped = names
    .filter((name) => !name.startsWith('.') && stampTime(name) !== null)
    .sort()
    .reverse();
  const infos: BackupInfo[] = [];
  for (const name of stamped) {
    const folder = join(root, name);
    if (await exists(join(folder, HEADER_FILE))) infos.push(await describeBackup(folder));
  }
  return infos;
}

/** The folder of one of a vault's automatic backups, by its name; NOT_FOUND for any other name. */
export async function automaticBackup(vaultFolder: string, name: string): Promise<string> {
  const found = (await listAutomaticBackups(vaultFolder)).find((backup) => basename(backup.path) === name);
  if (!found) throw new AppError('NOT_FOUND', 'The vault has no automatic backup of that name.', { reason: 'unknown-backup' });
  return found.path;
}

/**
 * Keep the newest `keep` automatic backups; older ones are deleted, and so is what an interrupted
 * backup or prune left behind (hidden .partial-* folders, stamped folders without a header): the
 * vault is open one at a time, so nothing else is writing there.
 */
export async function pruneAutomaticBackups(vaultFolder: string, keep = AUTOMATIC_BACKUPS_KEPT): Promise<void> {
  const backups = await listAutomaticBackups(vaultFolder);
  for (const old of backups.slice(keep)) await fs.rm(old.path, { recursive: true, force: true });
  const root = join(vaultFolder, AUTOMATIC_BACKUP_FOLDER);
  let names: string[] = [];
  try {
    names = await fs.readdir(root);
  } catch {
    return;
  }
  for (const name of names) {
    const path = join(root, name);
    const leftover = name.startsWith('.') && name.includes('.partial-');
    const headless = !name.startsWith('.') && stampTime(name) !== null && !(await exists(join(path, HEADER_FILE)));
    if (leftover || headless) await fs.rm(path, { recursive: true, force: true });
  }
}

/** Folder entries that do not make a folder "non-empty" for the user. */
const IGNORABLE = new Set(['.DS_Store', 'Thumbs.db', 'desktop.ini']);

export async function isEmptyOrMissing(folder: string): Promise<boolean> {
  try {
    const names = await fs.readdir(folder);
    return names.every((name) => IGNORABLE.has(name));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return true;
    throw error;
  }
}
