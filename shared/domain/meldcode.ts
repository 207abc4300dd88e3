/**
 * The meldcode huiselijk geweld en kindermishandeling (the 2019 version, with its afwegingskader),
 * one record per case: what the professional did and weighed in each of the five steps, in their
 * own words, for their own dossier. Nothing here is computed: the afwegingskader's answers are the
 * professional's, the decision is theirs, and the app neither scores, follows the answers nor
 * suggests an outcome.
 */
import { z } from 'zod';
import { formatDay, formatMoment } from './dates';
import { FreeText, IsoDate } from './case';
import { Id } from './ids';

const IsoTime = z.string().datetime({ offset: true });
const Short = z.string().max(200);

/** Step 2: who else was asked, besides the colleague: Veilig Thuis, another expert (e.g. the aandachtsfunctionaris), or nobody. */
export const ADVICE_SOURCES = ['veilig-thuis', 'expert', 'none'] as const;
export const AdviceSource = z.enum(ADVICE_SOURCES);
export type AdviceSource = z.infer<typeof AdviceSource>;

/** A yes or no the professional chose; null while they have not. */
export const YES_NO = ['yes', 'no'] as const;
export const YesNo = z.enum(YES_NO);
export type YesNo = z.infer<typeof YesNo>;

/**
 * The five questions of the afwegingskader (step 4), by key; their wording lives in
 * shared/i18n/meldcode.*.ts, in our own words after the public texts (see docs/meldcode.md).
 */
export const WEIGHING_QUESTIONS = ['suspicion', 'unsafety', 'able-to-help', 'help-accepted', 'help-works'] as const;
export const WeighingQuestion = z.enum(WEIGHING_QUESTIONS);
export type WeighingQuestion = z.infer<typeof WeighingQuestion>;

export const WeighingAnswer = z.object({ answer: YesNo.nullable(), note: FreeText });
export type WeighingAnswer = z.infer<typeof WeighingAnswer>;

export const MeldcodeSteps = z.object({
  /** Step 1: signals mapped (facts, with their source; what contradicts the worry as well) and the kindcheck. */
  step1: z.object({ date: IsoDate.nullable(), signals: FreeText, kindcheck: FreeText }),
  /** Step 2: collegial consultation and, if asked, advice from Veilig Thuis or an expert. */
  step2: z.object({ date: IsoDate.nullable(), consulted: Short, adviceFrom: AdviceSource.nullable(), adviceBy: Short, advice: FreeText }),
  /** Step 3: the conversation with the parent(s). */
  step3: z.object({ date: IsoDate.nullable(), withWhom: Short, said: FreeText, reaction: FreeText }),
  /** Step 4: the professional's own answers to the afwegingskader. */
  step4: z.object({
    date: IsoDate.nullable(),
    answers: z.object(Object.fromEntries(WEIGHING_QUESTIONS.map((q) => [q, WeighingAnswer])) as Record<WeighingQuestion, typeof WeighingAnswer>),
  }),
  /** Step 5: the two decisions, each the professional's; both can be yes. */
  step5: z.object({ date: IsoDate.nullable(), reportNeeded: YesNo.nullable(), reportReasons: FreeText, helpPossible: YesNo.nullable(), helpReasons: FreeText }),
});
export type MeldcodeSteps = z.infer<typeof MeldcodeSteps>;

export const MeldcodeRecord = MeldcodeSteps.extend({
  caseId: Id,
  /** Null while nothing was saved for the case. */
  updatedAt: IsoTime.nullable(),
});
export type MeldcodeRecord = z.infer<typeof MeldcodeRecord>;

export function emptyMeldcodeSteps(): MeldcodeSteps {
  return {
    step1: { date: null, signals: '', kindcheck: '' },
    step2: { date: null, consulted: '', adviceFrom: null, adviceBy: '', advice: '' },
    step3: { date: null, withWhom: '', said: '', reaction: '' },
    step4: {
      date: null,
      answers: Object.fromEntries(WEIGHING_QUESTIONS.map((q) => [q, { answer: null, note: '' }])) as Record<WeighingQuestion, WeighingAnswer>,
    },
    step5: { date: null, reportNeeded: null, reportReasons: '', helpPossible: null, helpReasons: '' },
  };
}

export const MELDCODE_STEPS = ['step1', 'step2', 'step3', 'step4', 'step5'] as const;
export type MeldcodeStep = (typeof MELDCODE_STEPS)[number];

