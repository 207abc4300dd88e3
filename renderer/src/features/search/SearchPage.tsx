import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodInput, SessionInfo } from '../../../../shared/contract';
import { SEARCH_KINDS, type SearchKind } from '../../../../shared/domain/journal';
import { call } from '../../lib/api';
import { queryKey } from '../../lib/queryKeys';
import { ErrorText } from '../../ui/ErrorText';
import { CaseSelect } from '../../ui/CaseSelect';
import { formatDateTime } from '../../lib/i18n';
import { useAllCases } from '../journal';
import { paletteHandoff } from './paletteHandoff';
import { Highlighted, resultHref, ResultTitle } from './SearchResultText';
import './SearchPage.css';

/** Full-text search over the vault, with filters by kind, case and date. */
export function SearchPage(_props: { session: SessionInfo }) {
  const { t, i18n } = useTranslation();
  // A query typed in the palette carries over (kept in memory only, never stored).
  const [query, setQuery] = useState(() => paletteHandoff.query);
  const [kinds, setKinds] = useState<SearchKind[]>([]);
  const [caseId, setCaseId] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const cases = useAllCases();
  const deferred = useDeferredValue(query.trim());
  const input: MethodInput<'search.query'> = {
    query: deferred,
    kinds: kinds.length > 0 ? kinds : undefined,
    caseId: caseId || undefined,
    from: from || undefined,
    to: to || undefined,
    limit: 100,
  };
  const search = useQuery({
    queryKey: queryKey('search.query', input),
    queryFn: () => call('search.query', input),
    enabled: deferred.length > 0,
    placeholderData: keepPreviousData,
  });
  const results = deferred ? (search.data?.results ?? []) : [];
  const toggle = (kind: SearchKind) => setKinds((current) => (current.includes(kind) ? current.filter((k) => k !== kind) : [...current, kind]));

  return (
    <div className="page page-wide search-page">
      <header className="page-header">
        <div>
          <h1 className="page-title">{t('search.title')}</h1>
          <p className="page-intro">{t('search.intro')}</p>
        </div>
      </header>
      <div className="field search-field">
        <label className="field-label" htmlFor="search-input">
          {t('search.label')}
        </label>
        <input
          id="search-input"
          type="search"
          value={query}
          placeholder={t('search.placeholder')}
          autoComplete="off"
          spellCheck={false}
          autoFocus
          onChange={(e) => setQuery(e.target.value)}
        />
      </div>
      <section className="search-filters" aria-label={t('search.filters')}>
        <div className="kind-filter" role="group" aria-label={t('timeline.filter')}>
          <button type="button" className="kind-chip" aria-pressed={kinds.length === 0} onClick={() => setKinds([])}>
            {t('search.allKinds')}
          </button>
          {SEARCH_KINDS.map((kind) => (
            <button key={kind} type="button" className={`kind-chip kind-${kind}`} aria-pressed={kinds.includes(kind)} onClick={() => toggle(kind)}>
              {t(`search.kinds.${kind}`)}
            </button>
          ))}
        </div>
        <div className="filter-bar">
          <CaseSelect
            id="search-case"
            label={t('journal.filterCase')}
            value={caseId}
            onChange={setCaseId}
            cases={cases.data ?? []}
            leading={[{ value: '', label: t('journal.allCases') }]}
          />
          <div className="field">
            <label className="field-label" htmlFor="search-from">
              {t('journal.from')}
            </label>
            <input id="search-from" type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
          </div>
          <div className="field">
            <label className="field-label" htmlFor="search-to">
              {t('journal.to')}
            </label>
            <input id="search-to" type="date" value={to} onChange={(e) => setTo(e.target.value)} />
          </div>
        </div>
      </section>
      <ErrorText error={search.error} />
      {!deferred ? (
        <p className="muted">{t('search.typeToSearch')}</p>
      ) : (
        <>
          <p className="muted small" role="status" aria-live="polite">
            {search.isSuccess ? t('search.count', { count: results.length }) : t('common.loading')}
          </p>
          {search.isSuccess && results.length === 0 ? <p className="empty-line">{t('search.noResults')}</p> : null}
          <ul className="search-results" aria-label={t('search.title')}>
            {results.map((result) => (
              <li key={`${result.kind}:${result.sourceId}`}>
                <a className="search-result" href={resultHref(result)}>
                  <span className="search-result-head">
                    <span className={`kind-badge kind-${result.kind}`}>{t(`search.kind.${result.kind}`)}</span>
                    <span className="search-result-title">
                      <ResultTitle result={result} />
                    </span>
                    {result.casePseudonym && result.kind !== 'case' ? <span className="muted small">{result.casePseudonym}</span> : null}
                    <time className="muted small search-result-time" dateTime={result.at}>
                      {formatDateTime(result.at, i18n.language)}
                    </time>
                  </span>
                  {result.snippet.length > 0 ? (
                    <span className="search-snippet">
                      <Highlighted text={result.snippet} />
                    </span>
                  ) : null}
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
