import type { Page } from 'playwright-core';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { translations } from '../../shared/i18n';
import { axeViolations, closeBrowser, launchApp, type LaunchedApp } from './harness';

const PASSPHRASE = 'stille rivier draagt oude boten';
const t = translations.nl;

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

async function visit(page: Page, hash: string): Promise<void> {
  await page.evaluate((h) => (window.location.hash = h), hash);
  await page.locator('h1').first().waitFor();
  await page.waitForLoadState('networkidle');
}

/** A pregnancy case (week 20) with a toxic stressor, a traumatic one about the parent's own childhood, and a session at the map phase. */
async function prepare(a: LaunchedApp) {
  const vault = await call<{ session: { member: { id: string } } }>(a, 'vault.create', {
    folder: await a.chooseFolder('newVault', a.vaultDir),
    label: 'Team Noord',
    memberName: 'Anna',
    passphrase: PASSPHRASE,
  });
  const made = await call(a, 'cases.create', { pseudonym: 'Gezin Wilg', phase: 'pregnancy', pregnancyWeek: 20 });
  const base = { caseId: made.id, otherLabel: null, chainPartnerId: null, status: 'current', kind: 'observation', voice: 'professional', pressure: 'moderate' };
  await call(a, 'factors.save', {
    ...base,
    sector: 'external',
    category: 'housing',
    text: 'Woont tijdelijk bij een vriendin',
    duration: 'prolonged',
    buffered: 'no',
    tags: [],
  });
  await call(a, 'factors.save', {
    ...base,
    sector: 'parent',
    category: 'unprocessed-trauma-loss',
    kind: 'parent-words',
    voice: 'parent',
    text: 'Vertelt over geweld in haar eigen jeugd',
    duration: 'prolonged',
    buffered: 'partly',
    tags: ['ace-physical-abuse'],
    experienceOf: 'parent-childhood',
    traumatic: true,
  });
  const session = await call<{ id: string; method: { phases: Array<{ mode: string }> } }>(a, 'sessions.create', {
    caseId: made.id,
    methodId: 'what-and-why',
    question: 'Welke steun past bij deze zwangere?',
    participants: [{ memberId: vault.session.member.id }, { guestInitials: 'BV' }],
    roles: { caseHolder: 0, facilitator: 1, timekeeper: null, scribe: null },
  });
  await call(a, 'sessions.control', { id: session.id, action: 'begin' });
  const mapIndex = session.method.phases.findIndex((p) => p.mode === 'map');
  for (let i = 0; i < mapIndex; i++) await call(a, 'sessions.control', { id: session.id, action: 'next' });
  return { caseId: made.id, sessionId: session.id };
}

async function nextPhase(page: Page, expected: string) {
  await page.getByRole('button', { name: `${t.sessions.run.next} →` }).click();
  await page.getByRole('heading', { name: expected, level: 2, exact: true }).first().waitFor();
}

