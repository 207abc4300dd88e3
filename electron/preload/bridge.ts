import type { IpcRenderer } from 'electron';
import type { DyadeBridge, Result } from '../../shared/contract';
import { EVENT_NAMES, IPC_EVENT_CHANNEL, IPC_INVOKE_CHANNEL } from '../../shared/ipc';

type Listener = (payload: unknown) => void;

const KNOWN_EVENTS: ReadonlySet<string> = new Set(EVENT_NAMES);

/**
 * `window.dyade`: invoke a contract method, or listen to a contract event. Only these two
 * functions cross the bridge; ipcRenderer and its event objects never reach the page.
 */
export function createBridge(ipc: Pick<IpcRenderer, 'invoke' | 'on'>): DyadeBridge {
  const listeners = new Map<string, Set<Listener>>();
  ipc.on(IPC_EVENT_CHANNEL, (_event, name: unknown, payload: unknown) => {
    if (typeof name !== 'string') return;
    for (const listener of [...(listeners.get(name) ?? [])]) {
      try {
        listener(payload);
      } catch (error) {
        console.error('[dyade] event listener failed:', error);
      }
    }
  });

  return Object.freeze({
    invoke(method: string, input: unknown): Promise<Result<unknown>> {
      return ipc.invoke(IPC_INVOKE_CHANNEL, method, input) as Promise<Result<unknown>>;
    },
    on(event: string, listener: Listener): () => void {
      if (!KNOWN_EVENTS.has(event)) throw new Error(`Unknown event: ${String(event).slice(0, 80)}`);
      if (typeof listener !== 'function') throw new TypeError('listener must be a function');
      const set = listeners.get(event) ?? new Set<Listener>();
      listeners.set(event, set);
      set.add(listener);
      return () => {
        set.delete(listener);
      };
    },
  });
}
