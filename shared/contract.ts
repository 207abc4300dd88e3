/**
 * The one list of what the UI may ask of the backend: method name → zod input and output schema,
 * the result envelope, stable error codes, and the events main pushes to the renderer.
 * Both sides derive their types from here; nothing else crosses the bridge.
 */
import { z } from 'zod';
import { method } from './methods/define';
import { exchangeMethods } from './methods/exchange';
import { journalMethods } from './methods/journal';
import { sessionMethods } from './methods/sessions';
import {
  Case,
  CaseDetail,
  CasePhase,
  CaseStatus,
  CaseSummary,
  CATEGORY_CATALOG,
  ChainPartner,
  ChainType,
  Factor,
  FactorFields,
  FreeText,
  IsoDate,
  Person,
  PersonRole,
  AgeBand,
  Placement,
  PregnancyWeek,
  Pseudonym,
  Relationship,
  Snapshot,
  SnapshotMeta,
} from './domain/case';

export const LOCALES = ['nl', 'en'] as const;
export const Locale = z.enum(LOCALES);
export type Locale = z.infer<typeof Locale>;

/** Stable error codes; the renderer translates each one (`errors.<CODE>` in shared/i18n). */
export const ERROR_CODES = [
  'INVALID_INPUT',
  'UNKNOWN_METHOD',
  'FORBIDDEN',
  'INTERNAL',
  'NOT_FOUND',
  'CONFLICT',
  'CANCELLED',
  'VAULT_LOCKED',
  'VAULT_ALREADY_UNLOCKED',
  'WRONG_PASSPHRASE',
  'TOO_MANY_ATTEMPTS',
  'WEAK_PASSPHRASE',
  'NOT_A_VAULT',
  'VAULT_HEADER_INVALID',
  'VAULT_CORRUPT',
  'VAULT_TOO_NEW',
  'VAULT_IN_USE',
  'FOLDER_NOT_EMPTY',
  'DISK_FULL',
  'IO_ERROR',
  'LAST_MEMBER',
] as const;
export const ErrorCode = z.enum(ERROR_CODES);
export type ErrorCode = z.infer<typeof ErrorCode>;

export const AppErrorShape = z.object({
  code: ErrorCode,
  /** A developer-facing English sentence; the UI shows the translation of `code`. */
  message: z.string(),
  details: z
    .object({
      issues: z
        .array(z.object({ path: z.array(z.union([z.string(), z.number()])), message: z.string(), code: z.string() }))
        .optional(),
      retryAfterMs: z.number().int().nonnegative().optional(),
      reason: z.string().optional(),
    })
    .optional(),
});
export type AppErrorShape = z.infer<typeof AppErrorShape>;

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppErrorShape };

// ---------------------------------------------------------------------------------------------
// Shared value schemas
// ---------------------------------------------------------------------------------------------

const Empty = z.object({}).strict();
const Nothing = z.null();
const IsoTime = z.string().datetime({ offset: true });
const Id = z.string().uuid();
/** An absolute folder path chosen by the user (or the test harness). */
const FolderPath = z.string().min(1).max(4096);
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

export const BackupInfo = z.object({ path: z.string(), createdAt: IsoTime, bytes: z.number().int() });
export type BackupInfo = z.infer<typeof BackupInfo>;

export const VerifyReport = z.object({
  ok: z.boolean(),
  checkedAt: IsoTime,
  /** Messages from SQLite's integrity check when it found problems (English, technical). */
  problems: z.array(z.string()),
  pages: z.number().int(),
});
export type VerifyReport = z.infer<typeof VerifyReport>;

const NewPassphrase = z.object({ passphrase: Passphrase, locale: Locale.optional() });

// ---------------------------------------------------------------------------------------------
// Methods
// ---------------------------------------------------------------------------------------------


