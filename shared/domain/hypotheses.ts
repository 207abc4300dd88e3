/**
 * One hypothesis register per case: the hypotheses said in its sessions (contributions of kind
 * hypothesis) and the "?" factors on its map (factors of kind hypothesis), in one list. Each keeps
 * its status history: set at a follow-up by a person, with a short note and the day. The app never
 * sets, ranks or suggests a status; a hypothesis nobody reviewed is open.
 */
import { z } from 'zod';
import { FreeText, IsoDate, type Factor } from './case';
import { Id } from './ids';
import { Perspective, type Contribution } from './session';

const IsoTime = z.string().datetime({ offset: true });

export const HYPOTHESIS_STATUSES = ['open', 'supported', 'weakened', 'dropped'] as const;
export const HypothesisStatus = z.enum(HYPOTHESIS_STATUSES);
export type HypothesisStatus = z.infer<typeof HypothesisStatus>;

/** Where a hypothesis was said: a session's contribution, or a factor on the map. */
export const HYPOTHESIS_SOURCES = ['contribution', 'factor'] as const;
export const HypothesisSourceKind = z.enum(HYPOTHESIS_SOURCES);
export type HypothesisSourceKind = z.infer<typeof HypothesisSourceKind>;

export const NOTE_LIMIT = 2_000;

/** One status change, as it was set: never edited afterwards, the next change is a new row. */
export const HypothesisReview = z.object({
  id: Id,
  caseId: Id,
  sourceKind: HypothesisSourceKind,
  sourceId: Id,
  status: HypothesisStatus,
  note: z.string().max(NOTE_LIMIT),
  /** The calendar day it was decided (the user's local day). */
  day: IsoDate,
  /** The session whose follow-up set it, when it was set there. */
  sessionId: Id.nullable(),
  /** The member who set it; null when that member is not known in this vault (an imported row). */
  memberId: Id.nullable(),
  memberName: z.string().nullable(),
  createdAt: IsoTime,
});
export type HypothesisReview = z.infer<typeof HypothesisReview>;

export const HypothesisItem = z.object({
  sourceKind: HypothesisSourceKind,
  sourceId: Id,
  caseId: Id,
  text: FreeText,
  perspective: Perspective.nullable(),
  changeMyMind: FreeText,
  /** The session it was said in (a contribution, or a factor added during a session). */
  sessionId: Id.nullable(),
  /** When that session took place, or when the factor was put on the map. */
  saidAt: IsoTime,
  status: HypothesisStatus,
  /** Oldest first; the last one is the current status. */
  history: z.array(HypothesisReview),
});
export type HypothesisItem = z.infer<typeof HypothesisItem>;

export const ReviewInput = z
  .object({
    caseId: Id,
    sourceKind: HypothesisSourceKind,
    sourceId: Id,
    status: HypothesisStatus,
    note: z.string().trim().max(NOTE_LIMIT),
    day: IsoDate,
    sessionId: Id.nullable().default(null),
  })
  .strict();

/** "What would change my mind?" for a "?" factor (a session's hypothesis keeps its own in the session). */
export const ChangeMyMindInput = z.object({ caseId: Id, factorId: Id, changeMyMind: FreeText }).strict();

/** A session contribution with the moment its session took place. */
export type SessionHypothesis = Pick<Contribution, 'id' | 'text' | 'perspective' | 'changeMyMind' | 'sessionId' | 'kind' | 'hidden' | 'createdAt'> & {
  sessionAt: string;
};

/** A factor's voice read as the perspective it was thought from (the two lists name the same four). */
function perspectiveOfVoice(voice: Factor['voice']): z.infer<typeof Perspective> {
  return voice;
}

/** The current status: the newest review's, or open when nobody reviewed it. */
export function currentStatus(history: readonly Pick<HypothesisReview, 'status'>[]): HypothesisStatus {
  return history.at(-1)?.status ?? 'open';
}

/**
 * The register of one case: every session hypothesis that is not hidden, every "?" factor on the map
 * (a resolved one too: it was said), in the order they were said, each with its history.
 */
export function buildRegister(input: {
  caseId: string;
  contributions: readonly SessionHypothesis[];
  factors: readonly Pick<Factor, 'id' | 'kind' | 'text' | 'voice' | 'sessionId' | 'createdAt'>[];
  reviews: readonly HypothesisReview[];
  /** "What would change my mind?" of the "?" factors, by factor id. */
  factorChangeMyMind?: ReadonlyMap<string, string>;
}): HypothesisItem[] {
  const bySource = new Map<string, HypothesisReview[]>();
  for (const review of [...input.reviews].sort((a, b) => a.createdAt.localeCompare(b.createdAt))) {
    const key = `${review.sourceKind}:${review.sourceId}`;
    bySource.set(key, [...(bySource.get(key) ?? []), review]);
  }
  const item = (sourceKind: HypothesisSourceKind, fields: Omit<HypothesisItem, 'sourceKind' | 'caseId' | 'status' | 'history'>): HypothesisItem => {
    const history = bySource.get(`${sourceKind}:${fields.sourceId}`) ?? [];
    return { sourceKind, caseId: input.caseId, ...fields, status: currentStatus(history), history };
  };
  const items = [
    ...input.contributions
      .filter((c) => c.kind === 'hypothesis' && !c.hidden && c.text.trim() !== '')
      .map((c) =>
        item('contribution', {
          sourceId: c.id,
          text: c.text,
          perspective: c.perspective,
          changeMyMind: c.changeMyMind,
          sessionId: c.sessionId,
          saidAt: c.sessionAt,
        }),
      ),
    ...input.factors
      .filter((f) => f.kind === 'hypothesis' && f.text.trim() !== '')
      .map((f) =>
        item('factor', {
          sourceId: f.id,
          text: f.text,
          perspective: perspectiveOfVoice(f.voice),
          changeMyMind: input.factorChangeMyMind?.get(f.id) ?? '',
          sessionId: f.sessionId,
          saidAt: f.createdAt,
        }),
      ),
  ];
  return items.sort((a, b) => a.saidAt.localeCompare(b.saidAt) || a.sourceId.localeCompare(b.sourceId));
}

/**
 * What a session's follow-up walks through: the case's hypotheses still open, and those this session
 * already reviewed (so what was just set stays in view); never those said in the session itself.
 */
export function forFollowUp(items: readonly HypothesisItem[], sessionId: string): HypothesisItem[] {
  return items.filter((h) => h.sessionId !== sessionId && (h.status === 'open' || h.history.at(-1)?.sessionId === sessionId));
}
