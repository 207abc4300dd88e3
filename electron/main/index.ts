/**
 * Electron main process: thin wiring of the pure policies in this folder around the core.
 * Everything that decides something lives in its own tested module; this file only connects.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BrowserWindow, Menu, app, clipboard, dialog, ipcMain, powerMonitor, protocol, screen, session } from 'electron';
import type { Locale } from '../../shared/contract';
import type { Core } from '../core/index';
import { startCoreWorker } from '../core/worker/client';
import { AppInfoLocale } from './app-locale';
import { cliArguments } from './cli-mode';
import { APP_ENTRY_URL, APP_SCHEME, loopbackDevServer, type OriginOptions } from './app-url';
import { APP_SCHEME_PRIVILEGES, serveAppRequest } from './app-protocol';
import { contentSecurityPolicy } from './csp';
import { pickFolder, pickOpenFile, pickSaveFile } from './dialogs';
import { printRouteToPdf } from './printToPdf';
import { SensitiveClipboard } from './clipboard';
import { createAppLog, type AppLog } from './app-log';
// The Node flavour: main needs only the file transport, and it loads without Electron (the wiring test runs main under Node).
import log from 'electron-log/node';
import { lockOnQuit, startIdleLock } from './idle-lock';
import { createEventEmitter, registerIpcHost } from './ipc-host';
import { menuTemplate, type MenuCommand } from './menu';
import { nativeBindingPath } from './native-binding';
import { PresenterWindows } from './presenter-window';
import { guardWebContents, hardenSession } from './security';
import { APP_WINDOW_SHAPE, createAppWindow } from './window-options';

const here = dirname(fileURLToPath(import.meta.url));
const rendererDir = join(here, '../renderer');
const preloadPath = join(here, '../preload/index.cjs');
// Built, the core's worker is the entry electron-vite emits beside this file; run from source (the
// wiring test), the client's own TypeScript entry is used.
const coreWorkerFile = import.meta.url.endsWith('.ts') ? undefined : join(here, 'core-worker.js');

// The dev server is only honoured in an unpackaged run and only on loopback: an environment
// variable must never be able to point a packaged app at another page.
const devServer = app.isPackaged ? null : loopbackDevServer(process.env['ELECTRON_RENDERER_URL']);
const dev = devServer !== null;
const origin: OriginOptions = dev ? { devServerUrl: devServer.href } : {};

/** The local error log (userData/logs/dyade.log, rotated); opened when the app is ready. */
let appLog: AppLog | null = null;

/** The SQLite addon for this runtime: the app and its admin commands load the same one. */
function sqliteBinding(): string | undefined {
  return nativeBindingPath({
    isPackaged: app.isPackaged,
    resourcesPath: process.resourcesPath,
    appPath: app.getAppPath(),
    platform: process.platform,
    arch: process.arch,
    exists: existsSync,
  });
}

function logError(context: string, error: unknown): void {
  console.error(`[dyade] ${context}:`, error);
  appLog?.error(context, error);
}

