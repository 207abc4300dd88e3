import { useQuery } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionInfo } from '../../../../shared/contract';
import type { SessionSummary } from '../../../../shared/domain/session';
import { call } from '../../lib/api';
import { queryKey } from '../../lib/queryKeys';
import { ErrorText } from '../../ui/ErrorText';
import { localDay } from '../../../../shared/domain/dates';
import { formatMeetingMoment, fromPreparation } from '../../../../shared/domain/meeting';
import { navigate, routeHref, useRoute, type PlanFrom } from '../../lib/router';
import { ActionList } from './ActionList';
import { localized } from '../../lib/localized';
import { PlanSessionDialog } from './PlanSessionDialog';
import { MeetingList } from './MeetingList';
import { PlanMeetingDialog, type PlanPreset } from './PlanMeetingDialog';
import './SessionsPage.css';

function SessionCard({ item }: { item: SessionSummary }) {
  const { t, i18n } = useTranslation();
  return (
    <li>
      <a className="session-card" href={routeHref({ name: 'session', id: item.id, view: item.status === 'finished' ? 'summary' : 'run' })}>
        <span className={`badge ${item.status}`}>{t(`sessions.statuses.${item.status}`)}</span>
        <span className="session-card-case">{item.casePseudonym}</span>
        <span className="session-card-question">{item.question || t('sessions.run.noQuestion')}</span>
        <span className="muted small">
          {localized(item.methodName, i18n.language)} · {formatMeetingMoment(item.date, item.startTime, i18n.language)} ·{' '}
          {t('sessions.contributions', { count: item.contributionCount })}
        </span>
      </a>
    </li>
  );
}

/**
 * "Intervisie plannen" opened by the address: from the case page (that case chosen) or from a
 * "Casus voorbereiden" journal entry (its case, question and what was tried carried over).
 * Cancelling goes back where it came from; saving stays here, where the agenda shows the result.
 */
function RoutedPlan({ plan, session, onSaved }: { plan: PlanFrom; session: SessionInfo; onSaved(message: string): void }) {
  const saved = useRef(false);
  const entry = useQuery({
    queryKey: queryKey('journal.get', plan.id),
    queryFn: () => call('journal.get', { id: plan.id }),
    enabled: plan.from === 'entry',
  });
  if (plan.from === 'entry' && !entry.data) return entry.error ? <ErrorText error={entry.error} /> : null;
  const preset: PlanPreset =
    plan.from === 'case' ? { caseId: plan.id } : { caseId: entry.data?.caseId ?? null, ...fromPreparation(entry.data?.sections ?? []), fromEntry: true };
  const back = () => navigate(plan.from === 'case' ? { name: 'case', id: plan.id, view: 'map' } : { name: 'journal', entryId: plan.id });
  return (
    <PlanMeetingDialog
      session={session}
      preset={preset}
      onSaved={(message) => {
        saved.current = true;
        onSaved(message);
      }}
      onClose={() => (saved.current ? window.location.replace(routeHref({ name: 'sessions' })) : back())}
    />
  );
}

/** Upcoming meetings with their agenda, all sessions, the ways to plan, and "my action points" across cases. */
export function SessionsPage({ session }: { session: SessionInfo }) {
  const { t } = useTranslation();
  const route = useRoute();
  const [today] = useState(() => localDay());
  const list = useQuery({ queryKey: queryKey('sessions.list', {}), queryFn: () => call('sessions.list', {}) });
  const meetings = useQuery({ queryKey: queryKey('meetings.list', { from: today }), queryFn: () => call('meetings.list', { from: today }) });
  const members = useQuery({ queryKey: queryKey('members.list'), queryFn: () => call('members.list', {}) });
  const [planning, setPlanning] = useState(false);
  const [planningMeeting, setPlanningMeeting] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const plan = route.name === 'sessions' ? route.plan : undefined;
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
          <button type="button" className="button secondary" onClick={() => setPlanning(true)}>
            {t('sessions.plan')}
          </button>
          <button type="button" className="button primary" onClick={() => setPlanningMeeting(true)}>
            {t('meetings.plan')}
          </button>
        </div>
      </header>
      <ErrorText error={list.error} />
      {saved ? (
        <p className="notice" role="status">
          {saved}
        </p>
      ) : null}
      <div className="sessions-layout">
        <div className="sessions-column">
          <section aria-labelledby="meetings-upcoming">
            <h2 className="section-title" id="meetings-upcoming">
              {t('meetings.upcoming')}
            </h2>
            <ErrorText error={meetings.error} />
            {meetings.isSuccess && meetings.data.length === 0 ? <p className="empty-line">{t('meetings.noneUpcoming')}</p> : null}
            <MeetingList meetings={meetings.data ?? []} session={session} onSaved={setSaved} />
          </section>
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
      {planningMeeting ? <PlanMeetingDialog session={session} onClose={() => setPlanningMeeting(false)} onSaved={setSaved} /> : null}
      {plan ? <RoutedPlan key={`${plan.from}:${plan.id}`} plan={plan} session={session} onSaved={setSaved} /> : null}
    </div>
  );
}
