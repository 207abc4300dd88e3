/**
 * The core's worker thread: builds the core from `workerData`, answers the main side's requests in
 * order, and turns the host callbacks (dialogs, PDF printing, events) into messages to the main side.
 * Never imports `electron`: everything Electron does happens on the main side.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { AppError } from '../errors';
import { createCore } from '../index';
import type { CoreHost } from '../host';
import { loggedError, type FromWorker, type HostCallName, type ReplyValue, type ToWorker, type WorkerStart } from './protocol';

const port = parentPort;
if (!port) throw new Error('The core worker must run in a worker thread.');
const start = workerData as WorkerStart;

const post = (message: FromWorker): void => port.postMessage(message);
const log = (context: string, error: unknown): void => post({ kind: 'log', context, error: loggedError(error) });

let nextHostCall = 0;
const hostCalls = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
function askMain(call: HostCallName, args: unknown[]): Promise<unknown> {
  const id = (nextHostCall += 1);
  return new Promise((resolve, reject) => {
    hostCalls.set(id, { resolve, reject });
    post({ kind: 'host', id, call, args });
  });
}
const offered = new Set(start.hostCalls);

const host: CoreHost = {
  pickFolder: (...args) => askMain('pickFolder', args) as Promise<string | null>,
  emit: (event, payload) => post({ kind: 'event', event, payload, unlocked: core.isUnlocked() }),
  ...(offered.has('pickSaveFile') ? { pickSaveFile: (...args) => askMain('pickSaveFile', args) as Promise<string | null> } : {}),
  ...(offered.has('pickOpenFile') ? { pickOpenFile: (...args) => askMain('pickOpenFile', args) as Promise<string | null> } : {}),
  ...(offered.has('printToPdf') ? { printToPdf: (...args) => askMain('printToPdf', args) as Promise<Uint8Array> } : {}),
  ...(offered.has('copyText') ? { copyText: (...args) => askMain('copyText', args) as Promise<void> } : {}),
  ...(offered.has('diagnostics') ? { diagnostics: () => askMain('diagnostics', []) as Promise<string> } : {}),
  ...(offered.has('openPresenter') ? { openPresenter: (...args) => askMain('openPresenter', args) as Promise<void> } : {}),
  ...(offered.has('closePresenter') ? { closePresenter: (...args) => askMain('closePresenter', args) as Promise<boolean> } : {}),
  ...(start.localeListener ? { onLocaleChanged: (locale) => post({ kind: 'localeChanged', locale }) } : {}),
};

let clock = start.clock;
const core = createCore(
  {
    ...start.options,
    host,
    logError: log,
    ...(clock !== undefined ? { now: () => new Date(clock ?? Date.now()) } : {}),
  },
  start.testing,
);

/** Runs one request and posts its answer; a failure (dispatch wraps its own) crosses as its message only. */
async function answer(id: number, work: () => Promise<ReplyValue>): Promise<void> {
  try {
    const value = await work();
    post({ kind: 'reply', id, ok: true, value, unlocked: core.isUnlocked() });
  } catch (error) {
    log('core.worker', error);
    post({ kind: 'reply', id, ok: false, message: error instanceof Error ? error.message : String(error), unlocked: core.isUnlocked() });
  }
}

port.on('message', (message: ToWorker) => {
  switch (message.kind) {
    case 'dispatch':
      void answer(message.id, () => core.dispatch(message.method, message.input));
      return;
    case 'lock':
      void answer(message.id, async () => (await core.lock(message.reason), null));
      return;
    case 'shutdown':
      void answer(message.id, async () => (await core.shutdown(), null));
      return;
    case 'idleCheck':
      void answer(message.id, () => core.idleCheck(message.now === null ? undefined : new Date(message.now)));
      return;
    case 'clock':
      clock = message.now;
      return;
    case 'hostReply': {
      const pending = hostCalls.get(message.id);
      hostCalls.delete(message.id);
      if (message.ok) pending?.resolve(message.value);
      else pending?.reject(message.code ? new AppError(message.code, message.message) : new Error(message.message));
      return;
    }
  }
});
