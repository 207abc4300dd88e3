/**
 * The seed's continuum: normale → toxische → traumatische stress against gewone zorg en preventie →
 * specifieke interventies → behandeling. The card shows how many current stressors the team marked
 * with each kind of stress, as an aid to the conversation: never a score, never a decision.
 */
import type { Factor } from './case';
import { stressKindOf, type StressKind } from './map';

export const CONTINUUM_COLUMNS = ['normal', 'toxic', 'traumatic'] as const;
export type ContinuumColumn = (typeof CONTINUUM_COLUMNS)[number];

/** The column a stress kind belongs to: positive and tolerable stress are both normal stress. */
export const COLUMN_OF_KIND: Record<StressKind, ContinuumColumn> = {
  positive: 'normal',
  tolerable: 'normal',
  toxic: 'toxic',
  traumatic: 'traumatic',
};

/** The care that goes with each column in the seed; the same words as the session's judgment. */
export const RESPONSE_OF_COLUMN = { normal: 'ordinary', toxic: 'specific', traumatic: 'treatment' } as const satisfies Record<ContinuumColumn, string>;

export interface ContinuumCounts {
  byKind: Record<StressKind, number>;
  byColumn: Record<ContinuumColumn, number>;
  /** Current stressors whose duration or buffering does not yet say which kind. */
  undetermined: number;
  /** Factors about the relationship with the professionals: not family stress, so not counted here. */
  professionalLeftOut: number;
}

/** Current stressors of the family (resolved ones, buffers and the professionals' sector left out). */
export function continuumCounts(factors: readonly Pick<Factor, 'sector' | 'status' | 'duration' | 'buffered' | 'traumatic'>[]): ContinuumCounts {
  const byKind: Record<StressKind, number> = { positive: 0, tolerable: 0, toxic: 0, traumatic: 0 };
  let undetermined = 0;
  let professionalLeftOut = 0;
  for (const factor of factors) {
    if (factor.status !== 'current' || factor.sector === 'buffer') continue;
    if (factor.sector === 'professional') {
      professionalLeftOut += 1;
      continue;
    }
    const kind = stressKindOf(factor);
    if (kind) byKind[kind] += 1;
    else undetermined += 1;
  }
  const byColumn: Record<ContinuumColumn, number> = { normal: byKind.positive + byKind.tolerable, toxic: byKind.toxic, traumatic: byKind.traumatic };
  return { byKind, byColumn, undetermined, professionalLeftOut };
}

export interface ExperienceCounts {
  /** Current factors with an ACE or ELS tag. */
  tagged: number;
  parentChildhood: number;
  childNow: number;
  /** Tagged, but nobody said whose experience it is. */
  unsaid: number;
}

/** Whose experience the ACE / ELS tags describe: the parent's own childhood or the child now. */
export function experienceCounts(factors: readonly Pick<Factor, 'status' | 'tags' | 'experienceOf'>[]): ExperienceCounts {
  const out: ExperienceCounts = { tagged: 0, parentChildhood: 0, childNow: 0, unsaid: 0 };
  for (const factor of factors) {
    if (factor.status !== 'current' || factor.tags.length === 0) continue;
    out.tagged += 1;
    if (factor.experienceOf === 'parent-childhood') out.parentChildhood += 1;
    else if (factor.experienceOf === 'child-now') out.childNow += 1;
    else out.unsaid += 1;
  }
  return out;
}
