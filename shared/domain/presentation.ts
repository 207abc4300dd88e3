/**
 * What the shared screen (the beamer) may show of a session: the phase, the clock, the map and the
 * contributions already visible to everyone, without authors. A silent round's notes are never in it:
 * only how many each person wrote, until they are revealed together.
 */
import { z } from 'zod';
import { MapState, Pseudonym } from './case';
import { Id } from './ids';
import { Contribution, Session, type Participant } from './session';

/** A visible contribution as the beamer shows it: no author, nothing hidden. */
export const PresentedContribution = Contribution.pick({
  id: true,
  phaseKey: true,
  kind: true,
  text: true,
  factorId: true,
  perspective: true,
  changeMyMind: true,
});
export type PresentedContribution = z.infer<typeof PresentedContribution>;

/** How many hidden notes one person (or nobody named: `participantId` null) wrote in a phase. */
export const HiddenNoteCount = z.object({
  phaseKey: z.string(),
  participantId: Id.nullable(),
  /** The participant's name as the session lists it; null for notes without an author. */
  name: z.string().nullable(),
  count: z.number().int().min(1),
});
export type HiddenNoteCount = z.infer<typeof HiddenNoteCount>;

export const Presentation = z.object({
  session: Session.pick({ id: true, caseId: true, status: true, question: true, method: true, timer: true }),
  casePseudonym: Pseudonym,
  map: MapState,
  contributions: z.array(PresentedContribution),
  hiddenCounts: z.array(HiddenNoteCount),
});
export type Presentation = z.infer<typeof Presentation>;

/**
 * Splits a session's contributions into what the beamer shows and, for the hidden ones, only the
 * counts per phase and author, in the participants' order (notes without a known author last).
 */
export function presentContributions(
  contributions: readonly Contribution[],
  participants: readonly Pick<Participant, 'id' | 'name'>[],
): { contributions: PresentedContribution[]; hiddenCounts: HiddenNoteCount[] } {
  const shown: PresentedContribution[] = [];
  const counts = new Map<string, HiddenNoteCount>();
  const known = new Map(participants.map((participant, index) => [participant.id, { name: participant.name, index }]));
  for (const contribution of contributions) {
    if (!contribution.hidden) {
      const { id, phaseKey, kind, text, factorId, perspective, changeMyMind } = contribution;
      shown.push({ id, phaseKey, kind, text, factorId, perspective, changeMyMind });
      continue;
    }
    // An author who has since left the session counts as a note without a name: never an id on screen.
    const author = contribution.authorId !== null && known.has(contribution.authorId) ? contribution.authorId : null;
    const key = `${contribution.phaseKey}\u0000${author ?? ''}`;
    const row = counts.get(key) ?? {
      phaseKey: contribution.phaseKey,
      participantId: author,
      name: author ? (known.get(author)?.name ?? null) : null,
      count: 0,
    };
    row.count += 1;
    counts.set(key, row);
  }
  const phases = [...new Set([...counts.values()].map((row) => row.phaseKey))];
  const order = (row: HiddenNoteCount) => (row.participantId === null ? participants.length : (known.get(row.participantId)?.index ?? participants.length));
  const hiddenCounts = [...counts.values()].sort((a, b) => phases.indexOf(a.phaseKey) - phases.indexOf(b.phaseKey) || order(a) - order(b));
  return { contributions: shown, hiddenCounts };
}
