/**
 * Loads the real main-process entry against a recording stand-in for the `electron` module, since
 * the Electron binary is not available here: proves the wiring calls the tested policies in order.
 */
import { EventEmitter } from 'node:events';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type * as Electron from 'electron';
import type * as WorkerThreads from 'node:worker_threads';
import { IPC_INVOKE_CHANNEL, type Result } from '../../shared/contract';

const fake = vi.hoisted(() => {
  const calls: string[] = [];
  let ready: () => void = () => undefined;
  const whenReadyPromise = new Promise<void>((resolve) => (ready = resolve));
  const workers: Array<{ file: string; posted: unknown[]; workerData: unknown }> = [];
  /** The project folder app.getAppPath() names, with the addon build npm start would leave in .native/. */
  const paths = { appPath: '', addon: '', userData: '' };
  return { calls, ready: () => ready(), whenReadyPromise, workers, paths };
});

// The real worker_threads, recording each worker main starts and what it posts to it.
vi.mock('node:worker_threads', async (importOriginal) => {
  const actual = await importOriginal<typeof WorkerThreads>();
  class RecordingWorker extends actual.Worker {
    private readonly record: { file: string; posted: unknown[]; workerData: unknown };
    constructor(file: string | URL, options?: WorkerThreads.WorkerOptions) {
      super(file, options);
      this.record = { file: String(file), posted: [], workerData: options?.workerData };
      fake.workers.push(this.record);
    }
    override postMessage(message: unknown, transfer?: readonly WorkerThreads.TransferListItem[]) {
      this.record.posted.push(message);
      super.postMessage(message, transfer);
    }
  }
  return { ...actual, Worker: RecordingWorker };
});

vi.mock('electron', async () => {
  const { EventEmitter: Emitter } = await import('node:events');
  const { copyFileSync, existsSync, mkdirSync, mkdtempSync } = await import('node:fs');
  const { join } = await import('node:path');
  const { tmpdir } = await import('node:os');
  const { createRequire } = await import('node:module');
  const userData = mkdtempSync(join(tmpdir(), 'dyade-main-'));
  // Under Node the "Electron build" is a copy of the addon Node loads (its prebuilt Node-API binary,
  // else its local build), so the worker can really load it.
  const appPath = mkdtempSync(join(tmpdir(), 'dyade-app-'));
  const addonDir = join(appPath, '.native', `electron-${process.platform}-${process.arch}`);
  mkdirSync(addonDir, { recursive: true });
  const addonRoot = join(createRequire(import.meta.url).resolve('better-sqlite3-multiple-ciphers/package.json'), '..');
  const nodeBuild = [join(addonRoot, 'prebuilds', `${process.platform}-${process.arch}.node`), join(addonRoot, 'build', 'Release', 'better_sqlite3.node')].find(
    (file) => existsSync(file),
  );
  if (!nodeBuild) throw new Error('the SQLite addon has no binary for this platform');
  copyFileSync(nodeBuild, join(addonDir, 'better_sqlite3.node'));
  Object.assign(fake.paths, { appPath, addon: join(addonDir, 'better_sqlite3.node'), userData });
  const record =
    (name: string) =>
    (...args: unknown[]) => {
      fake.calls.push(name);
      return args;
    };
  const app = Object.assign(new Emitter(), {
    isPackaged: false,
    enableSandbox: record('app.enableSandbox'),
    requestSingleInstanceLock: () => (fake.calls.push('app.requestSingleInstanceLock'), true),
    whenReady: () => fake.whenReadyPromise,
    getVersion: () => '0.1.0',
    getLocale: () => 'nl-NL',
    getPath: () => userData,
    getAppPath: () => appPath,
    quit: record('app.quit'),
  });
  class WebRequest {
    listener: unknown = null;
    onBeforeRequest(listener: unknown) {
      fake.calls.push('session.webRequest.onBeforeRequest');
      this.listener = listener;
    }
  }
  const defaultSession = Object.assign(new Emitter(), {
    webRequest: new WebRequest(),
    setPermissionRequestHandler: record('session.setPermissionRequestHandler'),
    setPermissionCheckHandler: record('session.setPermissionCheckHandler'),
    setDevicePermissionHandler: record('session.setDevicePermissionHandler'),
    setSpellCheckerEnabled: record('session.setSpellCheckerEnabled'),
    setSpellCheckerDictionaryDownloadURL: record('session.setSpellCheckerDictionaryDownloadURL'),
  });
  class BrowserWindow extends Emitter {
    static created: BrowserWindow[] = [];
    destroyed = false;
    webContents = Object.assign(new Emitter(), { send: vi.fn(), isDestroyed: () => this.destroyed });
    loaded: string | null = null;
    shown: 'show' | 'showInactive' | null = null;
    constructor(readonly options: unknown) {
      super();
      fake.calls.push('new BrowserWindow');
      BrowserWindow.created.push(this);
    }
    loadURL(url: string) {
      this.loaded = url;
      return Promise.resolve();
    }
    isMinimized() {
      return false;
    }
    isDestroyed() {
      return this.destroyed;
    }
    isFullScreen() {
      return false;
    }
    setFullScreen() {}
    getBounds() {
      return { x: 0, y: 0, width: 1280, height: 820 };
    }
    restore() {}
    focus() {}
    show() {
      this.shown = 'show';
    }
    showInactive() {
      this.shown = 'showInactive';
    }
    close() {
      this.destroyed = true;
      this.emit('closed');
    }
  }
  // One laptop screen and a beamer to its right.
  const laptop = { id: 1, bounds: { x: 0, y: 0, width: 1920, height: 1080 }, workArea: { x: 0, y: 0, width: 1920, height: 1040 } };
  const beamer = { id: 2, bounds: { x: 1920, y: 0, width: 1024, height: 768 }, workArea: { x: 1920, y: 0, width: 1024, height: 768 } };
  const screen = { getAllDisplays: () => [laptop, beamer], getPrimaryDisplay: () => laptop, getDisplayMatching: () => laptop };
  return {
    app,
    BrowserWindow,
    Menu: { buildFromTemplate: (template: unknown) => template, setApplicationMenu: vi.fn() },
    clipboard: { writeText: vi.fn(), readText: () => '', clear: vi.fn() },
    dialog: { showOpenDialog: vi.fn(async () => ({ canceled: false, filePaths: ['/home/anna/Kluizen'] })) },
    ipcMain: { handle: vi.fn((channel: string) => fake.calls.push(`ipcMain.handle ${channel}`)) },
    powerMonitor: Object.assign(new Emitter(), { getSystemIdleTime: () => 0, getSystemIdleState: () => 'active' }),
    protocol: {
      registerSchemesAsPrivileged: record('protocol.registerSchemesAsPrivileged'),
      handle: vi.fn((scheme: string) => fake.calls.push(`protocol.handle ${scheme}`)),
    },
    screen,
    session: { defaultSession },
  };
});

