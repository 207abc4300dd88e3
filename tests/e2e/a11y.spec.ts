// WCAG 2.2 AA in the real UI: the six everyday tasks by keyboard alone with focus never on <body>, axe with
// every impact on every screen in nl and en, reflow down to 320 CSS px, the four real screen sizes, forced
// colours, reduced motion and a doubled text size.
import type { Page } from 'playwright-core';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { translations } from '../../shared/i18n';
import { axeViolations, closeBrowser, launchApp, type LaunchedApp } from './harness';

const PASSPHRASE = 'stille rivier draagt oude boten';
const ALL_IMPACTS = ['minor', 'moderate', 'serious', 'critical'];
type T = (typeof translations)['nl'];

let app: LaunchedApp | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});
afterAll(closeBrowser);

async function call(a: LaunchedApp, method: string, input: unknown): Promise<{ id: string }> {
  const result = await a.core.dispatch(method, input);
  if (!result.ok) throw new Error(`${method}: ${result.error.code} ${result.error.message}`);
  return result.value as { id: string };
}

interface Seeded {
  caseId: string;
  sessionId: string;
  mapSessionId: string;
  intensitySessionId: string;
  /** In its silent round, with hidden notes: the beamer shows only how many each person wrote. */
  silentSessionId: string;
  entryId: string;
}

