/**
 * The vault's API: the vaults this device knows, the vault lifecycle (create, unlock, lock, verify,
 * backups), members and the recovery code, and the audit log; plus the vault.locked event.
 */
import { z } from 'zod';
import { AuditQuery } from '../domain/exchange';
import { Id } from '../domain/ids';
import { Locale } from './app';
import { Empty, FileToken, IsoTime, Nothing, method } from './define';

/** The folder of a vault this device knows (from vaults.list); any other path is refused. */
const KnownVaultPath = z.string().min(1).max(4096);
/** One of a known vault's automatic backups, by its folder name (from vault.backups or vaults.inspect). */
const AutomaticBackupRef = z.object({ vault: KnownVaultPath, backup: z.string().regex(/^[0-9TZ-]{8,40}$/) }).strict();
export const DisplayName = z.string().trim().min(1).max(80);
export const VaultLabel = z.string().trim().min(1).max(80);
/** Passphrase length bounds; strength is judged separately (shared/domain/passphrase.ts). */
export const Passphrase = z.string().min(1).max(1024);
export const IDLE_LOCK_MINUTES = { min: 1, max: 120, default: 10 } as const;

export const MemberRef = z.object({ id: Id, displayName: z.string() });
export type MemberRef = z.infer<typeof MemberRef>;

export const KnownVault = z.object({
  path: z.string(),
  label: z.string(),
  lastOpenedAt: IsoTime.nullable(),
});
export type KnownVault = z.infer<typeof KnownVault>;

/** What can be read from a vault folder without a passphrase: its plaintext header. */
export const VaultHeaderInfo = z.object({
  path: z.string(),
  vaultId: Id,
  label: z.string(),
  formatVersion: z.number().int(),
  createdAt: IsoTime,
  members: z.array(MemberRef),
  hasRecovery: z.boolean(),
  newestBackup: z.string().nullable(),
});
export type VaultHeaderInfo = z.infer<typeof VaultHeaderInfo>;

export const SessionInfo = z.object({
  path: z.string(),
  vaultId: Id,
  label: z.string(),
  member: MemberRef,
  /** True when the vault was opened with the recovery code: the user must set a new passphrase. */
  viaRecovery: z.boolean(),
  idleLockMinutes: z.number().int().min(IDLE_LOCK_MINUTES.min).max(IDLE_LOCK_MINUTES.max),
});
export type SessionInfo = z.infer<typeof SessionInfo>;

export const VaultStatus = z.object({ unlocked: z.boolean(), session: SessionInfo.nullable() });
export type VaultStatus = z.infer<typeof VaultStatus>;

export const AUDIT_ACTIONS = [
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
  'hypothesis.reviewed',
] as const;
export const AuditAction = z.enum(AUDIT_ACTIONS);
export type AuditAction = z.infer<typeof AuditAction>;

export const AuditEntry = z.object({
  id: z.number().int(),
  at: IsoTime,
  action: AuditAction,
  /** The member who acted, when one did (null for failed unlocks and system events). */
  actor: MemberRef.nullable(),
  /** Non-identifying facts about the event (reason, count, target member, backup file name). */
  detail: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
});
export type AuditEntry = z.infer<typeof AuditEntry>;

/** An audit entry as the filtered search returns it (action and time as plain strings). */
const AuditSearchEntry = z.object({
  id: z.number().int(),
  at: z.string(),
  action: z.string(),
  actor: z.object({ id: Id, displayName: z.string() }).nullable(),
  detail: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
});

export const BackupInfo = z.object({
  path: z.string(),
  createdAt: IsoTime,
  bytes: z.number().int(),
  /** Made before the vault's key was last replaced: it still opens with the slots of then (a removed member's too). */
  oldKey: z.boolean().default(false),
});
export type BackupInfo = z.infer<typeof BackupInfo>;

export const VerifyReport = z.object({
  ok: z.boolean(),
  checkedAt: IsoTime,
  /** Messages from SQLite's integrity check when it found problems (English, technical). */
  problems: z.array(z.string()),
  pages: z.number().int(),
  /** The audit log's HMAC chain: a row deleted, altered or added outside the app breaks it at `breakAt`. */
  audit: z.object({ ok: z.boolean(), entries: z.number().int(), breakAt: z.number().int().nullable() }),
});
export type VerifyReport = z.infer<typeof VerifyReport>;

const NewPassphrase = z.object({ passphrase: Passphrase, locale: Locale.optional() });

export const LockReason = z.enum(['user', 'idle', 'suspend', 'screen-lock', 'shutdown']);
export type LockReason = z.infer<typeof LockReason>;

