import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Factor } from '../../../../shared/domain/case';
import type { HiddenNoteCount, PresentedContribution } from '../../../../shared/domain/presentation';
import { call, onEvent } from '../../lib/api';
import { queryKey } from '../../lib/queryKeys';
import { localized } from '../../lib/localized';
import { navigate } from '../../lib/router';
import { ErrorText } from '../../ui/ErrorText';
import { Logo } from '../../ui/Logo';
import { RelationalMap } from '../map';
import { factorLabel } from './Contributions';
import { PhaseClock } from './Timer';
import './PresenterView.css';

/**
 * The beamer's screen, in a window of its own: the phase, the clock, the map and this phase's
 * contributions, large and readable from a distance, with the case's pseudonym only. It reads only what
 * the shared screen may show (`sessions.presentation`: no authors, a silent round's notes only as how
 * many each person wrote) and reads it again on `sessions.changed`, so it follows the runner without polling.
 */
export function PresenterView({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const [closeError, setCloseError] = useState<unknown>(null);
  const presentation = useQuery({ queryKey: queryKey('sessions.presentation', id), queryFn: () => call('sessions.presentation', { id }) });
  useEffect(
    () =>
      onEvent('sessions.changed', ({ sessionId }) => {
        if (sessionId === id) void queryClient.invalidateQueries({ queryKey: queryKey('sessions.presentation', id) });
      }),
    [id, queryClient],
  );
  const close = async () => {
    try {
      const { closed } = await call('app.closePresenter', { sessionId: id });
      // Opened in the app's own window (an old link): back to the runner.
      if (!closed) navigate({ name: 'session', id, view: 'run' });
    } catch (error) {
      setCloseError(error);
    }
  };

  if (presentation.error)
    return (
      <main className="presenter" id="main" tabIndex={-1}>
        <ErrorText error={presentation.error} />
      </main>
    );
  if (!presentation.data)
    return (
      <main className="presenter" id="main" tabIndex={-1}>
        <p className="muted">{t('common.loading')}</p>
      </main>
    );
  const { session, casePseudonym, map } = presentation.data;
  const phases = session.method.phases;
  const phaseIndex = Math.min(session.timer.phaseIndex, phases.length - 1);
  const phase = phases[phaseIndex]!;
  const shown = presentation.data.contributions.filter((c) => c.phaseKey === phase.key);
  const hidden = presentation.data.hiddenCounts.filter((row) => row.phaseKey === phase.key);
  return (
    // The presentation stands alone (no sidebar): it is its own main landmark.
    <main className="presenter" id="main" tabIndex={-1} data-testid="presenter">
      <header className="presenter-head">
        <div className="presenter-title">
          <Logo size={44} />
          <div>
            <p className="presenter-case">{casePseudonym}</p>
            <h1 className="presenter-phase">
              {t('sessions.run.phase', { n: phaseIndex + 1, total: phases.length })} · {localized(phase.name, i18n.language)}
            </h1>
          </div>
        </div>
        <div className="presenter-side">
          <nav className="presenter-actions" aria-label={t('sessions.present.actions')}>
            <button type="button" className="button secondary small" onClick={() => void close()}>
              {t('sessions.present.leave')}
            </button>
            <span className="muted small">{t('sessions.present.escHint')}</span>
          </nav>
          <ErrorText error={closeError} />
          <PhaseClock timer={session.timer} phase={phase} large />
        </div>
      </header>
      <p className="presenter-instruction">{localized(phase.instruction, i18n.language)}</p>
      {session.question ? <p className="presenter-question">“{session.question}”</p> : null}
      <div className="presenter-body">
        <div className="map-frame presenter-map">
          <RelationalMap caseName={casePseudonym} relationship={map.relationship} factors={map.factors} chain={map.chain} readOnly />
        </div>
        <PresentedContributions phaseKey={phase.key} contributions={shown} hidden={hidden} factors={map.factors} />
      </div>
    </main>
  );
}

interface PresentedProps {
  phaseKey: string;
  contributions: PresentedContribution[];
  hidden: HiddenNoteCount[];
  factors: Factor[];
}

/** This phase's contributions as everyone may see them: without authors; a silent round's notes only as counts per person. */
function PresentedContributions({ phaseKey, contributions, hidden, factors }: PresentedProps) {
  const { t } = useTranslation();
  const hiddenTotal = hidden.reduce((sum, row) => sum + row.count, 0);
  return (
    <section className="panel contributions large" aria-labelledby={`presented-${phaseKey}`} data-testid="contributions">
      <header className="panel-header">
        <h2 className="section-title" id={`presented-${phaseKey}`}>
          {t('sessions.contribution.list')}
        </h2>
      </header>
      {hiddenTotal > 0 ? (
        <div className="silent-box presenter-hidden" data-testid="hidden-counts">
          <p>{t('sessions.silent.hiddenCount', { count: hiddenTotal })}</p>
          <ul className="plain-list hidden-counts">
            {hidden.map((row) => (
              <li key={row.participantId ?? 'anonymous'}>
                {t('sessions.silent.notesBy', { name: row.name ?? t('sessions.contribution.anonymous'), count: row.count })}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {contributions.length === 0 && hiddenTotal === 0 ? <p className="muted">{t('sessions.contribution.empty')}</p> : null}
      <ol className="contribution-list">
        {contributions.map((c) => {
          const factor = factors.find((f) => f.id === c.factorId);
          return (
            <li key={c.id} className={`contribution kind-${c.kind}`} data-testid="contribution">
              <div className="contribution-head">
                <span className="badge kind">{t(`sessions.contribution.kinds.${c.kind}`)}</span>
                {c.perspective ? <span className="badge perspective">{t(`sessions.contribution.perspectives.${c.perspective}`)}</span> : null}
              </div>
              <p className="contribution-text">{c.text}</p>
              {c.changeMyMind ? (
                <p className="contribution-mind">
                  <span className="muted">{t('sessions.contribution.changeMyMind')}</span> {c.changeMyMind}
                </p>
              ) : null}
              {factor ? <p className="muted small">↳ {factorLabel(factor, t)}</p> : null}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
