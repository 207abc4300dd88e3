import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodInput, SessionInfo } from '../../../../shared/contract';
import { CASE_PHASES, type CasePhase, type CaseSummary } from '../../../../shared/domain/case';
import { call } from '../../lib/api';
import { queryKey } from '../../lib/queryKeys';
import { ErrorText } from '../../ui/ErrorText';
import { formatDateTime } from '../../lib/i18n';
import { routeHref } from '../../lib/router';
import { CaseFormDialog } from './CaseFormDialog';
import { ExchangeButtons } from '../exchange';
import './CasesPage.css';

type ListInput = MethodInput<'cases.list'>;
const ROW_HEIGHT = 64;

export function phaseLabel(t: ReturnType<typeof useTranslation>['t'], phase: CasePhase, week: number | null): string {
  return phase === 'pregnancy' && week ? `${t(`cases.phases.${phase}`)}, ${t('cases.weekShort', { week })}` : t(`cases.phases.${phase}`);
}

/** A row that opens the case: a real link inside a list item, so it is announced as a link. */
function CaseRow({ item }: { item: CaseSummary }) {
  const { t, i18n } = useTranslation();
  return (
    <a className="case-row" href={routeHref({ name: 'case', id: item.id, view: 'map' })}>
      <span className="case-name">{item.pseudonym}</span>
      <span className="case-phase">{phaseLabel(t, item.phase, item.pregnancyWeek)}</span>
      <span className={`badge ${item.status}`}>{t(`cases.statuses.${item.status}`)}</span>
      <span className="case-holder">{item.holderName ?? <span className="muted">{t('cases.noHolder')}</span>}</span>
      <span className="case-factors muted">{t('cases.factors', { count: item.factorCount })}</span>
      <span className="case-activity muted">{formatDateTime(item.lastActivityAt, i18n.language)}</span>
    </a>
  );
}

/** All cases in the vault: filter, sort, search; virtualised so thousands stay smooth. */
export function CasesPage({ session }: { session: SessionInfo }) {
  const { t } = useTranslation();
  const [filters, setFilters] = useState<Required<Omit<ListInput, 'phase'>> & { phase: CasePhase | '' }>({
    status: 'open',
    phase: '',
    mine: false,
    query: '',
    sort: 'lastActivity',
  });
  const [creating, setCreating] = useState(false);
  const input: ListInput = { ...filters, phase: filters.phase || undefined };
  const list = useQuery({ queryKey: queryKey('cases.list', input), queryFn: () => call('cases.list', input), placeholderData: keepPreviousData });
  const cases = list.data ?? [];
  // Nothing under the filters: is there anything at all? Asked only then, so a new vault says how to start
  // rather than "no cases match these filters" (the default filter, open cases, is a filter too).
  const filtered = Boolean(filters.query || filters.phase || filters.mine || filters.status !== 'all');
  const anyInput: ListInput = { status: 'all', mine: false, query: '', sort: 'lastActivity' };
  const any = useQuery({
    queryKey: queryKey('cases.list', anyInput),
    queryFn: () => call('cases.list', anyInput),
    enabled: filtered && list.isSuccess && cases.length === 0,
  });
  const scroller = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualiser is read during render by design
  const virtual = useVirtualizer({ count: cases.length, getScrollElement: () => scroller.current, estimateSize: () => ROW_HEIGHT, overscan: 8 });
  const set = <K extends keyof typeof filters>(key: K, value: (typeof filters)[K]) => setFilters((f) => ({ ...f, [key]: value }));

  return (
    <div className="page page-wide">
      <header className="page-header">
        <div>
          <h1 className="page-title">{t('cases.title')}</h1>
          <p className="page-intro">{t('cases.intro')}</p>
        </div>
        <div className="page-actions">
          <ExchangeButtons />
          <button type="button" className="button primary" onClick={() => setCreating(true)}>
            {t('cases.newCase')}
          </button>
        </div>
      </header>

      <section className="filter-bar" aria-label={t('cases.filters')}>
        <div className="field grow">
          <label htmlFor="case-search" className="field-label">
            {t('cases.search')}
          </label>
          <input id="case-search" type="search" value={filters.query} onChange={(e) => set('query', e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="case-status" className="field-label">
            {t('cases.status')}
          </label>
          <select id="case-status" value={filters.status} onChange={(e) => set('status', e.target.value as typeof filters.status)}>
            <option value="all">{t('cases.all')}</option>
            <option value="open">{t('cases.statuses.open')}</option>
            <option value="closed">{t('cases.statuses.closed')}</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="case-phase-filter" className="field-label">
            {t('cases.phase')}
          </label>
          <select id="case-phase-filter" value={filters.phase} onChange={(e) => set('phase', e.target.value as CasePhase | '')}>
            <option value="">{t('cases.all')}</option>
            {CASE_PHASES.map((p) => (
              <option key={p} value={p}>
                {t(`cases.phases.${p}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="case-sort" className="field-label">
            {t('cases.sort')}
          </label>
          <select id="case-sort" value={filters.sort} onChange={(e) => set('sort', e.target.value as typeof filters.sort)}>
            {(['lastActivity', 'pseudonym', 'phase'] as const).map((s) => (
              <option key={s} value={s}>
                {t(`cases.sorts.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <label className="checkbox filter-check">
          <input type="checkbox" checked={filters.mine} onChange={(e) => set('mine', e.target.checked)} />
          {t('cases.mine')}
        </label>
      </section>

      <ErrorText error={list.error} />
      <p className="muted" role="status" aria-live="polite">
        {t('cases.count', { count: cases.length })}
      </p>
      {/* The list counts factors: the false-positives caveat goes with every count of risk factors. */}
      <p className="case-list-caveat small" role="note" data-testid="case-list-caveat">
        {t('map.cumulative.caveat')}
      </p>
      {list.isSuccess && cases.length === 0 ? (
        <p className="empty-line">{filtered && (any.data?.length ?? 1) > 0 ? t('cases.noMatch') : t('cases.empty')}</p>
      ) : (
        <div className="case-list-scroller" ref={scroller} data-testid="case-list">
          <div role="list" aria-label={t('cases.title')} style={{ height: virtual.getTotalSize(), position: 'relative' }}>
            {virtual.getVirtualItems().map((row) => {
              const item = cases[row.index];
              if (!item) return null;
              return (
                // Measured, not a fixed height: rows grow with the text size and wrap on a narrow window.
                <div
                  key={item.id}
                  ref={virtual.measureElement}
                  data-index={row.index}
                  role="listitem"
                  aria-setsize={cases.length}
                  aria-posinset={row.index + 1}
                  style={{ position: 'absolute', top: 0, left: 0, right: 0, transform: `translateY(${row.start}px)` }}
                >
                  <CaseRow item={item} />
                </div>
              );
            })}
          </div>
        </div>
      )}
      {creating ? <CaseFormDialog defaultHolderId={session.member.id} onClose={() => setCreating(false)} /> : null}
    </div>
  );
}
