import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent, Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { CATEGORY_CATALOG, STRESS_SECTORS, type Case, type CaseDetail, type ParentVoice, type Sector } from '../../../../shared/domain/case';
import { CONVERSATION_QUESTIONS, type ConversationQuestion } from '../../../../shared/domain/conversation-questions';
import { call } from '../../lib/api';
import { useAutosave } from '../../lib/autosave';
import { fieldErrors } from '../../lib/fieldErrors';
import { queryKey } from '../../lib/queryKeys';
import { Choice } from '../../ui/Choice';
import { ErrorText } from '../../ui/ErrorText';
import { SaveState } from '../../ui/SaveState';
import { TextArea } from '../../ui/TextArea';
import type { MapActions } from '../map';
import { BlameFindings } from '../../ui/BlameFindings';
import './ParentVoicePanel.css';

const VOICE_FIELDS = ['worries', 'goesWell', 'asks'] as const;
const SIDES = ['stressor', 'buffer'] as const;
type Side = (typeof SIDES)[number];

/** The parent's own voice on the case: her worries, what goes well, what she asks for, saved as typed. */
function VoiceFields({ item, readOnly }: { item: Case; readOnly: boolean }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const autosave = useAutosave<ParentVoice>(item.parentVoice, async (parentVoice) => {
    const saved = await call('cases.update', { id: item.id, parentVoice });
    queryClient.setQueryData<CaseDetail>(queryKey('cases.get', item.id), (old) => (old ? { ...old, case: saved } : old));
  });
  const value = autosave.value;
  return (
    <section className="card parent-voice" aria-labelledby="parent-voice-title" data-testid="parent-voice">
      <header className="panel-header">
        <h2 id="parent-voice-title" className="section-title">
          {t('parentVoice.title')}
        </h2>
        <SaveState state={autosave.state} />
      </header>
      <p className="muted">{t('parentVoice.intro')}</p>
      {VOICE_FIELDS.map((field) => (
        <Fragment key={field}>
          <TextArea
            id={`parent-voice-${field}`}
            label={t(`parentVoice.${field}`)}
            hint={t(`parentVoice.${field}Hint`)}
            rows={3}
            privacyCheck
            readOnly={readOnly}
            value={value[field]}
            onChange={(e) => autosave.change({ ...value, [field]: e.target.value })}
          />
          <BlameFindings text={value[field]} lead={t('sessions.contribution.blameCheck')} testId={`parent-voice-blame-${field}`} />
        </Fragment>
      ))}
      <ErrorText error={autosave.error} />
    </section>
  );
}

/**
 * One conversation question with the form for the parent's answer: the professional chooses
 * stressor or beschermende factor and the category; the answer goes onto the map as it was said,
 * as a factor of the kind "woorden van de ouder". Nothing is chosen for her.
 */
