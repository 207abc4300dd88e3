import { useQuery } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CareRecordSummary } from '../care';
import type { PrivacyHit } from '../../../../shared/domain/exchange';
import { meldcodeDossierText } from '../../../../shared/domain/meldcode';
import type { ActionPoint, SessionDetail } from '../../../../shared/domain/session';
import { call } from '../../lib/api';
import { queryKey } from '../../lib/queryKeys';
import { ErrorText } from '../../ui/ErrorText';
import { formatDate, formatDateTime } from '../../lib/i18n';
import { isAdviceNudgeDue } from '../../../../shared/domain/nudges';
import { routeHref, type PrintKind } from '../../lib/router';
import { CaseSheetPrint } from './CaseSheet';
import { factorLine, RelationalMap } from '../map';
import { formatIsoWeek } from '../../../../shared/domain/thousand-days';
import { localized } from '../../lib/localized';
import { printStatus, printStatusAttributes, type PrintStatus } from './printStatus';
import { reportHits } from './reportData';
import { ReportCheckDialog } from './ReportCheckDialog';
import { fileNameFor } from '../../lib/files';
// The print view's styles live in the exchange stylesheet, which comes with the exchange feature's face.
import '../exchange';
import './PrintView.css';

type Translate = ReturnType<typeof useTranslation>['t'];

