import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import {
  ADVICE_SOURCES,
  WEIGHING_QUESTIONS,
  type MeldcodeRecord,
  type MeldcodeSteps,
  type WeighingQuestion,
  type YesNo,
} from '../../../../shared/domain/meldcode';
import { call } from '../../lib/api';
import { useAutosave } from '../../lib/autosave';
import { formatDateTime } from '../../lib/i18n';
import { queryKey } from '../../lib/queryKeys';
import { navigate, routeHref } from '../../lib/router';
import { Choice } from '../../ui/Choice';
import { ErrorText } from '../../ui/ErrorText';
import { SaveState } from '../../ui/SaveState';
import { TextArea } from '../../ui/TextArea';
import './MeldcodePanel.css';

const ANSWERS = ['yes', 'no', 'unanswered'] as const;
type Answer = (typeof ANSWERS)[number];
const toAnswer = (value: YesNo | null): Answer => value ?? 'unanswered';
const fromAnswer = (value: Answer): YesNo | null => (value === 'unanswered' ? null : value);

function DateField({ id, value, readOnly, onChange }: { id: string; value: string | null; readOnly: boolean; onChange(value: string | null): void }) {
  const { t } = useTranslation();
  return (
    <div className="field meldcode-date">
      <label className="field-label" htmlFor={id}>
        {t('meldcode.date')}
      </label>
      <input id={id} type="date" readOnly={readOnly} value={value ?? ''} onChange={(e) => onChange(e.target.value || null)} />
    </div>
  );
}

function StepCard({ step, children }: { step: 'step1' | 'step2' | 'step3' | 'step4' | 'step5'; children: React.ReactNode }) {
  const { t } = useTranslation();
  return (
    <section className="card meldcode-step" aria-labelledby={`meldcode-${step}-title`}>
      <h2 id={`meldcode-${step}-title`} className="section-title">
        {t(`meldcode.steps.${step}.title`)}
      </h2>
      <p className="muted small">{t(`meldcode.steps.${step}.help`)}</p>
      {children}
    </section>
  );
}

