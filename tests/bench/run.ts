/**
 * `npm run bench`: measures the budgets named in the issues and prints them as JSON.
 * Numbers are printed, not asserted: timing belongs here, not in unit tests.
 */
import { benchCases } from './cases';
import { benchMapRender } from './map-render';
import { benchPassphrase } from './passphrase';
import { benchSearch } from './search';
import { benchVault } from './vault';
import { benchWorker } from './worker';

/** Budgets from the issues, in milliseconds. */
const BUDGETS: Record<string, number> = {
  'vault.unlockMedianMs': 1500,
  'vault.openWithDerivedKeyMedianMs': 50,
  'cases.caseList5000MedianMs': 200,
  'cases.caseGet200FactorsMedianMs': 20,
  'map.mapFirstRender200FactorsMedianMs': 100,
  'search.twoWordPrefixQueryP95Ms': 50,
  'search.filteredQueryP95Ms': 50,
  'search.appOverRawFts5QueryRatio': 3,
  'worker.mainLoopDelayP99DuringBackupAndEraseMs': 20,
  'worker.workerHopPerCallMedianMs': 0.3,
  'passphrase.strengthCheckWorst64CharsMs': 50,
  'passphrase.strengthCheckWorst256CharsMs': 50,
};

interface Measured {
  value: number;
  unit: 'ms' | 'ratio';
  budget?: number;
}

async function main(): Promise<void> {
  const started = Date.now();
  const groups: Array<[string, () => Promise<Record<string, number>>]> = [
    ['vault', benchVault],
    ['cases', benchCases],
    ['map', benchMapRender],
    ['search', benchSearch],
    ['worker', benchWorker],
    ['passphrase', benchPassphrase],
  ];
  const results: Record<string, Measured> = {};
  for (const [group, run] of groups) {
    for (const [name, value] of Object.entries(await run())) {
      const key = `${group}.${name}`;
      const budget = BUDGETS[key];
      results[key] = {
        value: Math.round(value * 100) / 100,
        unit: /Ratio|Ratio$|ratio/i.test(name) ? 'ratio' : 'ms',
        ...(budget !== undefined ? { budget } : {}),
      };
    }
  }
  const overBudget = Object.entries(results)
    .filter(([, r]) => r.budget !== undefined && r.value > r.budget)
    .map(([name]) => name);
  const report = {
    machine: { node: process.version, platform: process.platform, arch: process.arch },
    at: new Date().toISOString(),
    durationMs: Date.now() - started,
    results,
    overBudget,
  };
  console.log(JSON.stringify(report, null, 2));
}

void main();
