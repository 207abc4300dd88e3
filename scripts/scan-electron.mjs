#!/usr/bin/env node
/**
 * `npm run scan`: electronegativity over the main process, the preload and the renderer's page
 * (electron/ and renderer/index.html, copied together so its global checks, such as the CSP one,
 * see the page). Fails on any HIGH or MEDIUM finding. A false positive gets the scanner's own
 * inline annotation (`// eng-disable CHECK_ID`) with the reason beside it, never a blanket exclude.
 *
 * It runs offline (scan-offline.mjs). The scanner comes from devDependencies; ELECTRONEGATIVITY_BIN may point at another install.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const ELECTRON_VERSION = '42.0.0';
const FAILING = new Set(['HIGH', 'MEDIUM']);

function scannerBin() {
  if (process.env.ELECTRONEGATIVITY_BIN) return process.env.ELECTRONEGATIVITY_BIN;
  const require = createRequire(join(root, 'package.json'));
  const manifestPath = require.resolve('@doyensec/electronegativity/package.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const bin = typeof manifest.bin === 'string' ? manifest.bin : Object.values(manifest.bin)[0];
  return join(dirname(manifestPath), bin);
}

const work = mkdtempSync(join(tmpdir(), 'dyade-scan-'));
try {
  const input = join(work, 'app');
  cpSync(join(root, 'electron'), join(input, 'electron'), { recursive: true });
  mkdirSync(join(input, 'renderer'), { recursive: true });
  cpSync(join(root, 'renderer', 'index.html'), join(input, 'renderer', 'index.html'));
  const report = join(work, 'report.csv');
  // -e: the Electron in devDependencies, so the scanner judges today's defaults, not v0.1.
  // --import scan-offline.mjs: the scanner's own fetches (translations, Electron's release list) are
  // refused at once, so the scan is the same with or without a network and never hangs on one.
  const offline = join(root, 'scripts', 'scan-offline.mjs');
  const run = spawnSync(
    process.execPath,
    ['--import', pathToFileURL(offline).href, scannerBin(), '-i', input, '-e', ELECTRON_VERSION, '-r', '-v', 'false', '-o', report],
    {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  if (run.status !== 0) {
    process.stderr.write(run.stdout + run.stderr);
    throw new Error(`electronegativity exited with ${run.status}`);
  }
  const rows = readFileSync(report, 'utf8')
    .split(/\r?\n/)
    .map((line) => /^([A-Z0-9_]+),"([A-Z]+)","([A-Z]+)","([^"]*)","([^"]*)"/.exec(line))
    .filter((match) => match !== null)
    .map(([, check, severity, confidence, file, location]) => ({ check, severity, confidence, file, location }));
  const failing = rows.filter((row) => FAILING.has(row.severity));
  for (const row of rows) console.log(`${row.severity.padEnd(13)} ${row.check} ${row.file}:${row.location} (${row.confidence})`);
  console.log(`electronegativity: ${rows.length} finding(s), ${failing.length} HIGH or MEDIUM.`);
  if (failing.length > 0) process.exitCode = 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}
