import type { hypothesesApi } from '../../../shared/api/hypotheses';
import type { HandlerKit } from '../context';
import type { HandlersFor } from '../dispatch';
import { listHypotheses, readCaseSheet, reviewHypothesis, saveChangeMyMind } from './register';

/** The hypothesis register and the case sheet. */
export function hypothesesHandlers({ read, write }: HandlerKit): HandlersFor<keyof typeof hypothesesApi> {
  return {
    'hypotheses.list': read(listHypotheses),
    'hypotheses.review': write(reviewHypothesis),
    'hypotheses.saveChangeMyMind': write(saveChangeMyMind),
    'hypotheses.caseSheet': read(readCaseSheet),
  };
}
