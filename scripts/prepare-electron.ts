/**
 * Runs before `electron-vite dev` (npm start) and before packaging (npm run dist):
 *
 * 1. Electron 42's npm package fetches its binary lazily, not at install time, and electron-vite reads
 *    node_modules/electron/path.txt. When that file is missing, Electron's own installer runs.
 * 2. The SQLite addon gets a copy for Electron in .native/electron-<platform>-<arch>/, made once and
 *    again only when Electron, the addon's version, the platform or the architecture change. A
 *    Node-API addon (better-sqlite3-multiple-ciphers 13 and later) loads in Node and Electron alike:
 *    its own binary for this platform (prebuilds/, else its build/Release) is copied. An addon built
 *    for one NODE_MODULE_VERSION (12.x) is built a second time against Electron's headers. The copy
 *    in node_modules is never touched.
 *
 * Where something can't be fetched (no network), it says so in one line. `npm start` stops when there
 * is no Electron at all; without the addon it starts, and opening a vault explains what to do.
 * `--for=dist` requires the addon (an installer must never ship without it).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ADDON_FILE, NATIVE_ROOT, electronAddonFolder } from '../electron/main/native-binding';

export const ADDON_PACKAGE = 'better-sqlite3-multiple-ciphers';
export const ELECTRON_HEADERS_URL = 'https://electronjs.org/headers';
/** What the addon package needs to build; its Node build (build/) stays where it is. */
export const ADDON_SOURCES = ['package.json', 'binding.gyp', 'src', 'deps'] as const;

export interface AddonStamp {
  electron: string;
  /** Electron's NODE_MODULE_VERSION (node_modules/electron/abi_version). */
  abi: number;
  addon: string;
  platform: string;
  arch: string;
}

/** True when the stamp beside an existing addon names exactly the build wanted now. */
export function isUpToDate(stampText: string | null, wanted: AddonStamp, addonExists: boolean): boolean {
  if (!addonExists || stampText === null) return false;
  try {
    const stamp = JSON.parse(stampText) as Partial<AddonStamp>;
    return (
      stamp.electron === wanted.electron &&
      stamp.abi === wanted.abi &&
      stamp.addon === wanted.addon &&
      stamp.platform === wanted.platform &&
      stamp.arch === wanted.arch
    );
  } catch {
    return false;
  }
}

/** node-gyp's arguments for a release build against Electron's headers (as @electron/rebuild passes them). */
export function nodeGypArgs(stamp: Pick<AddonStamp, 'electron' | 'arch'>, devdir: string): string[] {
  return [
    'rebuild',
    '--release',
    '--runtime=electron',
    `--target=${stamp.electron}`,
    `--arch=${stamp.arch}`,
    `--dist-url=${ELECTRON_HEADERS_URL}`,
    `--devdir=${devdir}`,
  ];
}

/**
 * The ABI a (non-N-API) addon was built for: Node and Electron name their module-register symbol
 * `node_register_module_v<NODE_MODULE_VERSION>`. Null when no such symbol is found.
 */
export function addonAbi(binary: Buffer): number | null {
  const match = /node_register_module_v(\d+)/.exec(binary.toString('latin1'));
  return match ? Number(match[1]) : null;
}

/** True for a Node-API addon: no NODE_MODULE_VERSION of its own, so one binary serves Node and Electron. */
export function isNodeApiAddon(binary: Buffer): boolean {
  return addonAbi(binary) === null && binary.includes('napi_register_module_v1');
}

/** Where an addon package keeps a binary of its own for this platform: its prebuilt one first, then its local build. */
export function ownBinaryCandidates(addonDir: string, platform: string, arch: string): string[] {
  return [join(addonDir, 'prebuilds', `${platform}-${arch}.node`), join(addonDir, 'build', 'Release', ADDON_FILE)];
}

/**
 * The environment for node-gyp: without npm's own build settings, which would otherwise win over the
 * command line (a `nodedir` in .npmrc points node-gyp at Node's headers, so it would quietly build
 * for Node again).
 */
export function buildEnvironment(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const ignored = /^npm_config_(nodedir|target|target_arch|arch|runtime|disturl|dist_url|devdir|build_from_source)$/i;
  return Object.fromEntries(Object.entries(env).filter(([key]) => !ignored.test(key)));
}

