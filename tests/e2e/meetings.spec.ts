// A JGZ team's week, in Dutch: a nurse prepares a case in her journal on Tuesday and brings it to
// Thursday's intervision; a colleague puts a second case on the same agenda from its case page; the
// home screen shows the meeting and her open (one overdue) action point; on the day the first case starts.
import type { Page } from 'playwright-core';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { localDay } from '../../shared/domain/dates';
import { formatMeetingMoment, methodMinutes, slotEnd } from '../../shared/domain/meeting';
import { builtInMethod } from '../../shared/domain/methods-catalog';
import { translations } from '../../shared/i18n';
import { axeViolations, closeBrowser, launchApp, outsideRequests, type LaunchedApp } from './harness';

const ANNA = 'stille rivier draagt oude boten';
const BRAM = 'groene lantaarn boven natte klinkers';
const t = translations.nl;
const QUESTION = 'Hoe steun ik moeder bij het slapen zonder het over te nemen?';
const TRIED = 'Twee extra huisbezoeken en een slaapdagboek samen met de verloskundige.';

let app: LaunchedApp | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});
afterAll(closeBrowser);

async function dispatch(a: LaunchedApp, method: string, input: unknown) {
  const result = await a.core.dispatch(method, input);
  if (!result.ok) throw new Error(`${method}: ${result.error.code} ${result.error.message}`);
  return result.value as { id: string; session?: { member: { id: string } } };
}

/** A local calendar day `days` from today, as a date input takes it. */
function dayFromToday(days: number): string {
  const d = new Date();
  return localDay(new Date(d.getFullYear(), d.getMonth(), d.getDate() + days));
}

async function prepare(a: LaunchedApp) {
  const vault = await dispatch(a, 'vault.create', {
    folder: await a.chooseFolder('newVault', a.vaultDir),
    label: 'Team Noord',
    memberName: 'Anna',
    passphrase: ANNA,
  });
  await dispatch(a, 'members.add', { displayName: 'Bram', passphrase: BRAM });
  const lindeboom = await dispatch(a, 'cases.create', { pseudonym: 'Gezin Lindeboom', phase: '0-6m' });
  const noord = await dispatch(a, 'cases.create', { pseudonym: 'Familie Noord', phase: 'pregnancy', pregnancyWeek: 30 });
  const entry = await dispatch(a, 'journal.create', { caseId: lindeboom.id, template: 'intervision-prep', title: 'Voorbereiding donderdag' });
  // Anna's own action point, due yesterday: overdue on her calendar.
  await dispatch(a, 'actions.save', {
    caseId: noord.id,
    text: 'Verloskundige terugbellen',
    ownerMemberId: vault.session!.member.id,
    dueDate: dayFromToday(-1),
  });
  await a.page.reload();
  return { lindeboom: lindeboom.id, noord: noord.id, entry: entry.id };
}

async function go(page: Page, hash: string) {
  await page.evaluate((h) => (window.location.hash = h), hash);
  await page.locator('h1').first().waitFor();
}

async function noSideways(page: Page, width: number) {
  const sizes = await page.evaluate(() => ({
    page: document.documentElement.scrollWidth,
    main: (() => {
      const main = document.querySelector('main');
      return main ? main.scrollWidth - main.clientWidth : 0;
    })(),
  }));
  expect(sizes.page).toBeLessThanOrEqual(width);
  expect(sizes.main).toBeLessThanOrEqual(0);
}

