import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call } from '../../lib/api';
import { queryKey } from '../../lib/queryKeys';
import { ErrorText } from '../../ui/ErrorText';
import { Logo } from '../../ui/Logo';
import { routeHref } from '../../lib/router';
import { RelationalMap } from '../map';
import { ContributionList } from './Contributions';
import { localized } from '../../lib/localized';
import { PhaseClock } from './Timer';
import './PresenterView.css';

/**
 * For the projector: the phase, the clock, the map and this phase's contributions, large and readable
 * from a distance, with the case's pseudonym only (no other cases). Contributions show without their
 * authors; a silent round shows only how many notes each person wrote, never their text.
 */
export function PresenterView({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  // Poll, so the projector follows what is entered on the laptop's main screen.
  const detail = useQuery({ queryKey: queryKey('sessions.get', id), queryFn: () => call('sessions.get', { id }), refetchInterval: 2000 });
  const caseId = detail.data?.session.caseId;
  const caseDetail = useQuery({
    queryKey: queryKey('cases.get', caseId),
    queryFn: () => call('cases.get', { id: caseId ?? '' }),
    enabled: Boolean(caseId),
    refetchInterval: 4000,
  });
  if (detail.error)
    return (
      <main className="presenter" id="main" tabIndex={-1}>
        <ErrorText error={detail.error} />
      </main>
    );
  if (!detail.data)
    return (
      <main className="presenter" id="main" tabIndex={-1}>
        <p className="muted">{t('common.loading')}</p>
      </main>
    );
  const { session } = detail.data;
  const phase = session.method.phases[Math.min(session.timer.phaseIndex, session.method.phases.length - 1)]!;
  return (
    // The presenter view stands alone (no sidebar): it is its own main landmark.
    <main className="presenter" id="main" tabIndex={-1} data-testid="presenter">
      <header className="presenter-head">
        <div className="presenter-title">
          <Logo size={44} />
          <div>
            <p className="presenter-case">{detail.data.casePseudonym}</p>
            <h1 className="presenter-phase">
              {t('sessions.run.phase', { n: session.timer.phaseIndex + 1, total: session.method.phases.length })} · {localized(phase.name, i18n.language)}
            </h1>
          </div>
        </div>
        <PhaseClock timer={session.timer} phase={phase} large />
        <nav className="presenter-actions" aria-label={t('sessions.present.actions')}>
          <span className="muted small">{t('sessions.present.fullscreen')}</span>
          <a className="button secondary" href={routeHref({ name: 'session', id, view: 'run' })}>
            {t('sessions.present.leave')}
          </a>
        </nav>
      </header>
      <p className="presenter-instruction">{localized(phase.instruction, i18n.language)}</p>
      {session.question ? <p className="presenter-question">“{session.question}”</p> : null}
      <div className="presenter-body">
        {caseDetail.data ? (
          <div className="map-frame presenter-map">
            <RelationalMap
              caseName={detail.data.casePseudonym}
              relationship={caseDetail.data.case.relationship}
              factors={caseDetail.data.factors}
              chain={caseDetail.data.chain}
              readOnly
            />
          </div>
        ) : null}
        <ContributionList
          sessionId={id}
          phase={phase}
          contributions={detail.data.contributions}
          participants={session.participants}
          factors={caseDetail.data?.factors ?? []}
          disabled
          large
        />
      </div>
    </main>
  );
}
