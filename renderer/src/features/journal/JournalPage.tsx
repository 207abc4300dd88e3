import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodInput, SessionInfo } from '../../../../shared/contract';
import { promptFitsJournal, TEMPLATE_IDS, type JournalEntrySummary, type TemplateId } from '../../../../shared/domain/journal';
import { call } from '../../lib/api';
import { queryKey } from '../../lib/queryKeys';
import { ErrorText } from '../../ui/ErrorText';
import { CaseSelect } from '../../ui/CaseSelect';
import { Modal } from '../../ui/Modal';
import { formatDateTime } from '../../lib/i18n';
import { navigate, routeHref, useRoute } from '../../lib/router';
import { EntryEditor } from './EntryEditor';
import { entryDisplayTitle, JOURNAL_STALE_KEYS, promptText, useAllCases, usePrompts } from './journalData';
import { PromptLibrary } from './PromptLibrary';
import './journal.css';

type ListInput = MethodInput<'journal.list'>;
type Start = 'free' | TemplateId | 'prompt';

/** Create an entry: about which case, and how to begin (free, a reflection model, or a prompt). */
export function NewEntryDialog({ defaults, onClose }: { defaults?: { caseId?: string; promptId?: string }; onClose(): void }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const cases = useAllCases();
  const prompts = usePrompts();
  const [caseId, setCaseId] = useState(defaults?.caseId ?? '');
  const [start, setStart] = useState<Start>(defaults?.promptId ? 'prompt' : 'free');
  const [promptId, setPromptId] = useState(defaults?.promptId ?? '');
  const [error, setError] = useState<unknown>(null);
  const phase = cases.data?.find((c) => c.id === caseId)?.phase ?? null;
  const offered = (prompts.data ?? []).filter((p) => !p.hidden && (promptFitsJournal(p, phase) || p.id === defaults?.promptId));
  const chosenPrompt = offered.some((p) => p.id === promptId) ? promptId : (offered[0]?.id ?? '');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      const entry = await call('journal.create', {
        caseId: caseId || null,
        template: start === 'free' || start === 'prompt' ? null : start,
        promptId: start === 'prompt' && chosenPrompt ? chosenPrompt : null,
      });
      for (const key of JOURNAL_STALE_KEYS) void queryClient.invalidateQueries({ queryKey: [...key] });
      onClose();
      navigate({ name: 'journal', entryId: entry.id });
    } catch (err) {
      setError(err);
    }
  };

  const starts: { value: Start; label: string; hint: string }[] = [
    { value: 'free', label: t('journal.choose.free'), hint: t('journal.choose.freeHint') },
    ...TEMPLATE_IDS.map((id) => ({ value: id, label: t(`journal.templates.${id}.name`), hint: t(`journal.templates.${id}.description`) })),
    { value: 'prompt', label: t('journal.choose.prompt'), hint: '' },
  ];

  return (
    <Modal
      open
      onOpenChange={(open) => (open ? undefined : onClose())}
      title={t('journal.choose.title')}
      description={t('journal.choose.description')}
      size="wide"
    >
      <form className="form" onSubmit={submit} noValidate>
        <CaseSelect
          id="new-entry-case"
          label={t('journal.choose.case')}
          value={caseId}
          onChange={setCaseId}
          cases={cases.data ?? []}
          leading={[{ value: '', label: t('journal.noCase') }]}
        />
        <fieldset className="fieldset">
          <legend className="field-label">{t('journal.choose.start')}</legend>
          <div className="journal-starts">
            {starts.map((option) => (
              <label key={option.value} className="choice-option journal-start">
                <input type="radio" name="entry-start" value={option.value} checked={start === option.value} onChange={() => setStart(option.value)} />
                <span>
                  <strong>{option.label}</strong>
                  {option.hint ? <span className="field-hint">{option.hint}</span> : null}
                </span>
              </label>
            ))}
          </div>
        </fieldset>
        {start === 'prompt' ? (
          <div className="field">
            <label className="field-label" htmlFor="new-entry-prompt">
              {t('journal.choose.promptPick')}
            </label>
            <select id="new-entry-prompt" value={chosenPrompt} onChange={(e) => setPromptId(e.target.value)}>
              {offered.map((p) => (
                <option key={p.id} value={p.id}>
                  {t(`journal.prompts.groups.${p.group}`)}: {promptText(p, i18n.language)}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        <ErrorText error={error} />
        <div className="form-actions">
          <button type="button" className="button ghost" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button primary">
            {t('journal.choose.create')}
          </button>
        </div>
      </form>
    </Modal>
  );
}

function EntryRow({ entry, active }: { entry: JournalEntrySummary; active: boolean }) {
  const { t, i18n } = useTranslation();
  const prompts = usePrompts();
  return (
    <li>
      <a className="journal-item" href={routeHref({ name: 'journal', entryId: entry.id })} aria-current={active ? 'page' : undefined}>
        <span className="journal-item-title">{entryDisplayTitle(entry, prompts.data, i18n.language, t)}</span>
        <span className="journal-item-meta">
          {formatDateTime(entry.createdAt, i18n.language)}
          {entry.casePseudonym ? ` · ${entry.casePseudonym}` : ''}
          {entry.template ? ` · ${t(`journal.templates.${entry.template}.name`)}` : ''}
        </span>
        {entry.excerpt ? <span className="journal-item-excerpt">{entry.excerpt}</span> : null}
        {entry.tags.length > 0 ? (
          <span className="journal-tags">
            {entry.tags.map((tag) => (
              <span key={tag} className="journal-tag">
                {tag}
              </span>
            ))}
          </span>
        ) : null}
      </a>
    </li>
  );
}

/** The casework journal: the member's entries with filters, the editor, and the prompt library. */
export function JournalPage(_props: { session: SessionInfo }) {
  const { t } = useTranslation();
  const route = useRoute();
  const entryId = route.name === 'journal' ? route.entryId : undefined;
  const showPrompts = route.name === 'journal' && route.prompts === true;
  const [filters, setFilters] = useState({ caseId: '', tag: '', from: '', to: '' });
  const [creating, setCreating] = useState<{ promptId?: string } | null>(null);
  const input: ListInput = {
    caseId: filters.caseId || undefined,
    tag: filters.tag || undefined,
    from: filters.from || undefined,
    to: filters.to || undefined,
  };
  const list = useQuery({ queryKey: queryKey('journal.list', input), queryFn: () => call('journal.list', input), placeholderData: keepPreviousData });
  const tags = useQuery({ queryKey: queryKey('journal.tags'), queryFn: () => call('journal.tags', {}) });
  const cases = useAllCases();
  const entries = list.data ?? [];
  const filtered = Boolean(filters.caseId || filters.tag || filters.from || filters.to);
  const set = (key: keyof typeof filters, value: string) => setFilters((f) => ({ ...f, [key]: value }));

  return (
    <div className="page page-wide journal-page">
      <header className="page-header">
        <div>
          <h1 className="page-title">{t('journal.title')}</h1>
          <p className="page-intro">{t('journal.intro')}</p>
        </div>
        <div className="page-actions">
          <a className="button secondary" href={routeHref({ name: 'journal', prompts: true })} aria-current={showPrompts ? 'page' : undefined}>
            {t('journal.promptLibrary')}
          </a>
          <button type="button" className="button primary" onClick={() => setCreating({})}>
            {t('journal.newEntry')}
          </button>
        </div>
      </header>

      <div className="journal-layout">
        <section className="journal-list panel" aria-labelledby="journal-list-title">
          <h2 id="journal-list-title" className="section-title">
            {t('journal.entries')}
          </h2>
          <div className="journal-filters" role="group" aria-label={t('journal.filters')}>
            <CaseSelect
              id="journal-filter-case"
              label={t('journal.filterCase')}
              value={filters.caseId}
              onChange={(value) => set('caseId', value)}
              cases={cases.data ?? []}
              leading={[
                { value: '', label: t('journal.allCases') },
                { value: 'none', label: t('journal.noCase') },
              ]}
            />
            <div className="field">
              <label className="field-label" htmlFor="journal-filter-tag">
                {t('journal.filterTag')}
              </label>
              <select id="journal-filter-tag" value={filters.tag} onChange={(e) => set('tag', e.target.value)}>
                <option value="">{t('journal.allTags')}</option>
                {(tags.data ?? []).map((tag) => (
                  <option key={tag} value={tag}>
                    {tag}
                  </option>
                ))}
              </select>
            </div>
            <div className="journal-dates">
              <div className="field">
                <label className="field-label" htmlFor="journal-filter-from">
                  {t('journal.from')}
                </label>
                <input id="journal-filter-from" type="date" value={filters.from} onChange={(e) => set('from', e.target.value)} />
              </div>
              <div className="field">
                <label className="field-label" htmlFor="journal-filter-to">
                  {t('journal.to')}
                </label>
                <input id="journal-filter-to" type="date" value={filters.to} onChange={(e) => set('to', e.target.value)} />
              </div>
            </div>
          </div>
          <ErrorText error={list.error} />
          <p className="muted small" role="status" aria-live="polite">
            {t('journal.count', { count: entries.length })}
          </p>
          {list.isSuccess && entries.length === 0 ? (
            <p className="empty-line">{filtered ? t('journal.noMatch') : t('journal.empty')}</p>
          ) : (
            <ul className="journal-items" aria-label={t('journal.entries')}>
              {entries.map((entry) => (
                <EntryRow key={entry.id} entry={entry} active={entry.id === entryId} />
              ))}
            </ul>
          )}
        </section>

        <div className="journal-main">
          {showPrompts ? (
            <PromptLibrary onAnswer={(promptId) => setCreating({ promptId })} />
          ) : entryId ? (
            <EntryEditor key={entryId} id={entryId} />
          ) : (
            <div className="empty-state card">
              <p>{t('journal.editor.selectHint')}</p>
              <button type="button" className="button primary" onClick={() => setCreating({})}>
                {t('journal.newEntry')}
              </button>
            </div>
          )}
        </div>
      </div>
      {creating ? <NewEntryDialog defaults={creating} onClose={() => setCreating(null)} /> : null}
    </div>
  );
}
