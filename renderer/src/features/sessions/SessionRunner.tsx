import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodInput } from '../../../../shared/contract';
import type { SessionDetail } from '../../../../shared/domain/session';
import { isRunning } from '../../../../shared/domain/timer';
import { announce } from '../../ui/announce';
import { call } from '../../lib/api';
import { queryKey } from '../../lib/queryKeys';
import { ErrorText } from '../../ui/ErrorText';
import { routeHref } from '../../lib/router';
import { useAutosave } from '../../lib/autosave';
import { useUndo } from '../../lib/undo';
import { CareRecordForm, ContinuumCard } from '../care';
import { HypothesisFollowUp } from '../hypotheses';
import { MapWorkspace, RelationalMap, useMapActions } from '../map';
import { TextArea } from '../../ui/TextArea';
import { ActionList } from './ActionList';
import { ContributionComposer, ContributionList, SpeakingPanel } from './Contributions';
import { localized } from '../../lib/localized';
import { EvaluationForm, JudgmentForm, Step2Form, TakeAwayForm } from './OutcomeForms';
import { PhasePrompts } from './PhasePrompts';
import { PhaseClock } from './Timer';
import { usePresenting } from './presenting';
import './SessionRunner.css';

type ControlAction = MethodInput<'sessions.control'>['action'];

function QuestionEditor({ detail, readOnly }: { detail: SessionDetail; readOnly: boolean }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const autosave = useAutosave(detail.session.question, async (question) => {
    await call('sessions.update', { id: detail.session.id, question });
    await queryClient.invalidateQueries({ queryKey: queryKey('sessions.get', detail.session.id) });
  });
  return (
    <section className="panel">
      <TextArea
        id="session-question"
        label={t('sessions.run.editQuestion')}
        rows={2}
        readOnly={readOnly}
        value={autosave.value}
        onChange={(e) => autosave.change(e.target.value)}
      />
      <ErrorText error={autosave.error} />
    </section>
  );
}

function FollowUpPanel({ detail, members }: { detail: SessionDetail; members: Array<{ id: string; displayName: string }> }) {
  const { t } = useTranslation();
  const previous = detail.previous;
  const readOnly = detail.session.status === 'finished';
  // Without an earlier session the map's open hypotheses are still walked through (nothing shows when there are none).
  if (!previous) return <HypothesisFollowUp caseId={detail.session.caseId} sessionId={detail.session.id} readOnly={readOnly} standalone />;
  const review = <HypothesisFollowUp caseId={detail.session.caseId} sessionId={detail.session.id} readOnly={readOnly} />;
  return (
    <section className="panel follow-up" aria-labelledby="follow-up-title" data-testid="follow-up">
      <h2 className="section-title" id="follow-up-title">
        {t('sessions.followUp.title')}
      </h2>
      {previous.question ? <p className="muted">“{previous.question}”</p> : null}
      {review}
      <h3 className="subsection-title">{t('sessions.followUp.actions')}</h3>
      <ActionList caseId={detail.session.caseId} sessionId={previous.sessionId} memberOptions={members} />
    </section>
  );
}