/** A vault with a case, its map, a running session, a session in its map phase and a journal entry. */
async function seed(a: LaunchedApp): Promise<Seeded> {
  const vault = (await call(a, 'vault.create', {
    folder: await a.chooseFolder('newVault', a.vaultDir),
    label: 'Team Noord',
    memberName: 'Anna',
    passphrase: PASSPHRASE,
  })) as unknown as {
    session: { member: { id: string } };
  };
  const created = await call(a, 'cases.create', { pseudonym: 'Gezin Lindeboom', phase: 'pregnancy', pregnancyWeek: 28 });
  await call(a, 'chain.save', { caseId: created.id, type: 'midwife', label: 'Verloskundigenpraktijk', alreadyAsked: 'Vroeg naar het netwerk.' });
  const factor = {
    caseId: created.id,
    otherLabel: null,
    voice: 'parent',
    chainPartnerId: null,
    tags: [],
    status: 'current',
  };
  await call(a, 'factors.save', {
    ...factor,
    sector: 'parent',
    category: 'psychological-problems',
    text: 'Somber sinds de bevalling',
    kind: 'parent-words',
    pressure: 'moderate',
    duration: 'prolonged',
    buffered: 'partly',
  });
  await call(a, 'factors.save', {
    ...factor,
    sector: 'child',
    category: 'temperament',
    text: 'Huilt veel in de avond',
    kind: 'hypothesis',
    voice: 'professional',
    pressure: 'light',
    duration: 'brief',
    buffered: 'yes',
  });
  await call(a, 'factors.save', {
    ...factor,
    sector: 'buffer',
    category: 'family',
    text: 'Oma komt elke week',
    kind: 'observation',
    pressure: null,
    duration: null,
    buffered: null,
  });
  const methods = (await a.core.dispatch('methods.list', {})) as { ok: true; value: Array<{ id: string; phases: Array<{ mode: string }> }> };
  const method = methods.value.find((m) => m.id === 'what-and-why') ?? methods.value[0]!;
  const plan = {
    caseId: created.id,
    methodId: method.id,
    participants: [{ memberId: vault.session.member.id }, { guestInitials: 'BV' }],
    roles: { caseHolder: 0, facilitator: 1 },
  };
  const session = await call(a, 'sessions.create', { ...plan, question: 'Hoe blijf ik in contact met moeder?' });
  await call(a, 'sessions.control', { id: session.id, action: 'begin' });
  const mapSession = await call(a, 'sessions.create', { ...plan, question: 'Wat zien we op de kaart?' });
  await call(a, 'sessions.control', { id: mapSession.id, action: 'begin' });
  const mapIndex = method.phases.findIndex((p) => p.mode === 'map');
  for (let i = 0; i < mapIndex; i++) await call(a, 'sessions.control', { id: mapSession.id, action: 'next' });
  // A session at the intensity step, with two options weighed (the care feature's form and the continuum card).
  const intensitySession = await call(a, 'sessions.create', { ...plan, question: 'Welke steun past?' });
  await call(a, 'sessions.control', { id: intensitySession.id, action: 'begin' });
  const intensityIndex = method.phases.findIndex((p) => p.mode === 'intensity');
  for (let i = 0; i < intensityIndex; i++) await call(a, 'sessions.control', { id: intensitySession.id, action: 'next' });
  await call(a, 'sessions.saveOutcome', {
    id: intensitySession.id,
    care: {
      indications: { riskFactors: 'yes', disturbedRelationship: 'unknown', asksForHelp: 'yes' },
      indicationNote: '',
      parentWants: 'Iemand die thuis komt',
      options: [
        { optionId: 'voorzorg', name: 'VoorZorg', chosen: true, reasons: 'Eerste kind, wil thuis begeleid worden' },
        { optionId: 'centering-zwangerschap', name: 'CenteringZwangerschap', chosen: false, reasons: 'Liever geen groep' },
      ],
    },
  });
  const silentSession = (await call(a, 'sessions.create', { ...plan, question: 'Wat weten we al?' })) as unknown as {
    id: string;
    participants: Array<{ id: string }>;
  };
  await call(a, 'sessions.control', { id: silentSession.id, action: 'begin' });
  await call(a, 'sessions.control', { id: silentSession.id, action: 'next' });
  for (const [author, text] of [
    [0, 'Wie kent de oma?'],
    [1, 'Hoe gaan de nachten?'],
    [1, 'Wat zegt de verloskundige?'],
  ] as const) {
    await call(a, 'contributions.save', {
      sessionId: silentSession.id,
      phaseKey: 'silent-round',
      kind: 'question',
      authorId: silentSession.participants[author]!.id,
      text,
      hidden: true,
    });
  }
  // A meldcode record with something in every step, so its screen and print view show real content.
  await call(a, 'meldcode.save', {
    caseId: created.id,
    step1: { date: '2026-12-15', signals: 'Blauwe plek op de bovenarm; moeder zegt: gestoten.', kindcheck: 'Eén kind, nog ongeboren broertje.' },
    step2: { date: '2026-12-16', consulted: 'aandachtsfunctionaris', adviceFrom: 'veilig-thuis', adviceBy: 'adviseur', advice: 'Gesprek voeren.' },
    step3: { date: '2026-12-17', withWhom: 'moeder', said: 'Wat ik zag.', reaction: 'Wil hulp bij de nachten.' },
    step4: {
      date: '2026-12-18',
      answers: {
        suspicion: { answer: 'yes', note: 'Signalen blijven.' },
        unsafety: { answer: 'no', note: '' },
        'able-to-help': { answer: 'yes', note: '' },
        'help-accepted': { answer: null, note: '' },
        'help-works': { answer: null, note: '' },
      },
    },
    step5: { date: '2026-12-19', reportNeeded: 'yes', reportReasons: 'Besproken.', helpPossible: 'yes', helpReasons: 'Huisbezoek.' },
  });
  // A meeting in two days with the case on its agenda, and an overdue action point of Anna's (home, Intervisie).
  const inTwoDays = new Date(Date.now() + 2 * 86_400_000);
  const meetingDay = `${inTwoDays.getFullYear()}-${String(inTwoDays.getMonth() + 1).padStart(2, '0')}-${String(inTwoDays.getDate()).padStart(2, '0')}`;
  const meeting = await call(a, 'meetings.save', { date: meetingDay, startTime: '14:00', title: 'Intervisie team Noord', place: 'Wijkgebouw' });
  await call(a, 'agenda.save', {
    meetingId: meeting.id,
    caseId: created.id,
    methodId: method.id,
    caseHolder: { memberId: vault.session.member.id },
    question: 'Hoe steun ik moeder bij het slapen?',
    tried: 'Een slaapdagboek.',
    startTime: '14:00',
    minutes: 45,
  });
  await call(a, 'actions.save', { caseId: created.id, text: 'Verloskundige terugbellen', ownerMemberId: vault.session.member.id, dueDate: '2026-01-05' });
  const entry = await call(a, 'journal.create', { caseId: created.id });
  await call(a, 'journal.update', { id: entry.id, title: 'Na het huisbezoek', body: 'Moeder vertelde over haar nachten.', sections: [], tags: [] });
  return {
    caseId: created.id,
    sessionId: session.id,
    mapSessionId: mapSession.id,
    intensitySessionId: intensitySession.id,
    silentSessionId: silentSession.id,
    entryId: entry.id,
  };
}