let electron: typeof Electron;

beforeAll(async () => {
  delete process.env['ELECTRON_RENDERER_URL'];
  vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
  electron = await import('electron');
  await import('../../electron/main/index');
});

afterAll(() => {
  vi.useRealTimers();
});

describe('main process wiring', () => {
  it('sandboxes everything, privileges app:// and takes the single-instance lock before ready', () => {
    expect(fake.calls).toEqual(['app.enableSandbox', 'protocol.registerSchemesAsPrivileged', 'app.requestSingleInstanceLock']);
    expect(electron.app.listenerCount('web-contents-created')).toBe(1);
    expect(electron.app.listenerCount('window-all-closed')).toBe(1);
  });

  it('after ready: serves app://, hardens the session, then opens the window on app://dyade', { timeout: 40_000 }, async () => {
    fake.ready();
    // The window opens after the menu's locale came from the core, whose worker takes a moment to start.
    await vi.waitFor(() => expect(fake.calls).toContain('new BrowserWindow'), { timeout: 30_000 });
    const order = (name: string) => fake.calls.indexOf(name);
    expect(order('protocol.handle app')).toBeGreaterThan(-1);
    expect(order('protocol.handle app')).toBeLessThan(order('new BrowserWindow'));
    expect(order('session.setPermissionRequestHandler')).toBeLessThan(order('new BrowserWindow'));
    expect(order('session.webRequest.onBeforeRequest')).toBeLessThan(order('new BrowserWindow'));
    const window = (electron.BrowserWindow as unknown as { created: Array<{ loaded: string; options: { webPreferences: Record<string, unknown> } }> })
      .created[0];
    expect(window?.loaded).toBe('app://dyade/index.html');
    expect(window?.options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false, devTools: false });
    expect(String(window?.options.webPreferences['preload'])).toMatch(/preload[/\\]index\.cjs$/);
    expect(electron.Menu.setApplicationMenu).toHaveBeenCalled();
    expect(electron.app.listenerCount('second-instance')).toBe(1);
    expect(electron.app.listenerCount('before-quit')).toBe(1);
  });

  it('registers exactly one ipc handler', () => {
    expect(fake.calls.filter((call) => call.startsWith('ipcMain.handle'))).toEqual([`ipcMain.handle ${IPC_INVOKE_CHANNEL}`]);
  });

  it('answers the app page through the ipc host and refuses other pages', async () => {
    const handle = electron.ipcMain.handle as unknown as { mock: { calls: Array<[string, (...args: unknown[]) => Promise<Result<unknown>>]> } };
    const listener = handle.mock.calls[0]?.[1];
    const fromApp = await listener?.({ senderFrame: { url: 'app://dyade/index.html', parent: null } }, 'app.info', {});
    const fromWeb = await listener?.({ senderFrame: { url: 'https://example.com/', parent: null } }, 'app.info', {});
    expect(fromApp).toMatchObject({ ok: true, value: { name: 'Dyade', version: '0.1.0', locale: 'nl' } });
    expect(fromWeb).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('runs the core in one worker thread and forwards the ipc call to it', async () => {
    expect(fake.workers).toHaveLength(1);
    expect(fake.workers[0]?.file).toMatch(/electron[/\\]core[/\\]worker[/\\]bootstrap\.mjs$/);
    const handle = electron.ipcMain.handle as unknown as { mock: { calls: Array<[string, (...args: unknown[]) => Promise<Result<unknown>>]> } };
    const listener = handle.mock.calls[0]?.[1];
    const status = await listener?.({ senderFrame: { url: 'app://dyade/index.html', parent: null } }, 'vault.status', {});
    expect(status).toEqual({ ok: true, value: { unlocked: false, session: null } });
    expect(fake.workers[0]?.posted).toContainEqual(expect.objectContaining({ kind: 'dispatch', method: 'vault.status' }));
  });

  it("hands the core the addon build under the project's .native/ folder, and a vault opens through it", { timeout: 60_000 }, async () => {
    const start = fake.workers[0]?.workerData as { options: { nativeBinding?: string } };
    expect(start.options.nativeBinding).toBe(fake.paths.addon);
    const handle = electron.ipcMain.handle as unknown as { mock: { calls: Array<[string, (...args: unknown[]) => Promise<Result<unknown>>]> } };
    const listener = handle.mock.calls[0]?.[1];
    const folder = (await import('node:path')).join(fake.paths.userData, 'Kluizen');
    const dialog = electron.dialog.showOpenDialog as unknown as { mockResolvedValueOnce(value: unknown): void };
    dialog.mockResolvedValueOnce({ canceled: false, filePaths: [folder] });
    const chosen = (await listener?.({ senderFrame: { url: 'app://dyade/index.html', parent: null } }, 'dialog.pickFolder', {
      purpose: 'newVault',
    })) as Result<{
      token: string;
    }>;
    if (!chosen?.ok) throw new Error('no folder chosen');
    const created = await listener?.({ senderFrame: { url: 'app://dyade/index.html', parent: null } }, 'vault.create', {
      folder: chosen.value.token,
      label: 'Team',
      memberName: 'Anna',
      passphrase: 'kwartel fiets ochtend zeventig',
    });
    expect(created).toMatchObject({ ok: true });
    // Linux lists every shared object the process has loaded: the copy, not the package's own build.
    if (process.platform === 'linux') expect((await import('node:fs')).readFileSync('/proc/self/maps', 'utf8')).toContain(fake.paths.addon);
    await listener?.({ senderFrame: { url: 'app://dyade/index.html', parent: null } }, 'vault.lock', {});
  });

  it("answers the worker's folder request with main's native dialog", async () => {
    const handle = electron.ipcMain.handle as unknown as { mock: { calls: Array<[string, (...args: unknown[]) => Promise<Result<unknown>>]> } };
    const listener = handle.mock.calls[0]?.[1];
    const picked = await listener?.({ senderFrame: { url: 'app://dyade/index.html', parent: null } }, 'dialog.pickFolder', { purpose: 'openVault' });
    // The page sees the path to show and a one-time token; the path itself goes only to the core.
    expect(picked).toEqual({ ok: true, value: { token: expect.stringMatching(/^ft_/), path: '/home/anna/Kluizen' } });
    expect(electron.dialog.showOpenDialog).toHaveBeenCalled();
  });

  it("opens a session's presentation in a second window on the beamer, without the focus, and closes it at lock", { timeout: 60_000 }, async () => {
    const handle = electron.ipcMain.handle as unknown as { mock: { calls: Array<[string, (...args: unknown[]) => Promise<Result<unknown>>]> } };
    const listener = handle.mock.calls[0]?.[1];
    const ask = async <T>(method: string, input: unknown): Promise<T> => {
      const result = await listener?.({ senderFrame: { url: 'app://dyade/index.html', parent: null } }, method, input);
      if (!result?.ok) throw new Error(`${method}: ${JSON.stringify(result)}`);
      return result.value as T;
    };
    const start = fake.workers[0]?.workerData as { hostCalls: string[] };
    expect(start.hostCalls).toEqual(expect.arrayContaining(['openPresenter', 'closePresenter']));
    const folder = (await import('node:path')).join(fake.paths.userData, 'Beamer');
    const dialog = electron.dialog.showOpenDialog as unknown as { mockResolvedValueOnce(value: unknown): void };
    dialog.mockResolvedValueOnce({ canceled: false, filePaths: [folder] });
    const chosen = await ask<{ token: string }>('dialog.pickFolder', { purpose: 'newVault' });
    const created = await ask<{ session: { member: { id: string } } }>('vault.create', {
      folder: chosen.token,
      label: 'Team',
      memberName: 'Anna',
      passphrase: 'kwartel fiets ochtend zeventig',
    });
    const made = await ask<{ id: string }>('cases.create', { pseudonym: 'Familie Noord', phase: '0-6m' });
    const session = await ask<{ id: string }>('sessions.create', {
      caseId: made.id,
      methodId: 'what-and-why',
      participants: [{ memberId: created.session.member.id }, { guestInitials: 'bo' }],
      roles: { caseHolder: 0, facilitator: 1 },
    });
    const windows = (
      electron.BrowserWindow as unknown as {
        created: Array<{
          loaded: string;
          shown: string | null;
          destroyed: boolean;
          options: Record<string, unknown>;
          emit(e: string): void;
          webContents: { send: ReturnType<typeof vi.fn> };
        }>;
      }
    ).created;
    const before = windows.length;
    await ask('app.openPresenter', { sessionId: session.id });
    const presenter = windows[before];
    expect(presenter?.loaded).toBe(`app://dyade/index.html#/sessions/${session.id}/present`);
    expect(presenter?.options).toMatchObject({
      x: 1920,
      y: 0,
      width: 1024,
      height: 768,
      fullscreen: true,
      webPreferences: { sandbox: true, contextIsolation: true },
    });
    presenter?.emit('ready-to-show');
    expect(presenter?.shown).toBe('showInactive');
    // A second request brings the same window forward; the app window hears the presentation opened.
    await ask('app.openPresenter', { sessionId: session.id });
    expect(windows).toHaveLength(before + 1);
    expect(windows[0]?.webContents.send).toHaveBeenCalledWith('dyade:event', 'presenter.changed', { sessionId: session.id, open: true });
    // Session writes reach the presentation as events.
    await ask('sessions.control', { id: session.id, action: 'begin' });
    expect(presenter?.webContents.send).toHaveBeenCalledWith('dyade:event', 'sessions.changed', { sessionId: session.id });
    await ask('vault.lock', {});
    await vi.waitFor(() => expect(presenter?.destroyed).toBe(true));
  });

  it('guards every web contents that is created', () => {
    const contents = Object.assign(new EventEmitter(), { setWindowOpenHandler: vi.fn() });
    electron.app.emit('web-contents-created', {}, contents);
    expect(contents.listenerCount('will-navigate')).toBe(1);
    expect(contents.listenerCount('will-attach-webview')).toBe(1);
    expect(contents.setWindowOpenHandler).toHaveBeenCalledOnce();
  });

  it('locks the vault when the machine suspends, the screen locks or the system shuts down', () => {
    expect(electron.powerMonitor.listenerCount('suspend')).toBe(1);
    expect(electron.powerMonitor.listenerCount('lock-screen')).toBe(1);
    expect(electron.powerMonitor.listenerCount('shutdown')).toBe(1);
  });
});