function ActionsTable({ actions, t, names, language }: { actions: readonly ActionPoint[]; t: Translate; names: Map<string, string>; language: string }) {
  if (actions.length === 0) return <p>{t('sessions.actions.none')}</p>;
  return (
    <table className="table" data-testid="print-actions">
      <thead>
        <tr>
          <th scope="col">{t('sessions.actions.text')}</th>
          <th scope="col">{t('sessions.actions.owner')}</th>
          <th scope="col">{t('sessions.actions.due')}</th>
          <th scope="col">{t('sessions.actions.status')}</th>
        </tr>
      </thead>
      <tbody>
        {actions.map((a) => (
          <tr key={a.id}>
            <td>{a.text}</td>
            <td>{(a.ownerMemberId ? names.get(a.ownerMemberId) : undefined) ?? (a.ownerName || '—')}</td>
            <td>{a.dueDate ? formatDate(a.dueDate, language) : '—'}</td>
            <td>{t(`sessions.actions.statuses.${a.status}`)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Judgment({ detail, t }: { detail: SessionDetail; t: Translate }) {
  const j = detail.outcome.judgment;
  if (!j.intensity) return <p>{t('sessions.summary.noJudgment')}</p>;
  return (
    <dl className="summary-dl">
      <dt>{t('sessions.outcome.intensity')}</dt>
      <dd>{t(`sessions.outcome.intensities.${j.intensity}`)}</dd>
      <dt>{t('sessions.outcome.forWhom')}</dt>
      <dd>{j.forWhom || '—'}</dd>
      <dt>{t('sessions.outcome.context')}</dt>
      <dd>{j.context || '—'}</dd>
      <dt>{t('sessions.outcome.reasons')}</dt>
      <dd>{j.reasons || '—'}</dd>
    </dl>
  );
}

function Toolbar({ kind, id, back, extra }: { kind: PrintKind; id: string; back: string; extra?: ReactNode }) {
  const { t } = useTranslation();
  const print = () => {
    void call('reports.notePrinted', { kind, id }).catch(() => undefined);
    window.print();
  };
  return (
    <div className="print-toolbar">
      <a className="button ghost" href={back}>
        ← {t('reports.print.back')}
      </a>
      {extra}
      <button type="button" className="button primary" onClick={print}>
        {t('reports.print.print')}
      </button>
    </div>
  );
}

function SessionPrint({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const detail = useQuery({ queryKey: queryKey('sessions.get', id), queryFn: () => call('sessions.get', { id }) });
  const caseId = detail.data?.session.caseId;
  const caseDetail = useQuery({ queryKey: queryKey('cases.get', caseId), queryFn: () => call('cases.get', { id: caseId ?? '' }), enabled: Boolean(caseId) });
  const members = useQuery({ queryKey: queryKey('members.list'), queryFn: () => call('members.list', {}) });
  const status = printStatus([detail, caseDetail, members]);
  if (status.state !== 'ready' || !detail.data) return <PrintPending status={status} />;
  const data = detail.data;
  const { session } = data;
  const names = new Map((members.data ?? []).map((m) => [m.id, m.displayName]));
  const author = (pid: string | null) => session.participants.find((p) => p.id === pid)?.name ?? t('sessions.contribution.anonymous');
  const added = (caseDetail.data?.factors ?? []).filter((f) => data.factorIds.includes(f.id));
  const roleNames = (pid: string) =>
    (['caseHolder', 'facilitator', 'timekeeper', 'scribe'] as const)
      .filter((role) => session.roles[role] === pid)
      .map((role) => t(`sessions.planDialog.${role}`));
  return (
    <div {...printStatusAttributes(status)}>
      <Toolbar kind="session" id={id} back={routeHref({ name: 'session', id, view: 'summary' })} />
      <header>
        <p className="print-meta">{t('sessions.summary.title')}</p>
        <h1>{data.casePseudonym}</h1>
        <p className="print-meta">
          {t('sessions.summary.method')}: {localized(session.method.name, i18n.language)} · {t('sessions.summary.date')}:{' '}
          {formatDateTime(session.startedAt ?? session.createdAt, i18n.language)}
        </p>
      </header>
      <section>
        <h2>{t('sessions.run.question')}</h2>
        <p data-testid="print-question">{session.question || t('sessions.run.noQuestion')}</p>
      </section>
      <section>
        <h2>{t('sessions.summary.participants')}</h2>
        <ul data-testid="print-participants">
          {session.participants.map((p) => {
            const roles = roleNames(p.id);
            return (
              <li key={p.id}>
                {p.name}
                {p.memberId ? '' : ` (${t('sessions.summary.guest')})`}
                {roles.length > 0 ? ` — ${roles.join(', ')}` : ''}
              </li>
            );
          })}
        </ul>
      </section>
      {data.contributions.some((c) => !c.hidden) ? (
        <section>
          <h2>{t('sessions.summary.phases')}</h2>
          {session.method.phases.map((phase) => {
            const items = data.contributions.filter((c) => c.phaseKey === phase.key && !c.hidden);
            if (items.length === 0) return null;
            return (
              <div key={phase.key}>
                <h3>{localized(phase.name, i18n.language)}</h3>
                <ul>
                  {items.map((c) => (
                    <li key={c.id} data-testid="print-contribution">
                      <strong>{t(`sessions.contribution.kinds.${c.kind}`)}</strong>
                      {c.perspective
                        ? ` (${t('sessions.summary.fromPerspective', { perspective: t(`sessions.contribution.perspectives.${c.perspective}`) })})`
                        : ''}{' '}
                      — {c.text} <span className="print-meta">· {author(c.authorId)}</span>
                      {isAdviceNudgeDue(phase, c.text) ? <em className="print-advice-early"> [{t('sessions.summary.adviceEarly')}]</em> : null}
                      {c.changeMyMind ? (
                        <div className="print-meta">
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
      ) : null}
      <section>
        <h2>{t('sessions.summary.mapChanges')}</h2>
        {added.length === 0 ? (
          <p>{t('sessions.summary.noMapChanges')}</p>
        ) : (
          <ul>
            {added.map((f) => (
              <li key={f.id}>{factorLine(f, t)}</li>
            ))}
          </ul>
        )}
      </section>
      <section>
        <h2>{t('sessions.summary.judgment')}</h2>
        <Judgment detail={data} t={t} />
      </section>
      <CareRecordSummary record={data.outcome.care} headingClass="" />
      <section>
        <h2>{t('sessions.actions.title')}</h2>
        <ActionsTable actions={data.actions} t={t} names={names} language={i18n.language} />
      </section>
      <section>
        <h2>{t('sessions.summary.takeAway')}</h2>
        <p>{data.outcome.takeAway || '—'}</p>
      </section>
    </div>
  );
}

function CasePrint({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const detail = useQuery({ queryKey: queryKey('cases.get', id), queryFn: () => call('cases.get', { id }) });
  const sessions = useQuery({
    // Several calls in one answer, so a key of its own rather than one method's.
    queryKey: ['print.sessions', id],
    queryFn: async () => {
      const list = await call('sessions.list', { caseId: id });
      return Promise.all(list.map((s) => call('sessions.get', { id: s.id })));
    },
  });
  const actions = useQuery({ queryKey: queryKey('actions.list', { caseId: id }), queryFn: () => call('actions.list', { caseId: id }) });
  const members = useQuery({ queryKey: queryKey('members.list'), queryFn: () => call('members.list', {}) });
  const status = printStatus([detail, sessions, actions, members]);
  if (status.state !== 'ready' || !detail.data) return <PrintPending status={status} />;
  const { case: item, people, factors, chain, snapshots } = detail.data;
  const names = new Map((members.data ?? []).map((m) => [m.id, m.displayName]));
  const current = factors.filter((f) => f.status === 'current');
  const moments = [
    ...snapshots.map((s) => ({ at: s.takenAt, text: `${t('exchange.kinds.snapshot')}${s.label ? `: ${s.label}` : ''}` })),
    ...(sessions.data ?? []).map((s) => ({
      at: s.session.startedAt ?? s.session.createdAt,
      text: `${t('exchange.kinds.session')}: ${s.session.question || t('sessions.run.noQuestion')}`,
    })),
  ].sort((a, b) => a.at.localeCompare(b.at));
  const judged = (sessions.data ?? []).filter((s) => s.outcome.judgment.intensity);
  return (
    <div {...printStatusAttributes(status)}>
      <Toolbar kind="case" id={id} back={routeHref({ name: 'case', id, view: 'map' })} />
      <header>
        <p className="print-meta">{t('reports.print.caseTitle')}</p>
        <h1>{item.pseudonym}</h1>
        <p className="print-meta">
          {t(`cases.phases.${item.phase}`)}
          {item.dueWeek ? ` · ${t('thousandDays.dueWeek')}: ${formatIsoWeek(item.dueWeek, i18n.language)}` : ''} · {t(`cases.statuses.${item.status}`)}
        </p>
        {item.contextNote ? <p>{item.contextNote}</p> : null}
      </header>
      <section>
        <h2>{t('people.title')}</h2>
        {people.length === 0 ? (
          <p>{t('people.empty')}</p>
        ) : (
          <ul>
            {people.map((p) => (
              <li key={p.id}>
                {p.pseudonym} ({t(`people.roles.${p.role}`)}){p.note ? ` — ${p.note}` : ''}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section>
        <h2>{t('map.relationship.title')}</h2>
        <dl className="summary-dl">
          <dt>{t('map.relationship.now')}</dt>
          <dd>{item.relationship.now || '—'}</dd>
          <dt>{t('map.relationship.goesWell')}</dt>
          <dd>{item.relationship.goesWell || '—'}</dd>
          <dt>{t('map.relationship.worries')}</dt>
          <dd>{item.relationship.worries || '—'}</dd>
        </dl>
      </section>
      {item.parentVoice.worries || item.parentVoice.goesWell || item.parentVoice.asks ? (
        <section>
          <h2>{t('parentVoice.title')}</h2>
          <dl className="summary-dl">
            <dt>{t('parentVoice.worries')}</dt>
            <dd>{item.parentVoice.worries || '—'}</dd>
            <dt>{t('parentVoice.goesWell')}</dt>
            <dd>{item.parentVoice.goesWell || '—'}</dd>
            <dt>{t('parentVoice.asks')}</dt>
            <dd>{item.parentVoice.asks || '—'}</dd>
          </dl>
        </section>
      ) : null}
      <section>
        <h2>{t('reports.print.map')}</h2>
        <div className="print-map">
          <RelationalMap caseName={item.pseudonym} relationship={item.relationship} factors={factors} chain={chain} readOnly />
        </div>
        {current.length === 0 ? (
          <p>{t('map.noFactors')}</p>
        ) : (
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('map.factor.sector')}</th>
                <th scope="col">{t('map.factor.category')}</th>
                <th scope="col">{t('map.factor.text')}</th>
                <th scope="col">{t('map.factor.kind')}</th>
                <th scope="col">{t('map.factor.voice')}</th>
              </tr>
            </thead>
            <tbody>
              {current.map((f) => (
                <tr key={f.id}>
                  <td>{t(`map.sectors.${f.sector}`)}</td>
                  <td>{f.category === 'other' && f.otherLabel ? f.otherLabel : t(`map.categories.${f.category}`)}</td>
                  <td>{f.text}</td>
                  <td>{t(`map.kinds.${f.kind}`)}</td>
                  <td>{t(`map.voices.${f.voice}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      {chain.length > 0 ? (
        <section>
          <h2>{t('map.chain.title')}</h2>
          <ul>
            {chain.map((p) => (
              <li key={p.id}>
                {t(`map.chain.types.${p.type}`)}
                {p.label ? ` (${p.label})` : ''}
                {p.alreadyAsked ? ` — ${p.alreadyAsked}` : ''}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {moments.length > 0 ? (
        <section>
          <h2>{t('map.history.title')}</h2>
          <ul>
            {moments.map((m, index) => (
              <li key={index}>
                {formatDateTime(m.at, i18n.language)} — {m.text}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section>
        <h2>{t('sessions.actions.title')}</h2>
        <ActionsTable actions={actions.data ?? []} t={t} names={names} language={i18n.language} />
      </section>
      {judged.length > 0 ? (
        <section>
          <h2>{t('sessions.summary.judgment')}</h2>
          {judged.map((s) => (
            <div key={s.session.id}>
              <h3>
                {formatDateTime(s.session.startedAt ?? s.session.createdAt, i18n.language)} · {localized(s.session.method.name, i18n.language)}
              </h3>
              <Judgment detail={s} t={t} />
            </div>
          ))}
        </section>
      ) : null}
    </div>
  );
}

/** The dossier text as a PDF, after the privacy check over the same text (as the case overview's PDF). */
function MeldcodePdfButton({ caseId, pseudonym, text }: { caseId: string; pseudonym: string; text: string }) {
  const { t } = useTranslation();
  const [hits, setHits] = useState<PrivacyHit[] | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const save = async () => {
    setHits(null);
    setError(null);
    try {
      const picked = await call('dialog.pickSaveFile', { purpose: 'pdf', suggestedName: fileNameFor(`${pseudonym}-${t('cases.views.meldcode')}`, 'pdf') });
      if (picked.token) setSaved((await call('reports.savePdf', { kind: 'meldcode', id: caseId, file: picked.token })).path);
    } catch (err) {
      setError(err);
    }
  };
  const start = () => {
    setSaved(null);
    const found = reportHits(text, caseId, pseudonym, 'case');
    if (found.length > 0) setHits(found);
    else void save();
  };
  return (
    <>
      <button type="button" className="button secondary" onClick={start}>
        {t('meldcode.savePdf')}
      </button>
      {saved ? (
        <p className="notice success" role="status">
          {t('reports.saved', { path: saved })}
        </p>
      ) : null}
      <ErrorText error={error} />
      {hits ? <ReportCheckDialog hits={hits} onGoOn={() => void save()} onClose={() => setHits(null)} /> : null}
    </>
  );
}

/** A case's meldcode record as dossier text, the same text the professional takes into the official file. */
function MeldcodePrint({ caseId }: { caseId: string }) {
  const { t, i18n } = useTranslation();
  const detail = useQuery({ queryKey: queryKey('cases.get', caseId), queryFn: () => call('cases.get', { id: caseId }) });
  const record = useQuery({ queryKey: queryKey('meldcode.get', { caseId }), queryFn: () => call('meldcode.get', { caseId }) });
  const status = printStatus([detail, record]);
  if (status.state !== 'ready' || !detail.data || !record.data) return <PrintPending status={status} />;
  const pseudonym = detail.data.case.pseudonym;
  const text = meldcodeDossierText(record.data, pseudonym, (key, values) => t(key, values), i18n.language);
  return (
    <div {...printStatusAttributes(status)}>
      <Toolbar
        kind="meldcode"
        id={caseId}
        back={routeHref({ name: 'case', id: caseId, view: 'meldcode' })}
        extra={<MeldcodePdfButton caseId={caseId} pseudonym={pseudonym} text={text} />}
      />
      <header>
        <p className="print-meta">{t('meldcode.title')}</p>
        <h1>{pseudonym}</h1>
      </header>
      <pre className="record-text print-dossier" data-testid="meldcode-dossier">
        {text}
      </pre>
    </div>
  );
}

/** Loading, or the first failed query's message; either way it carries the status for the PDF printer. */
function PrintPending({ status }: { status: PrintStatus }) {
  const { t } = useTranslation();
  return (
    <div {...printStatusAttributes(status)}>
      {status.state === 'error' ? <ErrorText error={status.error} /> : <p className="muted">{t('common.loading')}</p>}
    </div>
  );
}

/** The print view of a session summary or a case overview: no app shell, for paper and for PDF. */
export function PrintView({ kind, id }: { kind: PrintKind; id: string }) {
  const { t, i18n } = useTranslation();
  return (
    <main className={`print-view${kind === 'sheet' ? ' print-sheet' : ''}`} data-testid="print-view">
      {kind === 'session' ? (
        <SessionPrint id={id} />
      ) : kind === 'sheet' ? (
        <CaseSheetPrint id={id} toolbar={(back) => <Toolbar kind="sheet" id={id} back={back} />} />
      ) : kind === 'meldcode' ? (
        <MeldcodePrint caseId={id} />
      ) : (
        <CasePrint id={id} />
      )}
      <footer className="print-meta small print-footer">
        {/* Every print carries the false-positives caveat that goes with counting risk factors. */}
        <p className="print-caveat" role="note" data-testid="print-caveat">
          {t('map.cumulative.caveat')}
        </p>
        <p>{t('reports.print.generated', { date: formatDateTime(new Date().toISOString(), i18n.language) })}</p>
      </footer>
    </main>
  );
}
