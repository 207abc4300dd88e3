/**
 * `npx dyade --version` in the repository, as an administrator types it: npm's own start-up, the
 * launcher npm links as node_modules/.bin/dyade (scripts/dyade-cli), the built command in out/cli.
 * Wall time of the whole process, median of 7 after one warm-up. Budget in run.ts.
 */
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '../..');

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

export async function benchCli(runs = 7): Promise<Record<string, number>> {
  const once = async (): Promise<number> => {
    const started = performance.now();
    // On Windows npx is npx.cmd, which Node runs only through the shell.
    const windows = process.platform === 'win32';
    const { stdout } = await run(windows ? 'npx.cmd' : 'npx', ['--offline', 'dyade', '--version'], {
      cwd: ROOT,
      shell: windows,
      env: { ...process.env, npm_config_update_notifier: 'false' },
    });
    const ms = performance.now() - started;
    if (!stdout.startsWith('dyade ')) throw new Error(`npx dyade --version printed ${JSON.stringify(stdout)}`);
    return ms;
  };
  await once();
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) times.push(await once());
  return { npxVersionMedianMs: median(times), npxVersionMaxMs: Math.max(...times) };
}
