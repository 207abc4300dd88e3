import { dirname, join } from 'node:path';
import type { LockReason } from '../../shared/contract';
import { AppSettings } from './app/settings';
import { createHandlerKit } from './context';
import { createDispatch, type Dispatch } from './dispatch';
import { createHandlers } from './handlers';
import type { CoreOptions, CoreTesting } from './host';
import { UnlockAttemptsFile } from './vault/attemptsFile';
import { VaultSession } from './vault/session';

/** Failed unlocks waiting for the next successful one, beside the app settings. */
export const UNLOCK_ATTEMPTS_FILE = 'unlock-attempts.json';

export type { CoreOptions, CoreHost, CoreTesting, VaultFaults } from './host';

export interface Core {
  /** The one entry point: contract method name + raw input → `{ ok, value | error }`. */
  dispatch: Dispatch;
  /** Lock the open vault, if any (idle, suspend, screen lock, quit). */
  lock(reason: LockReason): Promise<void>;
  /** Lock and release everything; called when the app quits. */
  shutdown(): Promise<void>;
  /**
   * Lock with reason 'idle' when no activity was seen for the vault's idle-lock minutes; resolves
   * true when it locked. The main process calls it every 30 s. Activity = any dispatched call
   * except `vault.status` (a status poll is not the user).
   */
  idleCheck(now?: Date): Promise<boolean>;
  /** Whether a vault is open (for the main process: menus, suspend handling). */
  isUnlocked(): boolean;
}

/**
 * Calls that screens make on their own (status checks, the presenter view and the runner polling the
 * session and the case) are no sign of someone at the keyboard: they do not hold off the idle lock.
 * The page tells real input with vault.touch.
 */
const PASSIVE_METHODS: ReadonlySet<string> = new Set(['vault.status', 'sessions.get', 'cases.get']);

export function createCore(options: CoreOptions, testing: CoreTesting = {}): Core {
  const settings = new AppSettings(options.settingsFile);
  // The test-only knobs go to the two places that use them: the session (KDF, faults) and exchange files (KDF).
  const session = new VaultSession({
    host: options.host,
    now: options.now,
    nativeBinding: options.nativeBinding,
    logError: options.logError,
    kdf: testing.kdf,
    faults: testing.faults,
    attempts: new UnlockAttemptsFile(join(dirname(options.settingsFile), UNLOCK_ATTEMPTS_FILE), () => settings.deviceKey()),
  });
  const kit = createHandlerKit(session, options.host);
  const handlers = createHandlers({ options, kit, session, settings, kdf: testing.kdf });
  const inner = createDispatch(handlers, { logError: options.logError });
  const dispatch: Dispatch = (method, input) => {
    if (typeof method !== 'string' || !PASSIVE_METHODS.has(method)) session.noteActivity();
    return inner(method, input);
  };
  return {
    dispatch,
    lock: (reason) => session.lock(reason),
    shutdown: () => session.lock('shutdown'),
    idleCheck: (now) => session.idleCheck(now),
    isUnlocked: () => session.isUnlocked(),
  };
}
