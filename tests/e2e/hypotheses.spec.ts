// The hypothesis register and the one-page case sheet, in Dutch: a "?" factor on the map and a hypothesis
// from a session land in one register; the next session's follow-up walks the open ones and sets one
// "Ondersteund" with a note; the case page shows it; the case sheet opens, prints and fits one A4 page.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { Locator } from 'playwright-core';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { formatDay, localDay } from '../../shared/domain/dates';
import { translations } from '../../shared/i18n';
import { axeViolations, closeBrowser, launchApp, SCREENSHOT_DIR, type LaunchedApp } from './harness';

const PASSPHRASE = 'stille rivier draagt oude boten';
const t = translations.nl;
const h = t.hypotheses;

let app: LaunchedApp | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});
afterAll(closeBrowser);

async function call<T = { id: string }>(a: LaunchedApp, method: string, input: unknown): Promise<T> {
  const result = await a.core.dispatch(method, input);
  if (!result.ok) throw new Error(`${method}: ${result.error.code} ${result.error.message}`);
  return result.value as T;
}

const MAP_GUESS = 'Moeder is bang het fout te doen';
const SAID = 'Het kind reageert op de spanning in huis';
const MIND = 'Als hij bij oma net zo veel huilt';
const QUESTION = 'Hoe steun ik moeder zonder het over te nemen?';
/** The sheet asks the latest session's question. */
const NEXT_QUESTION = 'Wat is er sinds vorige maand veranderd?';
const TRIED = 'Vaste verpleegkundige en een extra consult op het bureau';
const ASKED = 'Vroeg naar steun van de partner';
const ACTION = 'Huisbezoek plannen met de kraamzorg';
const NOTE = 'Bij oma huilt hij veel minder';
const FACTOR_MIND = 'Als ze vertelt dat ze zich zeker voelt bij het voeden';

/** The vignette: a case in week 24 with eight factors (one "?"), two chain partners, a finished session with a hypothesis and an open action. */
async function seed(a: LaunchedApp) {
  const vault = await call<{ session: { member: { id: string } } }>(a, 'vault.create', {
    folder: await a.chooseFolder('newVault', a.vaultDir),
    label: 'Team Noord',
    memberName: 'Anna',
    passphrase: PASSPHRASE,
  });
  const anna = vault.session.member.id;
  const made = await call(a, 'cases.create', {
    pseudonym: 'Gezin Linde',
    phase: 'pregnancy',
    pregnancyWeek: 24,
    contextNote: 'Eerste kind, net verhuisd naar de wijk; partner werkt in ploegen.',
  });
  const midwife = await call(a, 'chain.save', { caseId: made.id, type: 'midwife', label: 'Verloskundigenpraktijk', alreadyAsked: ASKED });
  await call(a, 'chain.save', { caseId: made.id, type: 'gp', label: 'Huisartsenpraktijk', alreadyAsked: 'Vroeg naar slaap en stemming' });
  const base = {
    caseId: made.id,
    otherLabel: null,
    voice: 'professional',
    chainPartnerId: null,
    tags: [],
    status: 'current',
    pressure: 'moderate',
    duration: 'prolonged',
    buffered: 'partly',
  };
  const buffer = { pressure: null, duration: null, buffered: null };
  const factors = [
    { sector: 'parent', category: 'psychological-problems', text: MAP_GUESS, kind: 'hypothesis', voice: 'parent' },
    { sector: 'external', category: 'housing', text: 'Woont met vier in een kleine flat', kind: 'observation' },
    { sector: 'external', category: 'isolation', text: 'Kent nog niemand in de nieuwe wijk', kind: 'parent-words', voice: 'parent' },
    { sector: 'child', category: 'medical-complications', text: 'Groeivertraging op de echo', kind: 'observation', voice: 'chain', chainPartnerId: midwife.id },
    { sector: 'parent', category: 'unprocessed-trauma-loss', text: 'Verloor haar moeder vorig jaar', kind: 'observation' },
    { sector: 'professional', category: 'continuity', text: 'Wisselende verpleegkundigen bij de consulten', kind: 'interpretation' },
    { sector: 'buffer', category: 'partner', text: 'Partner is betrokken als hij thuis is', kind: 'observation', ...buffer },
    { sector: 'buffer', category: 'family', text: 'Schoonmoeder komt elke week', kind: 'observation', ...buffer },
  ];
  for (const factor of factors) await call(a, 'factors.save', { ...base, ...factor });
  const plan = {
    caseId: made.id,
    methodId: 'what-and-why',
    participants: [{ memberId: anna }, { guestInitials: 'BV' }],
    roles: { caseHolder: 0, facilitator: 1 },
  };
  const first = await call(a, 'sessions.create', { ...plan, question: QUESTION });
  await call(a, 'sessions.control', { id: first.id, action: 'begin' });
  await call(a, 'contributions.save', { sessionId: first.id, phaseKey: 'why', kind: 'hypothesis', text: SAID, perspective: 'child', changeMyMind: MIND });
  await call(a, 'actions.save', { caseId: made.id, sessionId: first.id, text: ACTION, ownerName: 'Anna', dueDate: '2026-12-15' });
  await call(a, 'sessions.control', { id: first.id, action: 'finish' });
  const prep = await call<{ id: string; sections: Array<{ key: string; text: string }> }>(a, 'journal.create', {
    caseId: made.id,
    template: 'intervision-prep',
  });
  await call(a, 'journal.update', { id: prep.id, sections: prep.sections.map((s) => (s.key === 'already-tried' ? { ...s, text: TRIED } : s)) });
  const next = await call(a, 'sessions.create', { ...plan, question: NEXT_QUESTION });
  await call(a, 'sessions.control', { id: next.id, action: 'begin' });
  return { caseId: made.id, nextId: next.id };
}

