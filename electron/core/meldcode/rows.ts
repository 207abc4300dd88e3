import type { Selectable } from 'kysely';
import { MeldcodeRecord, type MeldcodeSteps, type WeighingQuestion } from '../../../shared/domain/meldcode';
import type { MeldcodeRecordsTable } from '../db/schema';

export type MeldcodeRow = Selectable<MeldcodeRecordsTable>;

/** The column pair of each afwegingskader question: the answer and its note. */
const QUESTION_COLUMNS = {
  suspicion: ['q_suspicion', 'q_suspicion_note'],
  unsafety: ['q_unsafety', 'q_unsafety_note'],
  'able-to-help': ['q_able_to_help', 'q_able_to_help_note'],
  'help-accepted': ['q_help_accepted', 'q_help_accepted_note'],
  'help-works': ['q_help_works', 'q_help_works_note'],
} as const satisfies Record<WeighingQuestion, readonly [keyof MeldcodeRow, keyof MeldcodeRow]>;

/** Row → record, parsed with the domain's schema, so a damaged row fails here. */
export function meldcodeFromRow(row: MeldcodeRow): MeldcodeRecord {
  const answers = Object.fromEntries(
    Object.entries(QUESTION_COLUMNS).map(([question, [answer, note]]) => [question, { answer: row[answer], note: row[note] }]),
  );
  return MeldcodeRecord.parse({
    caseId: row.case_id,
    step1: { date: row.step1_date, signals: row.signals, kindcheck: row.kindcheck },
    step2: { date: row.step2_date, consulted: row.consulted, adviceFrom: row.advice_from, adviceBy: row.advice_by, advice: row.advice },
    step3: { date: row.step3_date, withWhom: row.talk_with, said: row.talk_said, reaction: row.talk_reaction },
    step4: { date: row.step4_date, answers },
    step5: {
      date: row.step5_date,
      reportNeeded: row.report_needed,
      reportReasons: row.report_reasons,
      helpPossible: row.help_possible,
      helpReasons: row.help_reasons,
    },
    updatedAt: row.updated_at,
  });
}

export function meldcodeToRow(caseId: string, steps: MeldcodeSteps, updatedAt: string): MeldcodeRow {
  const { step1, step2, step3, step4, step5 } = steps;
  const a = step4.answers;
  return {
    case_id: caseId,
    step1_date: step1.date,
    signals: step1.signals,
    kindcheck: step1.kindcheck,
    step2_date: step2.date,
    consulted: step2.consulted,
    advice_from: step2.adviceFrom,
    advice_by: step2.adviceBy,
    advice: step2.advice,
    step3_date: step3.date,
    talk_with: step3.withWhom,
    talk_said: step3.said,
    talk_reaction: step3.reaction,
    step4_date: step4.date,
    q_suspicion: a.suspicion.answer,
    q_suspicion_note: a.suspicion.note,
    q_unsafety: a.unsafety.answer,
    q_unsafety_note: a.unsafety.note,
    q_able_to_help: a['able-to-help'].answer,
    q_able_to_help_note: a['able-to-help'].note,
    q_help_accepted: a['help-accepted'].answer,
    q_help_accepted_note: a['help-accepted'].note,
    q_help_works: a['help-works'].answer,
    q_help_works_note: a['help-works'].note,
    step5_date: step5.date,
    report_needed: step5.reportNeeded,
    report_reasons: step5.reportReasons,
    help_possible: step5.helpPossible,
    help_reasons: step5.helpReasons,
    updated_at: updatedAt,
  };
}
