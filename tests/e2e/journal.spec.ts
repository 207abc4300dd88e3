import type { Page } from 'playwright-core';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { MethodName, MethodOutput } from '../../shared/contract';
import { translations } from '../../shared/i18n';
import { axeViolations, closeBrowser, launchApp, outsideRequests, type LaunchedApp } from './harness';

const PASSPHRASE = 'stille rivier draagt oude boten';
type T = (typeof translations)['nl'];

let app: LaunchedApp | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});
afterAll(closeBrowser);

async function call<M extends MethodName>(a: LaunchedApp, method: M, input: unknown): Promise<MethodOutput<M>> {
  const result = await a.core.dispatch(method, input);
  if (!result.ok) throw new Error(`${method}: ${result.error.code} ${result.error.message}`);
  return result.value as MethodOutput<M>;
}

/** A vault with Anna, a pregnancy case with factors, a chain partner and a finished session with a judgment. */
async function seed(a: LaunchedApp) {
  const vault = await call(a, 'vault.create', {
    folder: await a.chooseFolder('newVault', a.vaultDir),
    label: 'Team Noord',
    memberName: 'Anna',
    passphrase: PASSPHRASE,
  });
  const zoe = await call(a, 'cases.create', {
    pseudonym: 'Familie Zoë',
    phase: 'pregnancy',
    pregnancyWeek: 24,
    contextNote: 'Eerste kind; moeder woont sinds kort in de stad.',
  });
  await call(a, 'cases.create', { pseudonym: 'Familie Noord', phase: '0-6m' });
  const base = { caseId: zoe.id, otherLabel: null, voice: 'professional', chainPartnerId: null, tags: [], status: 'current' };
  await call(a, 'factors.save', {
    ...base,
    sector: 'external',
    category: 'isolation',
    text: 'Weinig contact met familie, partner werkt in het buitenland',
    kind: 'parent-words',
    voice: 'parent',
    pressure: 'moderate',
    duration: 'prolonged',
    buffered: 'partly',
  });
  await call(a, 'factors.save', {
    ...base,
    sector: 'buffer',
    category: 'parent-strength',
    text: 'Zingt elke avond voor de baby',
    kind: 'observation',
    pressure: null,
    duration: null,
    buffered: null,
  });
  await call(a, 'chain.save', { caseId: zoe.id, type: 'midwife', label: 'Verloskundigenpraktijk', alreadyAsked: 'Vroeg naar steun in het netwerk.' });
  const methods = await call(a, 'methods.list', {});
  const method = methods.find((m) => m.id === 'what-and-why') ?? methods[0]!;
  const whyPhase = method.phases.find((p) => p.mode === 'why') ?? method.phases[0]!;
  const session = await call(a, 'sessions.create', {
    caseId: zoe.id,
    methodId: method.id,
    question: 'Hoe sluit ik aan bij een moeder die weinig steun ervaart?',
    participants: [{ memberId: vault.session.member.id }, { guestInitials: 'JB' }],
    roles: { caseHolder: 0, facilitator: 1 },
  });
  await call(a, 'sessions.control', { id: session.id, action: 'begin' });
  await call(a, 'contributions.save', {
    sessionId: session.id,
    phaseKey: whyPhase.key,
    kind: 'hypothesis',
    text: 'Misschien mist moeder een voorbeeld van haar eigen moeder.',
    perspective: 'parent',
  });
  await call(a, 'sessions.saveOutcome', {
    id: session.id,
    judgment: {
      intensity: 'ordinary',
      forWhom: 'Moeder en baby',
      context: 'Zwangerschap',
      reasons: 'Sterke band in wording; steun uit het netwerk versterken.',
    },
  });
  await call(a, 'actions.save', { caseId: zoe.id, sessionId: session.id, text: 'Kraamzorg vragen naar het netwerk', ownerName: 'Anna' });
  await call(a, 'sessions.control', { id: session.id, action: 'finish' });
  await a.page.reload();
  return { zoeId: zoe.id };
}

async function openPalette(page: Page, t: T) {
  await page.locator('body').press('Control+k');
  const input = page.getByRole('combobox', { name: t.palette.label });
  await input.waitFor();
  return input;
}

async function noSeriousViolations(page: Page) {
  expect(await axeViolations(page)).toEqual([]);
}

