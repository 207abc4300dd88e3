/**
 * The browser test harness: the built renderer served on loopback, Debian's Chromium driven by
 * playwright-core, and `window.dyade` installed in the page through `page.exposeFunction`, routed to
 * the same core dispatch the Electron ipc host uses (the core in its worker thread, as in the app), over
 * real vault files in a temp folder.
 * It builds nothing: run `npm run build` (or `npm run test:e2e`, which does) first.
 */
import { existsSync, mkdirSync, promises as fs } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, extname, join, normalize, resolve, sep } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import type { EventName, EventPayload, Locale, MethodInput, Result } from '../../shared/contract';
import type { SavePurpose } from '../../shared/domain/exchange';
import type { Core } from '../../electron/core/index';
import { startCoreWorker } from '../../electron/core/worker/client';
import { contentSecurityPolicy } from '../../electron/main/csp';

export const RENDERER_DIR = resolve('out/renderer');
export const SCREENSHOT_DIR = resolve('test-results/screenshots');

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
};

type FolderPurpose = MethodInput<'dialog.pickFolder'>['purpose'];

export interface LaunchOptions {
  /** Interface language stored in the app settings before the page loads. */
  locale?: Locale;
  /** Reuse a temp root (settings file and vaults) from an earlier launch, as after a restart. */
  root?: string;
  viewport?: { width: number; height: number };
  /** The operating system's language, as main reads it and as the window's navigator.language gives it (default nl-NL). */
  systemLocale?: string;
}

export interface LaunchedApp {
  page: Page;
  /** An empty folder where the test's vaults live; the default answer to "choose a folder" for a new vault. */
  vaultDir: string;
  /** The temp root holding vaultDir and the app-settings file. */
  root: string;
  baseUrl: string;
  core: Core;
  /** Every URL the page requested, in order. */
  requests: string[];
  /** Answers for the next "choose a folder" dialogs, consumed in order (null = cancelled). */
  folderAnswers: Array<string | null>;
  /** Answers for the next "save as" and "open file" dialogs, consumed in order (null = cancelled). */
  fileAnswers: Array<string | null>;
  /** Answer the next folder dialog with `path` (as the user would) and return the core's token for it: for calls a test makes itself. */
  chooseFolder(purpose: FolderPurpose, path: string): Promise<string>;
  /** Answer the next "save as" dialog with `path`: the token for saving there. */
  chooseSaveFile(purpose: SavePurpose, path: string): Promise<string>;
  /** What the app put on the (stand-in) clipboard, with when main would clear it again. */
  copied: Array<{ text: string; clearAfterMs: number }>;
  /**
   * The beamer's presentation pages, by session id: what main's second window shows, opened as a second
   * page on the same core and vault when the app asks for `app.openPresenter`.
   */
  presenters: Map<string, Page>;
  /** Push an event to the renderer as the main process would. */
  emit<E extends EventName>(event: E, payload: EventPayload<E>): Promise<void>;
  /** Write a PNG under test-results/screenshots and return its path. */
  screenshot(name: string): Promise<string>;
  close(): Promise<void>;
}

let browserPromise: Promise<Browser> | null = null;

function browser(): Promise<Browser> {
  browserPromise ??= chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  return browserPromise;
}

/** Close the shared browser; call from a spec's afterAll. */
export async function closeBrowser(): Promise<void> {
  if (!browserPromise) return;
  const b = await browserPromise;
  browserPromise = null;
  await b.close();
}

function serveRenderer(): Promise<Server> {
  const csp = contentSecurityPolicy();
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const relative = decodeURIComponent(url.pathname) === '/' ? 'index.html' : decodeURIComponent(url.pathname).slice(1);
    const file = normalize(join(RENDERER_DIR, relative));
    if (!file.startsWith(RENDERER_DIR + sep)) {
      response.writeHead(403).end();
      return;
    }
    fs.readFile(file).then(
      (body) => {
        response.writeHead(200, {
          'Content-Type': MIME[extname(file)] ?? 'application/octet-stream',
          'Content-Security-Policy': csp,
          'X-Content-Type-Options': 'nosniff',
        });
        response.end(body);
      },
      () => response.writeHead(404).end(),
    );
  });
  return new Promise((resolveServer) => server.listen(0, '127.0.0.1', () => resolveServer(server)));
}