/** Running a session on one laptop: the phase, its instruction and clock, contributions, the map, the outcome. */
export function SessionRunner({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const detail = useQuery({ queryKey: queryKey('sessions.get', id), queryFn: () => call('sessions.get', { id }) });
  const caseId = detail.data?.session.caseId;
  const caseDetail = useQuery({ queryKey: queryKey('cases.get', caseId), queryFn: () => call('cases.get', { id: caseId ?? '' }), enabled: Boolean(caseId) });
  const members = useQuery({ queryKey: queryKey('members.list'), queryFn: () => call('members.list', {}) });
  const { record } = useUndo();
  const mapActions = useMapActions(caseId ?? '', record);
  const [error, setError] = useState<unknown>(null);
  // Who is speaking, chosen with one click in the composer; undefined until someone is picked (then the first participant).
  const [chosenAuthor, setChosenAuthor] = useState<string | null | undefined>(undefined);
  // Whether the reflection questions were folded away: the choice holds for the next phases.
  const [promptsFolded, setPromptsFolded] = useState<boolean | null>(null);

  // A phase change is told in the app's live region ("Fase 3 van 7: Verhelderende vragen").
  const phaseIndex = detail.data?.session.timer.phaseIndex;
  const phaseText = detail.data?.session.method.phases[phaseIndex ?? 0]?.name;
  const phaseName = phaseText ? localized(phaseText, i18n.language) : '';
  const phaseCount = detail.data?.session.method.phases.length ?? 0;
  const shownPhase = useRef<number | undefined>(undefined);
  useEffect(() => {
    if (phaseIndex === undefined) return;
    if (shownPhase.current !== undefined && shownPhase.current !== phaseIndex)
      announce(t('sessions.run.phaseAnnounce', { n: phaseIndex + 1, total: phaseCount, name: phaseName }));
    shownPhase.current = phaseIndex;
  }, [phaseIndex, phaseCount, phaseName, t]);

  // The beamer: a window of its own (main opens it without taking the focus), following this one through events.
  const presenting = usePresenting(id);
  const present = async (show: boolean) => {
    try {
      if (show) {
        await call('app.openPresenter', { sessionId: id });
        announce(t('sessions.present.opened'));
      } else {
        await call('app.closePresenter', { sessionId: id });
        announce(t('sessions.present.closed'));
      }
    } catch (err) {
      setError(err);
    }
  };

  const control = async (action: ControlAction, minutes?: number) => {
    try {
      await call('sessions.control', { id, action, ...(minutes ? { minutes } : {}) });
      await queryClient.invalidateQueries({ queryKey: queryKey('sessions.get', id) });
      if (action === 'begin') await queryClient.invalidateQueries({ queryKey: queryKey('cases.get', caseId) });
    } catch (err) {
      setError(err);
    }
  };

  if (detail.error)
    return (
      <div className="page">
        <ErrorText error={detail.error} />
      </div>
    );
  if (!detail.data) return <p className="page muted">{t('common.loading')}</p>;
  const data = detail.data;
  const { session } = data;
  const phases = session.method.phases;
  const phase = phases[Math.min(session.timer.phaseIndex, phases.length - 1)]!;
  // Where advice belongs in this method (the nudge names it): the first phase for options or ideas.
  const ideasPhaseItem = phases.find((p) => p.mode === 'options' || p.invites.includes('idea'));
  const ideasPhase = ideasPhaseItem ? localized(ideasPhaseItem.name, i18n.language) : null;
  const running = session.status === 'running';
  const finished = session.status === 'finished';
  const factors = caseDetail.data?.factors ?? [];
  const participantName = (pid: string | null) => session.participants.find((p) => p.id === pid)?.name ?? '—';
  const memberOptions = members.data ?? [];
  const authorId = chosenAuthor === undefined ? (session.participants[0]?.id ?? null) : chosenAuthor;

  return (
    <div className="page page-wide session-page" data-testid="session-runner">
      <nav className="breadcrumb">
        <a href={routeHref({ name: 'sessions' })}>← {t('sessions.title')}</a>
      </nav>
      <header className="page-header">
        <div>
          <h1 className="page-title">{data.casePseudonym}</h1>
          <p className="case-meta">
            <span>{localized(session.method.name, i18n.language)}</span>
            <span className={`badge ${session.status}`}>{t(`sessions.statuses.${session.status}`)}</span>
          </p>
          <p className="session-question">
            <strong>{t('sessions.run.question')}:</strong> {session.question || <span className="muted">{t('sessions.run.noQuestion')}</span>}
          </p>
        </div>
        <div className="page-actions">
          <button type="button" className="button secondary" onClick={() => void present(true)}>
            {t('sessions.run.present')}
          </button>
          {presenting ? (
            <button type="button" className="button secondary" onClick={() => void present(false)}>
              {t('sessions.present.leave')}
            </button>
          ) : null}
          <a className="button secondary" href={routeHref({ name: 'session', id, view: 'summary' })}>
            {t('sessions.run.summary')}
          </a>
          {session.status === 'planned' ? (
            <button type="button" className="button primary" onClick={() => void control('begin')}>
              {t('sessions.run.begin')}
            </button>
          ) : running ? (
            <button type="button" className="button primary" onClick={() => void control('finish')}>
              {t('sessions.run.finish')}
            </button>
          ) : (
            <button type="button" className="button secondary" onClick={() => void control('reopen')}>
              {t('sessions.run.reopen')}
            </button>
          )}
        </div>
      </header>
      <ErrorText error={error} />
      {session.status === 'planned' ? <p className="notice">{t('sessions.run.beginHint')}</p> : null}

      <div className={`session-layout ${phase.mode === 'map' ? 'map-phase' : ''}`}>
        <aside className="phase-rail" aria-label={t('sessions.run.phases')}>
          <ol className="phase-steps">
            {phases.map((p, index) => (
              <li
                key={p.key}
                className={index === session.timer.phaseIndex ? 'current' : index < session.timer.phaseIndex ? 'done' : ''}
                aria-current={index === session.timer.phaseIndex ? 'step' : undefined}
              >
                <span className="phase-name">{localized(p.name, i18n.language)}</span>
                <span className="muted small">{p.minutes} min</span>
              </li>
            ))}
          </ol>
          <section className="roles-box">
            <h2 className="subsection-title">{t('sessions.run.roles')}</h2>
            <dl>
              <dt>{t('sessions.planDialog.caseHolder')}</dt>
              <dd>{participantName(session.roles.caseHolder)}</dd>
              <dt>{t('sessions.planDialog.facilitator')}</dt>
              <dd>{participantName(session.roles.facilitator)}</dd>
              {session.roles.timekeeper ? (
                <>
                  <dt>{t('sessions.planDialog.timekeeper')}</dt>
                  <dd>{participantName(session.roles.timekeeper)}</dd>
                </>
              ) : null}
              {session.roles.scribe ? (
                <>
                  <dt>{t('sessions.planDialog.scribe')}</dt>
                  <dd>{participantName(session.roles.scribe)}</dd>
                </>
              ) : null}
            </dl>
          </section>
        </aside>

        <div className="session-main">
          <section className="phase-card" aria-labelledby="phase-title" data-testid="phase-card">
            <div className="phase-card-head">
              <div>
                <p className="muted small">{t('sessions.run.phase', { n: session.timer.phaseIndex + 1, total: phases.length })}</p>
                <h2 className="phase-title" id="phase-title">
                  {localized(phase.name, i18n.language)}
                </h2>
              </div>
              <PhaseClock timer={session.timer} phase={phase} />
            </div>
            <p className="phase-instruction">{localized(phase.instruction, i18n.language)}</p>
            {/* The map phase is worked on the map (its factors), with no composer: it invites no contributions. */}
            {phase.invites.length > 0 && phase.mode !== 'map' ? (
              <p className="muted small">{t('sessions.run.invites', { kinds: phase.invites.map((k) => t(`sessions.contribution.kinds.${k}`)).join(', ') })}</p>
            ) : null}
            <div className="timer-controls" role="group" aria-label={t('sessions.run.timer')}>
              <button type="button" className="button secondary" disabled={!running || session.timer.phaseIndex === 0} onClick={() => void control('back')}>
                ← {t('sessions.run.back')}
              </button>
              {isRunning(session.timer) ? (
                <button type="button" className="button secondary" disabled={!running} onClick={() => void control('pause')}>
                  {t('sessions.run.pause')}
                </button>
              ) : (
                <button type="button" className="button secondary" disabled={!running} onClick={() => void control('start')}>
                  {session.timer.elapsedMs > 0 ? t('sessions.run.resume') : t('sessions.run.start')}
                </button>
              )}
              <button type="button" className="button ghost" disabled={!running} onClick={() => void control('addMinutes', 1)}>
                {t('sessions.run.addMinute')}
              </button>
              <button type="button" className="button ghost" disabled={!running} onClick={() => void control('addMinutes', 5)}>
                {t('sessions.run.addFive')}
              </button>
              <button
                type="button"
                className="button primary"
                disabled={!running || session.timer.phaseIndex >= phases.length - 1}
                onClick={() => void control('next')}
              >
                {t('sessions.run.next')} →
              </button>
            </div>
            <PhasePrompts
              key={phase.key}
              phase={phase}
              casePhase={caseDetail.data?.case.phase ?? null}
              folded={promptsFolded}
              onFoldedChange={setPromptsFolded}
            />
          </section>

          {session.timer.phaseIndex === 0 || phase.mode === 'question' ? <QuestionEditor detail={data} readOnly={finished} /> : null}
          {phase.mode === 'silent' ? (
            <section className="notice silent-intro">
              <strong>{t('sessions.silent.title')}.</strong> {t('sessions.silent.body')}
            </section>
          ) : null}
          {phase.mode === 'map' && caseDetail.data ? (
            <>
              <MapWorkspace detail={caseDetail.data} actions={mapActions} sessionId={id} />
              <ContinuumCard factors={caseDetail.data.factors} />
            </>
          ) : null}
          {phase.mode === 'intensity' ? (
            <>
              {caseDetail.data ? <ContinuumCard factors={caseDetail.data.factors} /> : null}
              <CareRecordForm sessionId={id} record={data.outcome.care} readOnly={finished} />
              <JudgmentForm sessionId={id} outcome={data.outcome} readOnly={finished} />
            </>
          ) : null}
          {phase.mode === 'takeaway' ? (
            <>
              <TakeAwayForm sessionId={id} outcome={data.outcome} readOnly={finished} />
              <section className="panel" aria-labelledby="session-actions">
                <h2 className="section-title" id="session-actions">
                  {t('sessions.actions.title')}
                </h2>
                <ActionList caseId={session.caseId} sessionId={id} canAdd={!finished} memberOptions={memberOptions} />
              </section>
            </>
          ) : null}
          {phase.mode === 'process' ? <EvaluationForm sessionId={id} outcome={data.outcome} readOnly={finished} /> : null}
          {phase.mode === 'step2' && data.step2 ? (
            <Step2Form sessionId={id} record={data.step2} casePseudonym={data.casePseudonym} readOnly={finished} />
          ) : null}

          {phase.mode !== 'map' ? (
            <div className="contribution-columns">
              <ContributionComposer
                key={phase.key}
                sessionId={id}
                phase={phase}
                ideasPhase={ideasPhase}
                participants={session.participants}
                factors={factors}
                disabled={!running}
                authorId={authorId}
                onAuthorChange={setChosenAuthor}
              />
              <ContributionList
                sessionId={id}
                phase={phase}
                ideasPhase={ideasPhase}
                contributions={data.contributions}
                participants={session.participants}
                factors={factors}
                disabled={finished}
              />
            </div>
          ) : (
            <ContributionList
              sessionId={id}
              phase={phase}
              ideasPhase={ideasPhase}
              contributions={data.contributions}
              participants={session.participants}
              factors={factors}
              disabled={finished}
            />
          )}
        </div>

        <aside className="session-side" aria-label={t('sessions.run.sideLabel')}>
          <SpeakingPanel contributions={data.contributions} participants={session.participants} />
          <FollowUpPanel detail={data} members={memberOptions} />
          {phase.mode !== 'map' && caseDetail.data ? (
            <section className="panel" aria-labelledby="session-map-title">
              <h2 className="section-title" id="session-map-title">
                {t('sessions.run.mapTitle')}
              </h2>
              <div className="map-frame">
                <RelationalMap
                  caseName={data.casePseudonym}
                  relationship={caseDetail.data.case.relationship}
                  factors={caseDetail.data.factors}
                  chain={caseDetail.data.chain}
                  readOnly
                  marks={{ added: data.factorIds, removed: [], changed: [] }}
                />
              </div>
              <a href={routeHref({ name: 'case', id: session.caseId, view: 'map' })}>{t('sessions.run.openMap')}</a>
            </section>
          ) : null}
        </aside>
      </div>
    </div>
  );
}
