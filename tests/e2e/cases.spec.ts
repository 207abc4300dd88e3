import type { Page } from 'playwright-core';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { MethodInput, MethodOutput } from '../../shared/contract';
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

async function call<M extends Parameters<LaunchedApp['core']['dispatch']>[0] & string>(a: LaunchedApp, method: M, input: unknown) {
  const result = await a.core.dispatch(method, input);
  if (!result.ok) throw new Error(`${method}: ${result.error.code} ${result.error.message}`);
  return result.value;
}

/** A vault with Anna unlocked, made through the contract (the vault UI has its own spec). */
async function openVault(a: LaunchedApp): Promise<void> {
  await call(a, 'vault.create', { folder: await a.chooseFolder('newVault', a.vaultDir), label: 'Team Noord', memberName: 'Anna', passphrase: PASSPHRASE });
  await a.page.reload();
}

async function seedCase(a: LaunchedApp, pseudonym: string, factorCount: number): Promise<string> {
  const created = (await call(a, 'cases.create', { pseudonym, phase: 'pregnancy', pregnancyWeek: 28 })) as MethodOutput<'cases.create'>;
  await call(a, 'relationship.save', {
    caseId: created.id,
    form: 'dyad',
    now: 'Moeder zoekt contact, baby ontspant bij haar stem.',
    goesWell: 'Ze komt elke afspraak.',
    worries: 'Slaapt weinig.',
  });
  await call(a, 'chain.save', { caseId: created.id, type: 'midwife', label: 'Verloskundigenpraktijk', alreadyAsked: 'Vroeg naar steun in het netwerk.' });
  const samples: Array<Partial<MethodInput<'factors.save'>> & Pick<MethodInput<'factors.save'>, 'sector' | 'category'>> = [
    {
      sector: 'external',
      category: 'finances',
      text: 'Schulden sinds verlies van werk',
      kind: 'parent-words',
      voice: 'parent',
      pressure: 'heavy',
      duration: 'prolonged',
      buffered: 'no',
    },
    {
      sector: 'external',
      category: 'housing',
      text: 'Kleine flat, vocht',
      kind: 'observation',
      pressure: 'moderate',
      duration: 'prolonged',
      buffered: 'partly',
    },
    {
      sector: 'external',
      category: 'isolation',
      text: 'Weinig contact met familie',
      kind: 'interpretation',
      pressure: 'moderate',
      duration: 'temporary',
      buffered: 'no',
    },
    { sector: 'child', category: 'temperament', text: 'Huilt veel in de avond', kind: 'observation', pressure: 'light', duration: 'brief', buffered: 'yes' },
    {
      sector: 'child',
      category: 'medical-complications',
      text: 'Groeivertraging op de echo',
      kind: 'observation',
      pressure: 'heavy',
      duration: 'temporary',
      buffered: 'partly',
    },
    {
      sector: 'parent',
      category: 'psychological-problems',
      text: 'Somberheid sinds het voorjaar',
      kind: 'parent-words',
      voice: 'parent',
      pressure: 'moderate',
      duration: 'prolonged',
      buffered: 'partly',
    },
    {
      sector: 'parent',
      category: 'unprocessed-trauma-loss',
      text: 'Mogelijk verlies eerdere zwangerschap',
      kind: 'hypothesis',
      pressure: 'heavy',
      duration: 'prolonged',
      buffered: 'no',
    },
    {
      sector: 'professional',
      category: 'trust',
      text: 'Twijfelt of ze ons kan vertrouwen',
      kind: 'interpretation',
      pressure: 'moderate',
      duration: 'temporary',
      buffered: 'partly',
    },
    {
      sector: 'professional',
      category: 'continuity',
      text: 'Drie verschillende verpleegkundigen gezien',
      kind: 'observation',
      pressure: 'light',
      duration: 'temporary',
      buffered: 'yes',
    },
    { sector: 'buffer', category: 'family', text: 'Zus komt twee keer per week', kind: 'observation' },
    { sector: 'buffer', category: 'parent-strength', text: 'Zingt voor de baby', kind: 'parent-words', voice: 'parent' },
    { sector: 'buffer', category: 'network', text: 'Buurvrouw past soms op', kind: 'observation' },
  ];
  for (let index = 0; index < factorCount; index += 1) {
    const sample = samples[index % samples.length]!;
    await call(a, 'factors.save', {
      caseId: created.id,
      otherLabel: null,
      kind: 'observation',
      voice: 'professional',
      chainPartnerId: null,
      pressure: sample.sector === 'buffer' ? null : 'moderate',
      duration: sample.sector === 'buffer' ? null : 'temporary',
      buffered: sample.sector === 'buffer' ? null : 'partly',
      tags: [],
      status: index % 11 === 10 ? 'resolved' : 'current',
      ...sample,
      text: index < samples.length ? (sample.text ?? '') : `${sample.text ?? ''} (${Math.floor(index / samples.length) + 1})`,
    });
  }
  return created.id;
}

