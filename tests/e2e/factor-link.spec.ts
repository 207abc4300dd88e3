/**
 * A factor found in search or Ctrl+K opens that factor (selected on the map, its editor open); a factor
 * that cannot be saved yet says why beside the missing field and keeps what was typed.
 */
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { translations } from '../../shared/i18n';
import { axeViolations, closeBrowser, launchApp, type LaunchedApp } from './harness';

const t = translations.nl;
let app: LaunchedApp | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});
afterAll(closeBrowser);

async function dispatch(a: LaunchedApp, method: string, input: unknown) {
  const result = await a.core.dispatch(method, input);
  if (!result.ok) throw new Error(`${method}: ${result.error.code} ${result.error.message}`);
  return result.value as { id: string };
}

async function prepare(a: LaunchedApp): Promise<{ caseId: string; factorId: string }> {
  await dispatch(a, 'vault.create', {
    folder: await a.chooseFolder('newVault', a.vaultDir),
    label: 'Team Noord',
    memberName: 'Anna',
    passphrase: 'stille rivier draagt oude boten',
  });
  const created = await dispatch(a, 'cases.create', { pseudonym: 'Gezin Lindeboom', phase: '0-6m' });
  const base = { caseId: created.id, otherLabel: null, voice: 'parent', chainPartnerId: null, tags: [], status: 'current' } as const;
  await dispatch(a, 'factors.save', {
    ...base,
    sector: 'external',
    category: 'finances',
    text: 'Schulden sinds het verlies van werk',
    kind: 'observation',
    pressure: 'moderate',
    duration: 'prolonged',
    buffered: 'partly',
  });
  const factor = await dispatch(a, 'factors.save', {
    ...base,
    sector: 'parent',
    category: 'psychological-problems',
    text: 'Somber sinds de bevalling',
    kind: 'parent-words',
    pressure: 'moderate',
    duration: 'prolonged',
    buffered: 'partly',
  });
  await a.page.reload();
  return { caseId: created.id, factorId: factor.id };
}

async function expectFactorOpen(a: LaunchedApp, caseId: string, factorId: string) {
  const editor = a.page.getByTestId('factor-editor');
  await editor.waitFor();
  await expect.poll(() => a.page.locator('#factor-text').inputValue()).toBe('Somber sinds de bevalling');
  expect(await a.page.locator(`[data-factor="${factorId}"] [aria-pressed="true"]`).count()).toBe(1);
  // The address is back on the map, so the same result opens the factor again.
  await expect.poll(() => a.page.evaluate(() => window.location.hash)).toBe(`#/cases/${caseId}/map`);
}