export async function launchApp(options: LaunchOptions = {}): Promise<LaunchedApp> {
  if (!existsSync(join(RENDERER_DIR, 'index.html'))) {
    throw new Error('out/renderer is missing: run `npm run build` first');
  }
  const root = options.root ?? (await fs.mkdtemp(join(tmpdir(), 'dyade-e2e-')));
  const vaultDir = join(root, 'vaults');
  mkdirSync(vaultDir, { recursive: true });
  const settingsFile = join(root, 'settings.json');
  if (options.locale) {
    const existing = existsSync(settingsFile) ? JSON.parse(await fs.readFile(settingsFile, 'utf8')) : { version: 1, vaults: [] };
    await fs.writeFile(settingsFile, JSON.stringify({ ...existing, locale: options.locale }));
  }

  const folderAnswers: Array<string | null> = [];
  const fileAnswers: Array<string | null> = [];
  const copied: LaunchedApp['copied'] = [];
  let page: Page | null = null;
  let context: BrowserContext | null = null;
  const presenters = new Map<string, Page>();
  const pending: Promise<unknown>[] = [];
  // As main does: every event reaches the app page and the presentations, menu commands only the app page.
  const pagesFor = (event: string): Page[] => [...(page ? [page] : []), ...(event === 'menu.command' ? [] : presenters.values())];
  const send = (event: string, payload: unknown) => {
    for (const target of pagesFor(event))
      pending.push(target.evaluate(([e, p]) => window.__dyadeEmit?.(e, p), [event, payload] as const).catch(() => undefined));
  };
  const core = startCoreWorker({
    app: { name: 'Dyade', version: await appVersion(), platform: process.platform, systemLocale: options.systemLocale ?? 'nl-NL' },
    settingsFile,
    host: {
      pickFolder: async (purpose: FolderPurpose) => (folderAnswers.length > 0 ? (folderAnswers.shift() ?? null) : purpose === 'newVault' ? vaultDir : null),
      pickSaveFile: async () => fileAnswers.shift() ?? null,
      pickOpenFile: async () => fileAnswers.shift() ?? null,
      copyText: async (text: string, clearAfterMs: number) => void copied.push({ text, clearAfterMs }),
      emit: (event, payload) => {
        send(event, payload);
        // As main: no presentation stays on the shared screen once the vault is locked.
        if (event === 'vault.locked') for (const presenter of presenters.values()) pending.push(presenter.close().catch(() => undefined));
      },
      openPresenter: async (sessionId: string) => {
        const open = presenters.get(sessionId);
        if (open && !open.isClosed()) {
          await open.bringToFront();
          return;
        }
        if (!context) throw new Error('no browser context yet');
        const presenter = await context.newPage();
        presenters.set(sessionId, presenter);
        presenter.on('close', () => {
          if (presenters.get(sessionId) === presenter) presenters.delete(sessionId);
          send('presenter.changed', { sessionId, open: false });
        });
        await installBridge(presenter);
        send('presenter.changed', { sessionId, open: true });
        // The core asked outside its queue, so the page's own calls while it loads are answered meanwhile.
        await presenter.goto(`${baseUrl}#/sessions/${sessionId}/present`);
      },
      closePresenter: async (sessionId: string) => {
        const open = presenters.get(sessionId);
        if (!open || open.isClosed()) return false;
        await open.close();
        return true;
      },
    },
    logError: (context, error) => console.error(`[core] ${context}`, error),
  });

  const server = await serveRenderer();
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  context = await (
    await browser()
  ).newContext({
    viewport: options.viewport ?? { width: 1280, height: 820 },
    deviceScaleFactor: 1,
    locale: options.systemLocale ?? 'nl-NL',
  });
  /** `window.dyade` in a page, routed to the core: what the preload gives every window of the app. */
  const installBridge = async (target: Page) => {
    await target.exposeFunction('__dyadeInvoke', (method: unknown, input: unknown) => core.dispatch(method, input));
    // A string, not a function: transpilers (tsx, esbuild) may add helpers to a function's source that the page lacks.
    await target.addInitScript(`(() => {
    const listeners = new Map();
    const invoke = window.__dyadeInvoke;
    Object.defineProperty(window, 'dyade', {
      value: Object.freeze({
        invoke: (method, input) => invoke(method, input),
        on: (event, listener) => {
          const set = listeners.get(event) ?? new Set();
          set.add(listener);
          listeners.set(event, set);
          return () => set.delete(listener);
        },
      }),
    });
    window.__dyadeEmit = (event, payload) => listeners.get(event)?.forEach((listener) => listener(payload));
  })();`);
  };
  page = await context.newPage();
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await installBridge(page);
  await page.goto(baseUrl);

  const launched: LaunchedApp = {
    page,
    vaultDir,
    root,
    baseUrl,
    core,
    requests,
    folderAnswers,
    fileAnswers,
    copied,
    presenters,
    chooseFolder: async (purpose, path) => {
      folderAnswers.unshift(path);
      return tokenOf(await core.dispatch('dialog.pickFolder', { purpose }));
    },
    chooseSaveFile: async (purpose, path) => {
      fileAnswers.unshift(path);
      return tokenOf(await core.dispatch('dialog.pickSaveFile', { purpose, suggestedName: basename(path) || 'file' }));
    },
    emit: async (event, payload) => {
      await page?.evaluate(([e, p]) => window.__dyadeEmit?.(e, p), [event, payload] as const);
    },
    screenshot: async (name) => {
      await fs.mkdir(SCREENSHOT_DIR, { recursive: true });
      const path = join(SCREENSHOT_DIR, `${name}.png`);
      await page?.screenshot({ path, fullPage: false });
      return path;
    },
    close: async () => {
      await Promise.allSettled(pending);
      await core.shutdown().catch(() => undefined);
      await context?.close();
      await new Promise((done) => server.close(done));
    },
  };
  return launched;
}