function item(scope: Locator, text: string): Locator {
  return scope.getByRole('listitem').filter({ hasText: text }).first();
}

describe('the hypothesis register and the case sheet (nl)', () => {
  it('merges both sources, walks the open ones at the follow-up, shows the status on the case page, and prints the sheet on one A4 page', async () => {
    app = await launchApp({ locale: 'nl', viewport: { width: 1280, height: 720 } });
    const { page } = app;
    const { caseId, nextId } = await seed(app);
    await page.reload();

    // The case page: both hypotheses in one register, each open, with perspective and what would change my mind.
    await page.goto(`${app.baseUrl}#/cases/${caseId}/map`);
    const register = page.getByTestId('hypothesis-register');
    await register.getByRole('heading', { name: h.title }).waitFor();
    await expect.poll(() => register.getByTestId('hypothesis-item').count()).toBe(2);
    expect(await item(register, MAP_GUESS).textContent()).toContain(h.statuses.open);
    expect(await item(register, SAID).textContent()).toContain(MIND);
    expect(await item(register, SAID).textContent()).toContain(h.perspective.replace('{{perspective}}', t.sessions.contribution.perspectives.child));
    // The "?" factor's "what would change my mind?" is written here (saved as you type).
    await item(register, MAP_GUESS).getByLabel(h.changeMyMind, { exact: true }).fill(FACTOR_MIND);
    await expect
      .poll(async () => (await call<Array<{ changeMyMind: string }>>(app!, 'hypotheses.list', { caseId }))[0]?.changeMyMind, { timeout: 5_000 })
      .toBe(FACTOR_MIND);
    await register.scrollIntoViewIfNeeded();
    await app.screenshot('hypotheses-register-1280x720');
    expect(await axeViolations(page)).toEqual([]);

    // The next session's follow-up walks the open ones; one is set "Ondersteund" with a note.
    await page.goto(`${app.baseUrl}#/sessions/${nextId}/run`);
    const walk = page.getByTestId('hypothesis-follow-up');
    await walk.getByText(h.review.title).waitFor();
    await expect.poll(() => walk.getByTestId('hypothesis-follow-up-item').count()).toBe(2);
    expect(await walk.getByTestId('hypothesis-follow-up-item').filter({ hasText: MAP_GUESS }).textContent()).toContain(FACTOR_MIND);
    const card = walk.getByTestId('hypothesis-follow-up-item').filter({ hasText: SAID });
    await card.getByLabel(h.review.note, { exact: true }).fill(NOTE);
    expect(await card.getByLabel(h.review.day, { exact: true }).inputValue()).toBe(localDay());
    await card.scrollIntoViewIfNeeded();
    await app.screenshot('hypotheses-follow-up-before-1280x720');
    await card.getByRole('button', { name: h.statuses.supported, exact: true }).click();
    await expect.poll(() => card.locator('.hypothesis-status').textContent()).toBe(h.statuses.supported);
    const today = formatDay(localDay(), 'nl');
    expect(await card.getByTestId('hypothesis-review').textContent()).toContain(NOTE);
    expect(await card.getByTestId('hypothesis-review').textContent()).toContain(today);
    // It stays in this session's walk with its new status; the other is still open.
    expect(await walk.getByTestId('hypothesis-follow-up-item').count()).toBe(2);
    expect(await walk.getByTestId('hypothesis-follow-up-item').filter({ hasText: MAP_GUESS }).locator('.hypothesis-status').textContent()).toBe(
      h.statuses.open,
    );
    await app.screenshot('hypotheses-follow-up-after-1280x720');
    expect(await axeViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 1024, height: 768 });
    await card.scrollIntoViewIfNeeded();
    await app.screenshot('hypotheses-follow-up-1024x768');

    // Back on the case page: supported, with the note, the day and who set it.
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto(`${app.baseUrl}#/cases/${caseId}/map`);
    await expect.poll(() => item(register, SAID).locator('.hypothesis-status').textContent()).toBe(h.statuses.supported);
    const row = await item(register, SAID).textContent();
    expect(row).toContain(NOTE);
    expect(row).toContain(today);
    expect(row).toContain('Anna');

    // The case sheet, from the case page: readable on a beamer (1024×768) and on paper.
    await page.getByRole('link', { name: t.caseSheet.open, exact: true }).click();
    const sheet = page.getByTestId('case-sheet');
    await page.locator('[data-testid="print-view"] [data-print-state="ready"]').waitFor();
    await sheet.getByRole('heading', { name: 'Gezin Linde', level: 1 }).waitFor();
    expect(await sheet.getByTestId('sheet-phase').textContent()).toContain('24');
    expect(await sheet.getByTestId('sheet-question').textContent()).toBe(NEXT_QUESTION);
    expect(await sheet.getByTestId('sheet-tried').textContent()).toBe(TRIED);
    expect(await sheet.getByTestId('sheet-legend').getByRole('listitem').count()).toBe(8);
    expect(await axeViolations(page)).toEqual([]);
    await app.screenshot('case-sheet-1280x720');
    await page.setViewportSize({ width: 1024, height: 768 });
    await app.screenshot('case-sheet-1024x768');
    const sideways = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(sideways).toBeLessThanOrEqual(0);

    // "Afdrukken…" prints (the dialog stands in here) and is audited.
    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => void ((window as unknown as { printed: number }).printed += 1);
    });
    await sheet.getByRole('button', { name: t.reports.print.print }).click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    await expect
      .poll(
        async () =>
          (await call<{ entries: Array<{ action: string; detail: unknown }> }>(app!, 'audit.list', { limit: 20 })).entries.find(
            (e) => e.action === 'print.made',
          )?.detail,
      )
      .toEqual({ kind: 'sheet', id: caseId });

    // The PDF as main prints it (A4, Electron's default margins of 0.4 inch): one page, with the key texts.
    const pdfPath = join(SCREENSHOT_DIR, 'case-sheet-nl.pdf');
    await page.emulateMedia({ media: 'print' });
    await page.pdf({ path: pdfPath, format: 'A4', printBackground: true, margin: { top: '0.4in', bottom: '0.4in', left: '0.4in', right: '0.4in' } });
    const info = execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' });
    expect(/Pages:\s+(\d+)/.exec(info)?.[1]).toBe('1');
    const text = execFileSync('pdftotext', [pdfPath, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    for (const expected of [
      'Gezin Linde',
      t.caseSheet.title,
      NEXT_QUESTION,
      TRIED,
      ASKED,
      SAID,
      MAP_GUESS,
      h.statuses.supported,
      NOTE,
      ACTION,
      t.caseSheet.legend,
      'Schoonmoeder komt elke week',
    ])
      expect(text, expected).toContain(expected);
  });
});
