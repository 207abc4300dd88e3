import { useQuery, useQueryClient } from '@tanstack/react-query';
import { AlertDialog } from 'radix-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { promptFitsJournal, TEMPLATE_IDS, type EntrySection, type JournalEntry, type TemplateId } from '../../../../shared/domain/journal';
import { call } from '../../lib/api';
import { queryKey } from '../../lib/queryKeys';
import { ErrorText } from '../../ui/ErrorText';
import { CaseSelect } from '../../ui/CaseSelect';
import { TextArea } from '../../ui/TextArea';
import { formatDateTime } from '../../lib/i18n';
import { navigate, routeHref } from '../../lib/router';
import { useAutosave } from '../../lib/autosave';
import { Markdown } from './Markdown';
import { entryDisplayTitle, JOURNAL_STALE_KEYS, promptText, useAllCases, usePrompts } from './journalData';

interface Draft {
  title: string;
  body: string;
  sections: EntrySection[];
  tagsText: string;
}

function tagsOf(text: string): string[] {
  return text
    .split(',')
    .map((tag) => tag.trim())
    .filter(Boolean)
    .slice(0, 20);
}

/** The whole entry as Markdown, for the preview: each part under its own heading. */
function asMarkdown(draft: Draft, partLabel: (key: string) => string): string {
  const parts = draft.sections.filter((s) => s.text.trim()).map((s) => `## ${partLabel(s.key)}\n\n${s.text}`);
  return [...parts, draft.body].filter((text) => text.trim()).join('\n\n');
}

