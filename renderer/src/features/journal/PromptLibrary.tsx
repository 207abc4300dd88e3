import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PROMPT_GROUPS, type Prompt } from '../../../../shared/domain/journal';
import { call } from '../../lib/api';
import { queryKey } from '../../lib/queryKeys';
import { ErrorText } from '../../ui/ErrorText';
import { fieldErrors } from '../../lib/fieldErrors';
import { promptText, usePrompts } from './journalData';
import './PromptLibrary.css';

function PromptCard({ prompt, onAnswer, onError }: { prompt: Prompt; onAnswer(id: string): void; onError(error: unknown): void }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const act = async (work: () => Promise<unknown>) => {
    try {
      await work();
      await queryClient.invalidateQueries({ queryKey: queryKey('prompts.list') });
    } catch (err) {
      onError(err);
    }
  };
  const where = [
    prompt.contexts.journal ? t('journal.prompts.inJournal') : null,
    prompt.contexts.sessionModes.length > 0 ? t('journal.prompts.inSessions') : null,
    prompt.contexts.casePhases.length > 0
      ? t('journal.prompts.forPhases', { phases: prompt.contexts.casePhases.map((p) => t(`cases.phases.${p}`)).join(', ') })
      : t('journal.prompts.allPhases'),
  ].filter(Boolean);
  return (
    <li className={`prompt-card${prompt.hidden ? ' is-hidden' : ''}`}>
      <p className="prompt-text">{promptText(prompt, i18n.language)}</p>
      <p className="muted small">
        {t('journal.prompts.offered')}: {where.join(' · ')}
        {prompt.hidden ? ` · ${t('journal.prompts.hidden')}` : ''}
      </p>
      <div className="prompt-actions">
        {prompt.contexts.journal && !prompt.hidden ? (
          <button type="button" className="button secondary small" onClick={() => onAnswer(prompt.id)}>
            {t('journal.prompts.answer')}
          </button>
        ) : null}
        <button
          type="button"
          className="button ghost small"
          onClick={() => void act(() => call('prompts.setHidden', { id: prompt.id, hidden: !prompt.hidden }))}
        >
          {prompt.hidden ? t('journal.prompts.show') : t('journal.prompts.hide')}
        </button>
        {!prompt.builtIn ? (
          <button type="button" className="button ghost small danger-text" onClick={() => void act(() => call('prompts.remove', { id: prompt.id }))}>
            {t('journal.prompts.remove')}
          </button>
        ) : null}
      </div>
    </li>
  );
}

function AddPrompt() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [text, setText] = useState('');
  const [inJournal, setInJournal] = useState(true);
  const [inSessions, setInSessions] = useState(false);
  const [onlyPregnancy, setOnlyPregnancy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const errors = fieldErrors(error, t);
  const textBox = useRef<HTMLInputElement>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim()) {
      // Nothing to add yet: the press leads to the field (the button stays enabled, so focus stays in the form).
      textBox.current?.focus();
      return;
    }
    try {
      await call('prompts.save', {
        text,
        contexts: { journal: inJournal, sessionModes: inSessions ? ['question', 'why', 'discussion'] : [], casePhases: onlyPregnancy ? ['pregnancy'] : [] },
      });
      setText('');
      setError(null);
      textBox.current?.focus();
      await queryClient.invalidateQueries({ queryKey: queryKey('prompts.list') });
    } catch (err) {
      setError(err);
    }
  };
  return (
    <form className="form card prompt-add" onSubmit={submit} noValidate aria-labelledby="prompt-add-title">
      <h3 id="prompt-add-title" className="subsection-title">
        {t('journal.prompts.addTitle')}
      </h3>
      <div className="field">
        <label className="field-label" htmlFor="prompt-new-text">
          {t('journal.prompts.text')}
        </label>
        <input
          id="prompt-new-text"
          ref={textBox}
          value={text}
          maxLength={500}
          onChange={(e) => setText(e.target.value)}
          aria-invalid={errors.text ? true : undefined}
        />
        {errors.text ? <p className="field-error">{errors.text}</p> : null}
      </div>
      <label className="checkbox">
        <input type="checkbox" checked={inJournal} onChange={(e) => setInJournal(e.target.checked)} />
        {t('journal.prompts.offerInJournal')}
      </label>
      <label className="checkbox">
        <input type="checkbox" checked={inSessions} onChange={(e) => setInSessions(e.target.checked)} />
        {t('journal.prompts.offerInSessions')}
      </label>
      <label className="checkbox">
        <input type="checkbox" checked={onlyPregnancy} onChange={(e) => setOnlyPregnancy(e.target.checked)} />
        {t('journal.prompts.onlyPregnancy')}
      </label>
      {errors.text ? null : <ErrorText error={error} />}
      <div className="form-actions">
        <button type="submit" className="button primary">
          {t('journal.prompts.add')}
        </button>
      </div>
    </form>
  );
}

/** The prompt library: shipped prompts by group, the team's own, hide and show, answer in a new entry. */
export function PromptLibrary({ onAnswer }: { onAnswer(promptId: string): void }) {
  const { t } = useTranslation();
  const prompts = usePrompts();
  const [showHidden, setShowHidden] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const all = prompts.data ?? [];
  const visible = all.filter((p) => showHidden || !p.hidden);
  return (
    <section className="prompt-library" aria-labelledby="prompt-library-title">
      <h2 id="prompt-library-title" className="section-title">
        {t('journal.prompts.title')}
      </h2>
      <p className="page-intro">{t('journal.prompts.intro')}</p>
      <label className="checkbox">
        <input type="checkbox" checked={showHidden} onChange={(e) => setShowHidden(e.target.checked)} />
        {t('journal.prompts.showHidden')} ({all.filter((p) => p.hidden).length})
      </label>
      <ErrorText error={prompts.error ?? error} />
      {PROMPT_GROUPS.map((group) => {
        const inGroup = visible.filter((p) => p.group === group);
        if (inGroup.length === 0) return null;
        return (
          <div key={group} className="prompt-group">
            <h3 className="subsection-title">{t(`journal.prompts.groups.${group}`)}</h3>
            <ul className="prompt-list">
              {inGroup.map((prompt) => (
                <PromptCard key={prompt.id} prompt={prompt} onAnswer={onAnswer} onError={setError} />
              ))}
            </ul>
          </div>
        );
      })}
      <AddPrompt />
    </section>
  );
}
