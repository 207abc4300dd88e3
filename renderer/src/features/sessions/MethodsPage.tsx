import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CONTRIBUTION_KINDS, PHASE_MODES, type LocalizedText, type MethodDefinition, type MethodPhase } from '../../../../shared/domain/session';
import { call } from '../../lib/api';
import { queryKey } from '../../lib/queryKeys';
import { ErrorText } from '../../ui/ErrorText';
import { routeHref } from '../../lib/router';
import { fieldErrors } from '../../lib/fieldErrors';
import { localized } from '../../lib/localized';
import './MethodsPage.css';

type Draft = { id?: string; copiedFrom: string | null; name: LocalizedText; description: LocalizedText; phases: MethodPhase[] };

/** Edit the text of the interface language, keeping the other language as it was. */
function setText(text: LocalizedText, language: string, value: string): LocalizedText {
  return language === 'en' ? { ...text, en: value } : { ...text, nl: value };
}

function MethodEditor({ initial, onClose }: { initial: Draft; onClose(): void }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const lang = i18n.language;
  const [draft, setDraft] = useState<Draft>(initial);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const errors = fieldErrors(error, t);
  const updatePhase = (index: number, patch: Partial<MethodPhase>) =>
    setDraft({ ...draft, phases: draft.phases.map((p, i) => (i === index ? { ...p, ...patch } : p)) });
  const move = (index: number, delta: number) => {
    const phases = [...draft.phases];
    const [item] = phases.splice(index, 1);
    if (item) phases.splice(index + delta, 0, item);
    setDraft({ ...draft, phases });
  };
  const save = async () => {
    try {
      const result = await call('methods.save', draft);
      setDraft({ ...draft, id: result.id });
      setSaved(true);
      setError(null);
      await queryClient.invalidateQueries({ queryKey: queryKey('methods.list') });
    } catch (err) {
      setError(err);
      setSaved(false);
    }
  };
  return (
    <section className="card method-editor" aria-labelledby="method-editor-title" data-testid="method-editor">
      <h2 className="section-title" id="method-editor-title">
        {localized(draft.name, lang) || t('sessions.methodsPage.newMethod')}
      </h2>
      <div className="field">
        <label className="field-label" htmlFor="method-name">
          {t('sessions.methodsPage.name')}
        </label>
        <input
          id="method-name"
          value={lang === 'en' ? draft.name.en : draft.name.nl}
          maxLength={120}
          onChange={(e) => setDraft({ ...draft, name: setText(draft.name, lang, e.target.value) })}
        />
      </div>
      <div className="field">
        <label className="field-label" htmlFor="method-description">
          {t('sessions.methodsPage.description')}
        </label>
        <textarea
          id="method-description"
          rows={2}
          value={lang === 'en' ? draft.description.en : draft.description.nl}
          onChange={(e) => setDraft({ ...draft, description: setText(draft.description, lang, e.target.value) })}
        />
      </div>
      <h3 className="subsection-title">
        {t('sessions.methodsPage.phases')} · {t('sessions.methodsPage.totalMinutes', { minutes: draft.phases.reduce((sum, p) => sum + p.minutes, 0) })}
      </h3>
      <ol className="phase-editor-list">
        {draft.phases.map((phase, index) => (
          <li key={`${phase.key}-${index}`} className="phase-editor">
            <div className="field-row">
              <div className="field grow">
                <label className="field-label" htmlFor={`phase-name-${index}`}>
                  {t('sessions.methodsPage.phaseName')}
                </label>
                <input
                  id={`phase-name-${index}`}
                  value={lang === 'en' ? phase.name.en : phase.name.nl}
                  maxLength={120}
                  onChange={(e) => updatePhase(index, { name: setText(phase.name, lang, e.target.value) })}
                />
              </div>
              <div className="field short-number">
                <label className="field-label" htmlFor={`phase-minutes-${index}`}>
                  {t('sessions.methodsPage.minutes')}
                </label>
                <input
                  id={`phase-minutes-${index}`}
                  type="number"
                  min={1}
                  max={120}
                  value={phase.minutes}
                  onChange={(e) => updatePhase(index, { minutes: Math.max(1, Math.min(120, Number(e.target.value) || 1)) })}
                />
              </div>
              <div className="field">
                <label className="field-label" htmlFor={`phase-mode-${index}`}>
                  {t('sessions.methodsPage.mode')}
                </label>
                <select id={`phase-mode-${index}`} value={phase.mode} onChange={(e) => updatePhase(index, { mode: e.target.value as MethodPhase['mode'] })}>
                  {PHASE_MODES.map((mode) => (
                    <option key={mode} value={mode}>
                      {t(`sessions.methodsPage.modes.${mode}`)}
                    </option>
                  ))}
                </select>
              </div>
            </div>
            <fieldset className="choice">
              <legend className="field-label">{t('sessions.methodsPage.invites')}</legend>
              <div className="choice-options">
                {CONTRIBUTION_KINDS.map((kind) => (
                  <label key={kind} className={`choice-option small ${phase.invites.includes(kind) ? 'checked' : ''}`}>
                    <input
                      type="checkbox"
                      checked={phase.invites.includes(kind)}
                      onChange={(e) => updatePhase(index, { invites: e.target.checked ? [...phase.invites, kind] : phase.invites.filter((k) => k !== kind) })}
                    />
                    {t(`sessions.contribution.kinds.${kind}`)}
                  </label>
                ))}
              </div>
            </fieldset>
            <div className="field">
              <label className="field-label" htmlFor={`phase-instruction-${index}`}>
                {t('sessions.methodsPage.instruction')}
              </label>
              <textarea
                id={`phase-instruction-${index}`}
                rows={2}
                value={lang === 'en' ? phase.instruction.en : phase.instruction.nl}
                onChange={(e) => updatePhase(index, { instruction: setText(phase.instruction, lang, e.target.value) })}
              />
            </div>
            <div className="form-actions start">
              <button type="button" className="button ghost small" disabled={index === 0} onClick={() => move(index, -1)}>
                ↑ {t('sessions.methodsPage.moveUp')}
              </button>
              <button type="button" className="button ghost small" disabled={index === draft.phases.length - 1} onClick={() => move(index, 1)}>
                ↓ {t('sessions.methodsPage.moveDown')}
              </button>
              <button
                type="button"
                className="button ghost small danger-text"
                disabled={draft.phases.length === 1}
                onClick={() => setDraft({ ...draft, phases: draft.phases.filter((_, i) => i !== index) })}
              >
                {t('sessions.methodsPage.removePhase')}
              </button>
            </div>
          </li>
        ))}
      </ol>
      <button
        type="button"
        className="button secondary"
        onClick={() =>
          setDraft({
            ...draft,
            phases: [
              ...draft.phases,
              {
                key: `phase-${draft.phases.length + 1}-${Date.now().toString(36)}`.slice(0, 40),
                name: { nl: '', en: '' },
                minutes: 10,
                invites: ['question'],
                instruction: { nl: '', en: '' },
                mode: 'discussion',
              },
            ],
          })
        }
      >
        {t('sessions.methodsPage.addPhase')}
      </button>
      {Object.keys(errors).length > 0 ? (
        <p className="error-text" role="alert">
          {Object.values(errors)[0]}
        </p>
      ) : (
        <ErrorText error={error} />
      )}
      <div className="form-actions">
        {saved ? (
          <span className="success-text" role="status">
            {t('sessions.methodsPage.saved')}
          </span>
        ) : null}
        <button type="button" className="button ghost" onClick={onClose}>
          {t('common.close')}
        </button>
        <button type="button" className="button primary" onClick={() => void save()}>
          {t('sessions.methodsPage.save')}
        </button>
      </div>
    </section>
  );
}