/** Whether anything was written in a step (a date alone counts). */
export function stepHasContent(steps: MeldcodeSteps, step: MeldcodeStep): boolean {
  const value = steps[step];
  if (step === 'step4') {
    const s4 = steps.step4;
    return s4.date !== null || WEIGHING_QUESTIONS.some((q) => s4.answers[q].answer !== null || s4.answers[q].note.trim() !== '');
  }
  return Object.values(value).some((v) => (typeof v === 'string' ? v.trim() !== '' : v !== null));
}

/** The labels the dossier text needs, looked up by their full keys (the renderer passes i18next's t). */
export type MeldcodeTranslate = (key: string, values?: Record<string, string>) => string;

/**
 * The record as dossier text: sentences with dates as people write them ("15 december 2026"), one
 * paragraph per step, for the professional to print or take into the official file. The answers
 * and decisions are repeated as given, never derived from each other.
 */
export function meldcodeDossierText(record: MeldcodeRecord, casePseudonym: string, t: MeldcodeTranslate, language: string): string {
  const day = (date: string | null) => (date ? formatDay(date, language) : null);
  const yesNo = (value: YesNo | null) => (value === null ? t('meldcode.dossier.unanswered') : t(`meldcode.dossier.${value}`));
  const lines: string[] = [t('meldcode.dossier.title'), `${t('meldcode.dossier.case')}: ${casePseudonym}`];
  if (record.updatedAt) lines.push(t('meldcode.dossier.updated', { date: formatMoment(record.updatedAt, language) }));
  const para = (heading: string, body: string[]) => {
    lines.push('', heading, ...body.filter((line) => line.trim() !== ''));
  };
  const heading = (step: MeldcodeStep, date: string | null) =>
    date ? t('meldcode.dossier.headingOn', { step: t(`meldcode.steps.${step}.title`), date: day(date) ?? '' }) : t(`meldcode.steps.${step}.title`);
  const empty = [t('meldcode.dossier.notRecorded')];

  const { step1, step2, step3, step4, step5 } = record;
  para(
    heading('step1', step1.date),
    stepHasContent(record, 'step1')
      ? [labelled(t('meldcode.dossier.signals'), step1.signals), labelled(t('meldcode.dossier.kindcheck'), step1.kindcheck)]
      : empty,
  );
  const consulted = step2.consulted.trim()
    ? step2.date
      ? t('meldcode.dossier.consultedOn', { who: step2.consulted.trim(), date: day(step2.date) ?? '' })
      : t('meldcode.dossier.consulted', { who: step2.consulted.trim() })
    : '';
  const advice =
    step2.adviceFrom === null
      ? ''
      : step2.adviceFrom === 'none'
        ? t('meldcode.dossier.adviceNone')
        : t(step2.adviceBy.trim() ? 'meldcode.dossier.adviceFromBy' : 'meldcode.dossier.adviceFrom', {
            from: t(`meldcode.adviceSources.${step2.adviceFrom}`),
            who: step2.adviceBy.trim(),
          });
  para(heading('step2', step2.date), stepHasContent(record, 'step2') ? [consulted, advice, labelled(t('meldcode.dossier.advice'), step2.advice)] : empty);
  const talk = step3.withWhom.trim()
    ? step3.date
      ? t('meldcode.dossier.talkOn', { who: step3.withWhom.trim(), date: day(step3.date) ?? '' })
      : t('meldcode.dossier.talk', { who: step3.withWhom.trim() })
    : '';
  para(
    heading('step3', step3.date),
    stepHasContent(record, 'step3')
      ? [talk, labelled(t('meldcode.dossier.said'), step3.said), labelled(t('meldcode.dossier.reaction'), step3.reaction)]
      : empty,
  );
  para(
    heading('step4', step4.date),
    stepHasContent(record, 'step4')
      ? [
          t('meldcode.dossier.ownAnswers'),
          ...WEIGHING_QUESTIONS.map((q, index) => {
            const { answer, note } = step4.answers[q];
            return `${index + 1}. ${t(`meldcode.questions.${q}.text`)} ${yesNo(answer)}.${note.trim() ? ` ${note.trim()}` : ''}`;
          }),
        ]
      : empty,
  );
  para(
    heading('step5', step5.date),
    stepHasContent(record, 'step5')
      ? [
          `${t('meldcode.dossier.reportNeeded')} ${yesNo(step5.reportNeeded)}.${step5.reportReasons.trim() ? ` ${step5.reportReasons.trim()}` : ''}`,
          `${t('meldcode.dossier.helpPossible')} ${yesNo(step5.helpPossible)}.${step5.helpReasons.trim() ? ` ${step5.helpReasons.trim()}` : ''}`,
        ]
      : empty,
  );
  lines.push('', t('meldcode.dossier.footer'));
  return lines.join('\n');
}

function labelled(label: string, text: string): string {
  return text.trim() ? `${label}: ${text.trim()}` : '';
}
