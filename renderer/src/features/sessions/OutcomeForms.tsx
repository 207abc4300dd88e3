import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodInput } from '../../../../shared/contract';
import { INTENSITIES, VOICES_HEARD, type Outcome, type Step2Record } from '../../../../shared/domain/session';
import { call } from '../../lib/api';
import { copySensitive } from '../../lib/clipboard';
import { queryKey } from '../../lib/queryKeys';
import { formatDate } from '../../lib/i18n';
import { Choice } from '../../ui/Choice';
import { ErrorText } from '../../ui/ErrorText';
import { SaveState } from '../../ui/SaveState';
import { TextArea } from '../../ui/TextArea';
import { useAutosave } from '../../lib/autosave';

const VEILIG_THUIS_ANSWERS = ['yes', 'no', 'unknown'] as const;

type OutcomePatch = Omit<MethodInput<'sessions.saveOutcome'>, 'id'>;

function useOutcomeSaver(sessionId: string) {
  const queryClient = useQueryClient();
  return async (patch: OutcomePatch) => {
    await call('sessions.saveOutcome', { id: sessionId, ...patch });
    await queryClient.invalidateQueries({ queryKey: queryKey('sessions.get', sessionId) });
  };
}

/** The team's judgment of the right intensity, in words and with reasons; never computed. */
export function JudgmentForm({ sessionId, outcome, readOnly }: { sessionId: string; outcome: Outcome; readOnly: boolean }) {
  const { t } = useTranslation();
  const save = useOutcomeSaver(sessionId);
  const autosave = useAutosave(outcome.judgment, (judgment) => save({ judgment }));
  const value = autosave.value;
  return (
    <section className="panel" aria-labelledby="judgment-title" data-testid="judgment-form">
      <header className="panel-header">
        <h2 className="section-title" id="judgment-title">
          {t('sessions.outcome.intensityTitle')}
        </h2>
        <SaveState state={autosave.state} />
      </header>
      <p className="muted small">{t('sessions.outcome.intensityBody')}</p>
      <Choice
        name="intensity"
        legend={t('sessions.outcome.intensity')}
        options={INTENSITIES}
        value={value.intensity}
        label={(intensity) => t(`sessions.outcome.intensities.${intensity}`)}
        onChange={(intensity) => autosave.change({ ...value, intensity })}
        disabled={readOnly}
      />
      <TextArea
        label={t('sessions.outcome.forWhom')}
        rows={2}
        readOnly={readOnly}
        value={value.forWhom}
        onChange={(e) => autosave.change({ ...value, forWhom: e.target.value })}
      />
      <TextArea
        label={t('sessions.outcome.context')}
        rows={2}
        readOnly={readOnly}
        value={value.context}
        onChange={(e) => autosave.change({ ...value, context: e.target.value })}
      />
      <TextArea
        label={t('sessions.outcome.reasons')}
        rows={3}
        readOnly={readOnly}
        value={value.reasons}
        onChange={(e) => autosave.change({ ...value, reasons: e.target.value })}
      />
      <ErrorText error={autosave.error} />
    </section>
  );
}

export function TakeAwayForm({ sessionId, outcome, readOnly }: { sessionId: string; outcome: Outcome; readOnly: boolean }) {
  const { t } = useTranslation();
  const save = useOutcomeSaver(sessionId);
  const autosave = useAutosave(outcome.takeAway, (takeAway) => save({ takeAway }));
  return (
    <section className="panel">
      <header className="panel-header">
        <span />
        <SaveState state={autosave.state} />
      </header>
      <TextArea label={t('sessions.outcome.takeAway')} rows={4} readOnly={readOnly} value={autosave.value} onChange={(e) => autosave.change(e.target.value)} />
      <ErrorText error={autosave.error} />
    </section>
  );
}

export function EvaluationForm({ sessionId, outcome, readOnly }: { sessionId: string; outcome: Outcome; readOnly: boolean }) {
  const { t } = useTranslation();
  const save = useOutcomeSaver(sessionId);
  const autosave = useAutosave({ everyVoiceHeard: outcome.everyVoiceHeard, doDifferently: outcome.doDifferently }, (value) => save(value));
  const value = autosave.value;
  return (
    <section className="panel" aria-labelledby="evaluation-title">
      <header className="panel-header">
        <h2 className="section-title" id="evaluation-title">
          {t('sessions.outcome.evaluationTitle')}
        </h2>
        <SaveState state={autosave.state} />
      </header>
      <Choice
        name="voices"
        legend={t('sessions.outcome.everyVoiceHeard')}
        options={VOICES_HEARD}
        value={value.everyVoiceHeard}
        label={(v) => t(`sessions.outcome.voices.${v}`)}
        onChange={(everyVoiceHeard) => autosave.change({ ...value, everyVoiceHeard })}
        disabled={readOnly}
      />
      <TextArea
        label={t('sessions.outcome.doDifferently')}
        rows={3}
        readOnly={readOnly}
        value={value.doDifferently}
        onChange={(e) => autosave.change({ ...value, doDifferently: e.target.value })}
      />
      <ErrorText error={autosave.error} />
    </section>
  );
}