describe('meetings (nl)', () => {
  it('plans a meeting with two cases — from a journal entry and from a case page — shows it on the Intervisie page and at home, and starts a case on the day', async () => {
    app = await launchApp({ viewport: { width: 1280, height: 720 } });
    const { page } = app;
    const ids = await prepare(app);
    const thursday = dayFromToday(3);
    const when = formatMeetingMoment(thursday, '14:00', 'nl');
    const minutes = methodMinutes(builtInMethod('what-and-why')!);

    // Tuesday: Anna prepares the case in her journal and brings it in; the question is typed once.
    await go(page, `#/journal/${ids.entry}`);
    await page.getByLabel(`2. ${t.journal.parts['my-question'].label}`, { exact: true }).fill(QUESTION);
    await page.getByLabel(`3. ${t.journal.parts['already-tried'].label}`, { exact: true }).fill(TRIED);
    await page.getByRole('button', { name: t.meetings.fromJournal, exact: true }).click();
    let dialog = page.getByRole('dialog', { name: t.meetings.dialog.title });
    await dialog.waitFor();
    await expect.poll(() => dialog.getByLabel(t.meetings.dialog.question, { exact: true }).inputValue()).toBe(QUESTION);
    expect(await dialog.getByLabel(t.meetings.dialog.tried, { exact: true }).inputValue()).toBe(TRIED);
    expect(await dialog.getByLabel(t.meetings.dialog.case, { exact: true }).inputValue()).toBe(ids.lindeboom);
    expect(await dialog.getByText(t.meetings.dialog.fromEntry).isVisible()).toBe(true);
    // No meeting yet: a new one, on Thursday at 14:00.
    expect(await dialog.getByLabel(t.meetings.dialog.meeting, { exact: true }).inputValue()).toBe('new');
    await dialog.getByLabel(t.meetings.dialog.date, { exact: true }).fill(thursday);
    await dialog.getByLabel(t.meetings.dialog.startTime, { exact: true }).fill('14:00');
    await dialog.getByLabel(t.meetings.dialog.meetingTitle, { exact: true }).fill('Intervisie team Noord');
    await dialog.getByLabel(t.meetings.dialog.place, { exact: true }).fill('Wijkgebouw De Linde');
    await dialog.getByLabel(t.meetings.dialog.slotStart, { exact: true }).fill('14:00');
    expect(await axeViolations(page)).toEqual([]);
    await app.screenshot('meetings-plan-dialog-1280x720');
    await dialog.getByRole('button', { name: t.meetings.dialog.save, exact: true }).click();
    await dialog.waitFor({ state: 'detached' });

    // The Intervisie page lists the meeting, dated as people write it, with the case in its slot.
    await page.getByRole('heading', { name: t.meetings.upcoming }).waitFor();
    await page.getByRole('status').filter({ hasText: 'Gezin Lindeboom' }).waitFor();
    const meeting = page.getByTestId('meeting');
    await meeting.getByRole('heading', { name: when }).waitFor();
    expect(when).toMatch(/^[a-z]+dag \d{1,2} [a-z]+ \d{4}, 14:00$/);
    await expect.poll(() => meeting.getByTestId('agenda-item').count()).toBe(1);
    expect(await meeting.getByTestId('agenda-item').first().innerText()).toContain(QUESTION);
    expect(await meeting.getByTestId('agenda-item').first().innerText()).toContain(`14:00–${slotEnd('14:00', minutes)}`);

    // A colleague's case from its case page: the same dialog, the case chosen, the slot after the first.
    await go(page, `#/cases/${ids.noord}/map`);
    await page.getByRole('link', { name: t.meetings.fromCase, exact: true }).click();
    dialog = page.getByRole('dialog', { name: t.meetings.dialog.title });
    await dialog.waitFor();
    await expect.poll(() => dialog.getByLabel(t.meetings.dialog.case, { exact: true }).inputValue()).toBe(ids.noord);
    await expect.poll(() => dialog.getByLabel(t.meetings.dialog.slotStart, { exact: true }).inputValue()).toBe(slotEnd('14:00', minutes));
    expect(await dialog.getByLabel(t.meetings.dialog.meeting, { exact: true }).locator('option:checked').innerText()).toContain(when);
    await dialog.getByLabel(t.meetings.dialog.caseHolder, { exact: true }).selectOption({ label: 'Bram' });
    await dialog.getByLabel(t.meetings.dialog.question, { exact: true }).fill('Wat heeft vader nodig om mee te praten?');
    await dialog.getByRole('button', { name: t.meetings.dialog.save, exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => page.getByTestId('agenda-item').count()).toBe(2);
    const items = await page.getByTestId('agenda-item').allInnerTexts();
    expect(items[0]).toContain('Gezin Lindeboom');
    expect(items[1]).toContain('Familie Noord');
    expect(items[1]).toContain(t.meetings.caseHolder.replace('{{name}}', 'Bram'));
    expect(await axeViolations(page)).toEqual([]);
    await app.screenshot('meetings-intervisie-1280x720');
    await noSideways(page, 1280);
    await page.setViewportSize({ width: 1024, height: 768 });
    await app.screenshot('meetings-intervisie-1024x768');
    await noSideways(page, 1024);

    // Home: the next meeting with its two cases, and Anna's open action point marked overdue in words.
    await go(page, '#/');
    const next = page.getByTestId('next-meeting');
    await next.getByText(when).waitFor();
    expect(await next.innerText()).toContain('Gezin Lindeboom');
    expect(await next.innerText()).toContain('Familie Noord');
    const mine = page.getByTestId('my-open-actions');
    await mine.getByText('Verloskundige terugbellen').waitFor();
    expect(await mine.getByTestId('action-row').innerText()).toContain(t.sessions.actions.overdue);
    expect(await axeViolations(page)).toEqual([]);
    await app.screenshot('meetings-home-1024x768');
    await noSideways(page, 1024);
    await page.setViewportSize({ width: 1280, height: 720 });
    await app.screenshot('meetings-home-1280x720');

    // Thursday: the first case starts from its agenda item; who takes part is chosen now.
    await go(page, '#/sessions');
    await page.getByRole('button', { name: t.meetings.startLabel.replace('{{name}}', 'Gezin Lindeboom'), exact: true }).click();
    const start = page.getByRole('dialog', { name: t.meetings.startDialog.title });
    await start.waitFor();
    await start.getByRole('checkbox', { name: 'Bram' }).check();
    await start.getByLabel(t.sessions.planDialog.facilitator, { exact: true }).selectOption({ label: 'Bram' });
    expect(await axeViolations(page)).toEqual([]);
    await start.getByRole('button', { name: t.meetings.startDialog.start, exact: true }).click();
    await page.getByTestId('session-runner').waitFor();
    await page.getByText(QUESTION).first().waitFor();
    await go(page, '#/sessions');
    await expect.poll(async () => (await page.getByTestId('agenda-item').first().innerText()).includes(t.sessions.statuses.running)).toBe(true);

    expect(outsideRequests(app.requests)).toEqual([]);
  });
});
