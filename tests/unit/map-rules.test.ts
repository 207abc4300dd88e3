import { describe, expect, it } from 'vitest';
import { BUFFERINGS, DURATIONS, type Buffering, type Duration, type Factor, type MapState } from '../../shared/domain/case';
import { mapApi } from '../../shared/api/map';
import {
  cumulativeView,
  deriveStressKind,
  diffMaps,
  factorReadyToSave,
  factorRequirements,
  factorsBySector,
  isEmptyDiff,
  normaliseFactor,
  stressKindOf,
  type StressKind,
} from '../../shared/domain/map';

const CASE_ID = '6f1c1a52-8a51-4d5e-9a57-1f1e7a7c0a01';
let sequence = 0;

function factor(overrides: Partial<Factor> = {}): Factor {
  sequence += 1;
  return {
    id: `00000000-0000-4000-8000-${String(sequence).padStart(12, '0')}`,
    caseId: CASE_ID,
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

function state(factors: Factor[], relationship: Partial<MapState['relationship']> = {}): MapState {
  return { relationship: { form: 'dyad', now: '', goesWell: '', worries: '', ...relationship }, factors, chain: [] };
}

describe('deriveStressKind: the kind of stress a factor describes', () => {
  const table: Array<[Duration, Buffering, StressKind]> = [
    ['brief', 'yes', 'positive'],
    ['brief', 'partly', 'positive'],
    ['brief', 'no', 'positive'],
    ['temporary', 'yes', 'tolerable'],
    ['temporary', 'partly', 'tolerable'],
    ['temporary', 'no', 'tolerable'],
    ['prolonged', 'yes', 'tolerable'],
    ['prolonged', 'partly', 'tolerable'],
    ['prolonged', 'no', 'toxic'],
  ];

  it('covers every duration × buffering combination', () => {
    expect(table).toHaveLength(DURATIONS.length * BUFFERINGS.length);
    for (const duration of DURATIONS) for (const buffered of BUFFERINGS) expect(table.some(([d, b]) => d === duration && b === buffered)).toBe(true);
  });

  it.each(table)('%s and buffered %s → %s', (duration, buffered, kind) => {
    expect(deriveStressKind(duration, buffered)).toBe(kind);
  });

  it('says nothing when the factor does not say enough', () => {
    expect(deriveStressKind(null, null)).toBeNull();
    for (const buffered of BUFFERINGS) expect(deriveStressKind(null, buffered)).toBeNull();
    // prolonged: toxic or tolerable depends only on the protective relationships, so unknown stays unknown
    expect(deriveStressKind('prolonged', null)).toBeNull();
    expect(deriveStressKind('brief', null)).toBe('positive');
    expect(deriveStressKind('temporary', null)).toBe('tolerable');
  });

  it("the professionals' sector has no stress kind: never toxic, whatever it carries", () => {
    expect(stressKindOf({ sector: 'professional', duration: 'prolonged', buffered: 'no' })).toBeNull();
    expect(stressKindOf({ sector: 'professional', duration: 'brief', buffered: null, traumatic: true })).toBeNull();
  });

  it('a buffer has no stress kind, whatever it carries', () => {
    expect(stressKindOf({ sector: 'buffer', duration: 'prolonged', buffered: 'no' })).toBeNull();
    expect(stressKindOf({ sector: 'parent', duration: 'prolonged', buffered: 'no' })).toBe('toxic');
  });
});

describe('cumulativeView: counts for the conversation', () => {
  it('counts current family stressors per group, their buffering, buffers, resolved and tagged', () => {
    const view = cumulativeView([
      factor({ sector: 'external', buffered: 'no', tags: ['els-poverty'] }),
      factor({ sector: 'external', buffered: 'yes', kind: 'interpretation' }),
      factor({ sector: 'parent', buffered: null, tags: ['ace-parent-mental-illness'], kind: 'parent-words' }),
      factor({ sector: 'child', category: 'temperament', buffered: 'partly', kind: 'hypothesis' }),
      factor({ sector: 'professional', category: 'trust', buffered: null, pressure: null, duration: null, workingRelation: 'strained' }),
      factor({ sector: 'external', status: 'resolved', tags: ['els-poverty'] }),
      factor({ sector: 'buffer', category: 'family', pressure: null, duration: null, buffered: null }),
      factor({ sector: 'buffer', category: 'network', pressure: null, duration: null, buffered: null, status: 'resolved' }),
    ]);
    expect(view).toEqual({
      stressors: 4,
      seenOrSaid: 2,
      thought: 2,
      bySector: { external: 2, child: 1, parent: 1 },
      groups: ['external', 'child', 'parent'],
      buffered: { yes: 1, partly: 1, no: 1, unknown: 1 },
      buffers: 1,
      resolved: 2,
      aceOrElsTagged: 2,
      professional: { total: 1, working: 0, strained: 1, broken: 0, unknown: 0 },
    });
  });

  it('keeps what was seen or said apart from what was thought', () => {
    const view = cumulativeView([
      factor({ kind: 'observation' }),
      factor({ kind: 'parent-words' }),
      factor({ kind: 'interpretation' }),
      factor({ kind: 'hypothesis' }),
      factor({ kind: 'hypothesis' }),
    ]);
    expect(view).toMatchObject({ stressors: 5, seenOrSaid: 2, thought: 3 });
  });

  it('never counts the relationship with the professionals as family stress', () => {
    const view = cumulativeView([
      factor({ sector: 'professional', category: 'trust', workingRelation: 'broken', duration: 'prolonged', buffered: 'no' }),
      factor({ sector: 'professional', category: 'continuity' }),
    ]);
    expect(view.stressors).toBe(0);
    expect(view.groups).toEqual([]);
    expect(view.bySector).not.toHaveProperty('professional');
    expect(view.buffered).toEqual({ yes: 0, partly: 0, no: 0, unknown: 0 });
    expect(view.professional).toEqual({ total: 2, working: 0, strained: 0, broken: 1, unknown: 1 });
  });

  it('names the groups present instead of "n of 4"', () => {
    expect(cumulativeView([factor({ sector: 'parent', category: 'other', otherLabel: 'x' })]).groups).toEqual(['parent']);
  });

  it('counts buffering nobody filled in as unknown', () => {
    expect(cumulativeView([factor({ buffered: null }), factor({ buffered: null })]).buffered.unknown).toBe(2);
  });

  it('an empty map counts nothing', () => {
    expect(cumulativeView([])).toEqual({
      stressors: 0,
      seenOrSaid: 0,
      thought: 0,
      bySector: { external: 0, child: 0, parent: 0 },
      groups: [],
      buffered: { yes: 0, partly: 0, no: 0, unknown: 0 },
      buffers: 0,
      resolved: 0,
      aceOrElsTagged: 0,
      professional: { total: 0, working: 0, strained: 0, broken: 0, unknown: 0 },
    });
  });

  it('groups factors by sector', () => {
    const buffer = factor({ sector: 'buffer', category: 'partner' });
    const child = factor({ sector: 'child', category: 'temperament' });
    const grouped = factorsBySector([buffer, child]);
    expect(grouped.buffer).toEqual([buffer]);
    expect(grouped.child).toEqual([child]);
    expect(grouped.external).toEqual([]);
  });
});

describe('diffMaps: what changed between two snapshots', () => {
  it('lists added, removed and changed factors, chain partners and relationship fields, and marks factors', () => {
    const kept = factor();
    const changed = factor({ kind: 'interpretation' });
    const removed = factor({ sector: 'buffer', category: 'family' });
    const added = factor({ sector: 'child', category: 'temperament' });
    const partner = {
      id: '00000000-0000-4000-8000-0000000000aa',
      caseId: CASE_ID,
      type: 'gp' as const,
      label: '',
      relationship: '',
      alreadyAsked: '',
      lastContact: null,
      createdAt: kept.createdAt,
      updatedAt: kept.updatedAt,
    };
    const before: MapState = { ...state([kept, changed, removed], { now: 'Rustig' }), chain: [partner] };
    const after: MapState = {
      ...state([kept, { ...changed, kind: 'observation', text: 'Gezien op het spreekuur' }, added], { now: 'Onrustig' }),
      chain: [{ ...partner, lastContact: '2025-03-01' }],
    };
    const diff = diffMaps(before, after);
    expect(diff.factors.added).toEqual([added]);
    expect(diff.factors.removed).toEqual([removed]);
    expect(diff.factors.changed).toHaveLength(1);
    expect(diff.factors.changed[0]?.fields).toEqual([
      { field: 'text', before: changed.text, after: 'Gezien op het spreekuur' },
      { field: 'kind', before: 'interpretation', after: 'observation' },
    ]);
    expect(diff.chain.changed[0]?.fields).toEqual([{ field: 'lastContact', before: null, after: '2025-03-01' }]);
    expect(diff.relationship).toEqual([{ field: 'now', before: 'Rustig', after: 'Onrustig' }]);
    expect(diff.markedFactorIds).toEqual({ added: [added.id], removed: [removed.id], changed: [changed.id] });
    expect(isEmptyDiff(diff)).toBe(false);
  });

  it('ignores placement and timestamps: moving a factor says nothing new', () => {
    const moved = factor({ placement: { radial: 0.1, along: 0.2 } });
    const after = { ...moved, placement: { radial: 0.9, along: 0.8 }, updatedAt: '2025-03-02T10:00:00.000Z', createdAt: '2025-03-02T10:00:00.000Z' };
    const diff = diffMaps(state([moved]), state([after]));
    expect(diff.factors.changed).toEqual([]);
    expect(isEmptyDiff(diff)).toBe(true);
    expect(isEmptyDiff(diffMaps(state([]), state([])))).toBe(true);
  });

  it('sees a change in tags and in status', () => {
    const before = factor({ tags: ['els-poverty'] });
    const diff = diffMaps(state([before]), state([{ ...before, tags: ['els-poverty', 'els-nuisance'], status: 'resolved' }]));
    expect(diff.factors.changed[0]?.fields.map((f) => f.field)).toEqual(['tags', 'status']);
  });
});

describe('one rule for what a factor needs, in the editor and in the contract', () => {
  const input = (overrides: Partial<Factor> = {}) => {
    const { id: _id, createdAt: _c, updatedAt: _u, ...fields } = factor(overrides);
    return fields;
  };

  it('asks for an own description with "other" and a chain partner with the chain voice', () => {
    expect(factorRequirements(input())).toEqual([]);
    expect(factorRequirements(input({ category: 'other', otherLabel: '  ' }))).toEqual([{ field: 'otherLabel', reason: 'required' }]);
    expect(factorRequirements(input({ voice: 'chain', chainPartnerId: null }))).toEqual([{ field: 'chainPartnerId', reason: 'required' }]);
    expect(factorRequirements(input({ sector: 'child', category: 'housing' }))).toEqual([{ field: 'category', reason: 'notInSector' }]);
  });

  it('the editor saves once there is text and nothing is missing', () => {
    expect(factorReadyToSave(input({ text: '' }))).toBe(false);
    expect(factorReadyToSave(input({ text: 'Krap behuisd' }))).toBe(true);
    expect(factorReadyToSave(input({ text: 'Iets anders', category: 'other', otherLabel: null }))).toBe(false);
    expect(factorReadyToSave(input({ text: 'Iets anders', category: 'other', otherLabel: 'Verhuizing' }))).toBe(true);
  });

  it('the contract refuses exactly what the rule names, on the same field', () => {
    const result = mapApi['factors.save'].input.safeParse({ ...input({ category: 'other', otherLabel: null }), sessionId: null });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['otherLabel']);
    expect(mapApi['factors.save'].input.safeParse({ ...input(), sessionId: null }).success).toBe(true);
  });

  it('normalises a factor the same way everywhere: buffers carry no stress, labels and partners only where they belong, tags once', () => {
    const buffer = normaliseFactor(
      input({
        sector: 'buffer',
        category: 'other',
        otherLabel: '  Oma  ',
        pressure: 'heavy',
        duration: 'prolonged',
        buffered: 'no',
        tags: ['els-poverty', 'els-poverty'],
      }),
    );
    expect(buffer).toMatchObject({ pressure: null, duration: null, buffered: null, otherLabel: 'Oma', tags: ['els-poverty'] });
    const professional = normaliseFactor(input({ voice: 'professional', chainPartnerId: CASE_ID, category: 'housing', otherLabel: 'weg' }));
    expect(professional).toMatchObject({ chainPartnerId: null, otherLabel: null, pressure: 'moderate', workingRelation: null });
  });

  it("the professionals' sector keeps its working relation and no stress fields; other sectors drop it", () => {
    const kept = normaliseFactor(
      input({
        sector: 'professional',
        category: 'trust',
        pressure: 'heavy',
        duration: 'prolonged',
        buffered: 'no',
        traumatic: true,
        workingRelation: 'broken',
      }),
    );
    expect(kept).toMatchObject({ pressure: null, duration: null, buffered: null, traumatic: false, workingRelation: 'broken' });
    expect(normaliseFactor(input({ workingRelation: 'working' })).workingRelation).toBeNull();
  });
});
