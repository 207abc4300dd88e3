import type { Page } from 'playwright-core';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { translations } from '../../shared/i18n';
import { axeViolations, closeBrowser, launchApp, outsideRequests, type LaunchedApp } from './harness';

const ANNA = 'stille rivier draagt oude boten';
const BRAM = 'groene lantaarn boven natte klinkers';
type T = (typeof translations)['nl'];

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

/** A vault with two members and one case, made through the contract (their UIs have their own specs). */
async function prepare(a: LaunchedApp): Promise<string> {
  await dispatch(a, 'vault.create', { folder: await a.chooseFolder('newVault', a.vaultDir), label: 'Team Noord', memberName: 'Anna', passphrase: ANNA });
  await dispatch(a, 'members.add', { displayName: 'Bram', passphrase: BRAM });
  const created = await dispatch(a, 'cases.create', { pseudonym: 'Gezin Lindeboom', phase: '0-6m' });
  await dispatch(a, 'factors.save', {
    caseId: created.id,
    sector: 'parent',
    category: 'psychological-problems',
    otherLabel: null,
    text: 'Somber sinds de bevalling',
    kind: 'parent-words',
    voice: 'parent',
    chainPartnerId: null,
    pressure: 'moderate',
    duration: 'prolonged',
    buffered: 'partly',
    tags: [],
    status: 'current',
  });
  await a.page.reload();
  return created.id;
}

/** Adds one contribution as a scribe would: one click on the author (and perspective) chip, Enter in the text box. */
async function contribute(
  page: Page,
  t: T,
  text: string,
  options: { author?: string; kind?: string; perspective?: string; mind?: string; aboutFirstFactor?: boolean } = {},
) {
  const composer = page.getByTestId('composer');
  const factorSelect = composer.getByLabel(t.sessions.contribution.factor, { exact: true });
  if (options.aboutFirstFactor) await factorSelect.selectOption({ index: 1 });
  if (options.author)
    await composer.getByRole('group', { name: t.sessions.contribution.author }).getByRole('radio', { name: options.author, exact: true }).check();
  if (options.kind) await composer.getByLabel(t.sessions.contribution.kind, { exact: true }).selectOption({ label: options.kind });
  if (options.perspective)
    await composer.getByRole('group', { name: t.sessions.contribution.perspective }).getByRole('radio', { name: options.perspective, exact: true }).check();
  if (options.mind) await composer.getByLabel(t.sessions.contribution.changeMyMind, { exact: true }).fill(options.mind);
  const box = composer.getByLabel(t.sessions.contribution.text, { exact: true });
  await box.fill(text);
  const before = await page.getByTestId('contribution').count();
  await box.press('Enter');
  await expect.poll(() => page.getByTestId('contribution').count()).toBe(before + 1);
  // Focus stays in the text box, now empty, and the author stays chosen for the next one.
  await expect.poll(() => box.evaluate((el) => el === document.activeElement)).toBe(true);
  expect(await box.inputValue()).toBe('');
  // The factor it was about is not carried over to the next one unseen.
  if (options.aboutFirstFactor) expect(await factorSelect.inputValue()).toBe('');
  if (options.author)
    expect(
      await composer.getByRole('group', { name: t.sessions.contribution.author }).getByRole('radio', { name: options.author, exact: true }).isChecked(),
    ).toBe(true);
}

/** The kind preselected in the composer, as its option's label. */
async function chosenKind(page: Page) {
  return page
    .getByTestId('composer')
    .locator('#contribution-kind')
    .evaluate((el) => (el as HTMLSelectElement).selectedOptions[0]?.textContent ?? '');
}

/** The reflection questions of this phase, folded open. */
async function phasePrompts(page: Page) {
  const panel = page.getByTestId('phase-prompts');
  await panel.waitFor();
  if (!(await panel.evaluate((el) => (el as HTMLDetailsElement).open))) await panel.locator('summary').click();
  return (await panel.textContent()) ?? '';
}

async function nextPhase(page: Page, t: T, expected: string) {
  await page.getByRole('button', { name: `${t.sessions.run.next} →` }).click();
  await page.getByRole('heading', { name: expected, level: 2, exact: true }).first().waitFor();
}