async function addFactor(
  page: Page,
  t: T,
  sector: keyof T['map']['sectors'],
  category: string,
  text: string,
  kind: keyof T['map']['kinds'],
  extra?: { duration?: keyof T['map']['durations']; buffered?: keyof T['map']['bufferings']; workingRelation?: keyof T['map']['workingRelations'] },
) {
  await page.getByRole('button', { name: t.map.addTo.replace('{{sector}}', t.map.sectors[sector]) }).click();
  const editor = page.getByTestId('factor-editor');
  // Nothing pre-filled: no pressure, duration or buffering chosen, so no kind of stress shown yet.
  await editor.waitFor();
  for (const legend of [t.map.factor.pressure, t.map.factor.duration, t.map.factor.buffered, t.map.workingRelation]) {
    const group = editor.getByRole('group', { name: legend, exact: true });
    if ((await group.count()) > 0) expect(await group.getByRole('radio', { checked: true }).count()).toBe(0);
  }
  expect(await editor.getByTestId('stress-kind').count()).toBe(0);
  await editor.getByLabel(t.map.factor.category).selectOption({ label: category });
  await editor.getByRole('radio', { name: t.map.kinds[kind], exact: true }).check();
  if (extra?.duration) await editor.getByRole('radio', { name: t.map.durations[extra.duration], exact: true }).check();
  if (extra?.buffered) await editor.getByRole('radio', { name: t.map.bufferings[extra.buffered], exact: true }).check();
  if (extra?.workingRelation) await editor.getByRole('radio', { name: t.map.workingRelations[extra.workingRelation], exact: true }).check();
  await editor.getByLabel(t.map.factor.text).fill(text);
  await editor.getByText(t.cases.saved).waitFor();
  const stressKind = editor.getByTestId('stress-kind');
  const stress = (await stressKind.count()) > 0 ? await stressKind.textContent() : null;
  await editor.getByRole('button', { name: t.map.factor.done }).click();
  return stress;
}

