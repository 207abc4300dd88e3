/**
 * The real main-process entry with admin arguments (`Dyade --cli vault info <dir>`), against a
 * stand-in `electron` module: it runs the CLI's commands over the core worker, opens no window, takes
 * no single-instance lock and exits with the CLI's status.
 */
import { promises as fs } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

const fake = vi.hoisted(() => {
  const calls: string[] = [];
  let exited: (status: number) => void = () => undefined;
  const exit = new Promise<number>((resolve) => (exited = resolve));
  return { calls, exit, exited: (status: number) => exited(status) };
});

vi.mock('electron', () => {
  const record = (name: string) => () => void fake.calls.push(name);
  return {
    app: {
      isPackaged: false,
      getVersion: () => '9.8.7',
      getAppPath: () => process.cwd(),
      enableSandbox: record('app.enableSandbox'),
      requestSingleInstanceLock: () => (fake.calls.push('app.requestSingleInstanceLock'), true),
      whenReady: () => new Promise(() => undefined),
      on: record('app.on'),
      quit: record('app.quit'),
      exit: (status: number) => fake.exited(status),
      dock: { hide: record('app.dock.hide') },
    },
    BrowserWindow: class {
      constructor() {
        fake.calls.push('new BrowserWindow');
      }
    },
    Menu: {},
    clipboard: {},
    dialog: {},
    ipcMain: {},
    powerMonitor: {},
    protocol: { registerSchemesAsPrivileged: record('protocol.registerSchemesAsPrivileged') },
    screen: {},
    session: {},
  };
});

let dir: string;
const argv = process.argv;
const written: string[] = [];

beforeAll(async () => {
  dir = await fs.mkdtemp(join(tmpdir(), 'dyade-main-cli-'));
  // A folder that is no vault: `vault info` answers from the header alone, so the exit status comes from the core.
  process.argv = ['/opt/Dyade/dyade', '--no-sandbox', '--cli', 'vault', 'info', dir];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => (written.push(String(chunk)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => (written.push(String(chunk)), true));
});

afterAll(async () => {
  process.argv = argv;
  vi.restoreAllMocks();
  await fs.rm(dir, { recursive: true, force: true });
});

describe('main process with admin arguments', () => {
  it('runs the command through the core and exits without a window', { timeout: 60_000 }, async () => {
    await import('../../electron/main/index');
    const status = await fake.exit;
    expect(fake.calls).toEqual(['app.dock.hide']);
    // Not a vault: the CLI's own message and exit code 3 (damaged or not a vault), never a window.
    expect(status).toBe(3);
    expect(written.join('')).toContain(`dyade: No Dyade vault at ${dir}`);
  });
});