interface FocusInfo {
  tag: string;
  name: string;
  visible: boolean;
}

/** What has focus: its tag, an accessible name (roughly as a screen reader computes it) and whether it is visible. */
async function focused(page: Page): Promise<FocusInfo> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { tag: 'body', name: '', visible: false };
    const byIds = (ids: string | null) =>
      (ids ?? '')
        .split(/\s+/)
        .map((id) => document.getElementById(id)?.textContent ?? '')
        .join(' ')
        .trim();
    const labels = 'labels' in el ? Array.from((el as HTMLInputElement).labels ?? []).map((l) => l.textContent ?? '') : [];
    const name =
      (el.getAttribute('aria-label') ?? byIds(el.getAttribute('aria-labelledby')) ?? '') ||
      labels.join(' ').trim() ||
      (el.textContent ?? '').trim() ||
      el.getAttribute('title') ||
      '';
    const rect = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    const visible = rect.width > 0 && rect.height > 0 && style.visibility !== 'hidden' && rect.bottom > 0 && rect.right > 0;
    return { tag: el.tagName.toLowerCase(), name: name.replace(/\s+/g, ' ').slice(0, 400), visible };
  });
}

/** After every step: focus is on a visible element with a name, never on <body>. */
async function expectFocusNamed(page: Page, step: string, name?: string | RegExp, tag?: string): Promise<FocusInfo> {
  let info = await focused(page);
  const wrong = () => info.tag === 'body' || (name && !matches(info.name, name)) || (tag && info.tag !== tag);
  // Focus may move a frame after the step (a route's heading appears once its data is there); an
  // unlock's key derivation can take seconds on a machine shared with other test runs.
  for (let i = 0; i < 100 && wrong(); i++) {
    await page.waitForTimeout(50);
    info = await focused(page);
  }
  expect(info.tag, `${step}: focus on <body>`).not.toBe('body');
  expect(info.visible, `${step}: focused ${info.tag} "${info.name}" is not visible`).toBe(true);
  expect(info.name, `${step}: focused ${info.tag} has no name`).not.toBe('');
  if (name) expect(matches(info.name, name), `${step}: focus on "${info.name}"`).toBe(true);
  if (tag) expect(info.tag, `${step}: focus on ${info.tag} "${info.name}"`).toBe(tag);
  return info;
}

function matches(text: string, name: string | RegExp): boolean {
  return typeof name === 'string' ? text.includes(name) : name.test(text);
}

/**
 * Tab (never click) until focus is on an element whose name matches; every stop on the way is checked.
 * Backwards (Shift+Tab) reaches the sidebar from the page without leaving the document at its end.
 */
async function tabTo(page: Page, name: string | RegExp, step: string, max = 120, backwards = false): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    const info = await focused(page);
    expect(info.tag, `${step}: Tab ${i + 1} put focus on <body>`).not.toBe('body');
    if (matches(info.name, name)) return;
  }
  throw new Error(`${step}: no element named ${String(name)} within ${max} Tab presses`);
}

async function liveText(page: Page): Promise<string> {
  return ((await page.getByTestId('live-region').textContent()) ?? '').replace(/\u200b/g, '');
}

async function noSidewaysScroll(page: Page): Promise<{ page: number; main: number; width: number }> {
  return page.evaluate(() => {
    const main = document.querySelector('main');
    return {
      page: document.documentElement.scrollWidth,
      main: main ? main.scrollWidth - main.clientWidth : 0,
      width: window.innerWidth,
    };
  });
}