describe('cases and the relational map, used as a user would', () => {
  it('creates a case with two people, fills the map, compares snapshots, closes, reopens and deletes', async () => {
    app = await launchApp();
    const { page } = app;
    const t = translations.nl;
    await openVault(app);
    await page.getByRole('link', { name: t.nav.cases, exact: true }).click();
    await page.getByRole('heading', { name: t.cases.title, level: 1 }).waitFor();

    // Create a case; an empty pseudonym is refused next to the field.
    await page.getByRole('button', { name: t.cases.newCase }).click();
    const dialog = page.getByRole('dialog', { name: t.cases.newCase });
    await dialog.getByRole('button', { name: t.cases.create }).click();
    await dialog.getByText(t.fieldErrors.required).waitFor();
    await dialog.getByLabel(t.cases.pseudonym).fill('Gezin Lindeboom');
    await dialog.getByLabel(t.cases.phase).selectOption('pregnancy');
    await dialog.getByLabel(t.thousandDays.dueWeek, { exact: true }).fill('24 weken');
    await dialog.getByRole('button', { name: t.cases.create }).click();
    await page.getByRole('heading', { name: 'Gezin Lindeboom', level: 1 }).waitFor();
    await app.screenshot('map-empty-nl');

    // Two people.
    await page.getByRole('link', { name: t.cases.views.people }).click();
    await page.getByLabel(t.people.pseudonym).last().fill('Moeder L.');
    await page.getByLabel(t.people.role).last().selectOption('parent');
    await page.getByRole('button', { name: t.people.add }).click();
    await page.getByTestId('person-card').first().waitFor();
    await page.locator('#person-new-role').selectOption('child');
    await page.locator('#person-new-pseudonym').fill('Baby L.');
    await page.getByRole('button', { name: t.people.add }).click();
    await expect.poll(() => page.getByTestId('person-card').count()).toBe(2);

    // Factors in all four sectors, of each kind, and two buffers.
    await page.getByRole('link', { name: t.cases.views.map }).click();
    expect(
      await addFactor(page, t, 'external', t.map.categories.finances, 'Schulden sinds verlies van werk', 'parent-words', {
        duration: 'prolonged',
        buffered: 'no',
      }),
    ).toContain(t.map.stressKinds.toxic);
    expect(await addFactor(page, t, 'child', t.map.categories.temperament, 'Huilt veel in de avond', 'observation', { duration: 'brief' })).toContain(
      t.map.stressKinds.positive,
    );
    expect(
      await addFactor(page, t, 'parent', t.map.categories['psychological-problems'], 'Somber sinds het voorjaar', 'interpretation', {
        duration: 'temporary',
        buffered: 'partly',
      }),
    ).toContain(t.map.stressKinds.tolerable);
    // The relationship with the professionals has its own words, never a stress kind.
    expect(
      await addFactor(page, t, 'professional', t.map.categories.trust, 'Twijfelt of ze ons kan vertrouwen', 'hypothesis', { workingRelation: 'strained' }),
    ).toBeNull();
    await addFactor(page, t, 'buffer', t.map.categories.family, 'Zus komt twee keer per week', 'observation');
    await addFactor(page, t, 'buffer', t.map.categories['parent-strength'], 'Zingt voor de baby', 'parent-words');
    const map = page.getByTestId('relational-map');
    await expect.poll(() => map.locator('[data-factor]').count()).toBe(6);
    for (const kind of ['observation', 'parent-words', 'interpretation', 'hypothesis']) {
      expect(await map.locator(`[data-kind="${kind}"]`).count()).toBeGreaterThan(0);
    }
    const cumulative = await page.getByTestId('cumulative').textContent();
    expect(cumulative).toContain(t.map.cumulative.caveat);
    // Counted, not weighed: the relationship with the professionals apart, seen or said apart from thought, groups by name.
    expect(cumulative).toContain('3 stressoren: 2 gezien of gezegd, 1 gedacht');
    expect(cumulative).toContain('Stress in deze groepen: extern, kind, ouder');
    expect(cumulative).toContain('0 ja, 1 deels, 1 nee, 1 onbekend');
    expect(cumulative).toContain('1 onder druk');
    expect(cumulative).toContain('2 beschermende factoren');
    // Every factor drawn the same size.
    const radii = await map.locator('[data-factor] circle:last-of-type').evaluateAll((circles) => circles.map((c) => c.getAttribute('r')));
    expect(new Set(radii).size).toBe(1);

    // The privacy check underlines an identifier while typing and replaces it with a placeholder.
    const worries = page.getByLabel(t.map.relationship.worries, { exact: true });
    await worries.fill('Moeder belde vannacht vanaf 06-12345678, BSN 123456782.');
    const warning = page.getByTestId('privacy-warning');
    await warning.waitFor();
    await app.screenshot('privacy-typing-nl');
    await warning.getByRole('button', { name: t.privacy.replace.replace('{{placeholder}}', '[telefoonnummer]') }).click();
    await expect.poll(() => worries.inputValue()).toBe('Moeder belde vannacht vanaf [telefoonnummer], BSN 123456782.');
    await warning.getByRole('button', { name: t.privacy.replace.replace('{{placeholder}}', '[BSN]') }).click();
    await expect.poll(() => worries.inputValue()).toBe('Moeder belde vannacht vanaf [telefoonnummer], BSN [BSN].');
    await warning.waitFor({ state: 'detached' });

    // Two chain partners.
    for (const [type, label] of [
      ['midwife', 'Verloskundigenpraktijk'],
      ['gp', 'Huisartsenpraktijk'],
    ] as const) {
      await page.locator('#chain-new-type').selectOption(type);
      await page.locator('#chain-new-label').fill(label);
      await page.getByRole('button', { name: t.map.chain.add }).click();
    }
    await expect.poll(() => page.getByTestId('chain-card').count()).toBe(2);
    expect(await axeViolations(page)).toEqual([]);

    // Snapshot, change three factors, compare.
    await page.getByRole('link', { name: t.cases.views.history }).click();
    await page.getByRole('button', { name: t.map.history.take }).click();
    await page.getByText(t.map.history.taken).waitFor();
    await page.getByRole('link', { name: t.cases.views.map }).click();
    for (const name of ['Schulden', 'Huilt', 'Somber']) {
      await map.getByRole('button', { name: new RegExp(name) }).click();
      const editor = page.getByTestId('factor-editor');
      await editor.getByRole('radio', { name: t.map.factor.statuses.resolved }).check();
      await editor.getByText(t.cases.saved).waitFor();
      await editor.getByRole('button', { name: t.map.factor.done }).click();
    }
    await page.getByRole('link', { name: t.cases.views.history }).click();
    const diff = page.getByTestId('map-diff');
    await diff.waitFor();
    expect(await diff.getByRole('listitem').count()).toBe(3);
    await app.screenshot('map-compare-nl');

    // Undo the last change.
    await page.getByRole('link', { name: t.cases.views.map }).click();
    await page.getByRole('button', { name: new RegExp(t.cases.undo) }).click();
    await page.getByText(t.cases.undone.split(':')[0] ?? '').waitFor();

    // Close and reopen.
    await page.getByRole('button', { name: t.cases.actions }).click();
    await page.getByRole('menuitem', { name: t.cases.close }).click();
    await page.getByText(t.cases.closedNotice.split('{{')[0] ?? '').waitFor();
    await page.getByRole('button', { name: t.cases.actions }).click();
    await page.getByRole('menuitem', { name: t.cases.reopen }).click();
    await page.getByRole('button', { name: t.map.addTo.replace('{{sector}}', t.map.sectors.external) }).waitFor();

    // Delete, confirmed by typing the pseudonym.
    await page.getByRole('button', { name: t.cases.actions }).click();
    await page.getByRole('menuitem', { name: t.cases.delete }).click();
    const confirm = page.getByRole('alertdialog');
    await confirm.getByLabel(t.cases.deleteConfirm.replace('{{name}}', 'Gezin Lindeboom')).fill('Gezin Linde');
    expect(await confirm.getByRole('button', { name: t.cases.delete }).isDisabled()).toBe(true);
    await confirm.getByLabel(t.cases.deleteConfirm.replace('{{name}}', 'Gezin Lindeboom')).fill('Gezin Lindeboom');
    await confirm.getByRole('button', { name: t.cases.delete }).click();
    await page.getByRole('heading', { name: t.cases.title, level: 1 }).waitFor();
    expect(await call(app, 'cases.list', { status: 'all' })).toEqual([]);
    expect(outsideRequests(app.requests)).toEqual([]);
  });
});

