import { execFile } from 'node:child_process';
import { constants as fsConstants, promises as fs } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The `dyade` users run: built by `npm run build:cli` into out/cli as plain JavaScript with its own
 * core worker, and reached by `npx dyade` through the launcher npm links as node_modules/.bin/dyade
 * (scripts/dyade-cli). (cli.test.ts covers the commands themselves, from source.)
 */

const run = promisify(execFile);
const ROOT = resolve(__dirname, '../..');
const PASSPHRASE = 'kwartel fiets ochtend zeventig';

let manifest: { version: string; bin?: unknown };
const bin = join(ROOT, 'out/cli/dyade.js');
let dir: string;

beforeAll(async () => {
  manifest = JSON.parse(await fs.readFile(join(ROOT, 'package.json'), 'utf8')) as typeof manifest;
  await run(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '-c', 'vite.cli.config.ts', '--logLevel', 'error'], { cwd: ROOT });
  dir = await fs.mkdtemp(join(tmpdir(), 'dyade-cli-built-'));
}, 120_000);

afterAll(async () => {
  if (dir) await fs.rm(dir, { recursive: true, force: true });
});

function dyade(args: string[], input = ''): Promise<{ status: number; stdout: string; stderr: string }> {
  return new Promise((resolveRun) => {
    const child = execFile(
      process.execPath,
      [bin, ...args],
      { cwd: dir, env: { PATH: process.env.PATH ?? '', HOME: dir, TMPDIR: dir } },
      (error, stdout, stderr) => resolveRun({ status: error ? Number(error.code) : 0, stdout, stderr }),
    );
    child.stdin?.end(input);
  });
}

describe('the built dyade command', () => {
  it('is out/cli/dyade.js, plain JavaScript that needs no TypeScript loader', async () => {
    const source = await fs.readFile(bin, 'utf8');
    expect(source.startsWith('#!/usr/bin/env node\n')).toBe(true);
    expect(source).not.toMatch(/tsx|\.ts['"]/);
  });

  it('prints the version from package.json, injected at build time', { timeout: 30_000 }, async () => {
    const result = await dyade(['--version']);
    expect(result).toEqual({ status: 0, stdout: `dyade ${manifest.version}\n`, stderr: '' });
  });

  it('is what `npx dyade` runs in the repository, through the linked launcher', { timeout: 60_000 }, async () => {
    // No "bin" in the root package.json: npm 11's npx would install the project into its cache first.
    expect(manifest.bin).toBeUndefined();
    const windows = process.platform === 'win32';
    if (windows) {
      // npm writes command shims there (dyade.cmd names the launcher), not a link.
      expect(await fs.readFile(join(ROOT, 'node_modules/.bin/dyade.cmd'), 'utf8')).toContain('dyade.js');
    } else {
      const linked = join(ROOT, 'node_modules/.bin/dyade');
      expect(await fs.realpath(linked)).toBe(join(ROOT, 'scripts/dyade-cli/dyade.js'));
      await fs.access(linked, fsConstants.X_OK);
    }
    // On Windows npx is npx.cmd, which Node runs only through the shell; npm there needs the whole environment.
    const { stdout, stderr } = await run(windows ? 'npx.cmd' : 'npx', ['--offline', 'dyade', '--version'], {
      cwd: ROOT,
      shell: windows,
      env: windows
        ? { ...process.env, npm_config_update_notifier: 'false' }
        : { PATH: process.env.PATH ?? '', HOME: dir, TMPDIR: dir, npm_config_update_notifier: 'false' },
    });
    expect({ stdout, stderr }).toEqual({ stdout: `dyade ${manifest.version}\n`, stderr: '' });
  });

  it('runs a command through its own core worker', { timeout: 120_000 }, async () => {
    const created = await dyade(['vault', 'create', 'team', '--label', 'Team', '--member', 'Anna', '--passphrase-stdin'], `${PASSPHRASE}\n`);
    expect(created.stderr).toBe('');
    expect(created.status).toBe(0);
    const info = await dyade(['vault', 'info', 'team']);
    expect(info.status).toBe(0);
    expect(info.stdout).toMatch(/^Members: +Anna$/m);
  });
});