describe('by keyboard alone (nl)', () => {
  const t = translations.nl;

  it('unlock, add and move a factor, add a contribution and change phase, Ctrl+K, a journal entry, Ctrl+L: focus always on a named element', async () => {
    app = await launchApp({ viewport: { width: 1280, height: 720 } });
    const { page } = app;
    const seeded = await seed(app);
    await call(app, 'vault.lock', {});
    await page.reload();
    await page.getByRole('heading', { name: t.start.title, level: 1 }).waitFor();

    // 1. Unlock.
    await tabTo(page, t.start.unlock, 'unlock');
    await page.keyboard.press('Enter');
    await expectFocusNamed(page, 'unlock dialog', t.unlock.passphrase);
    await page.keyboard.type(PASSPHRASE);
    await page.keyboard.press('Enter');
    await expectFocusNamed(page, 'home', t.home.greeting.replace('{{name}}', 'Anna'), 'h1');

    // The skip link moves focus into the page, it does not open another route.
    await tabTo(page, t.app.skipToContent, 'skip link', 30, true);
    const before = page.url();
    await page.keyboard.press('Enter');
    await expectFocusNamed(page, 'after the skip link', t.home.greeting.replace('{{name}}', 'Anna'));
    expect(page.url()).toBe(before);

    // 2. Open the case, add a factor, "Klaar", move it on the map with the arrows.
    await tabTo(page, t.nav.cases, 'cases link', 60, true);
    await page.keyboard.press('Enter');
    await expectFocusNamed(page, 'cases page', t.cases.title, 'h1');
    await tabTo(page, 'Gezin Lindeboom', 'case row');
    expect(await focused(page).then((f) => f.tag)).toBe('a');
    await page.keyboard.press('Enter');
    await expectFocusNamed(page, 'case page', 'Gezin Lindeboom', 'h1');
    await tabTo(page, t.map.addTo.replace('{{sector}}', t.map.sectors.external), 'add to external');
    await page.keyboard.press('Enter');
    await expectFocusNamed(page, 'factor editor', t.map.factor.text);
    await page.keyboard.type('Schulden sinds het verlies van werk');
    await page.getByTestId('factor-editor').getByText(t.cases.saved).waitFor();
    await tabTo(page, t.map.factor.done, 'Klaar');
    await page.keyboard.press('Enter');
    const onFactor = await expectFocusNamed(page, 'after Klaar', new RegExp(`${t.map.sectors.external}: `));
    expect(onFactor.name).toContain(t.map.a11y.voice.replace('{{voice}}', t.map.voices.professional));
    // Counting, not weighting: nothing about the stress was filled in for the user, so none is named.
    for (const duration of Object.values(t.map.durations)) expect(onFactor.name).not.toContain(t.map.a11y.duration.replace('{{duration}}', duration));
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => liveText(page)).toContain(t.map.moved.inward.replace('{{name}}', t.map.categories.isolation));
    await expectFocusNamed(page, 'after a move', new RegExp(`${t.map.sectors.external}: `));

    // 3. In the running session: add a contribution (focus stays in the text box), then the next phase.
    // The sidebar's link, whose name ends in "Intervisie" (the case page's "Intervisie plannen" comes first going back).
    await tabTo(page, new RegExp(`${t.nav.sessions}$`), 'sessions link', 120, true);
    await page.keyboard.press('Enter');
    await expectFocusNamed(page, 'sessions page', t.sessions.title, 'h1');
    // The newest session first; open the one with the question phase.
    await page.evaluate((id) => (window.location.hash = `#/sessions/${id}/run`), seeded.sessionId);
    await expectFocusNamed(page, 'session runner', 'Gezin Lindeboom', 'h1');
    // The side map shows, it is not a row of Tab stops.
    expect(await page.locator('.session-side [data-factor] [tabindex]').count()).toBe(0);
    await tabTo(page, t.sessions.contribution.text, 'contribution text');
    await page.keyboard.type('Wat merkt moeder zelf van de nachten?');
    const count = await page.getByTestId('contribution').count();
    await tabTo(page, t.sessions.contribution.save, 'Toevoegen', 10);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('contribution').count()).toBe(count + 1);
    await expectFocusNamed(page, 'after Toevoegen', t.sessions.contribution.text);
    // Not a disabled button (that would have dropped focus); only aria-disabled while the box is empty.
    const addButton = page.getByTestId('composer').getByRole('button', { name: t.sessions.contribution.save });
    expect(await addButton.evaluate((b) => (b as HTMLButtonElement).disabled)).toBe(false);
    await expect.poll(() => liveText(page)).toContain(t.sessions.contribution.added);
    await tabTo(page, `${t.sessions.run.next} →`, 'next phase', 60, true);
    await page.keyboard.press('Enter');
    await expect.poll(() => liveText(page)).toMatch(/^Fase 2 van \d+: /);
    await expectFocusNamed(page, 'after the next phase');

    // 4. Search with Ctrl+K and open the result.
    await page.keyboard.press('Control+k');
    await expectFocusNamed(page, 'palette', t.palette.label);
    await page.keyboard.type('huisbezoek');
    await page.getByRole('option', { name: /Na het huisbezoek/ }).waitFor();
    await page.keyboard.press('Enter');
    await expectFocusNamed(page, 'journal entry from the palette', 'Na het huisbezoek', 'h2');

    // Escape in the palette gives focus back to where it was.
    await page.keyboard.press('Control+k');
    await expectFocusNamed(page, 'palette again', t.palette.label);
    await page.keyboard.press('Escape');
    await expectFocusNamed(page, 'after Escape', 'Na het huisbezoek');

    // 5. Write a journal entry.
    await tabTo(page, t.journal.editor.title, 'entry title', 30);
    await page.keyboard.press('Control+a');
    await page.keyboard.type('Na het huisbezoek, bijgewerkt');
    await page.getByRole('status').filter({ hasText: t.journal.editor.saved }).waitFor();
    await expectFocusNamed(page, 'after typing the title', t.journal.editor.title);

    // 6. Lock with Ctrl+L: the start screen, focus on the locked vault's unlock button; Enter opens the dialog.
    await page.keyboard.press('Control+l');
    await page.getByRole('heading', { name: t.start.title, level: 1 }).waitFor();
    await expectFocusNamed(page, 'after Ctrl+L', t.start.unlock);
    await page.keyboard.press('Enter');
    await page.getByRole('dialog', { name: t.unlock.title.replace('{{label}}', 'Team Noord') }).waitFor();
    await expectFocusNamed(page, 'in the unlock dialog', t.unlock.passphrase);
    await page.keyboard.press('Escape');
    await expectFocusNamed(page, 'after closing the unlock dialog', t.start.unlock);

    const entry = (await app.core.dispatch('vault.status', {})) as { ok: true; value: { unlocked: boolean } };
    expect(entry.value.unlocked).toBe(false);
  });
});