function MeldcodeForm({ record, readOnly }: { record: MeldcodeRecord; readOnly: boolean }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const { caseId, updatedAt: _updatedAt, ...initial } = record;
  const autosave = useAutosave<MeldcodeSteps>(initial, async (steps) => {
    const saved = await call('meldcode.save', { caseId, ...steps });
    queryClient.setQueryData(queryKey('meldcode.get', { caseId }), saved);
  });
  const v = autosave.value;
  const set = <K extends keyof MeldcodeSteps>(step: K, changes: Partial<MeldcodeSteps[K]>) => autosave.change({ ...v, [step]: { ...v[step], ...changes } });
  const setAnswer = (question: WeighingQuestion, changes: Partial<MeldcodeSteps['step4']['answers'][WeighingQuestion]>) =>
    set('step4', { answers: { ...v.step4.answers, [question]: { ...v.step4.answers[question], ...changes } } });
  const saved = queryClient.getQueryData<MeldcodeRecord>(queryKey('meldcode.get', { caseId }))?.updatedAt ?? record.updatedAt;

  return (
    <>
      <div className="meldcode-toolbar">
        <p className="muted small">{saved ? t('meldcode.lastSaved', { when: formatDateTime(saved, i18n.language) }) : t('meldcode.notSaved')}</p>
        <SaveState state={autosave.state} />
        <a
          className="button secondary"
          href={routeHref({ name: 'print', kind: 'meldcode', id: caseId })}
          onClick={(event) => {
            // What was just typed is saved before the print view reads the record.
            event.preventDefault();
            void autosave.flush().then(() => navigate({ name: 'print', kind: 'meldcode', id: caseId }));
          }}
        >
          {t('meldcode.preview')}
        </a>
      </div>
      <ErrorText error={autosave.error} />

      <StepCard step="step1">
        <DateField id="meldcode-step1-date" value={v.step1.date} readOnly={readOnly} onChange={(date) => set('step1', { date })} />
        <TextArea
          label={t('meldcode.steps.step1.signals')}
          rows={4}
          readOnly={readOnly}
          value={v.step1.signals}
          onChange={(e) => set('step1', { signals: e.target.value })}
        />
        <TextArea
          label={t('meldcode.steps.step1.kindcheck')}
          rows={3}
          readOnly={readOnly}
          value={v.step1.kindcheck}
          onChange={(e) => set('step1', { kindcheck: e.target.value })}
        />
      </StepCard>

      <StepCard step="step2">
        <div className="field-row">
          <DateField id="meldcode-step2-date" value={v.step2.date} readOnly={readOnly} onChange={(date) => set('step2', { date })} />
          <div className="field grow">
            <label className="field-label" htmlFor="meldcode-consulted">
              {t('meldcode.steps.step2.consulted')}
            </label>
            <input
              id="meldcode-consulted"
              maxLength={200}
              readOnly={readOnly}
              value={v.step2.consulted}
              onChange={(e) => set('step2', { consulted: e.target.value })}
            />
          </div>
        </div>
        <Choice
          name="meldcode-advice-from"
          legend={t('meldcode.steps.step2.adviceFrom')}
          options={ADVICE_SOURCES}
          value={v.step2.adviceFrom}
          label={(source) => t(`meldcode.adviceSources.${source}`)}
          onChange={(adviceFrom) => set('step2', { adviceFrom })}
          disabled={readOnly}
        />
        {v.step2.adviceFrom && v.step2.adviceFrom !== 'none' ? (
          <div className="field">
            <label className="field-label" htmlFor="meldcode-advice-by">
              {t('meldcode.steps.step2.adviceBy')}
            </label>
            <input
              id="meldcode-advice-by"
              maxLength={200}
              readOnly={readOnly}
              value={v.step2.adviceBy}
              onChange={(e) => set('step2', { adviceBy: e.target.value })}
            />
          </div>
        ) : null}
        <TextArea
          label={t('meldcode.steps.step2.advice')}
          rows={3}
          readOnly={readOnly}
          value={v.step2.advice}
          onChange={(e) => set('step2', { advice: e.target.value })}
        />
      </StepCard>

      <StepCard step="step3">
        <div className="field-row">
          <DateField id="meldcode-step3-date" value={v.step3.date} readOnly={readOnly} onChange={(date) => set('step3', { date })} />
          <div className="field grow">
            <label className="field-label" htmlFor="meldcode-talk-with">
              {t('meldcode.steps.step3.withWhom')}
            </label>
            <input
              id="meldcode-talk-with"
              maxLength={200}
              readOnly={readOnly}
              value={v.step3.withWhom}
              onChange={(e) => set('step3', { withWhom: e.target.value })}
            />
          </div>
        </div>
        <TextArea
          label={t('meldcode.steps.step3.said')}
          rows={3}
          readOnly={readOnly}
          value={v.step3.said}
          onChange={(e) => set('step3', { said: e.target.value })}
        />
        <TextArea
          label={t('meldcode.steps.step3.reaction')}
          rows={3}
          readOnly={readOnly}
          value={v.step3.reaction}
          onChange={(e) => set('step3', { reaction: e.target.value })}
        />
      </StepCard>

      <StepCard step="step4">
        <DateField id="meldcode-step4-date" value={v.step4.date} readOnly={readOnly} onChange={(date) => set('step4', { date })} />
        <ol className="meldcode-questions" role="list">
          {WEIGHING_QUESTIONS.map((question) => (
            <li key={question} className="meldcode-question">
              <Choice
                name={`meldcode-q-${question}-answer`}
                legend={`${WEIGHING_QUESTIONS.indexOf(question) + 1}. ${t(`meldcode.questions.${question}.text`)}`}
                hint={t(`meldcode.questions.${question}.help`)}
                options={ANSWERS}
                value={toAnswer(v.step4.answers[question].answer)}
                label={(answer) => t(`meldcode.${answer}`)}
                onChange={(answer) => setAnswer(question, { answer: fromAnswer(answer) })}
                disabled={readOnly}
              />
              <TextArea
                label={`${t('meldcode.steps.step4.note')} (${WEIGHING_QUESTIONS.indexOf(question) + 1})`}
                rows={2}
                readOnly={readOnly}
                value={v.step4.answers[question].note}
                onChange={(e) => setAnswer(question, { note: e.target.value })}
              />
            </li>
          ))}
        </ol>
      </StepCard>

      <StepCard step="step5">
        <DateField id="meldcode-step5-date" value={v.step5.date} readOnly={readOnly} onChange={(date) => set('step5', { date })} />
        <Choice
          name="meldcode-report-needed"
          legend={t('meldcode.steps.step5.reportNeeded')}
          options={ANSWERS}
          value={toAnswer(v.step5.reportNeeded)}
          label={(answer) => t(`meldcode.${answer}`)}
          onChange={(answer) => set('step5', { reportNeeded: fromAnswer(answer) })}
          disabled={readOnly}
        />
        <TextArea
          label={t('meldcode.steps.step5.reportReasons')}
          rows={2}
          readOnly={readOnly}
          value={v.step5.reportReasons}
          onChange={(e) => set('step5', { reportReasons: e.target.value })}
        />
        <Choice
          name="meldcode-help-possible"
          legend={t('meldcode.steps.step5.helpPossible')}
          options={ANSWERS}
          value={toAnswer(v.step5.helpPossible)}
          label={(answer) => t(`meldcode.${answer}`)}
          onChange={(answer) => set('step5', { helpPossible: fromAnswer(answer) })}
          disabled={readOnly}
        />
        <TextArea
          label={t('meldcode.steps.step5.helpReasons')}
          rows={2}
          readOnly={readOnly}
          value={v.step5.helpReasons}
          onChange={(e) => set('step5', { helpReasons: e.target.value })}
        />
      </StepCard>
    </>
  );
}

/** The case's meldcode record: steps 1–5 in the professional's own words, saved as you type, printable as dossier text. */
export function MeldcodePanel({ caseId, readOnly }: { caseId: string; readOnly: boolean }) {
  const { t } = useTranslation();
  const record = useQuery({ queryKey: queryKey('meldcode.get', { caseId }), queryFn: () => call('meldcode.get', { caseId }) });
  return (
    <div className="meldcode-panel">
      <section className="card" aria-labelledby="meldcode-title">
        <h2 id="meldcode-title" className="section-title">
          {t('meldcode.title')}
        </h2>
        <p>{t('meldcode.intro')}</p>
        {readOnly ? <p className="notice">{t('meldcode.readOnly')}</p> : null}
      </section>
      {record.error ? <ErrorText error={record.error} /> : null}
      {record.data ? <MeldcodeForm record={record.data} readOnly={readOnly} /> : record.error ? null : <p className="muted">{t('common.loading')}</p>}
    </div>
  );
}