/** The gist of a failed tool's output in one line, without a stack: a network failure, else the first error line. */
export function oneLine(output: string): string {
  if (/network connectivity|ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|fetch failed/i.test(output)) {
    const url = /https?:\/\/[^\s'"]+/.exec(output)?.[0];
    return url ? `no network: could not download ${url}` : 'no network connection';
  }
  const lines = output
    .split(/\r?\n/)
    .map((line) => line.replace(/^gyp ERR! (stack )?/, '').trim())
    .filter((line) => line.length > 0 && !/^at /.test(line));
  const interesting = lines.find((line) => /error|failed|not found/i.test(line)) ?? lines[0] ?? 'no output';
  return interesting.slice(0, 200);
}

type Mode = 'start' | 'dist';

interface Context {
  root: string;
  mode: Mode;
  log: (line: string) => void;
}

function readText(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

function packageVersion(dir: string): string {
  return (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string }).version;
}

/** Step 1: Electron's binary. True when electron-vite will find it. */
function ensureElectron({ root, log }: Context, electronDir: string, version: string): boolean {
  if (process.env['ELECTRON_EXEC_PATH'] || existsSync(join(electronDir, 'path.txt'))) return true;
  log(`Dyade: fetching Electron ${version} (once)…`);
  const run = spawnSync(process.execPath, [join(electronDir, 'install.js')], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (run.status === 0 && existsSync(join(electronDir, 'path.txt'))) return true;
  log(`Dyade: Electron ${version} could not be fetched (${oneLine(`${run.stderr ?? ''}\n${run.stdout ?? ''}`)}); it needs a network connection once.`);
  return false;
}

/** node-gyp from the project's tree (electron-builder brings it), else the copy inside npm. */
function findNodeGyp(root: string): string | null {
  try {
    return createRequire(join(root, 'package.json')).resolve('node-gyp/bin/node-gyp.js');
  } catch {
    const npmCli = process.env['npm_execpath'];
    const bundled = npmCli ? resolve(dirname(npmCli), '..', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js') : null;
    return bundled && existsSync(bundled) ? bundled : null;
  }
}

/** Step 2: the Electron build of the SQLite addon in .native/. Null when it is in place and current, else why not. */
function ensureAddon({ root, log }: Context, electronVersion: string, abi: number): string | null {
  const addonDir = join(root, 'node_modules', ADDON_PACKAGE);
  const wanted: AddonStamp = { electron: electronVersion, abi, addon: packageVersion(addonDir), platform: process.platform, arch: process.arch };
  const target = join(root, NATIVE_ROOT, electronAddonFolder(wanted.platform, wanted.arch));
  const stampFile = join(target, 'stamp.json');
  if (isUpToDate(readText(stampFile), wanted, existsSync(join(target, ADDON_FILE)))) return null;
  const place = (binary: string) => {
    rmSync(target, { recursive: true, force: true });
    mkdirSync(target, { recursive: true });
    cpSync(binary, join(target, ADDON_FILE));
    writeFileSync(stampFile, `${JSON.stringify(wanted, null, 2)}\n`);
  };

  const own = ownBinaryCandidates(addonDir, wanted.platform, wanted.arch).find((file) => existsSync(file) && isNodeApiAddon(readFileSync(file)));
  if (own) {
    place(own);
    log(`Dyade: SQLite addon (Node-API, ${relative(root, own)}) ready for Electron ${electronVersion}.`);
    return null;
  }

  const nodeGyp = findNodeGyp(root);
  if (!nodeGyp) return 'node-gyp was not found';
  const work = join(root, NATIVE_ROOT, `build-${wanted.platform}-${wanted.arch}`);
  const logFile = join(root, NATIVE_ROOT, 'build.log');
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  for (const entry of ADDON_SOURCES) cpSync(join(addonDir, entry), join(work, entry), { recursive: true });
  log(`Dyade: building the SQLite addon for Electron ${electronVersion} into ${NATIVE_ROOT}/ (once; a few minutes)…`);
  const run = spawnSync(process.execPath, [nodeGyp, ...nodeGypArgs(wanted, join(homedir(), '.electron-gyp'))], {
    cwd: work,
    env: buildEnvironment(process.env),
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 256 * 1024 * 1024,
  });
  writeFileSync(logFile, `${run.stdout ?? ''}\n${run.stderr ?? ''}`);
  const built = join(work, 'build', 'Release', ADDON_FILE);
  if (run.status !== 0 || !existsSync(built)) {
    rmSync(work, { recursive: true, force: true });
    return `${oneLine(`${run.stderr ?? ''}\n${run.stdout ?? ''}`)}; see ${relative(root, logFile)}`;
  }
  const builtAbi = addonAbi(readFileSync(built));
  if (builtAbi !== abi) {
    rmSync(work, { recursive: true, force: true });
    return `node-gyp built it for ABI ${builtAbi ?? 'unknown'}, not Electron's ${abi}; see ${relative(root, logFile)}`;
  }
  place(built);
  rmSync(work, { recursive: true, force: true });
  log(`Dyade: SQLite addon for Electron ${electronVersion} ready.`);
  return null;
}

/** Both steps; the exit status for npm (0: go on, 1: stop). */
export function prepare(context: Context): number {
  const electronDir = join(context.root, 'node_modules', 'electron');
  const electronVersion = packageVersion(electronDir);
  if (context.mode === 'start' && !ensureElectron(context, electronDir, electronVersion)) return 1;
  const abi = Number(readFileSync(join(electronDir, 'abi_version'), 'utf8').trim());
  const problem = ensureAddon(context, electronVersion, abi);
  if (problem === null) return 0;
  const what = `the SQLite addon was not built for Electron ${electronVersion} (${problem})`;
  if (context.mode === 'dist') {
    context.log(`Dyade: ${what}; an installer needs it, so packaging stopped.`);
    return 1;
  }
  context.log(`Dyade: ${what}; starting anyway, and opening a vault will say so until npm start can build it.`);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const mode: Mode = process.argv.includes('--for=dist') ? 'dist' : 'start';
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  process.exitCode = prepare({ root, mode, log: (line) => console.log(line) });
}