function DeleteEntry({ id }: { id: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [error, setError] = useState<unknown>(null);
  const remove = async () => {
    try {
      await call('journal.delete', { id });
      queryClient.removeQueries({ queryKey: queryKey('journal.get', id) });
      for (const key of JOURNAL_STALE_KEYS) await queryClient.invalidateQueries({ queryKey: [...key] });
      navigate({ name: 'journal' });
    } catch (err) {
      setError(err);
    }
  };
  return (
    <AlertDialog.Root>
      <AlertDialog.Trigger className="button ghost danger-text">{t('journal.editor.delete')}</AlertDialog.Trigger>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="modal-overlay" />
        <AlertDialog.Content className="modal">
          <AlertDialog.Title className="modal-title">{t('journal.editor.deleteTitle')}</AlertDialog.Title>
          <AlertDialog.Description className="modal-description">{t('journal.editor.deleteBody')}</AlertDialog.Description>
          <ErrorText error={error} />
          <div className="form-actions">
            <AlertDialog.Cancel className="button ghost">{t('common.cancel')}</AlertDialog.Cancel>
            <button type="button" className="button danger" onClick={() => void remove()}>
              {t('journal.editor.delete')}
            </button>
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}

function EntryForm({ entry, onReplaced }: { entry: JournalEntry; onReplaced(entry: JournalEntry): void }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const cases = useAllCases();
  const prompts = usePrompts();
  const [preview, setPreview] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const autosave = useAutosave<Draft>({ title: entry.title, body: entry.body, sections: entry.sections, tagsText: entry.tags.join(', ') }, async (draft) => {
    const saved = await call('journal.update', { id: entry.id, title: draft.title, body: draft.body, sections: draft.sections, tags: tagsOf(draft.tagsText) });
    queryClient.setQueryData(queryKey('journal.get', entry.id), saved);
    for (const key of JOURNAL_STALE_KEYS) void queryClient.invalidateQueries({ queryKey: [...key] });
  });
  const draft = autosave.value;
  const edit = (changes: Partial<Draft>) => autosave.change({ ...draft, ...changes });
  const partLabel = (key: string) => t(`journal.parts.${key}.label`);
  const caseItem = cases.data?.find((c) => c.id === entry.caseId) ?? null;
  const prompt = prompts.data?.find((p) => p.id === entry.promptId) ?? null;
  const offered = (prompts.data ?? []).filter((p) => p.id === entry.promptId || (!p.hidden && promptFitsJournal(p, caseItem?.phase ?? null)));

  /** Case, model and prompt change at once (the model reshapes the parts), after what was typed is saved. */
  const replace = async (changes: { caseId?: string | null; template?: TemplateId | null; promptId?: string | null }) => {
    try {
      await autosave.flush();
      const updated = await call('journal.update', { id: entry.id, ...changes });
      for (const key of JOURNAL_STALE_KEYS) void queryClient.invalidateQueries({ queryKey: [...key] });
      onReplaced(updated);
    } catch (err) {
      setError(err);
    }
  };

  const status =
    autosave.state === 'saving'
      ? t('journal.editor.saving')
      : autosave.state === 'saved'
        ? t('journal.editor.saved')
        : autosave.state === 'error'
          ? t('journal.editor.saveFailed')
          : '';

  return (
    <article className="journal-editor card" aria-labelledby="entry-heading">
      <header className="journal-editor-header">
        <div>
          <h2 id="entry-heading" className="section-title" tabIndex={-1} data-route-focus>
            {entryDisplayTitle({ ...entry, title: draft.title }, prompts.data, i18n.language, t)}
          </h2>
          <p className="muted small">
            {t('journal.editor.created', { when: formatDateTime(entry.createdAt, i18n.language) })}
            {entry.updatedAt !== entry.createdAt ? ` · ${t('journal.editor.edited', { when: formatDateTime(entry.updatedAt, i18n.language) })}` : ''}
            {caseItem ? (
              <>
                {' · '}
                <a href={routeHref({ name: 'case', id: caseItem.id, view: 'timeline' })}>{t('journal.editor.onCase', { name: caseItem.pseudonym })}</a>
              </>
            ) : null}
          </p>
        </div>
        <div className="journal-editor-actions">
          <span className={`journal-save-state ${autosave.state}`} role="status" aria-live="polite" aria-atomic="true">
            {status}
          </span>
          <div className="journal-toggle" role="group" aria-label={t('journal.editor.preview')}>
            <button type="button" className="button ghost" aria-pressed={!preview} onClick={() => setPreview(false)}>
              {t('journal.editor.write')}
            </button>
            <button type="button" className="button ghost" aria-pressed={preview} onClick={() => setPreview(true)}>
              {t('journal.editor.preview')}
            </button>
          </div>
        </div>
      </header>
      <ErrorText error={error ?? autosave.error} />

      <div className="journal-meta-grid">
        <CaseSelect
          id="entry-case"
          label={t('journal.editor.case')}
          value={entry.caseId ?? ''}
          onChange={(value) => void replace({ caseId: value || null })}
          cases={cases.data ?? []}
          leading={[{ value: '', label: t('journal.noCase') }]}
        />
        <div className="field">
          <label className="field-label" htmlFor="entry-template">
            {t('journal.editor.template')}
          </label>
          <select id="entry-template" value={entry.template ?? ''} onChange={(e) => void replace({ template: (e.target.value || null) as TemplateId | null })}>
            <option value="">{t('journal.editor.noTemplate')}</option>
            {TEMPLATE_IDS.map((id) => (
              <option key={id} value={id}>
                {t(`journal.templates.${id}.name`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field span-2">
          <label className="field-label" htmlFor="entry-prompt">
            {t('journal.editor.prompt')}
          </label>
          <select id="entry-prompt" value={entry.promptId ?? ''} onChange={(e) => void replace({ promptId: e.target.value || null })}>
            <option value="">{t('journal.editor.noPrompt')}</option>
            {offered.map((p) => (
              <option key={p.id} value={p.id}>
                {promptText(p, i18n.language)}
              </option>
            ))}
          </select>
        </div>
      </div>

      {prompt ? (
        <blockquote className="journal-prompt">
          <span className="journal-prompt-group">{t(`journal.prompts.groups.${prompt.group}`)}</span>
          {promptText(prompt, i18n.language)}
        </blockquote>
      ) : null}

      {preview ? (
        <div className="journal-preview" aria-live="polite">
          {asMarkdown(draft, partLabel) ? <Markdown source={asMarkdown(draft, partLabel)} /> : <p className="muted">{t('journal.editor.previewEmpty')}</p>}
        </div>
      ) : (
        <div className="form">
          <div className="field">
            <label className="field-label" htmlFor="entry-title">
              {t('journal.editor.title')}
            </label>
            <input id="entry-title" value={draft.title} maxLength={200} onChange={(e) => edit({ title: e.target.value })} />
          </div>
          {draft.sections.map((section, index) => (
            <TextArea
              key={section.key}
              id={`entry-part-${section.key}`}
              className="journal-part"
              label={`${index + 1}. ${partLabel(section.key)}`}
              hint={t(`journal.parts.${section.key}.hint`)}
              value={section.text}
              rows={4}
              onChange={(e) => edit({ sections: draft.sections.map((s) => (s.key === section.key ? { ...s, text: e.target.value } : s)) })}
            />
          ))}
          <TextArea
            id="entry-body"
            label={draft.sections.length > 0 ? t('journal.editor.extraBody') : t('journal.editor.body')}
            hint={t('journal.editor.formatHint')}
            value={draft.body}
            rows={draft.sections.length > 0 ? 4 : 12}
            onChange={(e) => edit({ body: e.target.value })}
          />
          <div className="field">
            <label className="field-label" htmlFor="entry-tags">
              {t('journal.editor.tags')}
            </label>
            <input id="entry-tags" value={draft.tagsText} aria-describedby="entry-tags-hint" onChange={(e) => edit({ tagsText: e.target.value })} />
            <p className="field-hint" id="entry-tags-hint">
              {t('journal.editor.tagsHint')}
            </p>
          </div>
        </div>
      )}
      <footer className="journal-editor-footer">
        {entry.template === 'intervision-prep' ? (
          <div className="journal-bring">
            <button
              type="button"
              className="button primary"
              aria-describedby="entry-bring-hint"
              onClick={() => void autosave.flush().then(() => navigate({ name: 'sessions', plan: { from: 'entry', id: entry.id } }), setError)}
            >
              {t('meetings.fromJournal')}
            </button>
            <p className="field-hint" id="entry-bring-hint">
              {t('meetings.fromJournalHint')}
            </p>
          </div>
        ) : null}
        <DeleteEntry id={entry.id} />
      </footer>
    </article>
  );
}

/** One entry, saved as you type. */
export function EntryEditor({ id }: { id: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const entry = useQuery({ queryKey: queryKey('journal.get', id), queryFn: () => call('journal.get', { id }), staleTime: Infinity });
  const [version, setVersion] = useState(0);
  if (entry.error) {
    return (
      <div className="card">
        <p>{t('journal.editor.notFound')}</p>
        <a href={routeHref({ name: 'journal' })}>{t('journal.backToJournal')}</a>
      </div>
    );
  }
  if (!entry.data) return <p className="muted">{t('common.loading')}</p>;
  return (
    <EntryForm
      key={version}
      entry={entry.data}
      onReplaced={(updated) => {
        queryClient.setQueryData(queryKey('journal.get', id), updated);
        setVersion((v) => v + 1);
      }}
    />
  );
}