function tokenOf(result: Result<unknown>): string {
  const token = result.ok ? (result.value as { token: string | null }).token : null;
  if (!token) throw new Error(`the dialog gave no token: ${JSON.stringify(result)}`);
  return token;
}

async function appVersion(): Promise<string> {
  const pkg = JSON.parse(await fs.readFile(resolve('package.json'), 'utf8')) as { version: string };
  return pkg.version;
}

/** Run axe-core in the page (evaluated over the DevTools protocol, so the strict CSP stays on). */
export async function axeViolations(page: Page, impacts: string[] = ['serious', 'critical']) {
  const source = await fs.readFile(resolve('node_modules/axe-core/axe.min.js'), 'utf8');
  await page.evaluate(source);
  const result = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(
            context: Document,
            options: object,
          ): Promise<{ violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: unknown }> }> }>;
        };
      }
    ).axe;
    return axe.run(document, { resultTypes: ['violations'] });
  });
  return result.violations
    .filter((violation) => impacts.includes(violation.impact ?? ''))
    .map((violation) => ({ id: violation.id, impact: violation.impact, help: violation.help, targets: violation.nodes.map((n) => n.target) }));
}

/** URLs the page requested that are not on this machine's loopback address. */
export function outsideRequests(requests: string[]): string[] {
  return requests.filter((url) => {
    const parsed = new URL(url);
    if (parsed.protocol === 'data:' || parsed.protocol === 'blob:') return false;
    return parsed.hostname !== '127.0.0.1';
  });
}

declare global {
  interface Window {
    __dyadeEmit?: (event: string, payload: unknown) => void;
  }
}
