import { describe, expect, it } from 'vitest';
import type { Factor } from '../../shared/domain/case';
import {
  BUILT_IN_CARE_OPTIONS,
  CareOption,
  CareRecord,
  EMPTY_CARE_RECORD,
  isEmptyCareRecord,
  mergeCatalogue,
  parseCareRecord,
  splitConsidered,
  toggleConsidered,
  updateConsidered,
} from '../../shared/domain/care-options';
import { continuumCounts, experienceCounts } from '../../shared/domain/continuum';
import { normaliseFactor, stressKindOf } from '../../shared/domain/map';
import { careNl } from '../../shared/i18n/care.nl';

let sequence = 0;
function factor(overrides: Partial<Factor> = {}): Factor {
  sequence += 1;
  return {
    id: `00000000-0000-4000-8000-${String(sequence).padStart(12, '0')}`,
    caseId: '6f1c1a52-8a51-4d5e-9a57-1f1e7a7c0a01',
    sector: 'external',
    category: 'housing',
    otherLabel: null,
    text: 'Woont met vier in één kamer',
    kind: 'observation',
    voice: 'professional',
    chainPartnerId: null,
    pressure: 'moderate',
    duration: 'prolonged',
    buffered: 'partly',
    tags: [],
    status: 'current',
    placement: null,
    sessionId: null,
    createdAt: '2025-03-01T09:00:00.000Z',
    updatedAt: '2025-03-01T09:00:00.000Z',
    ...overrides,
  };
}

describe('the shipped care options catalogue', () => {
  it('holds the seed’s programmes and ordinary care, each valid and with every field filled in both languages', () => {
    const ids = BUILT_IN_CARE_OPTIONS.map((o) => o.id);
    for (const id of [
      'voorzorg',
      'stevig-ouderschap',
      'centering-zwangerschap',
      'centering-ouderschap',
      'kansrijke-start',
      'extra-contactmoment',
      'huisbezoek',
      'vve',
    ])
      expect(ids).toContain(id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const option of BUILT_IN_CARE_OPTIONS) {
      expect(CareOption.parse(option)).toEqual(option);
      for (const field of ['name', 'targetGroup', 'starts', 'ends', 'offeredBy', 'checkLocally'] as const) {
        expect(option[field].nl.trim(), `${option.id}.${field}.nl`).not.toBe('');
        expect(option[field].en.trim(), `${option.id}.${field}.en`).not.toBe('');
      }
    }
  });

  it('says what the public descriptions say about when the programmes start and end', () => {
    const of = (id: string) => BUILT_IN_CARE_OPTIONS.find((o) => o.id === id)!;
    expect(of('voorzorg').starts.nl).toMatch(/28 weken/);
    expect(of('voorzorg').ends.nl).toMatch(/2 jaar/);
    expect(of('stevig-ouderschap').ends.nl).toMatch(/18 maanden/);
    expect(of('centering-ouderschap').ends.nl).toMatch(/eerste levensjaar/);
  });

  it('merges the team’s changes in the shipped order, own entries after, never reordered', () => {
    const own = {
      id: 'a1b2c3d4-0000-4000-8000-000000000001',
      builtIn: false,
      fields: { ...BUILT_IN_CARE_OPTIONS[0]!, name: { nl: 'Eigen', en: '' } },
      hidden: false,
      updatedAt: '2026-12-06T10:00:00.000Z',
    };
    const merged = mergeCatalogue([
      own,
      { id: 'vve', builtIn: true, fields: null, hidden: true, updatedAt: '2026-12-06T10:00:00.000Z' },
      {
        id: 'voorzorg',
        builtIn: true,
        fields: { ...BUILT_IN_CARE_OPTIONS.find((o) => o.id === 'voorzorg')!, offeredBy: { nl: 'GGD West', en: '' } },
        hidden: false,
        updatedAt: '2026-12-06T10:00:00.000Z',
      },
    ]);
    expect(merged.map((o) => o.id)).toEqual([...BUILT_IN_CARE_OPTIONS.map((o) => o.id), own.id]);
    expect(merged.find((o) => o.id === 'vve')).toMatchObject({ hidden: true, edited: false });
    expect(merged.find((o) => o.id === 'voorzorg')).toMatchObject({ edited: true, offeredBy: { nl: 'GGD West' } });
    expect(merged.at(-1)).toMatchObject({ builtIn: false, name: { nl: 'Eigen' } });
  });
});