export const vaultApi = {
  // Vaults this device knows (the app-settings file; no case data)
  'vaults.list': method(Empty, z.array(KnownVault)),
  'vaults.inspect': method(z.object({ path: KnownVaultPath }).strict(), VaultHeaderInfo),
  /** Remember the vault in a folder chosen with dialog.pickFolder('openVault'). */
  'vaults.add': method(z.object({ folder: FileToken }).strict(), KnownVault),
  'vaults.forget': method(z.object({ path: KnownVaultPath }).strict(), Nothing),

  // Vault lifecycle
  'vault.create': method(
    z
      .object({
        /** From dialog.pickFolder('newVault'). */
        folder: FileToken,
        label: VaultLabel,
        memberName: DisplayName,
        passphrase: Passphrase,
      })
      .strict(),
    z.object({ session: SessionInfo, recoveryCode: z.string() }),
  ),
  'vault.unlock': method(z.object({ path: KnownVaultPath, memberId: Id, passphrase: Passphrase }).strict(), SessionInfo),
  'vault.unlockWithRecovery': method(z.object({ path: KnownVaultPath, memberId: Id, recoveryCode: z.string().min(1).max(200) }).strict(), SessionInfo),
  'vault.lock': method(Empty, Nothing),
  'vault.status': method(Empty, VaultStatus),
  'vault.setIdleLock': method(z.object({ minutes: z.number().int().min(IDLE_LOCK_MINUTES.min).max(IDLE_LOCK_MINUTES.max) }).strict(), SessionInfo),
  /** Reported by the renderer on user input, so idle lock knows the app is in use. */
  'vault.touch': method(Empty, Nothing),
  'vault.verify': method(Empty, VerifyReport),
  /** A backup into a folder chosen with dialog.pickFolder('backupTarget'). */
  'vault.backup': method(z.object({ folder: FileToken }).strict(), BackupInfo),
  'vault.backups': method(Empty, z.array(BackupInfo)),
  /** Copy a backup (chosen with dialog.pickFolder('restoreSource'), or a known vault's automatic one) into a folder chosen for it. */
  'vault.restore': method(z.object({ backup: z.union([FileToken, AutomaticBackupRef]), folder: FileToken }).strict(), KnownVault),
  /** A new data key for the open vault: the database re-encrypted, every slot sealed anew. */
  'vault.rotateKey': method(Empty, z.object({ generation: z.number().int() })),
  /** Delete the automatic backups made with a key that was since replaced. */
  'vault.deleteOldBackups': method(Empty, z.object({ deleted: z.number().int() })),

  // Members
  'members.list': method(Empty, z.array(MemberRef.extend({ isYou: z.boolean(), addedAt: IsoTime }))),
  'members.add': method(z.object({ displayName: DisplayName, passphrase: Passphrase }).strict(), MemberRef),
  'members.remove': method(z.object({ memberId: Id }).strict(), Nothing),
  /** With `rotateKey` the data key is replaced too, so the old passphrase opens no header kept from before. */
  'members.changePassphrase': method(z.object({ current: Passphrase, next: Passphrase, rotateKey: z.boolean().default(false) }).strict(), Nothing),
  /** Only after unlocking with the recovery code: set a new passphrase for the recovered member. */
  'members.resetPassphrase': method(NewPassphrase.pick({ passphrase: true }).strict(), SessionInfo),
  'recovery.regenerate': method(Empty, z.object({ recoveryCode: z.string() })),

  // Audit log
  'audit.list': method(
    z
      .object({
        limit: z.number().int().min(1).max(500).default(100),
        beforeId: z.number().int().optional(),
        action: AuditAction.optional(),
      })
      .strict(),
    z.object({ entries: z.array(AuditEntry), hasMore: z.boolean() }),
  ),
  /** The audit log with filters by action, member and date range. */
  'audit.search': method(AuditQuery, z.object({ entries: z.array(AuditSearchEntry), hasMore: z.boolean() })),
  /** Export the (filtered) audit log as CSV or JSON. */
  'audit.export': method(
    z.object({ file: FileToken, format: z.enum(['csv', 'json']), filter: AuditQuery.omit({ limit: true, beforeId: true }).default({}) }).strict(),
    z.object({ path: z.string(), count: z.number().int() }),
  ),
} as const;

export const vaultEvents = {
  /** The vault was locked by main (idle, suspend, screen lock, menu). */
  'vault.locked': z.object({ reason: LockReason }),
} as const;