async function planSession(page: Page, t: T, question: string) {
  await page.getByRole('link', { name: t.nav.sessions, exact: true }).click();
  await page.getByRole('button', { name: t.sessions.plan }).click();
  const dialog = page.getByRole('dialog', { name: t.sessions.planDialog.title });
  await dialog.getByLabel(t.sessions.planDialog.case, { exact: true }).selectOption({ label: 'Gezin Lindeboom' });
  await dialog.getByRole('checkbox', { name: 'Bram' }).check();
  await dialog.getByLabel(t.sessions.planDialog.guestInitials, { exact: true }).fill('kv');
  await dialog.getByRole('button', { name: t.sessions.planDialog.addGuest }).click();
  await dialog.getByLabel(t.sessions.planDialog.facilitator, { exact: true }).selectOption({ label: 'Bram' });
  await dialog.getByLabel(t.sessions.planDialog.timekeeper, { exact: true }).selectOption({ label: 'KV' });
  await dialog.getByLabel(t.sessions.planDialog.question, { exact: true }).fill(question);
  await page.screenshot({ path: 'test-results/screenshots/session-plan.png' });
  await dialog.getByRole('button', { name: t.sessions.planDialog.create }).click();
  await page.getByTestId('session-runner').waitFor();
}

describe.each(['nl', 'en'] as const)('an intervision session, run as a team would (%s)', (locale) => {
  const t = translations[locale];

  it('runs "What and why" end to end, resumes after a reload, and offers the hypotheses at the next session', { timeout: 300_000 }, async () => {
    app = await launchApp({ locale, viewport: { width: 1600, height: 1000 } });
    const { page } = app;
    const shoot = (name: string) => app!.screenshot(`session-${name}-${locale}`);
    await prepare(app);
    await planSession(page, t, 'Hoe kan ik moeder steunen zonder over te nemen?');
    const methods = (await app.core.dispatch('methods.list', {})) as {
      ok: true;
      value: Array<{ id: string; phases: Array<{ name: { nl: string; en: string }; mode: string }> }>;
    };
    const phases = methods.value.find((m) => m.id === 'what-and-why')!.phases.map((p) => p.name[locale]);

    await page.getByRole('button', { name: t.sessions.run.begin }).click();
    await page.getByRole('button', { name: t.sessions.run.finish }).waitFor();

    // 1: the question phase starts from a question, with its reflection questions at hand.
    expect(await chosenKind(page)).toBe(t.sessions.contribution.kinds.question);
    expect(await phasePrompts(page)).toContain(locale === 'nl' ? 'Waar is de baby in dit verhaal?' : 'Where is the baby in this story?');
    // Shift+Enter is a new line; Enter adds.
    const box = page.getByTestId('composer').getByLabel(t.sessions.contribution.text, { exact: true });
    await box.fill('Eerste regel');
    await box.press('Shift+Enter');
    await box.pressSequentially('tweede regel');
    expect(await box.inputValue()).toBe('Eerste regel\ntweede regel');
    expect(await page.getByTestId('contribution').count()).toBe(0);
    await box.fill('');

    // 1 → 2: the silent round: notes hidden, then revealed together.
    await nextPhase(page, t, phases[1]!);
    expect(await phasePrompts(page)).toContain(locale === 'nl' ? 'Wat roept dit gezin bij jou op' : 'What does this family stir up in you');
    // The beamer: "Presentatieweergave" opens the presentation in a window of its own (a second page on
    // the same vault here); the facilitator keeps the runner, which now offers to close it.
    await page.getByRole('button', { name: t.sessions.run.present, exact: true }).click();
    await expect.poll(() => app!.presenters.size).toBe(1);
    const beamer = [...app.presenters.values()][0]!;
    await beamer.getByTestId('presenter').waitFor();
    await page.getByRole('button', { name: t.sessions.present.leave, exact: true }).waitFor();
    expect(await page.getByTestId('session-runner').count()).toBe(1);
    const onBeamer = async () => (await beamer.getByTestId('presenter').textContent()) ?? '';
    const notesBy = (name: string, count: number) =>
      (count === 1 ? t.sessions.silent.notesBy_one : t.sessions.silent.notesBy_other).replace('{{name}}', name).replace('{{count}}', String(count));
    await contribute(page, t, 'Wie heeft de verloskundige gesproken over de nachten?', { author: 'Anna' });
    // It follows live: the count is there without anyone touching the second page.
    await expect.poll(onBeamer).toContain(notesBy('Anna', 1));
    // What is being typed is private: never on the shared screen, before or after it is added.
    const composerBox = page.getByTestId('composer').getByLabel(t.sessions.contribution.text, { exact: true });
    await composerBox.fill('Is er familie in de buurt?');
    await beamer.waitForTimeout(300);
    expect(await onBeamer()).not.toContain('Is er familie');
    await contribute(page, t, 'Is er familie in de buurt?', { author: 'Bram' });
    await contribute(page, t, 'Slaapt de baby bij de ouders?', { author: 'Bram' });
    await contribute(page, t, 'Hoe gaat het voeden?', { author: 'KV' });
    expect(await page.getByText(t.sessions.silent.hiddenNote.replace('{{name}}', 'Bram')).count()).toBe(2);
    await shoot('silent');
    // On the shared screen: how many notes each person wrote (real plurals), never their words, never "Verborgen notitie van ".
    await expect.poll(onBeamer).toContain(notesBy('KV', 1));
    const shared = await onBeamer();
    expect(shared).toContain(notesBy('Bram', 2));
    expect(shared).toContain(notesBy('Anna', 1));
    for (const words of ['verloskundige', 'Is er familie', 'Slaapt de baby', 'voeden']) expect(shared).not.toContain(words);
    expect(shared).not.toContain(t.sessions.silent.hiddenNote.replace(' {{name}}', ''));
    for (const [width, height] of [
      [1024, 768],
      [1920, 1080],
    ] as const) {
      await beamer.setViewportSize({ width, height });
      await beamer.screenshot({ path: `test-results/screenshots/session-beamer-silent-${width}x${height}-${locale}.png` });
    }
    expect(await axeViolations(beamer)).toEqual([]);
    // Revealed together in the runner: the texts appear on the beamer.
    await page.getByRole('button', { name: t.sessions.silent.reveal }).click();
    await page.getByText('Is er familie in de buurt?').waitFor();
    await beamer.getByText('Is er familie in de buurt?').waitFor();
    expect(await beamer.getByTestId('hidden-counts').count()).toBe(0);
    await beamer.screenshot({ path: `test-results/screenshots/session-beamer-revealed-1920x1080-${locale}.png` });

    // Folded away once, the questions stay folded in the next phase.
    await page.getByTestId('phase-prompts').locator('summary').click();
    // 3: clarifying questions; advice is marked, never blocked.
    await nextPhase(page, t, phases[2]!);
    expect(await page.getByTestId('phase-prompts').evaluate((el) => (el as HTMLDetailsElement).open)).toBe(false);
    await page.getByTestId('composer').getByLabel(t.sessions.contribution.text, { exact: true }).fill('Je zou haar moeten doorverwijzen naar de huisarts.');
    await page.getByTestId('advice-nudge').waitFor();
    // The nudge names the phase where advice belongs by its real name.
    const ideas = methods.value.find((m) => m.id === 'what-and-why')!.phases.find((p) => p.mode === 'options');
    if (ideas) expect(await page.getByTestId('advice-nudge').textContent()).toContain(ideas.name[locale]);
    await contribute(page, t, 'Je zou haar moeten doorverwijzen naar de huisarts.', { author: 'Bram' });
    await page.getByTestId('advice-mark').waitFor();
    await contribute(page, t, 'Sinds wanneer slaapt ze zo weinig?', { author: 'KV', aboutFirstFactor: true });

    // Reload mid-phase: the session resumes where it was, clock included.
    const clockBefore = await page.getByTestId('phase-clock').locator('[role="timer"]').textContent();
    await page.waitForTimeout(2500);
    await page.reload();
    await page.getByRole('heading', { name: phases[2]!, level: 2, exact: true }).first().waitFor();
    expect(await page.getByTestId('contribution').count()).toBe(2);
    const clockAfter = await page.getByTestId('phase-clock').locator('[role="timer"]').textContent();
    const seconds = (clock: string | null) => {
      const [m, s] = (clock ?? '').split(':').map(Number);
      return (m ?? 0) * 60 + (s ?? 0);
    };
    // The clock kept counting through the reload instead of starting the phase again.
    expect(seconds(clockAfter)).toBeLessThanOrEqual(seconds(clockBefore) - 2);

    // 4: the map; 5: why, with four perspectives and "what would change my mind?".
    await nextPhase(page, t, phases[3]!);
    // In the map phase the questions stay folded, so the map keeps its room.
    expect(await page.getByTestId('phase-prompts').evaluate((el) => (el as HTMLDetailsElement).open)).toBe(false);
    // The team adds what it thinks to the map; the summary and its print say it was thought, not seen.
    await page.getByRole('button', { name: t.map.addTo.replace('{{sector}}', t.map.sectors.external) }).click();
    const editor = page.getByTestId('factor-editor');
    await editor.getByLabel(t.map.factor.category).selectOption({ label: t.map.categories.finances });
    await editor.getByRole('radio', { name: t.map.kinds.interpretation, exact: true }).check();
    await editor.getByLabel(t.map.factor.text).fill('Schulden sinds de verhuizing');
    await editor.getByText(t.cases.saved).waitFor();
    await editor.getByRole('button', { name: t.map.factor.done }).click();
    const addedLine = `${t.map.sectors.external}: ${t.map.categories.finances} — Schulden sinds de verhuizing (${t.map.kinds.interpretation})`;
    await nextPhase(page, t, phases[4]!);
    expect(await chosenKind(page)).toBe(t.sessions.contribution.kinds.hypothesis);
    expect(await phasePrompts(page)).toContain(
      locale === 'nl'
        ? 'Wat gebeurt er tussen ons en het gezin dat lijkt op wat er tussen ouder en kind gebeurt?'
        : 'What happens between us and the family that resembles what happens between parent and child?',
    );
    const perspectives = t.sessions.contribution.perspectives;
    await contribute(page, t, 'Het kind reageert op de spanning van moeder.', {
      author: 'Anna',
      perspective: perspectives.child,
      mind: 'Als het kind ook bij anderen zo onrustig is.',
    });
    await page
      .getByTestId('composer')
      .getByRole('group', { name: t.sessions.contribution.perspective })
      .getByRole('radio', { name: perspectives.parent, exact: true })
      .check();
    // A judging explanation gets the blame check; one that names the mother without judging does not.
    await page.getByTestId('composer').getByLabel(t.sessions.contribution.text, { exact: true }).fill('Moeder doet gewoon geen moeite.');
    await page.getByTestId('blame-check').waitFor();
    await page.getByTestId('composer').getByLabel(t.sessions.contribution.text, { exact: true }).fill('Moeder is uitgeput na een zware bevalling.');
    await page.getByTestId('blame-check').waitFor({ state: 'detached' });
    await contribute(page, t, 'Moeder is uitgeput na een zware bevalling.', {
      author: 'Bram',
      perspective: perspectives.parent,
      mind: 'Als ze goed slaapt en toch somber blijft.',
    });
    await contribute(page, t, 'Wij wisselen te vaak van verpleegkundige.', {
      author: 'KV',
      perspective: perspectives.professional,
      mind: 'Als zij zegt dat ze ons vertrouwt.',
    });
    await contribute(page, t, 'Niemand in de keten weet van de schulden.', {
      author: 'Anna',
      perspective: perspectives.chain,
      mind: 'Als het wijkteam al betrokken is.',
    });
    await page.getByText(t.sessions.contribution.perspectivesCovered.replace('{{done}}', '4')).waitFor();
    await shoot('running');
    expect(await axeViolations(page)).toEqual([]);

    // 6: the judgment, in words.
    await nextPhase(page, t, phases[5]!);
    const judgment = page.getByTestId('judgment-form');
    await judgment.getByRole('radio', { name: t.sessions.outcome.intensities.specific }).check();
    await judgment.getByLabel(t.sessions.outcome.forWhom, { exact: true }).fill('Moeder en baby samen');
    await judgment.getByLabel(t.sessions.outcome.reasons, { exact: true }).fill('Langdurige somberheid, deels gebufferd door haar zus.');
    await judgment.getByText(t.cases.saved).waitFor();

    // 7 → 8: take-away and two action points.
    await nextPhase(page, t, phases[6]!);
    await nextPhase(page, t, phases[7]!);
    for (const [text, owner] of [
      ['Huisbezoek samen met de verloskundige plannen', 'Anna'],
      ['Navragen bij het wijkteam wat er al loopt', 'Bram'],
    ] as const) {
      await page.getByLabel(t.sessions.actions.text, { exact: true }).fill(text);
      await page.getByLabel(t.sessions.actions.owner, { exact: true }).selectOption({ label: owner });
      await page.getByLabel(t.sessions.actions.due, { exact: true }).fill('2026-12-15');
      const scrolledTo = await page.evaluate(() => document.scrollingElement?.scrollTop ?? 0);
      await page.getByRole('button', { name: t.sessions.actions.add }).click();
      await page.getByText(text).waitFor();
      // Focus goes back to the field for the next action point; the page stays where it was.
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('action-text');
      expect(Math.abs((await page.evaluate(() => document.scrollingElement?.scrollTop ?? 0)) - scrolledTo)).toBeLessThan(80);
    }
    // Pressed with nothing typed, the button leads to the field instead of dropping focus.
    await page.getByRole('button', { name: t.sessions.actions.add }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('action-text');
    await page.getByLabel(t.sessions.outcome.takeAway, { exact: true }).fill('Eerst de nachten, dan de rest.');

    // The beamer followed every phase: the pseudonym, this phase's name; "Presentatie sluiten" in the runner closes it.
    await beamer.getByRole('heading', { level: 1, name: phases[7]! }).waitFor();
    expect(await beamer.getByText('Gezin Lindeboom').count()).toBeGreaterThan(0);
    await beamer.screenshot({ path: `test-results/screenshots/session-beamer-takeaway-1920x1080-${locale}.png` });
    await page.getByRole('button', { name: t.sessions.present.leave, exact: true }).click();
    await expect.poll(() => app!.presenters.size).toBe(0);
    await page.getByRole('button', { name: t.sessions.present.leave, exact: true }).waitFor({ state: 'detached' });
    expect(beamer.isClosed()).toBe(true);

    await nextPhase(page, t, phases[8]!);
    await page.getByRole('button', { name: t.sessions.run.finish }).click();
    await page.getByRole('button', { name: t.sessions.run.reopen }).waitFor();

    // The summary: question, judgment, actions; print-ready.
    await page.getByRole('link', { name: t.sessions.run.summary }).click();
    const summary = page.getByTestId('session-summary');
    await summary.waitFor();
    const text = (await summary.textContent()) ?? '';
    expect(text).toContain('Hoe kan ik moeder steunen zonder over te nemen?');
    expect(text).toContain(t.sessions.outcome.intensities.specific);
    expect(text).toContain('Huisbezoek samen met de verloskundige plannen');
    expect(text).toContain('KV');
    // What was said stays: roles, perspectives, "what would change my mind", advice that came early.
    const parentPerspective = t.sessions.summary.fromPerspective.replace('{{perspective}}', t.sessions.contribution.perspectives.parent);
    for (const said of [
      t.sessions.planDialog.facilitator,
      t.sessions.planDialog.timekeeper,
      parentPerspective,
      'Als ze goed slaapt en toch somber blijft.',
      addedLine,
    ])
      expect(text).toContain(said);
    expect(await summary.getByTestId('summary-advice-early').count()).toBe(1);
    // Dates as people write them, never ISO; one way to print.
    const due = locale === 'nl' ? '15 december 2026' : '15 December 2026';
    expect(text).toContain(due);
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(await page.getByRole('button', { name: /Afdrukken|Print/ }).count()).toBe(0);
    expect(await page.getByRole('link', { name: /Afdrukken|Print/ }).count()).toBe(1);
    await shoot('summary');
    expect(await axeViolations(page)).toEqual([]);

    // The print view keeps the same.
    await page.getByRole('link', { name: t.reports.print.print }).click();
    const printed = page.getByTestId('print-view');
    await printed.getByTestId('print-question').waitFor();
    await printed.getByTestId('print-contribution').first().waitFor();
    const printText = (await printed.textContent()) ?? '';
    for (const said of [
      t.sessions.planDialog.caseHolder,
      parentPerspective,
      'Als ze goed slaapt en toch somber blijft.',
      t.sessions.summary.adviceEarly,
      due,
      addedLine,
    ])
      expect(printText).toContain(said);
    expect(printText).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    await shoot('print');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('link', { name: t.reports.print.back }).click();
    await summary.waitFor();

    // A second session on the case offers the earlier hypotheses and actions for review.
    await planSession(page, t, 'Wat is er veranderd sinds de vorige keer?');
    const followUp = page.getByTestId('follow-up');
    await followUp.waitFor();
    // The open hypotheses arrive with the case's register, after the panel itself.
    await expect.poll(async () => (await followUp.textContent()) ?? '').toContain('Moeder is uitgeput na een zware bevalling.');
    const review = (await followUp.textContent()) ?? '';
    expect(review).toContain('Als ze goed slaapt en toch somber blijft.');
    expect(review).toContain('Navragen bij het wijkteam wat er al loopt');
    await shoot('follow-up');

    // My action points across cases, with the overdue ones marked.
    await page.getByRole('link', { name: t.nav.sessions, exact: true }).click();
    await page.getByRole('heading', { name: t.sessions.actions.mine }).waitFor();
    await expect.poll(() => page.getByTestId('action-row').count()).toBe(1);
    await shoot('list');
    expect(outsideRequests(app.requests)).toEqual([]);
  });
});