export const contract = {
  'app.info': method(
    Empty,
    z.object({ name: z.string(), version: z.string(), locale: Locale, platform: z.string() }),
  ),
  'app.setLocale': method(z.object({ locale: Locale }).strict(), z.object({ locale: Locale })),

  /** Native folder picker in the app; a stub in the browser harness. `null` when cancelled. */
  'dialog.pickFolder': method(
    z.object({ purpose: z.enum(['newVault', 'openVault', 'backupTarget', 'restoreSource', 'restoreTarget']) }).strict(),
    z.object({ path: z.string().nullable() }),
  ),

  // Vaults this device knows (the app-settings file; no case data)
  'vaults.list': method(Empty, z.array(KnownVault)),
  'vaults.inspect': method(z.object({ path: FolderPath }).strict(), VaultHeaderInfo),
  'vaults.add': method(z.object({ path: FolderPath }).strict(), KnownVault),
  'vaults.forget': method(z.object({ path: FolderPath }).strict(), Nothing),

  // Vault lifecycle
  'vault.create': method(
    z
      .object({
        folder: FolderPath,
        label: VaultLabel,
        memberName: DisplayName,
        passphrase: Passphrase,
      })
      .strict(),
    z.object({ session: SessionInfo, recoveryCode: z.string() }),
  ),
  'vault.unlock': method(
    z.object({ path: FolderPath, memberId: Id, passphrase: Passphrase }).strict(),
    SessionInfo,
  ),
  'vault.unlockWithRecovery': method(
    z.object({ path: FolderPath, memberId: Id, recoveryCode: z.string().min(1).max(200) }).strict(),
    SessionInfo,
  ),
  'vault.lock': method(Empty, Nothing),
  'vault.status': method(Empty, VaultStatus),
  'vault.setIdleLock': method(
    z.object({ minutes: z.number().int().min(IDLE_LOCK_MINUTES.min).max(IDLE_LOCK_MINUTES.max) }).strict(),
    SessionInfo,
  ),
  /** Reported by the renderer on user input, so idle lock knows the app is in use. */
  'vault.touch': method(Empty, Nothing),
  'vault.verify': method(Empty, VerifyReport),
  'vault.backup': method(z.object({ folder: FolderPath }).strict(), BackupInfo),
  'vault.backups': method(Empty, z.array(BackupInfo)),
  'vault.restore': method(
    z.object({ backupPath: FolderPath, folder: FolderPath }).strict(),
    KnownVault,
  ),

  // Members
  'members.list': method(Empty, z.array(MemberRef.extend({ isYou: z.boolean(), addedAt: IsoTime }))),
  'members.add': method(z.object({ displayName: DisplayName, passphrase: Passphrase }).strict(), MemberRef),
  'members.remove': method(z.object({ memberId: Id }).strict(), Nothing),
  'members.changePassphrase': method(
    z.object({ current: Passphrase, next: Passphrase }).strict(),
    Nothing,
  ),
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

  // Cases and the relational map
  'cases.list': method(
    z
      .object({
        status: z.union([CaseStatus, z.literal('all')]).default('all'),
        phase: CasePhase.optional(),
        mine: z.boolean().default(false),
        query: z.string().max(80).default(''),
        sort: z.enum(['lastActivity', 'pseudonym', 'phase']).default('lastActivity'),
      })
      .strict(),
    z.array(CaseSummary),
  ),
  'cases.get': method(z.object({ id: Id }).strict(), CaseDetail),
  'cases.create': method(
    z
      .object({
        pseudonym: Pseudonym,
        phase: CasePhase,
        pregnancyWeek: PregnancyWeek.nullable().default(null),
        holderId: Id.nullable().default(null),
        contextNote: FreeText.default(''),
      })
      .strict(),
    Case,
  ),
  'cases.update': method(
    z
      .object({
        id: Id,
        pseudonym: Pseudonym.optional(),
        phase: CasePhase.optional(),
        pregnancyWeek: PregnancyWeek.nullable().optional(),
        holderId: Id.nullable().optional(),
        contextNote: FreeText.optional(),
        relationship: Relationship.partial().optional(),
      })
      .strict(),
    Case,
  ),
  'cases.setStatus': method(z.object({ id: Id, status: CaseStatus }).strict(), Case),
  /** Removes everything of the case; the pseudonym must be typed again as confirmation. */
  'cases.delete': method(z.object({ id: Id, confirmPseudonym: z.string().max(200) }).strict(), Nothing),

  /** Create (no id, or an id not yet used: undo of a removal) or update a person. */
  'people.save': method(
    z
      .object({
        caseId: Id,
        id: Id.optional(),
        role: PersonRole,
        pseudonym: Pseudonym,
        ageBand: AgeBand.nullable().default(null),
        dueDate: IsoDate.nullable().default(null),
        note: FreeText.default(''),
      })
      .strict(),
    Person,
  ),
  'people.remove': method(z.object({ id: Id }).strict(), Nothing),

  /** Create or update a factor on the map; the category must belong to the sector. */
  'factors.save': method(
    FactorFields.extend({
      caseId: Id,
      id: Id.optional(),
      placement: Placement.nullable().default(null),
      sessionId: Id.nullable().default(null),
    })
      .strict()
      .superRefine((factor, ctx) => {
        if (!(CATEGORY_CATALOG[factor.sector] as readonly string[]).includes(factor.category)) {
          ctx.addIssue({ code: 'custom', path: ['category'], message: 'category does not belong to the sector' });
        }
        if (factor.category === 'other' && !factor.otherLabel?.trim()) {
          ctx.addIssue({ code: 'custom', path: ['otherLabel'], message: 'required for other' });
        }
        if (factor.voice === 'chain' && !factor.chainPartnerId) {
          ctx.addIssue({ code: 'custom', path: ['chainPartnerId'], message: 'required for a chain voice' });
        }
      }),
    Factor,
  ),
  /** Move a factor within its sector (dragging on the map). */
  'factors.place': method(z.object({ id: Id, placement: Placement }).strict(), Factor),
  'factors.remove': method(z.object({ id: Id }).strict(), Nothing),

  'chain.save': method(
    z
      .object({
        caseId: Id,
        id: Id.optional(),
        type: ChainType,
        label: z.string().max(120).default(''),
        relationship: FreeText.default(''),
        alreadyAsked: FreeText.default(''),
        lastContact: IsoDate.nullable().default(null),
      })
      .strict(),
    ChainPartner,
  ),
  'chain.remove': method(z.object({ id: Id }).strict(), Nothing),

  'snapshots.take': method(z.object({ caseId: Id, label: z.string().max(120).default('') }).strict(), SnapshotMeta),
  'snapshots.get': method(z.object({ id: Id }).strict(), Snapshot),

  ...sessionMethods,
  ...journalMethods,
  ...exchangeMethods,
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
export type ParsedInput<M extends MethodName> = z.output<Contract[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Contract[M]['output']>;

export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}

// ---------------------------------------------------------------------------------------------
// Events: main → renderer
// ---------------------------------------------------------------------------------------------

export const PROGRESS_OPERATIONS = ['backup', 'restore', 'import', 'erase', 'verify', 'reindex'] as const;
export const ProgressOperation = z.enum(PROGRESS_OPERATIONS);
export type ProgressOperation = z.infer<typeof ProgressOperation>;
export const ProgressEvent = z.object({
  /** One id per run of an operation, so two runs never mix. */
  id: z.string().min(1).max(64),
  operation: ProgressOperation,
  fraction: z.number().min(0).max(1),
  done: z.boolean(),
});
export type ProgressEvent = z.infer<typeof ProgressEvent>;

export const LockReason = z.enum(['user', 'idle', 'suspend', 'screen-lock', 'shutdown']);
export type LockReason = z.infer<typeof LockReason>;

export const events = {
  /** The vault was locked by main (idle, suspend, screen lock, menu). */
  'vault.locked': z.object({ reason: LockReason }),
  /** The application menu asked the renderer to do something. */
  'menu.command': z.object({ command: z.enum(['lock', 'settings', 'about', 'new-vault', 'open-vault']) }),
  'app.localeChanged': z.object({ locale: Locale }),
  /**
   * How far a long operation of the core has come (backup, restore, import, erasure, verify,
   * re-index), so the window can show a progress bar while it stays usable. `fraction` runs 0 → 1;
   * the last event of an operation has `done: true` (also when it failed).
   */
  'core.progress': ProgressEvent,
} as const;

export type Events = typeof events;
export type EventName = keyof Events;
export type EventPayload<E extends EventName> = z.output<Events[E]>;

export function isEventName(name: unknown): name is EventName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(events, name);
}

/** Name of the single IPC channel the preload uses for `invoke`, and the channel for events. */
export { IPC_INVOKE_CHANNEL, IPC_EVENT_CHANNEL, EVENT_NAMES } from './ipc';

/** What the preload exposes as `window.dyade`. */
export interface DyadeBridge {
  invoke(method: string, input: unknown): Promise<Result<unknown>>;
  on(event: string, listener: (payload: unknown) => void): () => void;
}
