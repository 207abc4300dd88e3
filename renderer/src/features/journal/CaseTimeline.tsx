import { useQuery } from '@tanstack/react-query';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TIMELINE_KINDS, type TimelineItem, type TimelineKind } from '../../../../shared/domain/journal';
import { call } from '../../lib/api';
import { queryKey } from '../../lib/queryKeys';
import { ErrorText } from '../../ui/ErrorText';
import { formatDate, formatDateTime } from '../../lib/i18n';
import { routeHref } from '../../lib/router';
import { promptText, usePrompts } from './journalData';
import './CaseTimeline.css';

type T = ReturnType<typeof useTranslation>['t'];

/** Where an item lives: the map, the people, the history, the session, the journal entry. */
export function timelineHref(caseId: string, item: Pick<TimelineItem, 'kind' | 'sourceId' | 'sessionId'>): string {
  switch (item.kind) {
    case 'person':
      return routeHref({ name: 'case', id: caseId, view: 'people' });
    case 'snapshot':
      return routeHref({ name: 'case', id: caseId, view: 'history' });
    case 'session':
    case 'contribution':
    case 'action':
      return item.sessionId ? routeHref({ name: 'session', id: item.sessionId, view: 'summary' }) : routeHref({ name: 'sessions' });
    case 'journal':
      return routeHref({ name: 'journal', entryId: item.sourceId });
    default:
      return routeHref({ name: 'case', id: caseId, view: 'map' });
  }
}

/** The catalog facts of an item in words. */
export function factLine(t: T, facts: TimelineItem['facts']): string[] {
  const parts: string[] = [];
  if (facts.sector) parts.push(t(`map.sectors.${facts.sector}`));
  if (facts.category) parts.push(facts.category === 'other' && facts.otherLabel ? facts.otherLabel : t(`map.categories.${facts.category}`));
  if (facts.factorKind) parts.push(t(`map.kinds.${facts.factorKind}`));
  if (facts.role) parts.push(t(`people.roles.${facts.role}`));
  if (facts.chainType) parts.push(t(`map.chain.types.${facts.chainType}`));
  if (facts.contributionKind) parts.push(t(`timeline.contributionKinds.${facts.contributionKind}`));
  if (facts.template) parts.push(t(`journal.templates.${facts.template}.name`));
  return parts;
}

function TimelineRow({ caseId, item }: { caseId: string; item: TimelineItem }) {
  const { t, i18n } = useTranslation();
  const prompts = usePrompts();
  const prompt = item.facts.promptId ? prompts.data?.find((p) => p.id === item.facts.promptId) : undefined;
  const facts = factLine(t, item.facts);
  const status =
    item.kind === 'factor' && item.facts.status === 'resolved'
      ? t('timeline.resolved')
      : item.kind === 'action' && item.facts.status
        ? t(`timeline.actionStatuses.${item.facts.status}`)
        : null;
  return (
    <a className={`timeline-item kind-${item.kind}`} href={timelineHref(caseId, item)}>
      <span className="timeline-dot" aria-hidden="true" />
      <span className="timeline-body">
        <span className="timeline-head">
          <span className="timeline-event">{t(`timeline.events.${item.kind}.${item.event}`)}</span>
          <time className="timeline-time muted" dateTime={item.at}>
            {formatDateTime(item.at, i18n.language)}
          </time>
        </span>
        {item.title ? <span className="timeline-title">{item.title}</span> : null}
        {facts.length > 0 || status ? (
          <span className="timeline-facts">
            {[...facts, ...(status ? [status] : [])].map((fact) => (
              <span key={fact} className="timeline-fact">
                {fact}
              </span>
            ))}
            {item.kind === 'snapshot' && item.facts.reason ? (
              <span className="timeline-fact">
                {t(`timeline.snapshotReasons.${item.facts.reason}`)} · {t('timeline.factors', { count: Number(item.facts.factorCount ?? 0) })}
              </span>
            ) : null}
          </span>
        ) : null}
        {prompt ? <span className="timeline-prompt">“{promptText(prompt, i18n.language)}”</span> : null}
        {item.facts.intensity ? (
          <span className="timeline-judgment">
            <strong>{t('timeline.judgment')}:</strong> {t(`timeline.intensities.${item.facts.intensity}`)}
            {item.facts.judgmentReasons ? (
              <>
                {' — '}
                {item.facts.judgmentReasons}
              </>
            ) : null}
          </span>
        ) : null}
        {item.text ? <span className="timeline-text">{item.text}</span> : null}
        {item.kind === 'action' && (item.facts.ownerName || item.facts.dueDate) ? (
          <span className="timeline-text muted">
            {[item.facts.ownerName, item.facts.dueDate ? t('timeline.due', { date: formatDate(item.facts.dueDate, i18n.language) }) : '']
              .filter(Boolean)
              .join(' · ')}
          </span>
        ) : null}
      </span>
    </a>
  );
}

