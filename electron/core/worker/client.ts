/**
 * The main side of the core's worker thread: a `Core` whose every call is a message to the worker, so
 * long operations (backup, VACUUM, import) never block the thread that runs the window. Host callbacks
 * (dialogs, PDF printing, events, the log) stay here and answer the worker's requests.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { EventName, Result } from '../../../shared/contract';
import type { CoreHost, CoreOptions, CoreTesting } from '../host';
import type { Core } from '../index';
import { isAppError } from '../errors';
import { OPTIONAL_HOST_CALLS, type FromWorker, type HostCallArgs, type HostCallName, type LoggedError, type ToWorker, type WorkerStart } from './protocol';

/** The TypeScript entry, run through tsx: for tests, the CLI and the benches, which run from source. */
const SOURCE_WORKER_FILE = join(dirname(fileURLToPath(import.meta.url)), 'bootstrap.mjs');

const INTERNAL: Result<never> = { ok: false, error: { code: 'INTERNAL', message: 'An unexpected error occurred.' } };
const UNCLONEABLE: Result<never> = { ok: false, error: { code: 'INVALID_INPUT', message: 'Invalid input: it cannot be sent to the core.' } };

export interface CoreWorkerOptions extends Omit<CoreOptions, 'now'> {
  /** The worker's entry file: the built app passes the one electron-vite emits; by default the TypeScript source. */
  workerFile?: string;
}

/** Test-only knobs that can cross to the worker: the KDF cost and a clock the test moves with `setClock`. */
export interface CoreWorkerTesting extends Pick<CoreTesting, 'kdf'> {
  clock?: Date;
}

export interface CoreWorker extends Core {
  /** Tests: move the worker's clock; the message arrives before any call made after it. */
  setClock(now: Date): void;
  /** Stop the worker without locking first (tests); pending calls answer INTERNAL. */
  terminate(): Promise<void>;
}

type Reply = Extract<FromWorker, { kind: 'reply' }>;

interface Running {
  worker: Worker;
  /** Requests waiting for their reply; `null` means the worker is gone. */
  pending: Map<number, (reply: Reply | null) => void>;
  nextId: number;
  /** Set when this side ended the worker on purpose (shutdown, terminate), so its exit is no crash. */
  stopping: boolean;
}

/**
 * Starts the core in a worker thread. If the worker crashes, every pending call answers INTERNAL, the
 * vault counts as locked (and `vault.locked` is sent if one was open), and the next call starts a new
 * worker. After `shutdown` the worker ends too; a later call starts a fresh one, as a locked core.
 */