/** Runs once Electron is ready (app.getLocale and powerMonitor need that): core, ipc, session, menu, window. */
async function startApp(): Promise<void> {
  let mainWindow: BrowserWindow | null = null;
  appLog = createAppLog(log, join(app.getPath('userData'), 'logs'));
  const locale = new AppInfoLocale();
  const entryUrl = devServer ? devServer.href : APP_ENTRY_URL;
  // The beamer: one presentation window per session, following the runner through the core's events.
  const presenters = new PresenterWindows({
    create: (shape) => createAppWindow(BrowserWindow, preloadPath, { dev }, shape),
    screen,
    mainWindow: () => mainWindow,
    entryUrl,
    title: 'Dyade',
    changed: (sessionId, open) => emit('presenter.changed', { sessionId, open }),
    logError,
  });
  // Menu commands are the app window's; every other event reaches the presentations too.
  const toWindow = createEventEmitter((event) => [mainWindow?.webContents ?? null, ...(event === 'menu.command' ? [] : presenters.contents())], logError);
  const copied = new SensitiveClipboard(clipboard);
  app.on('will-quit', () => copied.clearNow());
  // A recovery code or step-2 text copied while the vault was open leaves the clipboard when it locks;
  // no presentation stays on the shared screen once the vault is locked.
  const emit: typeof toWindow = (event, payload) => {
    if (event === 'vault.locked') {
      copied.clearNow();
      presenters.closeAll();
    }
    toWindow(event, payload);
  };

  // The core runs in a worker thread, so a backup or VACUUM never freezes the window.
  const core: Core = startCoreWorker({
    ...(coreWorkerFile ? { workerFile: coreWorkerFile } : {}),
    app: { name: 'Dyade', version: app.getVersion(), platform: process.platform, systemLocale: app.getLocale() },
    settingsFile: join(app.getPath('userData'), 'settings.json'),
    nativeBinding: sqliteBinding(),
    host: {
      pickFolder: (purpose) => pickFolder(dialog, mainWindow, purpose, locale.current),
      pickSaveFile: (purpose, suggestedName) => pickSaveFile(dialog, mainWindow, purpose, suggestedName, locale.current),
      pickOpenFile: () => pickOpenFile(dialog, mainWindow, locale.current),
      copyText: async (text, clearAfterMs) => copied.copy(text, clearAfterMs),
      diagnostics: async () =>
        (appLog ?? createAppLog(log, join(app.getPath('userData'), 'logs'))).diagnostics({
          Dyade: app.getVersion(),
          Electron: process.versions.electron ?? '-',
          Chromium: process.versions.chrome ?? '-',
          Node: process.versions.node,
          System: `${process.platform} ${process.arch} ${process.getSystemVersion?.() ?? ''}`.trim(),
        }),
      printToPdf: (route) => printRouteToPdf((shape) => createAppWindow(BrowserWindow, preloadPath, { dev }, shape), APP_WINDOW_SHAPE, entryUrl, route),
      openPresenter: (sessionId) => presenters.open(sessionId),
      closePresenter: async (sessionId) => presenters.close(sessionId),
      emit,
      onLocaleChanged: (next: Locale) => {
        locale.current = next;
        buildMenu();
      },
    },
    logError,
  });

  const sendMenuCommand = (command: MenuCommand): void => {
    emit('menu.command', { command });
    if (command === 'lock') core.lock('user').catch((error: unknown) => logError('lock.menu', error));
  };
  function buildMenu(): void {
    Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(locale.current, process.platform, sendMenuCommand, { dev })));
  }

  lockOnQuit(app, core, logError, powerMonitor);
  registerIpcHost(ipcMain, core.dispatch, { ...origin, logError });
  const csp = contentSecurityPolicy();
  protocol.handle(APP_SCHEME, (request) => serveAppRequest({ url: request.url, method: request.method }, { rootDir: rendererDir, csp, readFile }));
  hardenSession(session.defaultSession, origin);
  startIdleLock({ core, powerMonitor, logError });
  await locale.load(core.dispatch);
  buildMenu();

  const window = createAppWindow(BrowserWindow, preloadPath, { dev });
  mainWindow = window;
  window.once('ready-to-show', () => window.show());
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
    // The presentations follow the app window: closing it closes them (and so quits the app).
    presenters.closeAll();
  });
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  await window.loadURL(entryUrl);
}

/**
 * `Dyade --cli vault …` (or `Dyade vault …`): the admin CLI's own code, over the same core worker and
 * SQLite addon as the app, without a window, a session or the single-instance lock; then exit with
 * the CLI's status.
 */
async function runAdminCommands(args: string[]): Promise<void> {
  app.dock?.hide();
  const { main } = await import('../cli/main');
  const nativeBinding = sqliteBinding();
  const status = await main(
    { version: app.getVersion(), ...(coreWorkerFile ? { workerFile: coreWorkerFile } : {}), ...(nativeBinding ? { nativeBinding } : {}) },
    args,
  );
  if (status !== null) app.exit(status);
}

function startWindowedApp(): void {
  // Before ready: every renderer sandboxed, guards on every web contents ever created, app:// privileged.
  app.enableSandbox();
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, origin));
  protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);

  if (app.requestSingleInstanceLock()) {
    app.on('window-all-closed', () => app.quit());
    app
      .whenReady()
      .then(startApp)
      .catch((error: unknown) => {
        logError('startup', error);
        app.quit();
      });
  } else {
    app.quit();
  }
}

const cliArgs = cliArguments({ argv: process.argv, defaultApp: process.defaultApp === true });
if (cliArgs) {
  runAdminCommands(cliArgs).catch((error: unknown) => {
    logError('cli', error);
    app.exit(1);
  });
} else {
  startWindowedApp();
}
