/**
 * The messages between the main side and the core's worker thread. Everything here must survive
 * structured cloning: no functions, no class instances beyond Date, Error-free (errors travel as text).
 */
import type { ErrorCode, EventName, Locale, LockReason, Result } from '../../../shared/contract';
import type { CoreHost, CoreOptions, CoreTesting } from '../host';

/** The host callbacks the main side may offer besides `pickFolder` and `emit`; the core checks for their presence. */
export const OPTIONAL_HOST_CALLS = ['pickSaveFile', 'pickOpenFile', 'printToPdf', 'copyText', 'diagnostics', 'openPresenter', 'closePresenter'] as const;
export type HostCallName = 'pickFolder' | (typeof OPTIONAL_HOST_CALLS)[number];

/** `workerData`: the core's options without the parts that live on the main side (host, logger, clock). */
export interface WorkerStart {
  options: Omit<CoreOptions, 'host' | 'logError' | 'now'>;
  /** Which optional host calls the main side answers. */
  hostCalls: HostCallName[];
  /** Whether the main side wants to hear about a changed locale. */
  localeListener: boolean;
  testing: Pick<CoreTesting, 'kdf'>;
  /** Test clock (epoch ms); absent in the app, where the core uses the real time. */
  clock?: number;
}

export type HostCallArgs = { [K in HostCallName]: Parameters<NonNullable<CoreHost[K]>> };

/** Main side → worker. */
export type ToWorker =
  | { kind: 'dispatch'; id: number; method: unknown; input: unknown }
  | { kind: 'lock'; id: number; reason: LockReason }
  | { kind: 'shutdown'; id: number }
  | { kind: 'idleCheck'; id: number; now: number | null }
  | { kind: 'clock'; now: number }
  | { kind: 'hostReply'; id: number; ok: true; value: unknown }
  | { kind: 'hostReply'; id: number; ok: false; message: string; code?: ErrorCode };

/** Worker → main side. Replies and events carry whether a vault is open, so main can answer `isUnlocked` at once. */
export type FromWorker =
  | { kind: 'reply'; id: number; ok: true; value: ReplyValue; unlocked: boolean }
  | { kind: 'reply'; id: number; ok: false; message: string; unlocked: boolean }
  | { kind: 'event'; event: EventName; payload: unknown; unlocked: boolean }
  | { kind: 'host'; id: number; call: HostCallName; args: unknown[] }
  | { kind: 'localeChanged'; locale: Locale }
  | { kind: 'log'; context: string; error: LoggedError };

/** What a request answers: dispatch a Result, idleCheck a boolean, lock and shutdown nothing. */
export type ReplyValue = Result<unknown> | boolean | null;

/** An error as it crosses to the main side's log: text only. */
export interface LoggedError {
  name: string;
  message: string;
  stack?: string;
  code?: string;
}

export function loggedError(error: unknown): LoggedError {
  if (!(error instanceof Error)) return { name: 'Error', message: String(error) };
  const code = (error as { code?: unknown }).code;
  return { name: error.name, message: error.message, ...(error.stack ? { stack: error.stack } : {}), ...(typeof code === 'string' ? { code } : {}) };
}