describe.each(['nl', 'en'] as const)('map screenshots (%s)', (locale) => {
  it('draws an empty, a typical (~15) and a crowded (~60) map', async () => {
    app = await launchApp({ locale, viewport: { width: 1440, height: 1000 } });
    const t = translations[locale];
    await openVault(app);
    const typical = await seedCase(app, 'Gezin Lindeboom', 15);
    const crowded = await seedCase(app, 'Gezin Vermeer', 60);
    const empty = (await call(app, 'cases.create', { pseudonym: 'Gezin Bakker', phase: '0-6m' })) as MethodOutput<'cases.create'>;
    for (const [name, id, count] of [
      ['empty', empty.id, 0],
      ['typical', typical, 15],
      ['crowded', crowded, 60],
    ] as const) {
      await app.page.goto(`${app.baseUrl}#/cases/${id}/map`);
      const map = app.page.getByTestId('relational-map');
      await map.waitFor();
      await expect.poll(() => map.locator('[data-factor]').count()).toBe(count);
      await app.screenshot(`map-${name}-${locale}`);
    }
    await app.page.goto(`${app.baseUrl}#/cases`);
    await app.page.getByTestId('case-list').waitFor();
    await app.screenshot(`cases-list-${locale}`);
    expect(await axeViolations(app.page)).toEqual([]);
    await app.page.goto(`${app.baseUrl}#/cases/${typical}/map`);
    await app.page.getByRole('button', { name: t.map.showTable }).click();
    await app.page.getByTestId('factor-table').waitFor();
    expect(await axeViolations(app.page)).toEqual([]);
  });
});

describe.each(['nl', 'en'] as const)('a factor of category "other" (%s)', (locale) => {
  it('says it needs an own description instead of silently not saving, and saves once it has one', async () => {
    app = await launchApp({ locale, viewport: { width: 1280, height: 720 } });
    const t = translations[locale];
    await openVault(app);
    const made = (await call(app, 'cases.create', { pseudonym: 'Gezin Bakker', phase: '0-6m' })) as MethodOutput<'cases.create'>;
    const page = app.page;
    await page.goto(`${app.baseUrl}#/cases/${made.id}/map`);
    await page.getByRole('button', { name: t.map.addTo.replace('{{sector}}', t.map.sectors.external) }).click();
    const editor = page.getByTestId('factor-editor');
    await editor.getByLabel(t.map.factor.category).selectOption({ label: t.map.categories.other });
    await editor.getByLabel(t.map.factor.text).fill('Verhuist volgende maand');
    await editor.getByText(t.map.factor.otherLabelNeeded).waitFor();
    await expect.poll(async () => ((await call(app!, 'cases.get', { id: made.id })) as MethodOutput<'cases.get'>).factors.length).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await app.screenshot(`factor-other-needed-1280-${locale}`);
    await page.setViewportSize({ width: 1024, height: 768 });
    await app.screenshot(`factor-other-needed-1024-${locale}`);
    await editor.getByLabel(t.map.factor.otherLabel).fill('Verhuizing');
    const factors = async () =>
      ((await call(app!, 'cases.get', { id: made.id })) as MethodOutput<'cases.get'>).factors.map((f) => [f.category, f.otherLabel, f.text]);
    await expect.poll(factors).toEqual([['other', 'Verhuizing', 'Verhuist volgende maand']]);
    expect(await editor.getByText(t.map.factor.otherLabelNeeded).count()).toBe(0);
  });
});
