import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_CARE_OPTIONS, type CareRecord } from '../../shared/domain/care-options';
import { factorInput, newCase } from './support/caseFixture';
import { createTestCore, createTestVault } from './support/vaultFixture';

const TEAM = 'zeven blauwe reigers boven de polder';

const FIELDS = {
  name: { nl: 'Babymassage in de wijk', en: '' },
  level: 'ordinary' as const,
  targetGroup: { nl: 'Ouders met een baby tot 6 maanden', en: '' },
  starts: { nl: 'Vanaf 6 weken', en: '' },
  ends: { nl: 'Vijf bijeenkomsten', en: '' },
  offeredBy: { nl: 'Buurtcentrum De Linde', en: '' },
  checkLocally: { nl: 'Alleen op dinsdag', en: '' },
};

describe('care options and the intensity record', () => {
  it('lists the shipped catalogue, edits, hides and restores a shipped entry, adds and hides an own one, each audited', async () => {
    const t = await createTestCore();
    await createTestVault(t);
    const first = await t.call('careOptions.list', {});
    expect(first.map((o) => o.id)).toEqual(BUILT_IN_CARE_OPTIONS.map((o) => o.id));
    expect(first.map((o) => o.id)).toEqual(
      expect.arrayContaining(['voorzorg', 'stevig-ouderschap', 'centering-zwangerschap', 'centering-ouderschap', 'kansrijke-start', 'vve']),
    );

    const voorzorg = first.find((o) => o.id === 'voorzorg')!;
    const edited = await t.call('careOptions.save', {
      id: 'voorzorg',
      fields: { ...voorzorg, checkLocally: { nl: 'Aanmelden via het VoorZorg-team van de GGD', en: voorzorg.checkLocally.en } },
    });
    expect(edited).toMatchObject({ id: 'voorzorg', builtIn: true, edited: true, hidden: false });
    expect(edited.checkLocally.nl).toBe('Aanmelden via het VoorZorg-team van de GGD');

    const hidden = await t.call('careOptions.setHidden', { id: 'vve', hidden: true });
    expect(hidden).toMatchObject({ id: 'vve', hidden: true, edited: false });

    const own = await t.call('careOptions.save', { fields: FIELDS });
    expect(own).toMatchObject({ builtIn: false, hidden: false, name: { nl: 'Babymassage in de wijk' } });
    await t.call('careOptions.setHidden', { id: own.id, hidden: true });

    const listed = await t.call('careOptions.list', {});
    // The shipped order stays; own entries come after them.
    expect(listed.map((o) => o.id)).toEqual([...BUILT_IN_CARE_OPTIONS.map((o) => o.id), own.id]);
    expect(listed.find((o) => o.id === 'vve')?.hidden).toBe(true);
    expect(listed.find((o) => o.id === own.id)?.hidden).toBe(true);

    const restored = await t.call('careOptions.restore', { id: 'voorzorg' });
    expect(restored).toEqual(BUILT_IN_CARE_OPTIONS.find((o) => o.id === 'voorzorg'));
    expect((await t.call('careOptions.list', {})).find((o) => o.id === 'voorzorg')).toMatchObject({ edited: false, hidden: false });

    // An own entry cannot be "restored"; a nameless entry is refused at its field.
    expect((await t.fail('careOptions.restore', { id: own.id })).code).toBe('INVALID_INPUT');
    const nameless = await t.fail('careOptions.save', { fields: { ...FIELDS, name: { nl: '  ', en: '' } } });
    expect(nameless.code).toBe('INVALID_INPUT');
    expect((await t.fail('careOptions.setHidden', { id: 'bestaat-niet', hidden: true })).code).toBe('NOT_FOUND');

    const audit = await t.call('audit.list', { limit: 100, action: 'settings.changed' });
    const changes = audit.entries.filter((e) => e.detail.key === 'careOptions').map((e) => `${String(e.detail.option)}:${String(e.detail.change)}`);
    expect(changes.reverse()).toEqual(['voorzorg:edited', 'vve:hidden', `${own.id}:added`, `${own.id}:hidden`, 'voorzorg:restored']);
  });

  it('saves the intensity record with the outcome, keeps it apart from the judgment, and carries it through export and import', async () => {
    const a = await createTestCore();
    const va = await createTestVault(a, 'vault-a', 'Anna');
    const made = await newCase(a, 'Familie Wilg', { phase: 'pregnancy', pregnancyWeek: 20 });
    // A traumatic stressor with an ACE tag about the parent's own childhood travels too.
    const factor = await a.call(
      'factors.save',
      factorInput(made.id, {
        text: 'Moeder vertelt over geweld in haar jeugd',
        sector: 'parent',
        category: 'unprocessed-trauma-loss',
        tags: ['ace-physical-abuse'],
        experienceOf: 'parent-childhood',
        traumatic: true,
      }),
    );
    expect(factor).toMatchObject({ traumatic: true, experienceOf: 'parent-childhood' });
    const session = await a.call('sessions.create', {
      caseId: made.id,
      methodId: 'what-and-why',
      question: 'Welke steun past bij deze zwangere?',
      participants: [{ memberId: va.session.member.id }, { guestInitials: 'jd' }],
      roles: { caseHolder: 0, facilitator: 1, timekeeper: null, scribe: null },
    });
    const care: CareRecord = {
      indications: { riskFactors: 'yes', disturbedRelationship: 'unknown', asksForHelp: 'yes' },
      indicationNote: 'Moeder vraagt zelf om steun',
      parentWants: 'Iemand die thuis komt, geen groep',
      options: [
        { optionId: 'voorzorg', name: 'VoorZorg', chosen: true, reasons: 'Eerste kind, 20 weken, wil thuis begeleid worden' },
        { optionId: 'centering-zwangerschap', name: 'CenteringZwangerschap', chosen: false, reasons: 'Moeder wil liever geen groep' },
      ],
    };
    const saved = await a.call('sessions.saveOutcome', { id: session.id, care });
    expect(saved.outcome.care).toEqual(care);
    // Another part sent alone leaves the record as it was.
    await a.call('sessions.saveOutcome', { id: session.id, judgment: { intensity: 'specific', reasons: 'Opeenstapeling, moeder vraagt hulp' } });
    const detail = await a.call('sessions.get', { id: session.id });
    expect(detail.outcome.care).toEqual(care);
    expect(detail.outcome.judgment.intensity).toBe('specific');
    // An option weighed twice is refused.
    const twice = await a.fail('sessions.saveOutcome', { id: session.id, care: { ...care, options: [care.options[0]!, care.options[0]!] } });
    expect(twice.code).toBe('INVALID_INPUT');

    const b = await createTestCore();
    await createTestVault(b, 'vault-b', 'Bram');
    const file = join(a.root, 'wilg.dyade');
    await a.call('exchange.export', { caseIds: [made.id], passphrase: TEAM, file: await a.chooseSaveFile('exchange', file) });
    await b.call('exchange.import', { file: await b.chooseOpenFile(file), passphrase: TEAM });
    const there = await b.call('sessions.get', { id: session.id });
    expect(there.outcome.care).toEqual(care);
    expect(there.outcome.judgment.intensity).toBe('specific');
    const theirFactor = (await b.call('cases.get', { id: made.id })).factors.find((f) => f.id === factor.id);
    expect(theirFactor).toMatchObject({ traumatic: true, experienceOf: 'parent-childhood' });
  });

  it('reads an outcome written before the record existed as the empty record', async () => {
    const t = await createTestCore();
    const v = await createTestVault(t);
    const made = await newCase(t, 'Familie Es');
    const session = await t.call('sessions.create', {
      caseId: made.id,
      methodId: 'what-and-why',
      question: '',
      participants: [{ memberId: v.session.member.id }],
      roles: { caseHolder: 0, facilitator: 0, timekeeper: null, scribe: null },
    });
    await t.call('sessions.saveOutcome', { id: session.id, takeAway: 'Rust' });
    const detail = await t.call('sessions.get', { id: session.id });
    expect(detail.outcome.care).toEqual({
      indications: { riskFactors: null, disturbedRelationship: null, asksForHelp: null },
      indicationNote: '',
      parentWants: '',
      options: [],
    });
  });
});
