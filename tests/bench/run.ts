/**
 * `npm run bench`: measures the budgets named in the issues and prints them as JSON.
 * Numbers are printed, not asserted: timing belongs here, not in unit tests.
 */
import { benchVault } from './vault';

interface Budgeted {
  value: number;
  budget?: number;
  unit: string;
}

const BUDGETS: Record<string, { budget?: number; unit: string }> = {
  unlockMedianMs: { budget: 1500, unit: 'ms' },
  openWithDerivedKeyMedianMs: { budget: 50, unit: 'ms' },
};

async function main(): Promise<void> {
  const started = Date.now();
  const vault = await benchVault();
  const results: Record<string, Budgeted> = {};
  for (const [name, value] of Object.entries(vault)) {
    const known = BUDGETS[name];
    results[`vault.${name}`] = { value: Math.round(value * 100) / 100, unit: known?.unit ?? (name.endsWith('Ms') ? 'ms' : 'ratio'), ...(known?.budget !== undefined ? { budget: known.budget } : {}) };
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