describe('journal, timeline, search and palette (nl, through the UI)', () => {
  it('writes an ALACT entry and answers a prenatal prompt on a pregnancy case, sees them on the timeline, finds them from the palette, and deletes one', async () => {
    app = await launchApp({ locale: 'nl', viewport: { width: 1440, height: 1000 } });
    const t = translations.nl;
    const { page } = app;
    const { zoeId } = await seed(app);

    // An entry with the ALACT template on the pregnancy case.
    await page.goto(`${app.baseUrl}#/journal`);
    await page.getByRole('heading', { name: t.journal.title, level: 1 }).waitFor();
    await page.getByRole('button', { name: t.journal.newEntry }).first().click();
    const dialog = page.getByRole('dialog', { name: t.journal.choose.title });
    await dialog.getByLabel(t.journal.choose.case).selectOption({ label: 'Familie Zoë' });
    await dialog.getByRole('radio', { name: t.journal.templates.alact.name }).check();
    await dialog.getByRole('button', { name: t.journal.choose.create }).click();
    await page
      .getByLabel(`1. ${t.journal.parts.action.label}`)
      .fill('Ik vroeg naar de slaap. Moeder vertelde dat ze zich geïsoleerd voelt sinds de verhuizing.');
    await page.getByLabel(`3. ${t.journal.parts.awareness.label}`).fill('**Kern**: ik wilde snel oplossen in plaats van te luisteren.');
    await page.getByLabel(t.journal.editor.title, { exact: true }).fill('Huisbezoek week 24');
    await page.getByText(t.journal.editor.saved).waitFor();
    await page.getByRole('button', { name: t.journal.editor.preview }).click();
    await page.locator('.journal-preview strong', { hasText: 'Kern' }).waitFor();
    const alactUrl = page.url();
    expect(alactUrl).toMatch(/#\/journal\/[0-9a-f-]{36}$/);

    // A prenatal attachment prompt, offered because the case is in pregnancy.
    await page.getByRole('button', { name: t.journal.newEntry }).first().click();
    await dialog.getByLabel(t.journal.choose.case).selectOption({ label: 'Familie Zoë' });
    await dialog.getByRole('radio', { name: t.journal.choose.prompt }).check();
    await dialog.getByLabel(t.journal.choose.promptPick, { exact: true }).selectOption({
      label: `${t.journal.prompts.groups.prenatal}: Wat weet ik van het beeld dat deze ouder heeft van de ouder die zij wil zijn, in haar eigen woorden?`,
    });
    await dialog.getByRole('button', { name: t.journal.choose.create }).click();
    await page
      .locator('.journal-prompt', { hasText: 'Wat weet ik van het beeld dat deze ouder heeft van de ouder die zij wil zijn, in haar eigen woorden?' })
      .waitFor();
    await page.getByRole('textbox', { name: t.journal.editor.body, exact: true }).fill('Ze wil een geduldige moeder zijn, *anders* dan ze het zelf meemaakte.');
    await page.getByRole('textbox', { name: t.journal.editor.tags, exact: true }).fill('prenataal, gehechtheid');
    await page.getByText(t.journal.editor.saved).waitFor();
    await page.getByRole('link', { name: /Huisbezoek week 24/ }).waitFor();
    await noSeriousViolations(page);
    await app.screenshot('journal-nl');

    // The prompt library, with the prenatal questions.
    await page.getByRole('link', { name: t.journal.promptLibrary }).click();
    await page.getByRole('heading', { name: t.journal.prompts.groups.prenatal }).waitFor();
    await noSeriousViolations(page);
    await app.screenshot('journal-prompts-nl');

    // Both entries on the case timeline, with the factors and the session and its judgment.
    await page.goto(`${app.baseUrl}#/cases/${zoeId}/timeline`);
    const timeline = page.getByTestId('case-timeline');
    await timeline.getByText('Huisbezoek week 24').waitFor();
    await timeline.getByText('“Wat weet ik van het beeld dat deze ouder heeft van de ouder die zij wil zijn, in haar eigen woorden?”').waitFor();
    expect(await timeline.getByText(t.timeline.events.factor.added).count()).toBe(2);
    await timeline.getByText(t.timeline.events.session.finished).waitFor();
    await timeline.getByText(`${t.timeline.intensities.ordinary}`, { exact: false }).first().waitFor();
    await timeline.getByText(t.timeline.events.contribution.added).waitFor();
    await timeline.getByText(t.timeline.events.action.added).waitFor();
    await noSeriousViolations(page);
    await app.screenshot('timeline-nl');
    await page.getByRole('button', { name: new RegExp(`^${t.timeline.kinds.journal}`) }).click();
    await expect.poll(() => timeline.locator('.timeline-item').count()).toBe(2);
    await page.getByRole('button', { name: new RegExp(`^${t.timeline.kinds.journal}`) }).click();

    // The palette finds the entry with an accented and with an unaccented query.
    let input = await openPalette(page, t);
    await input.fill('geïsol');
    const journalOption = page.getByRole('option', { name: /Huisbezoek week 24/ });
    await journalOption.waitFor();
    expect(await journalOption.locator('mark').first().textContent()).toBe('geïsoleerd');
    await noSeriousViolations(page);
    await app.screenshot('palette-nl');
    await input.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    input = await openPalette(page, t);
    await input.fill('geisol');
    await journalOption.waitFor();
    await input.press('Enter');
    await expect.poll(() => page.url()).toBe(alactUrl);
    input = await openPalette(page, t);
    await input.fill('geduld');
    await page.getByRole('option', { name: /geduldige/ }).waitFor();
    await input.press('Escape');

    // Deleting the entry removes it from search.
    await page.getByRole('button', { name: t.journal.editor.delete }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: t.journal.editor.delete }).click();
    await expect.poll(() => page.url()).toMatch(/#\/journal$/);
    input = await openPalette(page, t);
    await input.fill('geisol');
    await page.getByText(t.palette.noResults).waitFor();
    expect(await page.getByRole('option', { name: /Huisbezoek/ }).count()).toBe(0);

    // The search page, with an accent-free query and highlighted snippets.
    await input.fill('moeder');
    await page.getByRole('option', { name: t.palette.searchPage }).click();
    await page.getByRole('heading', { name: t.search.title, level: 1 }).waitFor();
    expect(await page.getByLabel(t.search.label).inputValue()).toBe('moeder');
    await page.locator('.search-result mark').first().waitFor();
    await noSeriousViolations(page);
    await app.screenshot('search-nl');
    expect(outsideRequests(app.requests)).toEqual([]);
  });
});

describe('journal screenshots (en)', () => {
  it('shows the journal, the timeline, search and the palette in English', async () => {
    app = await launchApp({ locale: 'en', viewport: { width: 1440, height: 1000 } });
    const t = translations.en;
    const { page } = app;
    const { zoeId } = await seed(app);
    const alact = await call(app, 'journal.create', { caseId: zoeId, template: 'alact', title: 'Home visit week 24', tags: ['home visit'] });
    await call(app, 'journal.update', {
      id: alact.id,
      sections: alact.sections.map((s) =>
        s.key === 'action'
          ? { ...s, text: 'I asked about sleep. Mother said she feels isolated since the move.' }
          : s.key === 'awareness'
            ? { ...s, text: '**Core**: I wanted to fix things instead of listening.' }
            : s,
      ),
    });
    await call(app, 'journal.create', {
      caseId: zoeId,
      promptId: 'prenatal-parent',
      body: 'She wants to be a patient mother, *different* from what she went through herself.',
      tags: ['prenatal'],
    });

    await page.goto(`${app.baseUrl}#/journal/${alact.id}`);
    await page.getByLabel(`1. ${t.journal.parts.action.label}`).waitFor();
    await noSeriousViolations(page);
    await app.screenshot('journal-en');

    await page.goto(`${app.baseUrl}#/cases/${zoeId}/timeline`);
    await page.getByTestId('case-timeline').getByText('Home visit week 24').waitFor();
    await app.screenshot('timeline-en');

    const input = await openPalette(page, t);
    await input.fill('isolat');
    await page.getByRole('option', { name: /Home visit week 24/ }).waitFor();
    await noSeriousViolations(page);
    await app.screenshot('palette-en');
    await input.press('Escape');

    await page.goto(`${app.baseUrl}#/search`);
    await page.getByLabel(t.search.label).fill('mother');
    await page.locator('.search-result mark').first().waitFor();
    await noSeriousViolations(page);
    await app.screenshot('search-en');
    expect(outsideRequests(app.requests)).toEqual([]);
  });
});
