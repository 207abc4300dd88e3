/**
 * Worker benchmarks for `npm run bench`: how long the calling (window) thread's event loop is held
 * while the core, in its worker, backs up and erases a case (which VACUUMs) in a vault of 100,000
 * search items, against the same operations run in-process; and what the worker hop adds per call.
 */
import { promises as fs } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { createCore, type Core, type CoreOptions } from '../../electron/core';
import { startCoreWorker } from '../../electron/core/worker/client';
import { benchHost, call, chooseFolder } from './bench-core';
import { PASSPHRASE, SETUP_KDF, seedSearchVault } from './search';

const ROUND_TRIPS = 2_000;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** Median time of a `vault.status` call, after a warm-up. */
async function statusRoundTrip(core: Core): Promise<number> {
  for (let i = 0; i < 200; i += 1) await call(core, 'vault.status', {});
  const times: number[] = [];
  for (let i = 0; i < ROUND_TRIPS; i += 1) {
    const started = performance.now();
    await call(core, 'vault.status', {});
    times.push(performance.now() - started);
  }
  return median(times);
}

/** The calling thread's event-loop delay (p99 and max, ms) and the wall time while `work` runs. */
async function loopDelayDuring(work: () => Promise<unknown>): Promise<{ p99: number; max: number; ms: number }> {
  const histogram = monitorEventLoopDelay({ resolution: 1 });
  histogram.enable();
  const started = performance.now();
  try {
    await work();
  } finally {
    histogram.disable();
  }
  return { p99: histogram.percentile(99) / 1e6, max: histogram.max / 1e6, ms: performance.now() - started };
}

/** Back up the vault and erase one case (an erasure VACUUMs the vault). */
async function backupAndErase(core: Core, host: { answers: string[] }, backupFolder: string, doomed: { id: string; pseudonym: string }): Promise<void> {
  await call(core, 'vault.backup', { folder: await chooseFolder(core, host, 'backupTarget', backupFolder) });
  await call(core, 'cases.erase', { id: doomed.id, confirmPseudonym: doomed.pseudonym });
}

export async function benchWorker(): Promise<Record<string, number>> {
  const root = await fs.mkdtemp(join(tmpdir(), 'dyade-bench-worker-'));
  const host = benchHost();
  const options: Omit<CoreOptions, 'now'> = {
    app: { name: 'Dyade', version: 'bench', platform: process.platform, systemLocale: 'en' },
    settingsFile: join(root, 'settings.json'),
    host,
  };
  try {
    const worker = startCoreWorker(options, { kdf: SETUP_KDF });
    const { path, memberId } = await seedSearchVault(worker, host, root);
    await call(worker, 'vault.unlock', { path, memberId, passphrase: PASSPHRASE });
    const [first, second] = await call(worker, 'cases.list', {});
    if (!first || !second) throw new Error('no cases to erase');
    const inWorker = await loopDelayDuring(() => backupAndErase(worker, host, join(root, 'backup-worker'), first));
    const workerRoundTrip = await statusRoundTrip(worker);
    await worker.shutdown();

    const inProcess = createCore(options, { kdf: SETUP_KDF });
    await call(inProcess, 'vault.unlock', { path, memberId, passphrase: PASSPHRASE });
    const blocked = await loopDelayDuring(() => backupAndErase(inProcess, host, join(root, 'backup-in-process'), second));
    const inProcessRoundTrip = await statusRoundTrip(inProcess);
    await inProcess.shutdown();

    return {
      mainLoopDelayP99DuringBackupAndEraseMs: inWorker.p99,
      mainLoopDelayMaxDuringBackupAndEraseMs: inWorker.max,
      backupAndEraseInWorkerMs: inWorker.ms,
      inProcessLoopDelayP99DuringBackupAndEraseMs: blocked.p99,
      inProcessLoopBlockedMaxDuringBackupAndEraseMs: blocked.max,
      backupAndEraseInProcessMs: blocked.ms,
      statusRoundTripWorkerMedianMs: workerRoundTrip,
      statusRoundTripInProcessMedianMs: inProcessRoundTrip,
      workerHopPerCallMedianMs: workerRoundTrip - inProcessRoundTrip,
    };
  } finally {
    await fs.rm(root, { recursive: true, force: true });
  }
}

if (process.argv[1]?.endsWith('worker.ts')) {
  void benchWorker().then((numbers) => console.log(numbers));
}
