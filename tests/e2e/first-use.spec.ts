/**
 * What a first-time user trips over, found by walking a Dutch case through the UI at laptop sizes:
 * the empty case list's words, the factor table's width, the undo button that moved the page, the
 * parent's own words and their voice.
 */
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { translations } from '../../shared/i18n';
import { axeViolations, closeBrowser, launchApp, type LaunchedApp } from './harness';

const PASSPHRASE = 'stille rivier draagt oude boten';

let app: LaunchedApp | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});
afterAll(closeBrowser);

async function call(a: LaunchedApp, method: string, input: unknown) {
  const result = await a.core.dispatch(method, input);
  if (!result.ok) throw new Error(`${method}: ${result.error.code} ${result.error.message}`);
  return result.value as { id: string };
}

const FACTORS = [
  ['external', 'finances', 'Schulden sinds het verlies van werk.'],
  ['child', 'temperament', 'Huilt veel in de avond, moeilijk te troosten.'],
  ['parent', 'psychological-problems', 'Moeder slaapt slecht en piekert over de bevalling.'],
  ['professional', 'trust', 'Vader zegt: "Jullie komen alleen om te controleren."'],
  ['buffer', 'family', 'Oma komt twee keer per week helpen.'],
] as const;

describe.each(['nl', 'en'] as const)('first use (%s)', (locale) => {
  const t = translations[locale];

  it('says how to start in a new vault, keeps the factor table on the page, and the undo button in its place', { timeout: 180_000 }, async () => {
    app = await launchApp({ locale, viewport: { width: 1280, height: 720 } });
    const { page } = app;
    await call(app, 'vault.create', {
      folder: await app.chooseFolder('newVault', app.vaultDir),
      label: 'Team Noord',
      memberName: 'Anna',
      passphrase: PASSPHRASE,
    });
    await page.reload();

    // A new vault: the list says how to start, not that the (default) filter matches nothing.
    await page.getByRole('link', { name: t.nav.cases, exact: true }).click();
    await page.getByText(t.cases.empty).waitFor();
    expect(await page.getByText(t.cases.noMatch).count()).toBe(0);
    // With a closed case only, the open-cases filter does match nothing: then it says so.
    const closed = await call(app, 'cases.create', { pseudonym: 'Gezin Berk', phase: '0-6m' });
    await call(app, 'cases.setStatus', { id: closed.id, status: 'closed' });
    await page.reload();
    await page.getByText(t.cases.noMatch).waitFor();

    const created = await call(app, 'cases.create', { pseudonym: 'Gezin Wilg', phase: 'pregnancy', pregnancyWeek: 30 });
    for (const [sector, category, text] of FACTORS)
      await call(app, 'factors.save', {
        caseId: created.id,
        sector,
        category,
        otherLabel: null,
        text,
        kind: 'observation',
        voice: 'professional',
        chainPartnerId: null,
        pressure: sector === 'buffer' ? null : 'moderate',
        duration: sector === 'buffer' ? null : 'prolonged',
        buffered: sector === 'buffer' ? null : 'partly',
        tags: [],
        status: 'current',
      });
    await page.goto(`${app.baseUrl}#/cases/${created.id}/map`);
    await page.getByRole('heading', { level: 1, name: 'Gezin Wilg' }).waitFor();

    // Undo is there before the first change, greyed out, so a change does not move the page.
    const undo = page.getByRole('button', { name: new RegExp(t.cases.undo) });
    expect(await undo.getAttribute('aria-disabled')).toBe('true');
    const mapTop = async () => (await page.locator('.map-workspace').boundingBox())?.y ?? Number.NaN;
    const before = await mapTop();
    await page.getByRole('button', { name: t.map.addTo.replace('{{sector}}', t.map.sectors.external) }).click();
    const editor = page.getByTestId('factor-editor');
    await editor.getByLabel(t.map.factor.category).selectOption({ label: t.map.categories.housing });
    await editor.getByLabel(t.map.factor.text).fill('Kleine flat, vocht in de slaapkamer.');
    // The parent's own words are the parent's voice (the default, the professional, follows the kind).
    await editor.getByRole('radio', { name: t.map.kinds['parent-words'], exact: true }).check();
    expect(await editor.getByLabel(t.map.factor.voice, { exact: true }).inputValue()).toBe('parent');
    await editor.getByRole('radio', { name: t.map.kinds.observation, exact: true }).check();
    expect(await editor.getByLabel(t.map.factor.voice, { exact: true }).inputValue()).toBe('parent');
    await editor.getByLabel(t.map.factor.voice, { exact: true }).selectOption('child');
    await editor.getByRole('radio', { name: t.map.kinds['parent-words'], exact: true }).check();
    expect(await editor.getByLabel(t.map.factor.voice, { exact: true }).inputValue()).toBe('child');
    await editor.getByRole('button', { name: t.map.factor.done }).click();
    await expect.poll(() => undo.getAttribute('aria-disabled')).toBe('false');
    expect(await mapTop()).toBe(before);
    // A text's own full stop is not doubled where the glyph's description joins its parts.
    const glyph = page.locator('[data-factor] [role="button"]').first();
    expect(await glyph.getAttribute('aria-label')).not.toContain('..');

    // The table: the page's whole width below the map and its panels, never sideways out of the window.
    await page.getByRole('button', { name: t.map.showTable }).click();
    const region = page.getByRole('region', { name: t.map.tableCaption });
    await region.getByRole('table').waitFor();
    for (const [width, height] of [
      [1024, 768],
      [1280, 720],
      [1366, 768],
      [1920, 1080],
    ] as const) {
      await page.setViewportSize({ width, height });
      const box = await region.boundingBox();
      const workspace = await page.locator('.map-workspace').boundingBox();
      const side = await page.locator('.side-column').boundingBox();
      if (!box || !workspace || !side) throw new Error('not laid out');
      expect(Math.abs(box.width - workspace.width)).toBeLessThan(2);
      expect(box.y).toBeGreaterThanOrEqual(side.y + side.height - 1);
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
      await region.scrollIntoViewIfNeeded();
      await page.screenshot({ path: `test-results/screenshots/factor-table-${width}x${height}-${locale}.png` });
    }
    expect(await axeViolations(page)).toEqual([]);
  });
});
