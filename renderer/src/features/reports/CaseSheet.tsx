import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { sheetLegend } from '../../../../shared/domain/caseSheet';
import { call } from '../../lib/api';
import { formatDate } from '../../lib/i18n';
import { queryKey } from '../../lib/queryKeys';
import { routeHref } from '../../lib/router';
import { StatusBadge } from '../hypotheses';
import { RelationalMap } from '../map';
import { printStatus, printStatusAttributes } from './printStatus';
import './CaseSheet.css';

/** The case page's way to the sheet: it opens on screen (to project), with "Afdrukken…" there. */
export function CaseSheetLink({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  return (
    <a className="button secondary" href={routeHref({ name: 'print', kind: 'sheet', id: caseId })}>
      {t('caseSheet.open')}
    </a>
  );
}

/**
 * The one-page case sheet (casusblad): who and when, the question, what was tried, the map numbered
 * as its legend, what the chain already asked, the earlier hypotheses with their status, the open
 * action points. Laid out to fit one A4 page for a vignette-sized case, and readable on a beamer.
 */
export function CaseSheetPrint({ id, toolbar }: { id: string; toolbar(back: string): ReactNode }) {
  const { t, i18n } = useTranslation();
  const sheet = useQuery({ queryKey: queryKey('hypotheses.caseSheet', id), queryFn: () => call('hypotheses.caseSheet', { caseId: id }) });
  const status = printStatus([sheet]);
  if (status.state !== 'ready' || !sheet.data) {
    return <div {...printStatusAttributes(status)}>{status.state === 'error' ? null : <p className="muted">{t('common.loading')}</p>}</div>;
  }
  const { case: item, factors, chain, hypotheses, actions, question, alreadyTried } = sheet.data;
  const legend = sheetLegend(factors);
  const phase =
    item.phase === 'pregnancy' && item.pregnancyWeek
      ? `${t(`cases.phases.${item.phase}`)}, ${t('cases.weekShort', { week: item.pregnancyWeek })}`
      : t(`cases.phases.${item.phase}`);
  const factorLabel = (f: (typeof factors)[number]) => (f.category === 'other' && f.otherLabel ? f.otherLabel : t(`map.categories.${f.category}`));
  return (
    <div {...printStatusAttributes(status)} className="case-sheet" data-testid="case-sheet">
      {toolbar(routeHref({ name: 'case', id, view: 'map' }))}
      <header className="sheet-header">
        <p className="print-meta">{t('caseSheet.title')}</p>
        <h1>{item.pseudonym}</h1>
        <p className="print-meta" data-testid="sheet-phase">
          {phase}
        </p>
        {item.contextNote ? (
          <p className="sheet-context">
            <strong>{t('caseSheet.context')}:</strong> {item.contextNote}
          </p>
        ) : null}
      </header>
      <div className="sheet-grid">
        <div className="sheet-column">
          <section className="sheet-block">
            <h2>{t('caseSheet.question')}</h2>
            <p data-testid="sheet-question">{question || t('caseSheet.noQuestion')}</p>
          </section>
          <section className="sheet-block">
            <h2>{t('caseSheet.tried')}</h2>
            <p data-testid="sheet-tried">{alreadyTried || t('caseSheet.noTried')}</p>
          </section>
          <section className="sheet-block">
            <h2>{t('caseSheet.map')}</h2>
            {legend.length === 0 ? (
              <p>{t('caseSheet.noFactors')}</p>
            ) : (
              <>
                <div className="sheet-map">
                  <RelationalMap caseName={item.pseudonym} relationship={item.relationship} factors={factors} chain={chain} readOnly />
                </div>
                <h3 className="sheet-legend-title">{t('caseSheet.legend')}</h3>
                <ol className="sheet-legend" data-testid="sheet-legend">
                  {legend.map(({ factor, sign }) => (
                    <li key={factor.id}>
                      <span className="sheet-sign" aria-hidden="true">
                        {sign}
                      </span>
                      <span>
                        <strong>{factorLabel(factor)}</strong> ({t(`map.sectors.${factor.sector}`)}
                        {factor.kind !== 'observation' ? `, ${t(`map.kinds.${factor.kind}`).toLowerCase()}` : ''}): {factor.text}
                      </span>
                    </li>
                  ))}
                </ol>
              </>
            )}
          </section>
        </div>
        <div className="sheet-column">
          <section className="sheet-block">
            <h2>{t('caseSheet.chain')}</h2>
            {chain.length === 0 ? (
              <p>{t('caseSheet.noChain')}</p>
            ) : (
              <ul data-testid="sheet-chain">
                {chain.map((p) => (
                  <li key={p.id}>
                    <strong>
                      {t(`map.chain.types.${p.type}`)}
                      {p.label ? ` (${p.label})` : ''}
                    </strong>
                    : {p.alreadyAsked || t('caseSheet.chainNothingAsked')}
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section className="sheet-block">
            <h2>{t('caseSheet.hypotheses')}</h2>
            {hypotheses.length === 0 ? (
              <p>{t('caseSheet.noHypotheses')}</p>
            ) : (
              <ul className="sheet-hypotheses" data-testid="sheet-hypotheses">
                {hypotheses.map((h) => {
                  const last = h.history.at(-1);
                  return (
                    <li key={`${h.sourceKind}:${h.sourceId}`}>
                      <StatusBadge status={h.status} /> {h.text}
                      {h.perspective ? <span className="print-meta"> · {t(`sessions.contribution.perspectives.${h.perspective}`)}</span> : null}
                      {last ? (
                        <span className="print-meta">
                          {' '}
                          · {formatDate(last.day, i18n.language)}
                          {last.note ? `: ${last.note}` : ''}
                        </span>
                      ) : null}
                    </li>
                  );
                })}
              </ul>
            )}
          </section>
          <section className="sheet-block">
            <h2>{t('caseSheet.actions')}</h2>
            {actions.length === 0 ? (
              <p>{t('caseSheet.noActions')}</p>
            ) : (
              <ul data-testid="sheet-actions">
                {actions.map((a) => (
                  <li key={a.id}>
                    {a.text}
                    {a.ownerName ? <span className="print-meta"> · {a.ownerName}</span> : null}
                    {a.dueDate ? <span className="print-meta"> · {t('caseSheet.due', { date: formatDate(a.dueDate, i18n.language) })}</span> : null}
                  </li>
                ))}
              </ul>
            )}
          </section>
        </div>
      </div>
    </div>
  );
}
