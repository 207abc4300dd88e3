import { promises as fs } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import type { BackupInfo, KnownVault, SessionInfo, VaultHeaderInfo, VerifyReport } from '../../../shared/contract';
import type { AppSettings } from '../app/settings';
import type { WriteContext } from '../context';
import { SETTING_KEYS } from '../db/schema';
import { AppError } from '../errors';
import { writeFileAtomic } from '../fs/atomic';
import { startProgress } from '../progress';
import type { CoreHost } from '../host';
import { appendAudit } from './audit';
import { verifyAuditChain } from './auditChain';
import { exists, isEmptyOrMissing, listAutomaticBackups } from './backup';
import { readSmallText } from '../fs/small';
import { DATABASE_FILE, HEADER_FILE, MAX_HEADER_BYTES, readHeader } from './header';
import { removeNewVault, RESTORE_MARKER_FILE, type VaultSession } from './session';

/** The vaults this device knows, and the open vault's lifecycle as the contract names it. */
export interface Vaults {
  session: VaultSession;
  settings: AppSettings;
  host: Pick<CoreHost, 'emit'>;
}

/** What the unlock screen shows of a vault folder, read from its plaintext header alone. */
export async function inspectVault({ path }: { path: string }): Promise<VaultHeaderInfo> {
  const folder = resolve(path);
  const header = await readHeader(folder);
  const newest = (await listAutomaticBackups(folder).catch(() => []))[0];
  return {
    path: folder,
    vaultId: header.vaultId,
    label: header.label,
    formatVersion: header.formatVersion,
    createdAt: header.createdAt,
    members: header.slots.filter((slot) => slot.kind === 'member').map((slot) => ({ id: slot.memberId ?? '', displayName: slot.displayName ?? '' })),
    hasRecovery: header.slots.some((slot) => slot.kind === 'recovery'),
    newestBackup: newest?.path ?? null,
  };
}

export async function addKnownVault({ settings }: Vaults, input: { path: string }): Promise<KnownVault> {
  const info = await inspectVault(input);
  return settings.remember({ path: info.path, label: info.label });
}

export async function createVault(
  { session, settings }: Vaults,
  input: { folder: string; label: string; memberName: string; passphrase: string },
): Promise<{ session: SessionInfo; recoveryCode: string }> {
  const created = await session.create(input);
  await settings.remember({ path: created.session.path, label: created.session.label, lastOpenedAt: session.now().toISOString() });
  return created;
}

async function remembered({ session, settings }: Vaults, info: SessionInfo): Promise<SessionInfo> {
  await settings.remember({ path: info.path, label: info.label, lastOpenedAt: session.now().toISOString() });
  return info;
}

export async function unlockVault(vaults: Vaults, input: { path: string; memberId: string; passphrase: string }): Promise<SessionInfo> {
  return remembered(vaults, await vaults.session.unlock(input));
}

export async function unlockVaultWithRecovery(vaults: Vaults, input: { path: string; memberId: string; recoveryCode: string }): Promise<SessionInfo> {
  return remembered(vaults, await vaults.session.unlockWithRecovery(input));
}

/** The vault setting changes in the transaction; the running session follows once it committed. */
export async function setIdleLock(
  { db, now, member, afterCommit }: WriteContext,
  session: VaultSession,
  { minutes }: { minutes: number },
): Promise<SessionInfo> {
  await db
    .insertInto('settings')
    .values({ key: SETTING_KEYS.idleLockMinutes, value: JSON.stringify(minutes) })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: JSON.stringify(minutes) }))
    .execute();
  await appendAudit(db, { at: now, action: 'settings.changed', actorMemberId: member.id, detail: { key: SETTING_KEYS.idleLockMinutes, value: minutes } });
  afterCommit(() => session.setIdleMinutes(minutes));
  return { ...session.info(), idleLockMinutes: minutes };
}

/** Every page is read, so each page's HMAC is checked. */
/** SQLite's integrity check of every page, then the audit log's HMAC chain against the header's head. */
export async function verifyVault({ db, sqlite, now, member, progress }: WriteContext, session: VaultSession): Promise<VerifyReport> {
  const reporter = progress('verify');
  try {
    const rows = sqlite.pragma('integrity_check') as { integrity_check: string }[];
    reporter.at(0.8);
    const problems = rows.map((row) => row.integrity_check).filter((message) => message !== 'ok');
    const pages = sqlite.pragma('page_count', { simple: true }) as number;
    const audit = verifyAuditChain(sqlite, session.current().header.auditHead);
    reporter.at(0.95);
    const report: VerifyReport = { ok: problems.length === 0 && audit.ok, checkedAt: now.toISOString(), problems, pages, audit };
    await appendAudit(db, {
      at: now,
      action: 'vault.verified',
      actorMemberId: member.id,
      detail: { ok: report.ok, problems: problems.length, auditOk: audit.ok, ...(audit.breakAt !== null ? { auditBreakAt: audit.breakAt } : {}) },
    });
    return report;
  } finally {
    reporter.done();
  }
}

/** The automatic backups, each marked when it was made with a key that has since been replaced. */
export function listBackups(session: VaultSession): Promise<BackupInfo[]> {
  return session.automaticBackups();
}

/** Copy a backup into a new vault folder; works while locked, so only the header can be checked. */
export async function restoreVault({ session, settings, host }: Vaults, input: { backupPath: string; folder: string }): Promise<KnownVault> {
  const source = resolve(input.backupPath);
  const target = resolve(input.folder);
  const header = await readHeader(source);
  if (!(await exists(join(source, DATABASE_FILE)))) throw new AppError('NOT_A_VAULT', 'The backup has no database file.', { reason: 'database-missing' });
  if (!(await isEmptyOrMissing(target))) throw new AppError('FOLDER_NOT_EMPTY', 'Restore needs a new or empty folder.');
  if (session.openPath() === target) throw new AppError('CONFLICT', 'That vault is open.');
  const createdFolder = !(await exists(target));
  const progress = startProgress(host, 'restore');
  try {
    await fs.mkdir(target, { recursive: true, mode: 0o700 });
    try {
      const partialDb = join(target, `.${DATABASE_FILE}.restoring`);
      await fs.copyFile(join(source, DATABASE_FILE), partialDb);
      progress.at(0.8);
      await fs.rename(partialDb, join(target, DATABASE_FILE));
      const marker = { restoredAt: session.now().toISOString(), from: basename(source) };
      await writeFileAtomic(join(target, RESTORE_MARKER_FILE), `${JSON.stringify(marker)}\n`);
      // The header goes last: until it exists, the folder is not a vault.
      await writeFileAtomic(join(target, HEADER_FILE), await readSmallText(join(source, HEADER_FILE), MAX_HEADER_BYTES));
    } catch (error) {
      await removeNewVault(target, createdFolder);
      throw error;
    }
  } finally {
    progress.done();
  }
  return settings.remember({ path: target, label: header.label, lastOpenedAt: null });
}