export function startCoreWorker(options: CoreWorkerOptions, testing: CoreWorkerTesting = {}): CoreWorker {
  const { host, logError, workerFile, ...coreOptions } = options;
  let clock = testing.clock?.getTime();
  let running: Running | null = null;
  let unlocked = false;

  const log = (context: string, error: unknown) => logError?.(context, error);

  function start(): Running {
    const workerData: WorkerStart = {
      options: coreOptions,
      hostCalls: ['pickFolder', ...OPTIONAL_HOST_CALLS.filter((call) => host[call] !== undefined)],
      localeListener: host.onLocaleChanged !== undefined,
      testing: testing.kdf ? { kdf: testing.kdf } : {},
      ...(clock !== undefined ? { clock } : {}),
    };
    const worker = new Worker(workerFile ?? SOURCE_WORKER_FILE, { workerData });
    const run: Running = { worker, pending: new Map(), nextId: 0, stopping: false };
    // Held only while calls are in flight, so an idle core never keeps a CLI or test process alive.
    worker.unref();
    worker.on('message', (message: FromWorker) => receive(run, message));
    worker.on('error', (error) => log('core.worker', error));
    worker.on('exit', (code) => {
      const wasCurrent = running === run;
      if (wasCurrent) running = null;
      const wasUnlocked = wasCurrent && unlocked;
      if (wasCurrent) unlocked = false;
      for (const settle of run.pending.values()) settle(null);
      run.pending.clear();
      if (run.stopping) return;
      log('core.worker', new Error(`The core worker stopped unexpectedly (exit code ${code}).`));
      if (wasUnlocked) host.emit('vault.locked', { reason: 'shutdown' });
    });
    return run;
  }

  function receive(run: Running, message: FromWorker): void {
    switch (message.kind) {
      case 'reply': {
        if (running === run) unlocked = message.unlocked;
        const settle = run.pending.get(message.id);
        run.pending.delete(message.id);
        if (run.pending.size === 0) {
          run.worker.unref();
          if (run.stopping) void run.worker.terminate();
        }
        settle?.(message);
        return;
      }
      case 'event':
        if (running === run) unlocked = message.unlocked;
        (host.emit as (event: EventName, payload: unknown) => void)(message.event, message.payload);
        return;
      case 'host':
        void answerHost(run, message.id, message.call, message.args);
        return;
      case 'localeChanged':
        host.onLocaleChanged?.(message.locale);
        return;
      case 'log':
        log(message.context, revived(message.error));
        return;
    }
  }

  async function answerHost(run: Running, id: number, call: HostCallName, args: unknown[]): Promise<void> {
    let reply: ToWorker;
    try {
      reply = { kind: 'hostReply', id, ok: true, value: await callHost(host, call, args) };
    } catch (error) {
      log(`host.${call}`, error);
      // An expected failure keeps its code across (the print view's own error, say); anything else is INTERNAL there.
      reply = {
        kind: 'hostReply',
        id,
        ok: false,
        message: error instanceof Error ? error.message : String(error),
        ...(isAppError(error) ? { code: error.code } : {}),
      };
    }
    run.worker.postMessage(reply);
  }

  /** Posts a request to the worker and waits for its reply (`null` when the worker ended first). */
  function request(run: Running, build: (id: number) => ToWorker): Promise<Reply | null> {
    const id = (run.nextId += 1);
    return new Promise((resolve, reject) => {
      if (run.pending.size === 0) run.worker.ref();
      run.pending.set(id, resolve);
      try {
        run.worker.postMessage(build(id));
      } catch (error) {
        run.pending.delete(id);
        if (run.pending.size === 0) run.worker.unref();
        reject(error);
      }
    });
  }

  /** Ends the worker on purpose: at once when idle, else after the calls already sent have their answers. */
  async function stop(run: Running, wait: boolean): Promise<void> {
    run.stopping = true;
    if (running === run) {
      running = null;
      unlocked = false;
    }
    if (run.pending.size === 0 || !wait) await run.worker.terminate();
  }

  /** A failed lock, shutdown or idle check rejects, as it would in-process. */
  const settled = (reply: Reply | null): (Reply & { ok: true }) | null => {
    if (reply && !reply.ok) throw new Error(reply.message);
    return reply;
  };

  running = start();

  return {
    dispatch: async (method, input) => {
      running ??= start();
      let reply: Reply | null;
      try {
        reply = await request(running, (id) => ({ kind: 'dispatch', id, method, input }));
      } catch (error) {
        // Only a value structured cloning refuses (a function, a symbol) gets here; the renderer's ipc cannot send one.
        if (error instanceof Error && error.name === 'DataCloneError') return UNCLONEABLE;
        throw error;
      }
      return reply?.ok ? (reply.value as Result<unknown>) : INTERNAL;
    },
    lock: async (reason) => {
      if (!running) return;
      settled(await request(running, (id) => ({ kind: 'lock', id, reason })));
    },
    shutdown: async () => {
      if (!running) return;
      const run = running;
      try {
        settled(await request(run, (id) => ({ kind: 'shutdown', id })));
      } finally {
        await stop(run, true);
      }
    },
    idleCheck: async (now) => {
      if (!running) return false;
      const reply = settled(await request(running, (id) => ({ kind: 'idleCheck', id, now: now ? now.getTime() : null })));
      return reply?.value === true;
    },
    isUnlocked: () => running !== null && unlocked,
    setClock: (now) => {
      clock = now.getTime();
      running?.worker.postMessage({ kind: 'clock', now: clock } satisfies ToWorker);
    },
    terminate: async () => {
      if (running) await stop(running, false);
    },
  };
}

function callHost(host: CoreHost, call: HostCallName, args: unknown[]): Promise<unknown> {
  switch (call) {
    case 'pickFolder':
      return host.pickFolder(...(args as HostCallArgs['pickFolder']));
    case 'pickSaveFile':
      return offered(host.pickSaveFile, call)(...(args as HostCallArgs['pickSaveFile']));
    case 'pickOpenFile':
      return offered(host.pickOpenFile, call)(...(args as HostCallArgs['pickOpenFile']));
    case 'printToPdf':
      return offered(host.printToPdf, call)(...(args as HostCallArgs['printToPdf']));
    case 'copyText':
      return offered(host.copyText, call)(...(args as HostCallArgs['copyText']));
    case 'diagnostics':
      return offered(host.diagnostics, call)();
    case 'openPresenter':
      return offered(host.openPresenter, call)(...(args as HostCallArgs['openPresenter']));
    case 'closePresenter':
      return offered(host.closePresenter, call)(...(args as HostCallArgs['closePresenter']));
  }
}

function offered<F>(callback: F | undefined, call: HostCallName): F {
  if (callback === undefined) throw new Error(`The host does not offer ${call}.`);
  return callback;
}

/** The worker's error, as an Error again for the main side's log (stack included; it never reaches the renderer). */
function revived(logged: LoggedError): Error {
  const error = new Error(logged.message);
  error.name = logged.name;
  if (logged.stack) error.stack = logged.stack;
  if (logged.code) Object.assign(error, { code: logged.code });
  return error;
}
