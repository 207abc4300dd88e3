import type { LockReason } from '../../shared/contract';
import { createDispatch, type Dispatch } from './dispatch';
import { createHandlers } from './handlers';
import type { CoreOptions, CoreTesting } from './host';
import { CasesService } from './services/cases';
import { MapService } from './services/map';
import { MembersService } from './services/members';
import { AppSettings } from './services/settings';
import { VaultService } from './services/vault';

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

export function createCore(publicOptions: CoreOptions, testing: CoreTesting = {}): Core {
  const options = { ...publicOptions, kdfOverride: testing.kdf, faults: testing.faults };
  const settings = new AppSettings(options.settingsFile);
  const vault = new VaultService(options, settings);
  const members = new MembersService(vault);
  const cases = new CasesService(vault);
  const map = new MapService(vault);
  const handlers = createHandlers(options, { settings, vault, members, cases, map });
  const inner = createDispatch(handlers, { logError: options.logError });
  const dispatch: Dispatch = (method, input) => {
    if (method !== 'vault.status') vault.noteActivity();
    return inner(method, input);
  };
  return {
    dispatch,
    lock: (reason) => vault.lock(reason),
    shutdown: () => vault.lock('shutdown'),
    idleCheck: (now) => vault.idleCheck(now),
    isUnlocked: () => vault.isUnlocked(),
  };
}