/** The record text for the official file, in the interface language. */
export function step2Text(record: Step2Record, casePseudonym: string, t: ReturnType<typeof useTranslation>['t'], language: string): string {
  const veiligThuis =
    record.veiligThuisConsulted === null ? t('sessions.step2.unknown') : record.veiligThuisConsulted ? t('sessions.step2.yes') : t('sessions.step2.no');
  return [
    t('sessions.step2.textTitle'),
    `${t('sessions.step2.caseLabel')}: ${casePseudonym}`,
    `${t('sessions.step2.date')}: ${record.date ? formatDate(record.date, language) : '—'}`,
    `${t('sessions.step2.consulted')} ${record.consulted || '—'} (${record.consultedRole || '—'})`,
    `${t('sessions.step2.signals')}\n${record.signals || '—'}`,
    `${t('sessions.step2.outcome')}:\n${record.outcome || '—'}`,
    `${t('sessions.step2.veiligThuis')} ${veiligThuis}`,
  ].join('\n\n');
}

export function Step2Form({
  sessionId,
  record,
  casePseudonym,
  readOnly,
}: {
  sessionId: string;
  record: Step2Record;
  casePseudonym: string;
  readOnly: boolean;
}) {
  const { t, i18n } = useTranslation();
  const save = useOutcomeSaver(sessionId);
  const autosave = useAutosave(record, (step2) => save({ step2 }));
  const [copied, setCopied] = useState<number | null>(null);
  const value = autosave.value;
  return (
    <section className="panel" aria-labelledby="step2-title" data-testid="step2-form">
      <header className="panel-header">
        <h2 className="section-title" id="step2-title">
          {t('sessions.step2.title')}
        </h2>
        <SaveState state={autosave.state} />
      </header>
      <p className="muted small">{t('sessions.step2.intro')}</p>
      <div className="field-row">
        <div className="field grow">
          <label className="field-label" htmlFor="step2-consulted">
            {t('sessions.step2.consulted')}
          </label>
          <input
            id="step2-consulted"
            readOnly={readOnly}
            maxLength={200}
            value={value.consulted}
            onChange={(e) => autosave.change({ ...value, consulted: e.target.value })}
          />
        </div>
        <div className="field grow">
          <label className="field-label" htmlFor="step2-role">
            {t('sessions.step2.consultedRole')}
          </label>
          <input
            id="step2-role"
            readOnly={readOnly}
            maxLength={200}
            value={value.consultedRole}
            onChange={(e) => autosave.change({ ...value, consultedRole: e.target.value })}
          />
        </div>
        <div className="field">
          <label className="field-label" htmlFor="step2-date">
            {t('sessions.step2.date')}
          </label>
          <input
            id="step2-date"
            type="date"
            readOnly={readOnly}
            value={value.date ?? ''}
            onChange={(e) => autosave.change({ ...value, date: e.target.value || null })}
          />
        </div>
      </div>
      <TextArea
        label={t('sessions.step2.signals')}
        rows={3}
        readOnly={readOnly}
        value={value.signals}
        onChange={(e) => autosave.change({ ...value, signals: e.target.value })}
      />
      <TextArea
        label={t('sessions.step2.outcome')}
        rows={3}
        readOnly={readOnly}
        value={value.outcome}
        onChange={(e) => autosave.change({ ...value, outcome: e.target.value })}
      />
      <Choice
        name="veilig-thuis"
        legend={t('sessions.step2.veiligThuis')}
        options={VEILIG_THUIS_ANSWERS}
        value={value.veiligThuisConsulted === null ? 'unknown' : value.veiligThuisConsulted ? 'yes' : 'no'}
        label={(answer) => t(`sessions.step2.${answer}`)}
        onChange={(answer) => autosave.change({ ...value, veiligThuisConsulted: answer === 'unknown' ? null : answer === 'yes' })}
        disabled={readOnly}
      />
      <pre className="record-text" data-testid="step2-text">
        {step2Text(value, casePseudonym, t, i18n.language)}
      </pre>
      <button
        type="button"
        className="button secondary"
        onClick={async () => {
          setCopied(await copySensitive(step2Text(value, casePseudonym, t, i18n.language)));
        }}
      >
        {copied !== null ? t('common.copiedClears', { count: copied }) : t('sessions.step2.copy')}
      </button>
      <ErrorText error={autosave.error} />
    </section>
  );
}
