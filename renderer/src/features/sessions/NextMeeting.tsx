import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localDay } from '../../../../shared/domain/dates';
import { formatMeetingMoment, nextMeeting, slotEnd } from '../../../../shared/domain/meeting';
import { call } from '../../lib/api';
import { localized } from '../../lib/localized';
import { queryKey } from '../../lib/queryKeys';
import { routeHref } from '../../lib/router';
import { ErrorText } from '../../ui/ErrorText';
import { ActionList } from './ActionList';
import './NextMeeting.css';

/**
 * The home screen's two cards: the next intervision meeting (day, time, its cases) and my open
 * action points, the overdue ones marked in words. "Today" is the user's own calendar day.
 */
export function NextMeeting() {
  const { t, i18n } = useTranslation();
  const [today] = useState(() => localDay());
  const meetings = useQuery({ queryKey: queryKey('meetings.list', { from: today }), queryFn: () => call('meetings.list', { from: today }) });
  const members = useQuery({ queryKey: queryKey('members.list'), queryFn: () => call('members.list', {}) });
  const next = meetings.data ? nextMeeting(meetings.data, today) : null;
  return (
    <div className="home-widgets">
      <section className="card home-widget" aria-labelledby="home-next-meeting" data-testid="next-meeting">
        <h2 className="section-title" id="home-next-meeting">
          {t('meetings.home.title')}
        </h2>
        <ErrorText error={meetings.error} />
        {meetings.isSuccess && !next ? <p className="muted">{t('meetings.home.none')}</p> : null}
        {next ? (
          <>
            <p className="home-meeting-when">{formatMeetingMoment(next.date, next.startTime, i18n.language)}</p>
            {next.title || next.place ? <p className="muted">{[next.title, next.place].filter(Boolean).join(' · ')}</p> : null}
            <p className="muted small">{t('meetings.home.cases', { count: next.items.length })}</p>
            <ol className="home-agenda">
              {next.items.map((item) => (
                <li key={item.sessionId}>
                  <span className="agenda-time">{t('meetings.slot', { start: item.startTime, end: slotEnd(item.startTime, item.minutes) })}</span>{' '}
                  <a href={routeHref({ name: 'case', id: item.caseId, view: 'map' })}>{item.casePseudonym}</a>
                  <span className="muted small">
                    {' '}
                    · {localized(item.methodName, i18n.language)} · {t('meetings.caseHolder', { name: item.caseHolderName })}
                  </span>
                </li>
              ))}
            </ol>
          </>
        ) : null}
        <a className="button secondary small home-widget-link" href={routeHref({ name: 'sessions' })}>
          {t('meetings.home.toIntervision')}
        </a>
      </section>
      <section className="card home-widget" aria-labelledby="home-my-actions" data-testid="my-open-actions">
        <h2 className="section-title" id="home-my-actions">
          {t('meetings.home.actionsTitle')}
        </h2>
        <p className="muted small">{t('meetings.home.actionsIntro')}</p>
        <ActionList mine memberOptions={members.data ?? []} />
      </section>
    </div>
  );
}
