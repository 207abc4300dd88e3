import { describe, expect, it } from 'vitest';
import { factorInput, issuePaths, newCase } from './support/caseFixture';
import { createTestCore, createTestVault, OTHER_PASSPHRASE } from './support/vaultFixture';

async function setup() {
  const t = await createTestCore();
  const vault = await createTestVault(t);
  return { t, ...vault };
}

describe('journal entries', () => {
  it('creates an entry with the ALACT template, saves parts as typed, and keeps tags once each', async () => {
    const { t } = await setup();
    const item = await newCase(t, 'Familie Zoë', { phase: 'pregnancy', pregnancyWeek: 20 });
    const entry = await t.call('journal.create', { caseId: item.id, template: 'alact', tags: ['Huisbezoek', 'huisbezoek', ' keten '] });
    expect(entry.sections.map((s) => s.key)).toEqual(['action', 'looking-back', 'awareness', 'alternatives', 'trial']);
    expect(entry.tags).toEqual(['Huisbezoek', 'keten']);
    t.clock.now = new Date('2025-03-01T09:05:00.000Z');
    const sections = entry.sections.map((s) => (s.key === 'action' ? { ...s, text: 'Ik vroeg naar de **slaap** van de baby.' } : s));
    const updated = await t.call('journal.update', { id: entry.id, sections, title: 'Huisbezoek week 20' });
    expect(updated.sections[0]).toEqual({ key: 'action', text: 'Ik vroeg naar de **slaap** van de baby.' });
    expect(updated.updatedAt).toBe('2025-03-01T09:05:00.000Z');
    expect((await t.call('journal.get', { id: entry.id })).title).toBe('Huisbezoek week 20');

    const list = await t.call('journal.list', {});
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ casePseudonym: 'Familie Zoë', template: 'alact', excerpt: 'Ik vroeg naar de slaap van de baby.' });
  });

  it('refuses parts from another template, and keeps text when the template changes', async () => {
    const { t } = await setup();
    const entry = await t.call('journal.create', { template: 'gibbs' });
    const wrong = await t.fail('journal.update', { id: entry.id, sections: [{ key: 'trial', text: 'x' }] });
    expect(issuePaths(wrong)).toEqual(['sections']);
    await t.call('journal.update', { id: entry.id, sections: [{ key: 'feelings', text: 'Ik voelde onrust.' }] });
    const switched = await t.call('journal.update', { id: entry.id, template: 'intervision-prep' });
    expect(switched.sections.map((s) => s.text)).toEqual(['', '', '', '']);
    expect(switched.body).toBe('Ik voelde onrust.');
  });

  it('filters the list by case, tag and date, and shows a member only their own entries', async () => {
    const { t } = await setup();
    const a = await newCase(t, 'Familie A');
    const b = await newCase(t, 'Familie B');
    await t.call('journal.create', { caseId: a.id, tags: ['slaap'], body: 'Over A' });
    t.clock.now = new Date('2025-03-05T10:00:00.000Z');
    await t.call('journal.create', { caseId: b.id, tags: ['Keten'], body: 'Over B' });
    await t.call('journal.create', { body: 'Los van een casus' });
    expect((await t.call('journal.list', { caseId: a.id })).map((e) => e.excerpt)).toEqual(['Over A']);
    expect((await t.call('journal.list', { caseId: 'none' })).map((e) => e.excerpt)).toEqual(['Los van een casus']);
    expect((await t.call('journal.list', { tag: 'keten' })).map((e) => e.excerpt)).toEqual(['Over B']);
    expect((await t.call('journal.list', { from: '2025-03-02' })).map((e) => e.excerpt)).toEqual(['Los van een casus', 'Over B']);
    expect((await t.call('journal.list', { to: '2025-03-01' })).map((e) => e.excerpt)).toEqual(['Over A']);
    expect(await t.call('journal.tags')).toEqual(['Keten', 'slaap']);

    const bo = await t.call('members.add', { displayName: 'Bo', passphrase: OTHER_PASSPHRASE });
    const [own] = await t.call('journal.list', { caseId: a.id });
    const session = await t.call('vault.status');
    await t.call('vault.lock');
    await t.call('vault.unlock', { path: session.session?.path, memberId: bo.id, passphrase: OTHER_PASSPHRASE });
    expect(await t.call('journal.list', {})).toEqual([]);
    expect(await t.fail('journal.get', { id: own?.id })).toMatchObject({ code: 'NOT_FOUND' });
    expect((await t.call('search.query', { query: 'over' })).results).toEqual([]);
  });

  it('an entry answering a prompt keeps the prompt, and an unknown prompt is refused', async () => {
    const { t } = await setup();
    const entry = await t.call('journal.create', { promptId: 'prenatal-parent', body: 'Ze wil een rustige moeder zijn.' });
    expect(entry.promptId).toBe('prenatal-parent');
    expect(issuePaths(await t.fail('journal.create', { promptId: 'no-such-prompt' }))).toEqual(['promptId']);
    // the prompt's words are searchable in both languages
    expect((await t.call('search.query', { query: 'the parent she wants to be' })).results.map((r) => r.sourceId)).toEqual([entry.id]);
    expect((await t.call('search.query', { query: 'de ouder die zij wil zijn' })).results.map((r) => r.sourceId)).toEqual([entry.id]);
  });

  it('deleting a case deletes the entries about it', async () => {
    const { t } = await setup();
    const item = await newCase(t, 'Familie C');
    const entry = await t.call('journal.create', { caseId: item.id, body: 'Notitie' });
    await t.call('cases.delete', { id: item.id, confirmPseudonym: 'Familie C' });
    expect(await t.fail('journal.get', { id: entry.id })).toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('prompts', () => {
  it('ships the four prenatal attachment questions for pregnancy cases, and lets members add and hide prompts', async () => {
    const { t } = await setup();
    const prompts = await t.call('prompts.list');
    const prenatal = prompts.filter((p) => p.group === 'prenatal');
    expect(prenatal).toHaveLength(4);
    expect(prenatal.every((p) => p.contexts.casePhases.join() === 'pregnancy')).toBe(true);
    expect(prompts.find((p) => p.id === 'chain-why-ask')?.text.nl).toBe('Waarom vraag ik dit, en wie in de keten heeft dit al eerder gevraagd?');
    expect(prompts.some((p) => p.group === 'blame')).toBe(true);

    const own = await t.call('prompts.save', { text: 'Wat zou de baby zeggen?', contexts: { journal: true, sessionModes: ['why'], casePhases: [] } });
    expect(own).toMatchObject({ builtIn: false, group: 'own', hidden: false, text: { nl: 'Wat zou de baby zeggen?' } });
    await t.call('prompts.setHidden', { id: 'prenatal-baby', hidden: true });
    await t.call('prompts.setHidden', { id: own.id, hidden: true });
    const after = await t.call('prompts.list');
    expect(after.filter((p) => p.hidden).map((p) => p.id)).toEqual(['prenatal-baby', own.id]);
    await t.call('prompts.setHidden', { id: 'prenatal-baby', hidden: false });
    await t.call('prompts.remove', { id: own.id });
    expect((await t.call('prompts.list')).some((p) => p.hidden || p.id === own.id)).toBe(false);
    expect(await t.fail('prompts.setHidden', { id: 'nope', hidden: true })).toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('case timeline', () => {
  it('shows people, factors, the chain, snapshots and journal entries in one call, newest first, filterable by kind', async () => {
    const { t } = await setup();
    const item = await newCase(t, 'Familie Tijd');
    t.clock.now = new Date('2025-03-01T10:00:00.000Z');
    await t.call('people.save', { caseId: item.id, role: 'parent', pseudonym: 'Moeder M' });
    t.clock.now = new Date('2025-03-01T11:00:00.000Z');
    const factor = await t.call('factors.save', factorInput(item.id));
    t.clock.now = new Date('2025-03-02T09:00:00.000Z');
    await t.call('factors.save', { ...factorInput(item.id), id: factor.id, status: 'resolved' });
    await t.call('chain.save', { caseId: item.id, type: 'midwife', alreadyAsked: 'Vroeg naar de slaap' });
    t.clock.now = new Date('2025-03-03T09:00:00.000Z');
    await t.call('snapshots.take', { caseId: item.id, label: 'Voor intervisie' });
    t.clock.now = new Date('2025-03-04T09:00:00.000Z');
    const entry = await t.call('journal.create', { caseId: item.id, template: 'alact', title: 'Terugblik' });

    const { items } = await t.call('timeline.get', { caseId: item.id });
    const kinds = items.map((i) => `${i.kind}:${i.event}`);
    expect(kinds[0]).toBe('journal:written');
    expect(kinds).toContain('person:added');
    expect(kinds).toContain('factor:added');
    expect(kinds).toContain('factor:changed');
    expect(kinds).toContain('chain:added');
    expect(kinds).toContain('snapshot:taken');
    expect(kinds.at(-1)).toBe('case:added');
    expect(items.find((i) => i.key === `journal:${entry.id}:written`)).toMatchObject({ title: 'Terugblik', facts: { template: 'alact' } });
    expect(items.find((i) => i.kind === 'factor' && i.event === 'changed')?.facts).toMatchObject({
      sector: 'external',
      category: 'housing',
      status: 'resolved',
    });
    const times = items.map((i) => i.at);
    expect([...times].sort().reverse()).toEqual(times);

    const onlyJournal = await t.call('timeline.get', { caseId: item.id, kinds: ['journal'] });
    expect(onlyJournal.items.map((i) => i.sourceId)).toEqual([entry.id]);
    expect(await t.fail('timeline.get', { caseId: '00000000-0000-4000-8000-000000000000' })).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('returns every item of a case with 2,000 items in one call, newest first', async () => {
    const { t } = await setup();
    const item = await newCase(t, 'Familie Groot');
    for (let i = 0; i < 1000; i += 1) {
      t.clock.now = new Date(Date.UTC(2025, 2, 1, 0, i));
      await t.call('journal.create', { caseId: item.id, body: `Notitie ${i}` });
      await t.call('people.save', { caseId: item.id, role: 'household', pseudonym: `P${i}` });
    }
    // How fast this is belongs in `npm run bench`, not in a timed test.
    const { items } = await t.call('timeline.get', { caseId: item.id });
    expect(items.length).toBe(2001);
    const times = items.map((i) => i.at);
    expect([...times].sort().reverse()).toEqual(times);
  });
});