describe('the intensity step with care options, and the continuum (nl)', () => {
  it('weighs two options and chooses one with reasons, shows the caution and the continuum, and the summary keeps it', { timeout: 300_000 }, async () => {
    app = await launchApp({ locale: 'nl', viewport: { width: 1280, height: 720 } });
    const { page } = app;
    const { caseId, sessionId } = await prepare(app);
    await page.reload();

    // The map phase: the continuum card under the map, the counts "zo gemarkeerd door jullie".
    await visit(page, `#/sessions/${sessionId}/run`);
    await page.getByRole('heading', { name: 'De kaart', level: 2, exact: true }).first().waitFor();
    const mapCard = page.getByTestId('continuum-card');
    await mapCard.waitFor();
    expect(await mapCard.getByTestId('continuum-toxic').textContent()).toContain(t.care.continuum.marked_one.replace('{{count}}', '1'));
    expect(await mapCard.getByTestId('continuum-traumatic').textContent()).toContain(t.care.continuum.responses.traumatic);
    expect(await mapCard.textContent()).toContain(t.care.continuum.caveat);
    await mapCard.getByText(t.care.ace.title).click();
    expect(await mapCard.getByTestId('ace-counts').textContent()).toContain('1 over de eigen jeugd van de ouder');
    expect(await mapCard.textContent()).toContain(t.care.ace.caveat);
    await mapCard.scrollIntoViewIfNeeded();
    await app.screenshot('intensity-map-phase-continuum-1280x720');

    // On to the intensity step.
    await nextPhase(page, 'Waarom');
    await nextPhase(page, 'Intensiteit');
    const form = page.getByTestId('care-record');
    await form.waitFor();
    expect(await page.getByTestId('continuum-card').isVisible()).toBe(true);

    // The three indications and what the parent wants.
    await form.getByRole('group', { name: t.care.intensity.indications.riskFactors }).getByRole('radio', { name: t.care.intensity.answers.yes }).check();
    await form
      .getByRole('group', { name: t.care.intensity.indications.disturbedRelationship })
      .getByRole('radio', { name: t.care.intensity.answers.unknown })
      .check();
    await form.getByRole('group', { name: t.care.intensity.indications.asksForHelp }).getByRole('radio', { name: t.care.intensity.answers.yes }).check();
    await form.getByLabel(t.care.intensity.parentWants, { exact: true }).fill('Iemand die bij haar thuis komt, liever geen groep');

    // The caution is there, in the seed's words.
    const caution = page.getByTestId('care-caution');
    await form.getByRole('group', { name: t.care.intensity.indications.riskFactors }).scrollIntoViewIfNeeded();
    await app.screenshot('intensity-step-indications-1280x720');
    await caution.scrollIntoViewIfNeeded();
    await app.screenshot('intensity-step-caution-1280x720');
    expect(await caution.textContent()).toContain('geen effect');
    expect(await caution.textContent()).toContain('hechtingspolitie');

    // Two options considered, one chosen, both with reasons. Nothing is pre-ticked or ordered for the case.
    const catalogue = form.getByTestId('care-catalogue');
    const boxes = catalogue.getByRole('checkbox');
    expect(await boxes.count()).toBeGreaterThanOrEqual(8);
    for (let i = 0; i < (await boxes.count()); i++) expect(await boxes.nth(i).isChecked()).toBe(false);
    await catalogue.getByRole('checkbox', { name: 'VoorZorg', exact: true }).check();
    await catalogue.getByRole('checkbox', { name: 'CenteringZwangerschap', exact: true }).check();
    const voorzorg = form.locator('[data-considered="voorzorg"]');
    await voorzorg.getByRole('checkbox', { name: t.care.intensity.chosen }).check();
    await voorzorg
      .getByLabel(t.care.intensity.reasons.replace('{{name}}', 'VoorZorg'), { exact: true })
      .fill('Eerste kind, 20 weken, wil thuis begeleid worden');
    await form
      .locator('[data-considered="centering-zwangerschap"]')
      .getByLabel(t.care.intensity.reasons.replace('{{name}}', 'CenteringZwangerschap'), { exact: true })
      .fill('Moeder wil liever geen groep');
    await expect
      .poll(async () => {
        const detail = await call<{ outcome: { care: { options: Array<{ optionId: string; chosen: boolean; reasons: string }>; parentWants: string } } }>(
          app!,
          'sessions.get',
          { id: sessionId },
        );
        return detail.outcome.care;
      })
      .toMatchObject({
        parentWants: 'Iemand die bij haar thuis komt, liever geen groep',
        options: [
          { optionId: 'voorzorg', chosen: true, reasons: 'Eerste kind, 20 weken, wil thuis begeleid worden' },
          { optionId: 'centering-zwangerschap', chosen: false, reasons: 'Moeder wil liever geen groep' },
        ],
      });
    await app.screenshot('intensity-step-1280x720');
    await form.getByTestId('care-considered').scrollIntoViewIfNeeded();
    await app.screenshot('intensity-step-considered-1280x720');
    expect(await axeViolations(page)).toEqual([]);

    // The summary shows what was chosen and what was considered, with the reasons.
    await visit(page, `#/sessions/${sessionId}/summary`);
    const summary = page.getByTestId('care-summary');
    await summary.waitFor();
    expect(await summary.getByTestId('care-summary-chosen').textContent()).toContain('VoorZorg — Eerste kind, 20 weken, wil thuis begeleid worden');
    expect(await summary.getByTestId('care-summary-considered').textContent()).toContain('CenteringZwangerschap — Moeder wil liever geen groep');
    expect(await summary.textContent()).toContain('Iemand die bij haar thuis komt');
    await summary.scrollIntoViewIfNeeded();
    await app.screenshot('intensity-summary-1280x720');

    // The print view carries it too.
    await visit(page, `#/print/session/${sessionId}`);
    expect(await page.getByTestId('care-summary').textContent()).toContain('VoorZorg');

    // The case page shows the continuum card under the map.
    await visit(page, `#/cases/${caseId}/map`);
    await page.getByTestId('continuum-card').waitFor();

    // Where stress kinds are set: the factor editor marks traumatic stress and asks whose experience the ACE tag is.
    await page.getByRole('button', { name: t.map.showTable }).click();
    await page.getByRole('table').getByRole('button', { name: t.map.categories['unprocessed-trauma-loss'], exact: true }).click();
    const editor = page.getByTestId('factor-editor');
    await editor.waitFor();
    expect(await editor.getByRole('checkbox', { name: t.map.factor.traumatic, exact: true }).isChecked()).toBe(true);
    expect(await editor.getByTestId('stress-kind').textContent()).toContain(t.map.stressKinds.traumatic);
    await editor.locator('details.tags summary').click();
    const whose = editor.getByRole('group', { name: t.map.factor.experienceOf });
    expect(await whose.getByRole('radio', { name: t.map.factor.experiences['parent-childhood'] }).isChecked()).toBe(true);
    await whose.scrollIntoViewIfNeeded();
    await app.screenshot('factor-editor-traumatic-1280x720');
  });

  it('Zorgaanbod: hides a shipped entry with the keyboard, adds an own one, and the intensity step lists them so', { timeout: 300_000 }, async () => {
    app = await launchApp({ locale: 'nl', viewport: { width: 1024, height: 768 } });
    const { page } = app;
    const { sessionId } = await prepare(app);
    await page.reload();
    await visit(page, '#/settings/care');
    const tab = page.getByTestId('care-options-tab');
    await tab.waitFor();
    await app.screenshot('zorgaanbod-1024x768');

    const vve = 'Voor- en vroegschoolse educatie (VVE)';
    const hide = tab.getByRole('button', { name: t.care.settings.hide.replace('{{name}}', vve), exact: true });
    await hide.focus();
    await page.keyboard.press('Enter');
    await tab.getByRole('button', { name: t.care.settings.show.replace('{{name}}', vve), exact: true }).waitFor();
    await tab.getByRole('button', { name: t.care.settings.restore.replace('{{name}}', vve), exact: true }).waitFor();

    await tab.getByRole('button', { name: t.care.settings.add }).click();
    const dialog = page.getByRole('dialog', { name: t.care.settings.newTitle });
    await dialog.waitFor();
    // A nameless entry is refused with a clear message, nothing lost.
    await dialog.getByLabel(t.care.fields.targetGroup, { exact: true }).fill('Ouders met een baby tot 6 maanden');
    await dialog.getByRole('button', { name: t.care.settings.save }).click();
    await dialog.getByText(t.care.settings.nameNeeded).waitFor();
    await dialog.getByLabel(t.care.fields.name, { exact: true }).fill('Babymassage in de wijk');
    await dialog.getByLabel(t.care.fields.offeredBy, { exact: true }).fill('Buurtcentrum De Linde');
    await app.screenshot('zorgaanbod-dialog-1024x768');
    expect(await axeViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: t.care.settings.save }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await tab.getByTestId('care-own-list').textContent()).toContain('Babymassage in de wijk');
    await app.screenshot('zorgaanbod-after-1024x768');
    expect(await axeViolations(page)).toEqual([]);

    // Audited like other settings changes.
    const audit = await call<{ entries: Array<{ action: string; detail: Record<string, unknown> }> }>(app, 'audit.list', { limit: 50 });
    const changes = audit.entries.filter((e) => e.action === 'settings.changed' && e.detail.key === 'careOptions').map((e) => e.detail.change);
    expect(changes.sort()).toEqual(['added', 'hidden']);

    // The intensity step lists the own entry and no longer the hidden one.
    for (let i = 0; i < 2; i++) await call(app, 'sessions.control', { id: sessionId, action: 'next' });
    await visit(page, `#/sessions/${sessionId}/run`);
    const catalogue = page.getByTestId('care-catalogue');
    await catalogue.waitFor();
    expect(await catalogue.getByRole('checkbox', { name: 'Babymassage in de wijk', exact: true }).count()).toBe(1);
    expect(await catalogue.getByRole('checkbox', { name: vve, exact: true }).count()).toBe(0);
    await app.screenshot('intensity-step-1024x768');
  });
});
