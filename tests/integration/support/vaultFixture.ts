import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative } from 'node:path';
import { onTestFinished } from 'vitest';
import type { EventName, FolderPurpose, MethodName, MethodOutput, Result } from '../../../shared/contract';
import type { SavePurpose } from '../../../shared/domain/exchange';
import { createCore, type Core, type CoreHost, type CoreTesting } from '../../../electron/core';
import { startCoreWorker, type CoreWorker } from '../../../electron/core/worker/client';

/** Cheap scrypt so tests run fast; the real parameters are measured in tests/bench/vault.ts. */
export const TEST_KDF = { N: 1024, r: 8, p: 1 } as const;
export const STRONG_PASSPHRASE = 'kwartel fiets ochtend zeventig';
export const OTHER_PASSPHRASE = 'lantaarn rivier mosterd gieter';

export async function makeTempDir(prefix = 'dyade-test-'): Promise<string> {
  return fs.mkdtemp(join(tmpdir(), prefix));
}

export interface TestCore {
  core: Core;
  root: string;
  events: { event: EventName; payload: unknown }[];
  /** The core's clock; setting `now` moves it (in the worker, before the next call arrives). */
  clock: { now: Date };
  call<M extends MethodName>(method: M, input?: unknown): Promise<MethodOutput<M>>;
  /** Answer the next folder dialog with `path`, as a user choosing it would: the one-time token the core gives for it. */
  chooseFolder(purpose: FolderPurpose, path: string): Promise<string>;
  /** Answer the next "save as" dialog with `path`: the token for saving there. */
  chooseSaveFile(purpose: SavePurpose, path: string): Promise<string>;
  /** Answer the next "open file" dialog (an exchange file) with `path`: the token for previewing and importing it. */
  chooseOpenFile(path: string): Promise<string>;
  fail(method: MethodName, input?: unknown): Promise<{ code: string; message: string; details?: Record<string, unknown> }>;
}

/**
 * A core over a temp folder, run in its worker thread as in the app. With `faults` it runs in-process:
 * fault hooks are closures, which cannot cross to a worker thread.
 */
export interface TestCoreOverrides extends Pick<CoreTesting, 'faults'> {
  /** Stands in for the hidden print window: gets the core, as the window's page calls it while printing. */
  printToPdf?: (core: Core, route: string) => Promise<Uint8Array>;
  /** Stands in for main's presentation windows. */
  presenter?: { open(sessionId: string): Promise<void>; close(sessionId: string): Promise<boolean> };
}

export async function createTestCore(overrides: TestCoreOverrides = {}, root?: string): Promise<TestCore> {
  const dir = root ?? (await makeTempDir());
  const events: TestCore['events'] = [];
  const app = { name: 'Dyade', version: '0.0.0-test', platform: process.platform, systemLocale: 'en-US' };
  const settingsFile = join(dir, 'app-settings.json');
  const printer = overrides.printToPdf;
  // The dialogs' answers: the user's choice, made by the test.
  const answers: string[] = [];
  const answer = async () => answers.shift() ?? null;
  const host: CoreHost = {
    pickFolder: answer,
    pickSaveFile: answer,
    pickOpenFile: answer,
    emit: (event, payload) => events.push({ event, payload }),
    ...(printer ? { printToPdf: (route: string) => printer(core, route) } : {}),
    ...(overrides.presenter ? { openPresenter: overrides.presenter.open, closePresenter: overrides.presenter.close } : {}),
  };
  const logError = (context: string, error: unknown) => console.error(context, error);
  let now = new Date('2025-03-01T09:00:00.000Z');
  let worker: CoreWorker | null = null;
  const clock = {
    get now() {
      return now;
    },
    set now(next: Date) {
      now = next;
      worker?.setClock(next);
    },
  };
  let core: Core;
  if (overrides.faults) {
    core = createCore({ app, settingsFile, host, now: () => clock.now, logError }, { kdf: TEST_KDF, faults: overrides.faults });
  } else {
    worker = startCoreWorker({ app, settingsFile, host, logError }, { kdf: TEST_KDF, clock: now });
    const started = worker;
    onTestFinished(() => started.terminate());
    core = worker;
  }
  const call = async <M extends MethodName>(method: M, input: unknown = {}): Promise<MethodOutput<M>> => {
    const result = (await core.dispatch(method, input)) as Result<MethodOutput<M>>;
    if (!result.ok) throw new Error(`${method} failed: ${JSON.stringify(result.error)}`);
    return result.value;
  };
  const fail: TestCore['fail'] = async (method, input = {}) => {
    const result = await core.dispatch(method, input);
    if (result.ok) throw new Error(`${method} unexpectedly succeeded: ${JSON.stringify(result.value)}`);
    return result.error as { code: string; message: string; details?: Record<string, unknown> };
  };
  const token = (choice: { token: string | null }) => {
    if (!choice.token) throw new Error('the dialog gave no token');
    return choice.token;
  };
  const chooseFolder: TestCore['chooseFolder'] = async (purpose, path) => {
    answers.push(path);
    return token(await call('dialog.pickFolder', { purpose }));
  };
  const chooseSaveFile: TestCore['chooseSaveFile'] = async (purpose, path) => {
    answers.push(path);
    return token(await call('dialog.pickSaveFile', { purpose, suggestedName: basename(path) || 'file' }));
  };
  const chooseOpenFile: TestCore['chooseOpenFile'] = async (path) => {
    answers.push(path);
    return token(await call('dialog.pickOpenFile', { purpose: 'exchange' }));
  };
  return { core, root: dir, events, clock, call, fail, chooseFolder, chooseSaveFile, chooseOpenFile };
}

/** Create a vault in `<root>/vault` through the contract; returns the session and recovery code. */
export async function createTestVault(t: TestCore, name = 'vault', memberName = 'Anna') {
  const folder = join(t.root, name);
  const created = await t.call('vault.create', {
    folder: await t.chooseFolder('newVault', folder),
    label: 'Team Noord',
    memberName,
    passphrase: STRONG_PASSPHRASE,
  });
  return { folder: created.session.path, ...created };
}

/** sha256 of every file under `folder`, by relative path. */
export async function hashFolder(folder: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  async function walk(dir: string): Promise<void> {
    for (const entry of await fs.readdir(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) await walk(full);
      else
        out[relative(folder, full)] = createHash('sha256')
          .update(await fs.readFile(full))
          .digest('hex');
    }
  }
  await walk(folder);
  return out;
}

/** Every file under `folder` (recursively). */
export async function listFiles(folder: string): Promise<string[]> {
  const files: string[] = [];
  async function walk(dir: string): Promise<void> {
    let entries;
    try {
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) await walk(full);
      else if (entry.isFile()) files.push(full);
    }
  }
  await walk(folder);
  return files;
}

/** The data key, unwrapped the way unlock does it, for tests that open vault.db directly. */
export async function unwrapTestKey(folder: string, memberId: string, passphrase: string): Promise<Buffer> {
  const { readHeader } = await import('../../../electron/core/vault/header');
  const { slotDataKey } = await import('../../../electron/core/vault/slotKeys');
  const header = await readHeader(folder);
  const slot = header.slots.find((s) => s.memberId === memberId);
  if (!slot) throw new Error('no slot');
  const key = await slotDataKey(header, slot, passphrase);
  if (!key) throw new Error('wrong passphrase');
  return key;
}