/** Everything on a case in time order, filterable by kind; virtualised, so 2,000 items stay smooth. */
export function CaseTimeline({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const timeline = useQuery({ queryKey: queryKey('timeline.get', caseId), queryFn: () => call('timeline.get', { caseId }) });
  const [shown, setShown] = useState<TimelineKind[]>([]);
  const [oldestFirst, setOldestFirst] = useState(false);
  const all = timeline.data?.items ?? [];
  const filtered = shown.length === 0 ? all : all.filter((item) => shown.includes(item.kind));
  const items = oldestFirst ? [...filtered].reverse() : filtered;
  const counts = new Map<TimelineKind, number>();
  for (const item of all) counts.set(item.kind, (counts.get(item.kind) ?? 0) + 1);
  const scroller = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualiser is read during render by design
  const virtual = useVirtualizer({
    count: items.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => 96,
    overscan: 6,
    getItemKey: (index) => items[index]?.key ?? index,
  });
  const toggle = (kind: TimelineKind) => setShown((current) => (current.includes(kind) ? current.filter((k) => k !== kind) : [...current, kind]));

  return (
    <section className="case-timeline" aria-labelledby="timeline-title">
      <div className="timeline-header">
        <div>
          <h2 id="timeline-title" className="section-title">
            {t('timeline.title')}
          </h2>
          <p className="muted small">{t('timeline.intro')}</p>
        </div>
        <div className="field timeline-order">
          <label className="field-label" htmlFor="timeline-order">
            {t('timeline.order')}
          </label>
          <select id="timeline-order" value={oldestFirst ? 'oldest' : 'newest'} onChange={(e) => setOldestFirst(e.target.value === 'oldest')}>
            <option value="newest">{t('timeline.newest')}</option>
            <option value="oldest">{t('timeline.oldest')}</option>
          </select>
        </div>
      </div>
      <div className="kind-filter" role="group" aria-label={t('timeline.filter')}>
        <button type="button" className="kind-chip" aria-pressed={shown.length === 0} onClick={() => setShown([])}>
          {t('timeline.all')} <span className="kind-count">{all.length}</span>
        </button>
        {TIMELINE_KINDS.filter((kind) => counts.has(kind)).map((kind) => (
          <button key={kind} type="button" className={`kind-chip kind-${kind}`} aria-pressed={shown.includes(kind)} onClick={() => toggle(kind)}>
            {t(`timeline.kinds.${kind}`)} <span className="kind-count">{counts.get(kind)}</span>
          </button>
        ))}
      </div>
      <ErrorText error={timeline.error} />
      <p className="muted small" role="status" aria-live="polite">
        {t('timeline.count', { count: items.length })}
      </p>
      {timeline.isSuccess && items.length === 0 ? (
        <p className="empty-line">{t('timeline.empty')}</p>
      ) : (
        <div className="timeline-scroller" ref={scroller} data-testid="case-timeline">
          <ol className="timeline-list" aria-label={t('timeline.title')} style={{ height: virtual.getTotalSize() }}>
            {virtual.getVirtualItems().map((row) => {
              const item = items[row.index];
              if (!item) return null;
              return (
                <li
                  key={row.key}
                  data-index={row.index}
                  ref={virtual.measureElement}
                  className="timeline-row"
                  style={{ transform: `translateY(${row.start}px)` }}
                >
                  <TimelineRow caseId={caseId} item={item} />
                </li>
              );
            })}
          </ol>
        </div>
      )}
    </section>
  );
}