function QuestionForm({
  caseId,
  question,
  actions,
  onSaved,
}: {
  caseId: string;
  question: ConversationQuestion;
  actions: MapActions;
  onSaved(where: string): void;
}) {
  const { t } = useTranslation();
  const [answer, setAnswer] = useState('');
  const [side, setSide] = useState<Side | null>(null);
  const [stressSector, setStressSector] = useState<Sector>('parent');
  const [category, setCategory] = useState('');
  const [otherLabel, setOtherLabel] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const errors = fieldErrors(error, t);
  const id = `question-${question}`;
  const sector: Sector = side === 'buffer' ? 'buffer' : stressSector;
  const categories = CATEGORY_CATALOG[sector] as readonly string[];

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (!answer.trim()) return setProblem(t('parentVoice.conversation.needAnswer'));
    setProblem(null);
    setError(null);
    setBusy(true);
    try {
      await actions.saveFactor(
        {
          caseId,
          sector,
          category,
          otherLabel: category === 'other' ? otherLabel : null,
          text: answer.trim(),
          kind: 'parent-words',
          voice: 'parent',
          chainPartnerId: null,
          pressure: null,
          duration: null,
          buffered: null,
          tags: [],
          status: 'current',
          placement: null,
          sessionId: null,
        },
        { undo: 'added' },
      );
      setAnswer('');
      onSaved(`${t(`map.sectors.${sector}`)}, ${t(`map.categories.${category}`)}`);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="question-form" onSubmit={save} noValidate aria-label={t(`parentVoice.conversation.questions.${question}`)}>
      <TextArea
        id={`${id}-answer`}
        label={t('parentVoice.conversation.answer')}
        hint={t('parentVoice.conversation.answerHint')}
        rows={3}
        privacyCheck
        value={answer}
        error={problem ?? errors.text ?? null}
        onChange={(e) => setAnswer(e.target.value)}
      />
      <Choice
        name={`${id}-side`}
        legend={t('parentVoice.conversation.as')}
        options={SIDES}
        value={side}
        label={(option) => t(`parentVoice.conversation.${option}`)}
        onChange={(option) => {
          setSide(option);
          setCategory('');
        }}
      />
      {side ? (
        <div className="field-row">
          {side === 'stressor' ? (
            <div className="field">
              <label className="field-label" htmlFor={`${id}-sector`}>
                {t('parentVoice.conversation.sector')}
              </label>
              <select
                id={`${id}-sector`}
                value={stressSector}
                onChange={(e) => {
                  setStressSector(e.target.value as Sector);
                  setCategory('');
                }}
              >
                {STRESS_SECTORS.map((s) => (
                  <option key={s} value={s}>
                    {t(`map.sectors.${s}`)}
                  </option>
                ))}
              </select>
            </div>
          ) : null}
          <div className="field grow">
            <label className="field-label" htmlFor={`${id}-category`}>
              {t('parentVoice.conversation.category')}
            </label>
            <select id={`${id}-category`} value={category} onChange={(e) => setCategory(e.target.value)} aria-invalid={errors.category ? true : undefined}>
              <option value="" disabled>
                —
              </option>
              {categories.map((c) => (
                <option key={c} value={c}>
                  {t(`map.categories.${c}`)}
                </option>
              ))}
            </select>
          </div>
          {category === 'other' ? (
            <div className="field grow">
              <label className="field-label" htmlFor={`${id}-other`}>
                {t('parentVoice.conversation.otherLabel')}
              </label>
              <input
                id={`${id}-other`}
                maxLength={120}
                value={otherLabel}
                onChange={(e) => setOtherLabel(e.target.value)}
                aria-invalid={errors.otherLabel ? true : undefined}
              />
              {errors.otherLabel ? <p className="field-error">{errors.otherLabel}</p> : null}
            </div>
          ) : null}
        </div>
      ) : null}
      {errors.category ? <p className="field-error">{errors.category}</p> : null}
      {Object.keys(errors).length === 0 ? <ErrorText error={error} /> : null}
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={busy || !side || !category} aria-busy={busy}>
          {t('parentVoice.conversation.save')}
        </button>
      </div>
    </form>
  );
}

/** The prenatal conversation questions, said to the parent; an answer can go straight onto the map. */
function ConversationQuestions({ item, actions, readOnly }: { item: Case; actions: MapActions; readOnly: boolean }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<ConversationQuestion | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  return (
    <section className="card conversation-questions" aria-labelledby="conversation-title" data-testid="conversation-questions">
      <h2 id="conversation-title" className="section-title">
        {t('parentVoice.conversation.title')}
      </h2>
      <p className="muted">{t('parentVoice.conversation.intro')}</p>
      {item.phase !== 'pregnancy' ? <p className="muted small">{t('parentVoice.conversation.notPregnancy')}</p> : null}
      <p className="notice" role="status" hidden={!saved}>
        {saved}
      </p>
      <ul className="question-list">
        {CONVERSATION_QUESTIONS.map((question) => (
          <li key={question} className="question-item">
            <div className="question-head">
              <p className="question-text" id={`question-${question}-text`}>
                {t(`parentVoice.conversation.questions.${question}`)}
              </p>
              {readOnly ? null : (
                <button
                  type="button"
                  className="button secondary small"
                  aria-expanded={open === question}
                  aria-describedby={`question-${question}-text`}
                  aria-controls={open === question ? `question-${question}-panel` : undefined}
                  onClick={() => setOpen(open === question ? null : question)}
                >
                  {t('parentVoice.conversation.answer')}
                </button>
              )}
            </div>
            {open === question ? (
              <div id={`question-${question}-panel`}>
                <QuestionForm
                  caseId={item.id}
                  question={question}
                  actions={actions}
                  onSaved={(where) => {
                    setSaved(t('parentVoice.conversation.saved', { where }));
                    setOpen(null);
                  }}
                />
              </div>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The case's "Stem van de ouder" view: her own words, and the conversation questions for the pregnancy. */
export function ParentVoicePanel({ item, actions }: { item: Case; actions: MapActions }) {
  const readOnly = item.status === 'closed';
  return (
    <div className="parent-voice-view">
      <VoiceFields item={item} readOnly={readOnly} />
      <ConversationQuestions item={item} actions={actions} readOnly={readOnly} />
    </div>
  );
}
