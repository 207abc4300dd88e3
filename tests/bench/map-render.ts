/**
 * Opening a case whose map holds 200 factors and 20 snapshots, in Chromium through the e2e harness:
 * time from the data's arrival in the renderer to the animation frame after the map's commit (the
 * `dyade:map-drawn` mark; that frame's own layout and paint come after it). Budget in run.ts.
 * The panels beside and below the map render just after it (DeferredRender): the time they are in the
 * page is printed too, so the whole page's cost stays in view.
 */
import { closeBrowser, launchApp } from '../e2e/harness';

const PASSPHRASE = 'stille rivier draagt oude boten';
const SECTORS = ['external', 'child', 'parent', 'professional', 'buffer'] as const;
const CATEGORY = { external: 'finances', child: 'temperament', parent: 'psychological-problems', professional: 'trust', buffer: 'family' } as const;
const KINDS = ['observation', 'parent-words', 'interpretation', 'hypothesis'] as const;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

export async function benchMapRender(runs = 9): Promise<Record<string, number>> {
  const app = await launchApp({ viewport: { width: 1440, height: 1000 } });
  try {
    const dispatch = async (method: string, input: unknown) => {
      const result = await app.core.dispatch(method, input);
      if (!result.ok) throw new Error(`${method}: ${result.error.code}`);
      return result.value as { id: string };
    };
    await dispatch('vault.create', { folder: await app.chooseFolder('newVault', app.vaultDir), label: 'Bench', memberName: 'Anna', passphrase: PASSPHRASE });
    const created = await dispatch('cases.create', { pseudonym: 'Gezin Bench', phase: '0-6m' });
    for (let i = 0; i < 200; i += 1) {
      const sector = SECTORS[i % SECTORS.length]!;
      await dispatch('factors.save', {
        caseId: created.id,
        sector,
        category: CATEGORY[sector],
        otherLabel: null,
        text: `Waarneming ${i}: moeder en kind tijdens het voeden, rustig contact met af en toe onrust.`,
        kind: KINDS[i % KINDS.length],
        voice: 'professional',
        chainPartnerId: null,
        pressure: sector === 'buffer' ? null : (['light', 'moderate', 'heavy'] as const)[i % 3],
        duration: sector === 'buffer' ? null : (['brief', 'temporary', 'prolonged'] as const)[i % 3],
        buffered: sector === 'buffer' ? null : (['yes', 'partly', 'no'] as const)[i % 3],
        tags: [],
        status: 'current',
      });
      if (i % 10 === 9) await dispatch('snapshots.take', { caseId: created.id, label: `Stand ${i + 1}` });
    }
    // When the side column first has content, as seen from the page (no budget; printed beside).
    await app.page.addInitScript(() => {
      const seen = new MutationObserver(() => {
        if (document.querySelector('.side-column')?.childElementCount) {
          performance.mark('bench:panels-in-page');
          seen.disconnect();
        }
      });
      seen.observe(document, { subtree: true, childList: true });
    });
    const times: number[] = [];
    const panels: number[] = [];
    for (let run = 0; run < runs; run += 1) {
      // A fresh document each run, as when the app opens the case for the first time.
      await app.page.goto(`${app.baseUrl}#/cases/${created.id}/map`);
      await app.page.reload();
      await app.page
        .waitForFunction(() => performance.getEntriesByName('dyade:map-drawn').length > 0, undefined, { timeout: 8000 })
        .catch(async (e) => {
          throw e;
        });
      const ms = await app.page.evaluate(() => {
        const data = performance.getEntriesByName('dyade:case-data').at(-1);
        const drawn = performance.getEntriesByName('dyade:map-drawn').at(-1);
        return data && drawn ? drawn.startTime - data.startTime : Number.NaN;
      });
      times.push(ms);
      await app.page.waitForFunction(() => performance.getEntriesByName('bench:panels-in-page').length > 0, undefined, { timeout: 8000 });
      panels.push(
        await app.page.evaluate(() => {
          const data = performance.getEntriesByName('dyade:case-data').at(-1);
          const inPage = performance.getEntriesByName('bench:panels-in-page').at(-1);
          return data && inPage ? inPage.startTime - data.startTime : Number.NaN;
        }),
      );
    }
    return {
      mapFirstRender200FactorsMedianMs: median(times),
      mapFirstRender200FactorsMaxMs: Math.max(...times),
      mapPanelsInPageMedianMs: median(panels),
    };
  } finally {
    await app.close();
    await closeBrowser();
  }
}
