import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { MethodOutput } from '../../shared/contract';
import { emptyMeldcodeSteps } from '../../shared/domain/meldcode';
import { translations } from '../../shared/i18n';
import { axeViolations, closeBrowser, launchApp, SCREENSHOT_DIR, type LaunchedApp } from './harness';

const PASSPHRASE = 'stille rivier draagt oude boten';
const t = translations.nl;

let app: LaunchedApp | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});
afterAll(closeBrowser);

async function call<M extends Parameters<LaunchedApp['core']['dispatch']>[0] & string>(a: LaunchedApp, method: M, input: unknown) {
  const result = await a.core.dispatch(method, input);
  if (!result.ok) throw new Error(`${method}: ${result.error.code} ${result.error.message}`);
  return result.value;
}

describe('the meldcode record (nl)', () => {
  it('fills steps 1–5 through the UI, prints the dossier text with Dutch dates, adds a jeugd-ggz partner and a partner in the family', async () => {
    app = await launchApp({ locale: 'nl', viewport: { width: 1280, height: 720 } });
    const { page } = app;
    await call(app, 'vault.create', {
      folder: await app.chooseFolder('newVault', app.vaultDir),
      label: 'Team Noord',
      memberName: 'Anna',
      passphrase: PASSPHRASE,
    });
    const made = (await call(app, 'cases.create', { pseudonym: 'Gezin Meidoorn', phase: '0-6m' })) as MethodOutput<'cases.create'>;
    await page.reload();
    await page.evaluate((id) => (window.location.hash = `#/cases/${id}/map`), made.id);
    await page.getByRole('heading', { name: 'Gezin Meidoorn', level: 1 }).waitFor();

    // The tab on the case page.
    await page.getByRole('link', { name: t.cases.views.meldcode }).click();
    await page.getByRole('heading', { name: t.meldcode.title, level: 2 }).waitFor();
    await page.getByText(t.meldcode.notSaved).waitFor();
    const step = (key: 'step1' | 'step2' | 'step3' | 'step4' | 'step5') => page.getByRole('region', { name: t.meldcode.steps[key].title });

    // Step 1: signals and the kindcheck.
    await step('step1').getByLabel(t.meldcode.date).fill('2026-12-15');
    await step('step1').getByLabel(t.meldcode.steps.step1.signals).fill('Blauwe plek op de bovenarm van de baby; moeder zegt dat hij zich stootte.');
    await step('step1').getByLabel(t.meldcode.steps.step1.kindcheck).fill('Eén kind van 4 maanden; moeder zorgt meestal alleen.');

    // Step 2: consultation and advice from Veilig Thuis.
    await step('step2').getByLabel(t.meldcode.date).fill('2026-12-16');
    await step('step2').getByLabel(t.meldcode.steps.step2.consulted).fill('aandachtsfunctionaris');
    await step('step2')
      .getByRole('group', { name: t.meldcode.steps.step2.adviceFrom })
      .getByRole('radio', { name: t.meldcode.adviceSources['veilig-thuis'] })
      .check();
    await step('step2').getByLabel(t.meldcode.steps.step2.adviceBy).fill('adviseur Veilig Thuis');
    await step('step2').getByLabel(t.meldcode.steps.step2.advice).fill('Eerst het gesprek met moeder, daarna opnieuw wegen.');

    // Step 3: the conversation with the parent.
    await step('step3').getByLabel(t.meldcode.date).fill('2026-12-17');
    await step('step3').getByLabel(t.meldcode.steps.step3.withWhom).fill('moeder');
    await step('step3').getByLabel(t.meldcode.steps.step3.said).fill('Wat ik zag en waarom ik me zorgen maak.');
    await step('step3').getByLabel(t.meldcode.steps.step3.reaction).fill('Schrok; wil hulp bij de nachten.');

    // Step 4: the professional's own answers; nothing is filled in or follows from them.
    await step('step4').getByLabel(t.meldcode.date).fill('2026-12-18');
    const question = (key: keyof typeof t.meldcode.questions) => step('step4').getByRole('group', { name: t.meldcode.questions[key].text });
    await question('suspicion').getByRole('radio', { name: t.meldcode.yes }).check();
    await question('unsafety').getByRole('radio', { name: t.meldcode.no }).check();
    await question('able-to-help').getByRole('radio', { name: t.meldcode.yes }).check();
    await step('step4').getByLabel(`${t.meldcode.steps.step4.note} (1)`).fill('De signalen blijven, ook na het gesprek.');
    expect(await question('help-accepted').getByRole('radio', { name: t.meldcode.unanswered }).isChecked()).toBe(true);

    // Step 5: both decisions can be yes.
    await step('step5').getByLabel(t.meldcode.date).fill('2026-12-19');
    await step('step5').getByRole('group', { name: t.meldcode.steps.step5.reportNeeded }).getByRole('radio', { name: t.meldcode.yes }).check();
    await step('step5').getByLabel(t.meldcode.steps.step5.reportReasons).fill('Met moeder besproken dat ik meld.');
    await step('step5').getByRole('group', { name: t.meldcode.steps.step5.helpPossible }).getByRole('radio', { name: t.meldcode.yes }).check();
    await step('step5').getByLabel(t.meldcode.steps.step5.helpReasons).fill('Wekelijks huisbezoek.');
    await page.getByText(t.cases.saved).first().waitFor();
    await expect
      .poll(async () => ((await call(app!, 'meldcode.get', { caseId: made.id })) as MethodOutput<'meldcode.get'>).step5.helpReasons)
      .toBe('Wekelijks huisbezoek.');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('heading', { name: t.meldcode.steps.step4.title }).scrollIntoViewIfNeeded();
    await app.screenshot('meldcode-form-nl');

    // The dossier text in the print view.
    await page.getByRole('link', { name: t.meldcode.preview }).click();
    const dossier = page.getByTestId('meldcode-dossier');
    await dossier.waitFor();
    const text = await dossier.innerText();
    expect(text).toContain('Casus: Gezin Meidoorn');
    expect(text).toContain('Stap 1 – Signalen in kaart brengen (15 december 2026)');
    expect(text).toContain('Kindcheck: Eén kind van 4 maanden; moeder zorgt meestal alleen.');
    expect(text).toContain('Op 16 december 2026 collegiaal overleg met aandachtsfunctionaris.');
    expect(text).toContain('Advies gevraagd aan Veilig Thuis (adviseur Veilig Thuis).');
    expect(text).toContain('Op 17 december 2026 gesprek met moeder.');
    expect(text).toContain(`1. ${t.meldcode.questions.suspicion.text} Ja. De signalen blijven, ook na het gesprek.`);
    expect(text).toContain(`2. ${t.meldcode.questions.unsafety.text} Nee.`);
    expect(text).toContain(`4. ${t.meldcode.questions['help-accepted'].text} Nog niet beantwoord.`);
    expect(text).toContain('Melden bij Veilig Thuis noodzakelijk: Ja. Met moeder besproken dat ik meld.');
    expect(text).toContain('Hulp bieden of organiseren (ook) mogelijk: Ja. Wekelijks huisbezoek.');
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(await axeViolations(page)).toEqual([]);
    await app.screenshot('meldcode-print-nl');
    // As a PDF of the print view (what main's print-to-PDF makes of it): the same text, the toolbar left out.
    await page.locator('[data-testid="print-view"] [data-print-state="ready"]').waitFor();
    const pdfPath = join(SCREENSHOT_DIR, 'meldcode-dossier-nl.pdf');
    await page.pdf({ path: pdfPath, format: 'A4', printBackground: true });
    const pdfText = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(pdfText).toContain('Stap 1 – Signalen in kaart brengen (15 december 2026)');
    expect(pdfText).toContain('Hulp bieden of organiseren (ook) mogelijk: Ja. Wekelijks huisbezoek.');
    expect(pdfText).not.toContain(t.meldcode.savePdf);
    await page.getByRole('link', { name: t.reports.print.back }).click();
    await page.getByRole('heading', { name: t.meldcode.title, level: 2 }).waitFor();
    // What was typed is still there after the round trip.
    expect(await step('step3').getByLabel(t.meldcode.steps.step3.reaction).inputValue()).toBe('Schrok; wil hulp bij de nachten.');

    // A chain partner of type jeugd-ggz, on the map.
    await page.getByRole('link', { name: t.cases.views.map }).click();
    await page.getByTestId('chain-panel').getByLabel(t.map.chain.type, { exact: true }).selectOption({ label: t.map.chain.types['youth-mental-health'] });
    await page.getByTestId('chain-panel').getByLabel(t.map.chain.label, { exact: true }).last().fill('Jeugd-ggz-team Noord');
    await page.getByRole('button', { name: t.map.chain.add }).click();
    await expect.poll(() => page.getByTestId('chain-card').count()).toBe(1);
    await expect
      .poll(async () => ((await call(app!, 'cases.get', { id: made.id })) as MethodOutput<'cases.get'>).chain.map((c) => [c.type, c.label]))
      .toEqual([['youth-mental-health', 'Jeugd-ggz-team Noord']]);

    // A person with the role partner.
    await page.getByRole('link', { name: t.cases.views.people }).click();
    await page.getByLabel(t.people.role).last().selectOption({ label: t.people.roles.partner });
    await page.getByLabel(t.people.pseudonym).last().fill('Partner R.');
    await page.getByRole('button', { name: t.people.add }).click();
    await expect
      .poll(async () => ((await call(app!, 'cases.get', { id: made.id })) as MethodOutput<'cases.get'>).people.map((p) => [p.role, p.pseudonym]))
      .toEqual([['partner', 'Partner R.']]);
    await app.screenshot('meldcode-people-partner-nl');
  });

  it("is found by search, with the words as written, and the result opens the case's meldcode record; so is a hypothesis note", async () => {
    app = await launchApp({ locale: 'nl', viewport: { width: 1280, height: 720 } });
    const { page } = app;
    await call(app, 'vault.create', {
      folder: await app.chooseFolder('newVault', app.vaultDir),
      label: 'Team Noord',
      memberName: 'Anna',
      passphrase: PASSPHRASE,
    });
    const made = (await call(app, 'cases.create', { pseudonym: 'Gezin Hazelaar', phase: '0-6m' })) as MethodOutput<'cases.create'>;
    const steps = emptyMeldcodeSteps();
    await call(app, 'meldcode.save', {
      caseId: made.id,
      ...steps,
      step3: { date: '2026-12-17', withWhom: 'moeder', said: 'We maakten afspraken over de nachten.', reaction: 'Wil hulp.' },
    });
    const guess = (await call(app, 'factors.save', {
      caseId: made.id,
      sector: 'parent',
      category: 'psychological-problems',
      otherLabel: null,
      text: 'Moeder is bang het fout te doen',
      kind: 'hypothesis',
      voice: 'professional',
      chainPartnerId: null,
      pressure: null,
      duration: null,
      buffered: null,
      tags: [],
      status: 'current',
    })) as { id: string };
    await call(app, 'hypotheses.review', {
      caseId: made.id,
      sourceKind: 'factor',
      sourceId: guess.id,
      status: 'supported',
      note: 'Ze kwam twee afspraken na.',
      day: '2026-12-08',
      sessionId: null,
    });
    await page.reload();

    await page.getByRole('navigation', { name: t.nav.label }).getByRole('link', { name: t.nav.search }).click();
    await page.getByRole('heading', { name: t.search.title, level: 1 }).waitFor();
    await page.getByLabel(t.search.label).fill('afspraak');
    const results = page.getByRole('list', { name: t.search.title });
    const meldcode = results.getByRole('link').filter({ hasText: t.search.kind.meldcode });
    await meldcode.waitFor();
    expect(await meldcode.textContent()).toContain(t.meldcode.title);
    expect(await meldcode.locator('mark').allTextContents()).toEqual(['afspraken']);
    const hypothesis = results.getByRole('link').filter({ hasText: t.search.kind.hypothesis });
    await hypothesis.waitFor();
    expect(await hypothesis.locator('.search-result-title').textContent()).toBe(t.hypotheses.statuses.supported);
    expect(await hypothesis.locator('mark').allTextContents()).toEqual(['afspraken']);
    await app.screenshot('search-meldcode-hypothesis-nl');
    expect(await axeViolations(page)).toEqual([]);

    await meldcode.click();
    await page.getByRole('heading', { name: t.meldcode.title, level: 2 }).waitFor();
    expect(await page.getByRole('link', { name: t.cases.views.meldcode }).getAttribute('aria-current')).toBe('page');

    // The hypothesis note's result arrives at the register below the map: its heading has focus, in view.
    await page.getByRole('navigation', { name: t.nav.label }).getByRole('link', { name: t.nav.search }).click();
    await page.getByLabel(t.search.label).fill('afspraak');
    await hypothesis.click();
    const register = page.getByRole('heading', { name: t.hypotheses.title, level: 2 });
    await expect.poll(() => register.evaluate((element) => element === document.activeElement), { timeout: 10_000 }).toBe(true);
    const box = await register.boundingBox();
    expect(box && box.y >= 0 && box.y + box.height <= 720).toBe(true);
    expect(await page.getByRole('link', { name: t.cases.views.map }).getAttribute('aria-current')).toBe('page');
    // Once there, the address is back on the map (as a factor's link does), and the heading no longer claims focus.
    await expect.poll(() => page.evaluate(() => window.location.hash)).toBe(`#/cases/${made.id}/map`);
    expect(await register.getAttribute('data-route-focus')).toBeNull();
    expect(await register.evaluate((element) => element === document.activeElement)).toBe(true);
    await app.screenshot('search-hypothesis-register-nl');
  });
});
