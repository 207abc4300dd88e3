import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { IPC_EVENT_CHANNEL, IPC_INVOKE_CHANNEL, events, isEventName, type EventName, type EventPayload, type Result } from '../../shared/contract';
import type { Dispatch } from '../core/dispatch';
import { isAppUrl, type OriginOptions } from './app-url';

const FORBIDDEN: Result<never> = {
  ok: false,
  error: { code: 'FORBIDDEN', message: 'The request did not come from the app.' },
};
const INTERNAL: Result<never> = {
  ok: false,
  error: { code: 'INTERNAL', message: 'An unexpected error occurred.' },
};

export interface InvokeOptions extends OriginOptions {
  logError?: (context: string, error: unknown) => void;
}

/**
 * The pure core of the ipc host: a call is only dispatched when the sending frame is one of the
 * app's own pages; the core's dispatch then checks the method, parses input and wraps errors.
 */
export async function handleInvoke(
  senderFrameUrl: string | null | undefined,
  method: unknown,
  input: unknown,
  dispatch: Dispatch,
  options: InvokeOptions = {},
): Promise<Result<unknown>> {
  if (!isAppUrl(senderFrameUrl, options)) return FORBIDDEN;
  try {
    return await dispatch(method, input);
  } catch (error) {
    options.logError?.('ipc.invoke', error);
    return INTERNAL;
  }
}

/** The sender's URL, only when it is the top-level frame of its page; subframes never reach the core. */
export function senderFrameUrl(event: Pick<IpcMainInvokeEvent, 'senderFrame'>): string | null {
  const frame = event.senderFrame;
  if (!frame || frame.parent !== null) return null;
  return frame.url;
}

/** Registers the app's one invoke channel. */
export function registerIpcHost(ipcMain: Pick<IpcMain, 'handle'>, dispatch: Dispatch, options: InvokeOptions = {}): void {
  ipcMain.handle(IPC_INVOKE_CHANNEL, (event, method: unknown, input: unknown) => handleInvoke(senderFrameUrl(event), method, input, dispatch, options));
}

/** Arguments for `webContents.send` after checking the event is in the contract and its payload fits. */
export function eventMessage(name: unknown, payload: unknown): [EventName, unknown] | null {
  if (!isEventName(name)) return null;
  const parsed = events[name].safeParse(payload);
  return parsed.success ? [name, parsed.data] : null;
}

type EventTarget = Pick<WebContents, 'send' | 'isDestroyed'>;

/**
 * The core's `emit`: pushes a contract event to the windows `targets` names for it (the app window,
 * and the beamer's presentation windows for the events they follow), skipping any already gone.
 */
export function createEventEmitter(
  targets: (event: EventName) => EventTarget | null | ReadonlyArray<EventTarget | null>,
  logError?: (context: string, error: unknown) => void,
): <E extends EventName>(event: E, payload: EventPayload<E>) => void {
  return (name, payload) => {
    const message = eventMessage(name, payload);
    if (message === null) {
      logError?.('ipc.emit', new Error(`Refused to send event ${String(name)}: not in the contract or invalid payload`));
      return;
    }
    const chosen = targets(message[0]);
    for (const contents of Array.isArray(chosen) ? chosen : [chosen]) {
      if (contents && !contents.isDestroyed()) contents.send(IPC_EVENT_CHANNEL, ...message);
    }
  };
}