/** The shipped methods (copy only) and the team's own (edit, remove). */
export function MethodsPage() {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const methods = useQuery({ queryKey: queryKey('methods.list'), queryFn: () => call('methods.list', {}) });
  const [editing, setEditing] = useState<Draft | null>(null);
  const [error, setError] = useState<unknown>(null);
  const copy = (m: MethodDefinition): Draft => ({
    copiedFrom: m.id,
    name: { nl: t('sessions.methodsPage.copyOf', { name: m.name.nl, lng: 'nl' }), en: t('sessions.methodsPage.copyOf', { name: m.name.en, lng: 'en' }) },
    description: m.description,
    phases: m.phases,
  });
  const remove = async (id: string) => {
    try {
      await call('methods.remove', { id });
      await queryClient.invalidateQueries({ queryKey: queryKey('methods.list') });
    } catch (err) {
      setError(err);
    }
  };
  return (
    <div className="page page-wide">
      <nav className="breadcrumb">
        <a href={routeHref({ name: 'sessions' })}>← {t('sessions.title')}</a>
      </nav>
      <header className="page-header">
        <div>
          <h1 className="page-title">{t('sessions.methodsPage.title')}</h1>
          <p className="page-intro">{t('sessions.methodsPage.intro')}</p>
        </div>
        <div className="page-actions">
          <button
            type="button"
            className="button primary"
            onClick={() =>
              setEditing({
                copiedFrom: null,
                name: { nl: '', en: '' },
                description: { nl: '', en: '' },
                phases: [{ key: 'phase-1', name: { nl: '', en: '' }, minutes: 10, invites: ['question'], instruction: { nl: '', en: '' }, mode: 'discussion' }],
              })
            }
          >
            {t('sessions.methodsPage.newMethod')}
          </button>
        </div>
      </header>
      <ErrorText error={error ?? methods.error} />
      {editing ? <MethodEditor key={editing.id ?? editing.copiedFrom ?? 'new'} initial={editing} onClose={() => setEditing(null)} /> : null}
      <ul className="method-list">
        {(methods.data ?? []).map((m) => (
          <li key={m.id} className="card method-card" data-testid="method-card">
            <div className="card-header">
              <div>
                <h2 className="section-title">{localized(m.name, i18n.language)}</h2>
                <p className="muted small">
                  {m.builtIn ? t('sessions.methodsPage.builtIn') : t('sessions.methodsPage.own')} ·{' '}
                  {t('sessions.methodsPage.totalMinutes', { minutes: m.phases.reduce((s, p) => s + p.minutes, 0) })}
                </p>
              </div>
              <div className="page-actions">
                <button type="button" className="button secondary small" onClick={() => setEditing(copy(m))}>
                  {t('sessions.methodsPage.copy')}
                </button>
                {m.builtIn ? null : (
                  <>
                    <button
                      type="button"
                      className="button secondary small"
                      onClick={() => setEditing({ id: m.id, copiedFrom: m.copiedFrom, name: m.name, description: m.description, phases: m.phases })}
                    >
                      {t('sessions.methodsPage.edit')}
                    </button>
                    <button type="button" className="button ghost small danger-text" onClick={() => void remove(m.id)}>
                      {t('sessions.methodsPage.remove')}
                    </button>
                  </>
                )}
              </div>
            </div>
            <p>{localized(m.description, i18n.language)}</p>
            <ol className="method-phases">
              {m.phases.map((p) => (
                <li key={p.key}>
                  {localized(p.name, i18n.language)} <span className="muted small">({p.minutes} min)</span>
                </li>
              ))}
            </ol>
          </li>
        ))}
      </ul>
    </div>
  );
}