describe('a factor from search and from Ctrl+K', () => {
  it('opens that factor on the case map, selected and in its editor', { timeout: 180_000 }, async () => {
    app = await launchApp({ viewport: { width: 1280, height: 720 } });
    const { page } = app;
    const { caseId, factorId } = await prepare(app);

    // The search page.
    await page.getByRole('link', { name: t.nav.search, exact: true }).click();
    await page.locator('#search-input').fill('somber');
    await page.locator('.search-result', { hasText: 'Somber sinds de bevalling' }).first().click();
    await expectFactorOpen(app, caseId, factorId);
    await app.screenshot('factor-from-search-1280');
    expect(await axeViolations(page)).toEqual([]);

    // Ctrl+K, from another page.
    await page.getByRole('link', { name: t.nav.journal, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: t.journal.title }).waitFor();
    await page.keyboard.press('Control+k');
    await page.getByRole('combobox', { name: t.palette.label }).fill('somber');
    await page.getByRole('option', { name: /Somber sinds de bevalling/ }).waitFor();
    await page.keyboard.press('Enter');
    await expectFactorOpen(app, caseId, factorId);
  });

  it('keeps a factor "Anders" without its own description, says why beside the field, and "Klaar" does not drop it', { timeout: 180_000 }, async () => {
    app = await launchApp({ viewport: { width: 1024, height: 768 } });
    const { page } = app;
    const { caseId } = await prepare(app);
    await page.evaluate((id) => (window.location.hash = `#/cases/${id}/map`), caseId);
    await page.getByRole('button', { name: t.map.addTo.replace('{{sector}}', t.map.sectors.external) }).click();
    const editor = page.getByTestId('factor-editor');
    await editor.getByLabel(t.map.factor.category, { exact: true }).selectOption({ label: t.map.categories.other });
    await editor.getByLabel(t.map.factor.text, { exact: true }).fill('Zorgt ook voor haar zieke moeder');
    // Beside the missing field, at once: the own description is needed; the form does not claim it is saved.
    await editor.getByText(t.map.factor.otherLabelNeeded).waitFor();
    expect(await editor.getByText(t.map.factor.draftHint).count()).toBe(0);
    await editor.getByText(t.map.factor.notSavedYet).waitFor();

    // "Klaar" keeps the editor and the text, and puts the cursor in the missing field.
    await editor.getByRole('button', { name: t.map.factor.done }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('factor-other');
    expect(await editor.getByLabel(t.map.factor.text, { exact: true }).inputValue()).toBe('Zorgt ook voor haar zieke moeder');
    await app.screenshot('factor-other-missing-1024');
    expect(await axeViolations(page)).toEqual([]);

    // Choosing another factor on the map does not drop it either.
    await page.locator('[data-factor] [role="button"]').first().click();
    expect(await editor.getByLabel(t.map.factor.text, { exact: true }).inputValue()).toBe('Zorgt ook voor haar zieke moeder');

    // With the description it is saved, and "Klaar" closes.
    await editor.getByLabel(t.map.factor.otherLabel, { exact: true }).fill('Mantelzorg');
    await editor.getByText(t.cases.saved).waitFor();
    await editor.getByRole('button', { name: t.map.factor.done }).click();
    await editor.waitFor({ state: 'detached' });
    const saved = (await app.core.dispatch('cases.get', { id: caseId })) as {
      ok: true;
      value: { factors: Array<{ otherLabel: string | null; text: string }> };
    };
    expect(saved.value.factors.find((f) => f.otherLabel === 'Mantelzorg')?.text).toBe('Zorgt ook voor haar zieke moeder');

    // An explicit "Niet bewaren en sluiten" is the only way to let a half-made factor go.
    await page.getByRole('button', { name: t.map.addTo.replace('{{sector}}', t.map.sectors.external) }).click();
    await editor.getByLabel(t.map.factor.category, { exact: true }).selectOption({ label: t.map.categories.other });
    await editor.getByLabel(t.map.factor.text, { exact: true }).fill('Nog niet af');
    await editor.getByRole('button', { name: t.map.factor.done }).click();
    await editor.getByRole('button', { name: t.map.factor.discard }).click();
    await editor.waitFor({ state: 'detached' });

    // A click on the relationship at the map's centre, with a factor's editor open, goes to "how it is now".
    await page.locator('[data-factor] [role="button"]').first().click();
    await editor.waitFor();
    const map = page.getByTestId('relational-map');
    const box = await map.boundingBox();
    await map.click({ position: { x: box!.width / 2, y: box!.height / 2 } });
    await editor.waitFor({ state: 'detached' });
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('relationship-now');
  });

  it('asks for a blame check with a rewording on factor words that judge the parent, not on words that name her', { timeout: 180_000 }, async () => {
    app = await launchApp({ viewport: { width: 1280, height: 720 } });
    const { page } = app;
    const { caseId } = await prepare(app);
    await page.evaluate((id) => (window.location.hash = `#/cases/${id}/map`), caseId);
    await page.getByRole('button', { name: t.map.addTo.replace('{{sector}}', t.map.sectors.external) }).click();
    const editor = page.getByTestId('factor-editor');
    await editor.getByRole('radio', { name: t.map.kinds.interpretation, exact: true }).check();
    await editor.getByLabel(t.map.factor.text, { exact: true }).fill('Moeder doet geen moeite voor de baby');
    await editor.getByTestId('factor-blame-check').waitFor();
    // The finding names the words as typed and offers a neutral rewording.
    await expect
      .poll(() => editor.getByTestId('factor-blame-check').innerText())
      .toContain(t.common.blameSuggestion.replace('{{phrase}}', 'doet geen moeite').replace('{{suggestion}}', 'het lukt (nog) niet om …'));
    expect(await axeViolations(page)).toEqual([]);
    await app.screenshot('factor-blame-check-1280');
    // An observation judges too when its words do: the check is on every kind of factor.
    await editor.getByRole('radio', { name: t.map.kinds.observation, exact: true }).check();
    await editor.getByTestId('factor-blame-check').waitFor();
    await editor.getByLabel(t.map.factor.text, { exact: true }).fill('Moeder is uitgeput na een zware bevalling');
    await editor.getByTestId('factor-blame-check').waitFor({ state: 'detached' });
  });
});
