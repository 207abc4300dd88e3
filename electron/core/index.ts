import type { LockReason } from '../../shared/contract';
import { createDispatch, type Dispatch } from './dispatch';
import { createHandlers } from './handlers';
import type { CoreOptions } from './host';
import { AppSettings } from './services/settings';

export type { CoreOptions, CoreHost } from './host';

export interface Core {
  /** The one entry point: contract method name + raw input → `{ ok, value | error }`. */
  dispatch: Dispatch;
  /** Lock the open vault, if any (idle, suspend, screen lock, quit). */
  lock(reason: LockReason): Promise<void>;
  /** Lock and release everything; called when the app quits. */
  shutdown(): Promise<void>;
}

export function createCore(options: CoreOptions): Core {
  const settings = new AppSettings(options.settingsFile);
  const handlers = createHandlers(options, { settings });
  const dispatch = createDispatch(handlers, { logError: options.logError });
  return {
    dispatch,
    lock: async () => undefined,
    shutdown: async () => undefined,
  };
}