/** Every screen of the app, reached by its route once the vault is unlocked. */
function screens(s: Seeded): Array<{ name: string; hash: string }> {
  return [
    { name: 'home', hash: '#/' },
    { name: 'cases', hash: '#/cases' },
    { name: 'case map', hash: `#/cases/${s.caseId}/map` },
    { name: 'case parent voice', hash: `#/cases/${s.caseId}/voice` },
    { name: 'case people', hash: `#/cases/${s.caseId}/people` },
    { name: 'case history', hash: `#/cases/${s.caseId}/history` },
    { name: 'case timeline', hash: `#/cases/${s.caseId}/timeline` },
    { name: 'case meldcode', hash: `#/cases/${s.caseId}/meldcode` },
    { name: 'sessions', hash: '#/sessions' },
    { name: 'plan intervision dialog', hash: `#/sessions/plan/case/${s.caseId}` },
    { name: 'methods', hash: '#/sessions/methods' },
    { name: 'session runner', hash: `#/sessions/${s.sessionId}/run` },
    { name: 'session runner, map phase', hash: `#/sessions/${s.mapSessionId}/run` },
    { name: 'session runner, intensity phase', hash: `#/sessions/${s.intensitySessionId}/run` },
    { name: 'session summary with care options', hash: `#/sessions/${s.intensitySessionId}/summary` },
    { name: 'presenter view', hash: `#/sessions/${s.sessionId}/present` },
    { name: 'presenter view, silent round', hash: `#/sessions/${s.silentSessionId}/present` },
    { name: 'presenter view, map phase', hash: `#/sessions/${s.mapSessionId}/present` },
    { name: 'session summary', hash: `#/sessions/${s.sessionId}/summary` },
    { name: 'session print view', hash: `#/print/session/${s.sessionId}` },
    { name: 'case print view', hash: `#/print/case/${s.caseId}` },
    { name: 'case sheet', hash: `#/print/sheet/${s.caseId}` },
    { name: 'meldcode print view', hash: `#/print/meldcode/${s.caseId}` },
    { name: 'journal', hash: '#/journal' },
    { name: 'journal entry', hash: `#/journal/${s.entryId}` },
    { name: 'prompt library', hash: '#/journal/prompts' },
    { name: 'search', hash: '#/search' },
    ...['general', 'members', 'security', 'backups', 'privacy', 'care', 'audit'].map((tab) => ({ name: `settings ${tab}`, hash: `#/settings/${tab}` })),
  ];
}