describe('the intensity step’s record', () => {
  it('adds an option once, marks it chosen with reasons, removes it, and splits chosen from considered', () => {
    let record = toggleConsidered(EMPTY_CARE_RECORD, { id: 'voorzorg', name: 'VoorZorg' }, true);
    record = toggleConsidered(record, { id: 'voorzorg', name: 'VoorZorg' }, true);
    record = toggleConsidered(record, { id: 'huisbezoek', name: 'Huisbezoek' }, true);
    expect(record.options.map((o) => o.optionId)).toEqual(['voorzorg', 'huisbezoek']);
    record = updateConsidered(record, 'voorzorg', { chosen: true, reasons: 'Moeder wil thuis begeleid worden' });
    expect(splitConsidered(record).chosen.map((o) => o.optionId)).toEqual(['voorzorg']);
    expect(splitConsidered(record).notChosen.map((o) => o.optionId)).toEqual(['huisbezoek']);
    record = toggleConsidered(record, { id: 'huisbezoek', name: 'Huisbezoek' }, false);
    expect(record.options).toHaveLength(1);
    expect(isEmptyCareRecord(record)).toBe(false);
    expect(isEmptyCareRecord(EMPTY_CARE_RECORD)).toBe(true);
  });

  it('reads an empty stored value as the empty record and refuses an option weighed twice', () => {
    expect(parseCareRecord('{}')).toEqual(EMPTY_CARE_RECORD);
    expect(parseCareRecord('')).toEqual(EMPTY_CARE_RECORD);
    const twice = { ...EMPTY_CARE_RECORD, options: [1, 2].map(() => ({ optionId: 'vve', name: 'VVE', chosen: false, reasons: '' })) };
    expect(CareRecord.safeParse(twice).success).toBe(false);
  });
});

describe('traumatic stress and the continuum', () => {
  it('makes a stressor traumatic only when the team marks it; a buffer never is', () => {
    expect(stressKindOf(factor({ duration: 'prolonged', buffered: 'no' }))).toBe('toxic');
    expect(stressKindOf(factor({ duration: 'brief', buffered: 'yes', traumatic: true }))).toBe('traumatic');
    const buffer = normaliseFactor(factor({ sector: 'buffer', category: 'family', traumatic: true }));
    expect(buffer.traumatic).toBe(false);
    expect(stressKindOf(buffer)).toBeNull();
  });

  it('keeps whose experience only while there are tags', () => {
    expect(normaliseFactor(factor({ tags: [], experienceOf: 'child-now' })).experienceOf).toBeNull();
    expect(normaliseFactor(factor({ tags: ['ace-physical-abuse'], experienceOf: 'parent-childhood' })).experienceOf).toBe('parent-childhood');
  });

  it('counts current family stressors per column, leaves out buffers, resolved factors and the professionals', () => {
    const counts = continuumCounts([
      factor({ duration: 'brief' }),
      factor({ duration: 'temporary' }),
      factor({ duration: 'prolonged', buffered: 'no' }),
      factor({ traumatic: true }),
      factor({ duration: null }),
      factor({ sector: 'professional', category: 'trust', duration: 'prolonged', buffered: 'no' }),
      factor({ status: 'resolved', duration: 'prolonged', buffered: 'no' }),
      factor({ sector: 'buffer', category: 'family', duration: null, buffered: null, pressure: null }),
    ]);
    expect(counts.byColumn).toEqual({ normal: 2, toxic: 1, traumatic: 1 });
    expect(counts.byKind).toEqual({ positive: 1, tolerable: 1, toxic: 1, traumatic: 1 });
    expect(counts.undetermined).toBe(1);
    expect(counts.professionalLeftOut).toBe(1);
  });

  it('counts whose experience the ACE / ELS tags describe', () => {
    expect(
      experienceCounts([
        factor({ tags: ['ace-physical-abuse'], experienceOf: 'parent-childhood' }),
        factor({ tags: ['els-poverty'], experienceOf: 'child-now' }),
        factor({ tags: ['els-poverty'] }),
        factor({ tags: [] }),
        factor({ tags: ['ace-sexual-abuse'], status: 'resolved' }),
      ]),
    ).toEqual({ tagged: 3, parentChildhood: 1, childNow: 1, unsaid: 1 });
  });

  it('words the card as a conversation aid: marked by you, never a score', () => {
    expect(careNl.care.continuum.marked_other).toMatch(/zo gemarkeerd door jullie/);
    expect(careNl.care.continuum.caveat).toMatch(/Geen score/);
    expect(careNl.care.ace.caveat).toMatch(/groepen/);
    expect(JSON.stringify(careNl)).not.toMatch(/score:|risicoscore|\/10\b/i);
  });
});
