/** The hypothesis register of a case, its status history, and the one-page case sheet. */
import { z } from 'zod';
import { CaseSheet } from '../domain/caseSheet';
import { ChangeMyMindInput, HypothesisItem, HypothesisReview, ReviewInput } from '../domain/hypotheses';
import { Id } from '../domain/ids';
import { method } from './define';

export const hypothesesApi = {
  /** Every hypothesis of the case (from its sessions and its map), in the order said, each with its status history. */
  'hypotheses.list': method(z.object({ caseId: Id }).strict(), z.array(HypothesisItem)),
  /** Set a hypothesis's status with a short note and the day: a new row of its history. */
  'hypotheses.review': method(ReviewInput, HypothesisReview),
  /** What would change my mind about a "?" factor on the map. */
  'hypotheses.saveChangeMyMind': method(ChangeMyMindInput, z.null()),
  /** What the one-page case sheet shows. */
  'hypotheses.caseSheet': method(z.object({ caseId: Id }).strict(), CaseSheet),
} as const;
