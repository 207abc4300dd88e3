import { describe, expect, it } from 'vitest';
import { presentContributions } from '../../shared/domain/presentation';
import type { Contribution } from '../../shared/domain/session';

const ANNA = '11111111-1111-4111-8111-111111111111';
const BRAM = '22222222-2222-4222-8222-222222222222';
const GONE = '33333333-3333-4333-8333-333333333333';
const participants = [
  { id: ANNA, name: 'Anna' },
  { id: BRAM, name: 'Bram' },
];

let next = 0;
function note(phaseKey: string, authorId: string | null, text: string, hidden: boolean): Contribution {
  next += 1;
  return {
    id: `00000000-0000-4000-8000-${String(next).padStart(12, '0')}`,
    sessionId: '44444444-4444-4444-8444-444444444444',
    phaseKey,
    kind: 'question',
    authorId,
    text,
    factorId: null,
    perspective: null,
    changeMyMind: '',
    hidden,
    createdAt: '2026-12-15T09:00:00.000Z',
    updatedAt: '2026-12-15T09:00:00.000Z',
  };
}

describe('presentContributions', () => {
  it('keeps the visible ones without author or hidden flag, and counts the hidden ones per phase and person', () => {
    const { contributions, hiddenCounts } = presentContributions(
      [
        note('silent', BRAM, 'geheim 1', true),
        note('open', ANNA, 'zichtbaar', false),
        note('silent', null, 'geheim 2', true),
        note('silent', ANNA, 'geheim 3', true),
        note('silent', BRAM, 'geheim 4', true),
        note('silent', GONE, 'geheim 5', true),
        note('later', BRAM, 'geheim 6', true),
      ],
      participants,
    );
    expect(contributions).toEqual([expect.objectContaining({ phaseKey: 'open', text: 'zichtbaar' })]);
    expect(Object.keys(contributions[0]!).sort()).toEqual(['changeMyMind', 'factorId', 'id', 'kind', 'perspective', 'phaseKey', 'text']);
    // In the participants' order; no author and an author who left the session count together, without a name or an id.
    expect(hiddenCounts).toEqual([
      { phaseKey: 'silent', participantId: ANNA, name: 'Anna', count: 1 },
      { phaseKey: 'silent', participantId: BRAM, name: 'Bram', count: 2 },
      { phaseKey: 'silent', participantId: null, name: null, count: 2 },
      { phaseKey: 'later', participantId: BRAM, name: 'Bram', count: 1 },
    ]);
    expect(JSON.stringify(hiddenCounts)).not.toContain('geheim');
  });
});