async function visit(page: Page, hash: string): Promise<void> {
  await page.evaluate((h) => (window.location.hash = h), hash);
  await page.locator('h1').first().waitFor();
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(150);
}

describe.each(['nl', 'en'] as const)('axe with every impact (%s)', (locale) => {
  const t: T = translations[locale];

  it('reports nothing on any screen, dialog or palette', async () => {
    app = await launchApp({ locale, viewport: { width: 1280, height: 720 } });
    const { page } = app;
    const found: Array<{ screen: string; violations: unknown[] }> = [];
    const check = async (screen: string) => {
      const violations = await axeViolations(page, ALL_IMPACTS);
      if (violations.length > 0) found.push({ screen, violations });
    };

    // Locked: the start screen and the unlock dialog.
    const seeded = await seed(app);
    await call(app, 'vault.lock', {});
    await page.reload();
    await page.getByRole('heading', { name: t.start.title, level: 1 }).waitFor();
    await check('start screen');
    await page.getByRole('button', { name: t.start.unlock }).first().click();
    await page.getByRole('dialog').waitFor();
    await check('unlock dialog');
    await page.getByRole('dialog').getByLabel(t.unlock.passphrase, { exact: true }).fill(PASSPHRASE);
    await page.getByRole('dialog').getByRole('button', { name: t.unlock.submit, exact: true }).click();
    await page.getByRole('heading', { name: t.home.greeting.replace('{{name}}', 'Anna') }).waitFor();

    for (const screen of screens(seeded)) {
      await visit(page, screen.hash);
      await check(screen.name);
    }

    // The factor editor, the palette and a dialog.
    await visit(page, `#/cases/${seeded.caseId}/map`);
    await page.getByRole('button', { name: t.map.addTo.replace('{{sector}}', t.map.sectors.buffer) }).click();
    await page.getByTestId('factor-editor').waitFor();
    await check('factor editor');
    await page.keyboard.press('Control+k');
    await page.getByRole('combobox').fill('Lindeboom');
    await page.getByRole('option').first().waitFor();
    await check('command palette');
    await page.keyboard.press('Escape');
    await visit(page, '#/cases');
    await page.getByRole('button', { name: t.cases.newCase }).first().click();
    await page.getByRole('dialog').waitFor();
    await check('new case dialog');
    // The due week read as typed, with its preview, and one that cannot be read, with its message.
    await page.getByRole('dialog').getByLabel(t.thousandDays.dueWeek, { exact: true }).fill('31 weken');
    await check('new case dialog with a due week');
    await page.getByRole('dialog').getByLabel(t.thousandDays.dueWeek, { exact: true }).fill('binnenkort');
    await page.getByRole('dialog').getByLabel(t.cases.pseudonym).focus();
    await page.getByRole('dialog').getByText(t.thousandDays.problems.unreadable).waitFor();
    await check('new case dialog with an unreadable due week');
    await page.keyboard.press('Escape');
    // A conversation question opened for the parent's answer.
    await visit(page, `#/cases/${seeded.caseId}/voice`);
    await page.locator('.question-item').first().getByRole('button').click();
    await page.getByText(t.parentVoice.conversation.as).first().waitFor();
    await page.getByRole('radio', { name: t.parentVoice.conversation.buffer }).check();
    await check('conversation question with its answer form');

    expect(found).toEqual([]);

    // The check itself sees a minor problem when there is one (so the empty list above means something).
    await page.keyboard.press('Escape');
    await page.evaluate(() => {
      const probe = document.createElement('div');
      probe.id = 'axe-probe';
      probe.innerHTML = '<ul><div>not a list item</div></ul>';
      document.querySelector('main')?.append(probe);
    });
    const probed = await axeViolations(page, ALL_IMPACTS);
    expect(probed.map((v) => v.id)).toContain('list');
  }, 240_000);
});

