/** The meldcode API: a case's record of steps 1–5, read and saved whole. */
import { z } from 'zod';
import { Id } from '../domain/ids';
import { MeldcodeRecord, MeldcodeSteps } from '../domain/meldcode';
import { method } from './define';

export const meldcodeApi = {
  /** The case's record; empty (updatedAt null) while nothing was saved. */
  'meldcode.get': method(z.object({ caseId: Id }).strict(), MeldcodeRecord),
  /** Save all five steps at once; what the professional wrote, nothing derived. */
  'meldcode.save': method(MeldcodeSteps.extend({ caseId: Id }).strict(), MeldcodeRecord),
} as const;
