import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionInfo } from '../../../../shared/contract';
import type { SessionSummary } from '../../../../shared/domain/session';
import { call } from '../../lib/api';
import { queryKey } from '../../lib/queryKeys';
import { ErrorText } from '../../ui/ErrorText';
import { formatDateTime } from '../../lib/i18n';
import { routeHref } from '../../lib/router';
import { ActionList } from './ActionList';
import { localized } from '../../lib/localized';
import { PlanSessionDialog } from './PlanSessionDialog';
import './SessionsPage.css';

function SessionCard({ item }: { item: SessionSummary }) {
  const { t, i18n } = useTranslation();
  const when = item.startedAt ?? item.createdAt;
  return (
    <li>
      <a className="session-card" href={routeHref({ name: 'session', id: item.id, view: item.status === 'finished' ? 'summary' : 'run' })}>
        <span className={`badge ${item.status}`}>{t(`sessions.statuses.${item.status}`)}</span>
        <span className="session-card-case">{item.casePseudonym}</span>
        <span className="session-card-question">{item.question || t('sessions.run.noQuestion')}</span>
        <span className="muted small">
          {localized(item.methodName, i18n.language)} · {formatDateTime(when, i18n.language)} · {t('sessions.contributions', { count: item.contributionCount })}
        </span>
      </a>
    </li>
  );
}

/** All sessions, the way to plan one, and "my action points" across cases. */
export function SessionsPage({ session }: { session: SessionInfo }) {
  const { t } = useTranslation();
  const list = useQuery({ queryKey: queryKey('sessions.list', {}), queryFn: () => call('sessions.list', {}) });
  const members = useQuery({ queryKey: queryKey('members.list'), queryFn: () => call('members.list', {}) });
  const [planning, setPlanning] = useState(false);
  const sessions = list.data ?? [];
  const groups = (['running', 'planned', 'finished'] as const).map((status) => ({ status, items: sessions.filter((s) => s.status === status) }));
  return (
    <div className="page page-wide">
      <header className="page-header">
        <div>
          <h1 className="page-title">{t('sessions.title')}</h1>
          <p className="page-intro">{t('sessions.intro')}</p>
        </div>
        <div className="page-actions">
          <a className="button secondary" href={routeHref({ name: 'methods' })}>
            {t('sessions.methods')}
          </a>
          <button type="button" className="button primary" onClick={() => setPlanning(true)}>
            {t('sessions.plan')}
          </button>
        </div>
      </header>
      <ErrorText error={list.error} />
      <div className="sessions-layout">
        <div className="sessions-column">
          {list.isSuccess && sessions.length === 0 ? <p className="empty-line">{t('sessions.none')}</p> : null}
          {groups
            .filter((g) => g.items.length > 0)
            .map((group) => (
              <section key={group.status} aria-labelledby={`sessions-${group.status}`}>
                <h2 className="section-title" id={`sessions-${group.status}`}>
                  {t(`sessions.${group.status}`)}
                </h2>
                <ul className="session-cards">
                  {group.items.map((item) => (
                    <SessionCard key={item.id} item={item} />
                  ))}
                </ul>
              </section>
            ))}
        </div>
        <section className="card" aria-labelledby="my-actions">
          <h2 className="section-title" id="my-actions">
            {t('sessions.actions.mine')}
          </h2>
          <p className="muted small">{t('sessions.actions.mineIntro')}</p>
          <ActionList mine memberOptions={members.data ?? []} />
        </section>
      </div>
      {planning ? <PlanSessionDialog session={session} onClose={() => setPlanning(false)} /> : null}
    </div>
  );
}
