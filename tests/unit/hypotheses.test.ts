import { describe, expect, it } from 'vitest';
import { factorNumbers, sheetLegend } from '../../shared/domain/caseSheet';
import { buildRegister, currentStatus, forFollowUp, ReviewInput, type HypothesisReview, type SessionHypothesis } from '../../shared/domain/hypotheses';

const CASE = '00000000-0000-4000-8000-000000000001';
const S1 = '00000000-0000-4000-8000-0000000000a1';
const S2 = '00000000-0000-4000-8000-0000000000a2';
const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

function said(n: number, overrides: Partial<SessionHypothesis> = {}): SessionHypothesis {
  return {
    id: id(n),
    text: `Hypothese ${n}`,
    perspective: 'child',
    changeMyMind: 'Als …',
    sessionId: S1,
    kind: 'hypothesis',
    hidden: false,
    createdAt: '2026-11-10T13:10:00.000Z',
    sessionAt: '2026-11-10T13:00:00.000Z',
    ...overrides,
  };
}

function factor(n: number, kind: 'observation' | 'parent-words' | 'interpretation' | 'hypothesis', createdAt: string) {
  return { id: id(100 + n), kind, text: `Factor ${n}`, voice: 'parent' as const, sessionId: null, createdAt };
}

function review(sourceId: string, status: HypothesisReview['status'], createdAt: string, sessionId: string | null = null): HypothesisReview {
  return {
    id: id(Number(createdAt.slice(17, 19)) + 500),
    caseId: CASE,
    sourceKind: 'contribution',
    sourceId,
    status,
    note: '',
    day: createdAt.slice(0, 10),
    sessionId,
    memberId: null,
    memberName: null,
    createdAt,
  };
}

describe('the hypothesis register', () => {
  it('takes session hypotheses that are said (not hidden, not empty, of kind hypothesis) and the map’s "?" factors, in the order said', () => {
    const items = buildRegister({
      caseId: CASE,
      contributions: [said(1), said(2, { hidden: true }), said(3, { kind: 'question' }), said(4, { text: '  ' })],
      factors: [
        factor(1, 'hypothesis', '2026-11-01T09:00:00.000Z'),
        factor(2, 'interpretation', '2026-11-01T09:00:00.000Z'),
        factor(3, 'observation', '2026-11-01T09:00:00.000Z'),
      ],
      reviews: [],
    });
    expect(items.map((h) => [h.sourceKind, h.text, h.perspective, h.status])).toEqual([
      ['factor', 'Factor 1', 'parent', 'open'],
      ['contribution', 'Hypothese 1', 'child', 'open'],
    ]);
  });

  it('reads the current status from the newest review, open when never reviewed', () => {
    expect(currentStatus([])).toBe('open');
    const items = buildRegister({
      caseId: CASE,
      contributions: [said(1)],
      factors: [],
      // Out of order on purpose: the history is sorted by when it was set.
      reviews: [review(id(1), 'dropped', '2026-12-08T13:02:00.000Z'), review(id(1), 'weakened', '2026-12-08T13:01:00.000Z')],
    });
    expect(items[0]!.history.map((r) => r.status)).toEqual(['weakened', 'dropped']);
    expect(items[0]!.status).toBe('dropped');
  });

  it('walks a follow-up through the open ones of earlier sessions, keeping those this session set', () => {
    const items = buildRegister({
      caseId: CASE,
      contributions: [said(1), said(2), said(3), said(4, { sessionId: S2 })],
      factors: [],
      reviews: [review(id(2), 'supported', '2026-12-08T13:01:00.000Z', S2), review(id(3), 'supported', '2026-12-01T13:01:00.000Z', null)],
    });
    expect(forFollowUp(items, S2).map((h) => h.text)).toEqual(['Hypothese 1', 'Hypothese 2']);
  });

  it('refuses a status the register does not know and a day that is not a calendar day', () => {
    const base = { caseId: CASE, sourceKind: 'factor', sourceId: id(1), status: 'supported', note: 'x', day: '2026-12-08' };
    expect(ReviewInput.safeParse(base).success).toBe(true);
    expect(ReviewInput.safeParse({ ...base, status: 'proven' }).success).toBe(false);
    expect(ReviewInput.safeParse({ ...base, day: '8 december 2026' }).success).toBe(false);
    expect(ReviewInput.safeParse({ ...base, note: 'x'.repeat(2001) }).success).toBe(false);
  });
});

describe('the case sheet’s legend', () => {
  it('numbers the factors as the map does and shows the map’s sign for each', () => {
    const factors = [
      factor(1, 'observation', '2026-11-03T09:00:00.000Z'),
      factor(2, 'hypothesis', '2026-11-01T09:00:00.000Z'),
      factor(3, 'parent-words', '2026-11-02T09:00:00.000Z'),
    ];
    expect([...factorNumbers(factors).entries()]).toEqual([
      [id(102), 1],
      [id(103), 2],
      [id(101), 3],
    ]);
    expect(sheetLegend(factors).map((l) => [l.factor.text, l.number, l.sign])).toEqual([
      ['Factor 2', 1, '?'],
      ['Factor 3', 2, '“'],
      ['Factor 1', 3, '3'],
    ]);
  });
});
