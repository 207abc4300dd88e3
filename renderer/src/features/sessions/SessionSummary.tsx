import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call } from '../../lib/api';
import { queryKey } from '../../lib/queryKeys';
import { ErrorText } from '../../ui/ErrorText';
import { formatDate, formatDateTime } from '../../lib/i18n';
import { isAdviceNudgeDue } from '../../../../shared/domain/nudges';
import { routeHref } from '../../lib/router';
import { CareRecordSummary } from '../care';
import { factorLine } from '../map';
import { SessionReportButtons } from '../reports';
import { localized } from '../../lib/localized';
import { step2Text } from './OutcomeForms';
import './SessionSummary.css';

/** The session on one page, print-ready: question, people and roles, each phase, map changes, outcome. */
export function SessionSummary({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const detail = useQuery({ queryKey: queryKey('sessions.get', id), queryFn: () => call('sessions.get', { id }) });
  const caseId = detail.data?.session.caseId;
  const caseDetail = useQuery({ queryKey: queryKey('cases.get', caseId), queryFn: () => call('cases.get', { id: caseId ?? '' }), enabled: Boolean(caseId) });
  const members = useQuery({ queryKey: queryKey('members.list'), queryFn: () => call('members.list', {}) });
  if (detail.error)
    return (
      <div className="page">
        <ErrorText error={detail.error} />
      </div>
    );
  if (!detail.data) return <p className="page muted">{t('common.loading')}</p>;
  const data = detail.data;
  const { session, outcome } = data;
  const name = (pid: string | null) => session.participants.find((p) => p.id === pid)?.name ?? t('sessions.contribution.anonymous');
  const roleOf = (pid: string) =>
    (['caseHolder', 'facilitator', 'timekeeper', 'scribe'] as const)
      .filter((role) => session.roles[role] === pid)
      .map((role) => t(`sessions.planDialog.${role}`));
  const added = (caseDetail.data?.factors ?? []).filter((f) => data.factorIds.includes(f.id));
  const when = session.startedAt ?? session.createdAt;
  const ownerName = (a: (typeof data.actions)[number]) => members.data?.find((m) => m.id === a.ownerMemberId)?.displayName ?? a.ownerName;

  return (
    <article className="page summary" data-testid="session-summary">
      <nav className="breadcrumb no-print">
        <a href={routeHref({ name: 'session', id, view: 'run' })}>← {t('sessions.summary.back')}</a>
      </nav>
      <header className="page-header">
        <div>
          <p className="muted">{t('sessions.summary.title')}</p>
          <h1 className="page-title">{data.casePseudonym}</h1>
          <p className="case-meta">
            <span>
              {t('sessions.summary.method')}: {localized(session.method.name, i18n.language)}
            </span>
            <span>
              {t('sessions.summary.date')}: {formatDateTime(when, i18n.language)}
            </span>
          </p>
        </div>
        <div className="page-actions no-print">
          {/* One way to print: the clean print view, with its own "Afdrukken…". */}
          <SessionReportButtons id={id} />
        </div>
      </header>

      <section className="summary-section">
        <h2 className="section-title">{t('sessions.run.question')}</h2>
        <p className="summary-question">{session.question || t('sessions.run.noQuestion')}</p>
      </section>

      <section className="summary-section">
        <h2 className="section-title">{t('sessions.summary.participants')}</h2>
        <ul className="plain-list">
          {session.participants.map((p) => (
            <li key={p.id}>
              {p.name}
              {p.memberId ? '' : ` (${t('sessions.summary.guest')})`}
              {roleOf(p.id).length > 0 ? ` — ${roleOf(p.id).join(', ')}` : ''}
            </li>
          ))}
        </ul>
      </section>

      <section className="summary-section">
        <h2 className="section-title">{t('sessions.summary.phases')}</h2>
        {session.method.phases.map((phase) => {
          const items = data.contributions.filter((c) => c.phaseKey === phase.key && !c.hidden);
          if (items.length === 0) return null;
          return (
            <div key={phase.key} className="summary-phase">
              <h3 className="subsection-title">{localized(phase.name, i18n.language)}</h3>
              <ul>
                {items.map((c) => (
                  <li key={c.id} data-testid="summary-contribution">
                    <strong>{t(`sessions.contribution.kinds.${c.kind}`)}</strong>
                    {c.perspective
                      ? ` (${t('sessions.summary.fromPerspective', { perspective: t(`sessions.contribution.perspectives.${c.perspective}`) })})`
                      : ''}{' '}
                    — {c.text} <span className="muted">· {name(c.authorId)}</span>
                    {isAdviceNudgeDue(phase, c.text) ? (
                      <span className="badge advice-early" data-testid="summary-advice-early">
                        {t('sessions.summary.adviceEarly')}
                      </span>
                    ) : null}
                    {c.changeMyMind ? (
                      <div className="muted">
                        {t('sessions.contribution.changeMyMind')} {c.changeMyMind}
                      </div>
                    ) : null}
                  </li>
                ))}
              </ul>
            </div>
          );
        })}
      </section>

      <section className="summary-section">
        <h2 className="section-title">{t('sessions.summary.mapChanges')}</h2>
        {added.length === 0 ? (
          <p className="muted">{t('sessions.summary.noMapChanges')}</p>
        ) : (
          <ul>
            {added.map((f) => (
              <li key={f.id}>{factorLine(f, t)}</li>
            ))}
          </ul>
        )}
      </section>

      <section className="summary-section">
        <h2 className="section-title">{t('sessions.summary.judgment')}</h2>
        {outcome.judgment.intensity ? (
          <dl className="summary-dl">
            <dt>{t('sessions.outcome.intensity')}</dt>
            <dd>{t(`sessions.outcome.intensities.${outcome.judgment.intensity}`)}</dd>
            <dt>{t('sessions.outcome.forWhom')}</dt>
            <dd>{outcome.judgment.forWhom || '—'}</dd>
            <dt>{t('sessions.outcome.context')}</dt>
            <dd>{outcome.judgment.context || '—'}</dd>
            <dt>{t('sessions.outcome.reasons')}</dt>
            <dd>{outcome.judgment.reasons || '—'}</dd>
          </dl>
        ) : (
          <p className="muted">{t('sessions.summary.noJudgment')}</p>
        )}
      </section>

      <CareRecordSummary record={outcome.care} />

      <section className="summary-section">
        <h2 className="section-title">{t('sessions.actions.title')}</h2>
        {data.actions.length === 0 ? (
          <p className="muted">{t('sessions.actions.none')}</p>
        ) : (
          <table className="table" data-testid="summary-actions">
            <thead>
              <tr>
                <th scope="col">{t('sessions.actions.text')}</th>
                <th scope="col">{t('sessions.actions.owner')}</th>
                <th scope="col">{t('sessions.actions.due')}</th>
                <th scope="col">{t('sessions.actions.status')}</th>
              </tr>
            </thead>
            <tbody>
              {data.actions.map((a) => (
                <tr key={a.id}>
                  <td>{a.text}</td>
                  <td>{ownerName(a) || '—'}</td>
                  <td>{a.dueDate ? formatDate(a.dueDate, i18n.language) : '—'}</td>
                  <td>{t(`sessions.actions.statuses.${a.status}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section className="summary-section">
        <h2 className="section-title">{t('sessions.summary.takeAway')}</h2>
        <p>{outcome.takeAway || '—'}</p>
      </section>

      <section className="summary-section">
        <h2 className="section-title">{t('sessions.summary.evaluation')}</h2>
        <p>
          {t('sessions.outcome.everyVoiceHeard')} {outcome.everyVoiceHeard ? t(`sessions.outcome.voices.${outcome.everyVoiceHeard}`) : '—'}
        </p>
        {outcome.doDifferently ? <p>{outcome.doDifferently}</p> : null}
      </section>

      {data.step2 ? (
        <section className="summary-section">
          <h2 className="section-title">{t('sessions.step2.title')}</h2>
          <pre className="record-text">{step2Text(data.step2, data.casePseudonym, t, i18n.language)}</pre>
        </section>
      ) : null}
    </article>
  );
}