/** Widths of what overflows sideways: the page, the main area, and any element wider than the window. */
async function overflow(page: Page): Promise<{ page: number; main: number; width: number; wide: string[] }> {
  const sizes = await noSidewaysScroll(page);
  const wide = await page.evaluate(() => {
    const limit = window.innerWidth + 1;
    return Array.from(document.querySelectorAll('main *'))
      .filter((el) => {
        const rect = el.getBoundingClientRect();
        if (rect.width === 0 || el.closest('.visually-hidden')) return false;
        return rect.right > limit;
      })
      .slice(0, 5)
      .map(
        (el) =>
          `${el.tagName.toLowerCase()}.${(el.getAttribute('class') ?? '').split(' ')[0]}${el.id ? '#' + el.id : ''} right=${Math.round(el.getBoundingClientRect().right)}`,
      );
  });
  return { ...sizes, wide };
}

async function mapWidth(page: Page): Promise<number> {
  return page
    .getByTestId('relational-map')
    .first()
    .evaluate((el) => Math.round(el.getBoundingClientRect().width));
}

describe('reflow and real screens (nl)', () => {
  it('at 640×360 and 320×640 (200 % and 400 % zoom): no sideways scroll, nothing cut off, the sidebar a menu', async () => {
    for (const viewport of [
      { width: 640, height: 360 },
      { width: 320, height: 640 },
    ]) {
      app = await launchApp({ viewport });
      const { page } = app;
      const t = translations.nl;
      const seeded = await seed(app);
      await page.reload();
      const size = `${viewport.width}x${viewport.height}`;
      for (const [name, hash] of [
        ['case-map', `#/cases/${seeded.caseId}/map`],
        ['session-map-phase', `#/sessions/${seeded.mapSessionId}/run`],
        ['journal', `#/journal/${seeded.entryId}`],
        ['settings', '#/settings/general'],
      ] as const) {
        await visit(page, hash);
        await app.screenshot(`reflow-${name}-${size}`);
        const measured = await overflow(page);
        expect(measured.wide, `${name} at ${size}: cut off`).toEqual([]);
        expect(measured.page, `${name} at ${size}: page scrolls sideways`).toBeLessThanOrEqual(viewport.width);
        expect(measured.main, `${name} at ${size}: main scrolls sideways`).toBeLessThanOrEqual(0);
        // The map takes the width that is there (the page keeps a small margin).
        if (name === 'case-map' || name === 'session-map-phase') expect(await mapWidth(page)).toBeGreaterThanOrEqual(viewport.width * 0.8);
      }
      // The navigation folds behind a menu button that opens and closes it.
      const menu = page.getByRole('button', { name: t.nav.menu });
      expect(await menu.getAttribute('aria-expanded')).toBe('false');
      expect(await page.getByRole('link', { name: t.nav.journal }).isVisible()).toBe(false);
      await menu.click();
      expect(await menu.getAttribute('aria-expanded')).toBe('true');
      await page.getByRole('link', { name: t.nav.journal }).click();
      await page.getByRole('heading', { name: t.journal.title, level: 1 }).waitFor();
      expect(await menu.getAttribute('aria-expanded')).toBe('false');
      await app.screenshot(`reflow-menu-${size}`);
      await app.close();
      app = null;
    }
  });

  // Many screens at four sizes, each on a fresh vault: far more than the default two minutes on a busy machine.
  it('at 1024×768, 1280×720, 1366×768 and 1920×1080: the map gets its room, nothing overflows', { timeout: 600_000 }, async () => {
    for (const viewport of [
      { width: 1024, height: 768 },
      { width: 1280, height: 720 },
      { width: 1366, height: 768 },
      { width: 1920, height: 1080 },
    ]) {
      app = await launchApp({ viewport });
      const { page } = app;
      const seeded = await seed(app);
      await page.reload();
      const size = `${viewport.width}x${viewport.height}`;
      for (const [name, hash] of [
        ['case-list', '#/cases'],
        ['case-map', `#/cases/${seeded.caseId}/map`],
        ['case-meldcode', `#/cases/${seeded.caseId}/meldcode`],
        ['meldcode-print', `#/print/meldcode/${seeded.caseId}`],
        ['case-voice', `#/cases/${seeded.caseId}/voice`],
        ['session-map-phase', `#/sessions/${seeded.mapSessionId}/run`],
        ['session-runner', `#/sessions/${seeded.sessionId}/run`],
        ['session-intensity-phase', `#/sessions/${seeded.intensitySessionId}/run`],
        // The beamer's window: 1024×768 is a beamer.
        ['presenter-silent-round', `#/sessions/${seeded.silentSessionId}/present`],
        ['presenter-map-phase', `#/sessions/${seeded.mapSessionId}/present`],
        ['case-sheet', `#/print/sheet/${seeded.caseId}`],
        ['journal', `#/journal/${seeded.entryId}`],
        ['settings', '#/settings/general'],
        ['settings-care', '#/settings/care'],
        ['home', '#/'],
        ['sessions', '#/sessions'],
        ['plan-intervision', `#/sessions/plan/case/${seeded.caseId}`],
      ] as const) {
        await visit(page, hash);
        await app.screenshot(`screen-${name}-${size}`);
        const measured = await overflow(page);
        expect(measured.page, `${name} at ${size}`).toBeLessThanOrEqual(viewport.width);
        expect(measured.main, `${name} at ${size}`).toBeLessThanOrEqual(0);
        expect(measured.wide, `${name} at ${size}`).toEqual([]);
        if (name === 'case-map' || name === 'session-map-phase') {
          expect(await mapWidth(page), `${name} map at ${size}`).toBeGreaterThanOrEqual(viewport.width >= 1280 ? 560 : 440);
        }
      }
      await app.close();
      app = null;
    }
  });

  it('follows the text size, reduced motion and forced colours', async () => {
    app = await launchApp({ viewport: { width: 1280, height: 720 } });
    const { page } = app;
    const seeded = await seed(app);
    await page.reload();
    await visit(page, `#/cases/${seeded.caseId}/map`);
    const titleSize = () =>
      page
        .locator('main .page-intro, main p')
        .first()
        .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    const normal = await titleSize();

    // A doubled system text size doubles the type (rem), and the layout still reflows.
    await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
    expect(await titleSize()).toBeCloseTo(normal * 2, 0);
    const big = await overflow(page);
    expect(big.page).toBeLessThanOrEqual(1280);
    expect(big.wide).toEqual([]);
    await app.screenshot('text-200-case-map-1280x720');
    await page.evaluate(() => (document.documentElement.style.fontSize = ''));

    await page.emulateMedia({ reducedMotion: 'reduce' });
    const duration = await page
      .locator('main .button')
      .first()
      .evaluate((el) => getComputedStyle(el).transitionDuration);
    expect(parseFloat(duration)).toBeLessThan(0.001);

    await page.emulateMedia({ reducedMotion: null, forcedColors: 'active' });
    expect(await page.evaluate(() => matchMedia('(forced-colors: active)').matches)).toBe(true);
    const button = page.getByRole('button', { name: /Toevoegen aan Beschermende factoren/ });
    expect(await button.evaluate((el) => getComputedStyle(el).borderTopStyle)).toBe('solid');
    await button.focus();
    expect(await button.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid');
    await app.screenshot('forced-colors-case-map-1280x720');
    expect(await axeViolations(page, ALL_IMPACTS)).toEqual([]);
  });
});
