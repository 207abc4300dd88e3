/**
 * The one list of what the UI may ask of the backend: it merges the API slice of every domain
 * (shared/api/<domain>.ts: method name → zod input and output schema, and the domain's events) and
 * holds the envelope: the result shape, stable error codes, and the type helpers both sides use.
 * Both sides derive their types from here; nothing else crosses the bridge.
 */
import { z } from 'zod';
import { appApi, appEvents } from './api/app';
import { careApi } from './api/care';
import { casesApi } from './api/cases';
import { exchangeApi } from './api/exchange';
import { hypothesesApi } from './api/hypotheses';
import { journalApi } from './api/journal';
import { mapApi } from './api/map';
import { presenterApi, presenterEvents } from './api/presenter';
import { meldcodeApi } from './api/meldcode';
import { meetingsApi } from './api/meetings';
import { privacyApi } from './api/privacy';
import { reportsApi } from './api/reports';
import { searchApi } from './api/search';
import { sessionsApi } from './api/sessions';
import { vaultApi, vaultEvents } from './api/vault';

// The schemas consumers have always imported from here; they live in their domain's slice.
export { FOLDER_PURPOSES, FolderPurpose, LOCALES, Locale, PROGRESS_OPERATIONS, ProgressOperation, ProgressEvent } from './api/app';
export type { FileGrantPurpose } from './api/app';
export {
  AUDIT_ACTIONS,
  AuditAction,
  AuditEntry,
  BackupInfo,
  DisplayName,
  IDLE_LOCK_MINUTES,
  KnownVault,
  LockReason,
  MemberRef,
  Passphrase,
  SessionInfo,
  VaultHeaderInfo,
  VaultLabel,
  VaultStatus,
  VerifyReport,
} from './api/vault';

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
  'VAULT_KEY_RETIRED',
  'KEY_ROTATION_BLOCKED',
  'FILE_CHOICE_EXPIRED',
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
        .array(
          z.object({
            path: z.array(z.union([z.string(), z.number()])),
            message: z.string(),
            code: z.string(),
            /** The limit of a too_big issue, so a form can say "at most 120 characters" without reading the message. */
            maximum: z.number().optional(),
          }),
        )
        .optional(),
      retryAfterMs: z.number().int().nonnegative().optional(),
      reason: z.string().optional(),
    })
    .optional(),
});
export type AppErrorShape = z.infer<typeof AppErrorShape>;

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppErrorShape };

// ---------------------------------------------------------------------------------------------
// Methods: one slice per domain
// ---------------------------------------------------------------------------------------------

/** Every domain's methods; a unit test checks that no method name is in two slices. */
export const contract = {
  ...appApi,
  ...vaultApi,
  ...casesApi,
  ...mapApi,
  ...sessionsApi,
  ...meetingsApi,
  ...journalApi,
  ...searchApi,
  ...exchangeApi,
  ...reportsApi,
  ...privacyApi,
  ...careApi,
  ...presenterApi,
  ...hypothesesApi,
  ...meldcodeApi,
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

export const events = {
  ...vaultEvents,
  ...appEvents,
  ...presenterEvents,
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
