import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localDay } from '../../../../shared/domain/dates';
import { forFollowUp, HYPOTHESIS_STATUSES, NOTE_LIMIT, type HypothesisItem, type HypothesisStatus } from '../../../../shared/domain/hypotheses';
import { announce } from '../../ui/announce';
import { call } from '../../lib/api';
import { formatDate } from '../../lib/i18n';
import { queryKey } from '../../lib/queryKeys';
import { ErrorText } from '../../ui/ErrorText';
import { HypothesisBody, HypothesisHistory } from './HypothesisRegister';
import { StatusBadge } from './StatusBadge';
import './Hypotheses.css';

/** One hypothesis at the follow-up: its words, a short note, the day, and one button per status. */
function ReviewCard({ item, sessionId, readOnly }: { item: HypothesisItem; sessionId: string; readOnly: boolean }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const id = useId();
  const [note, setNote] = useState('');
  const [day, setDay] = useState(() => localDay());
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const set = async (status: HypothesisStatus) => {
    setError(null);
    setBusy(true);
    try {
      const review = await call('hypotheses.review', {
        caseId: item.caseId,
        sourceKind: item.sourceKind,
        sourceId: item.sourceId,
        status,
        note,
        day,
        sessionId,
      });
      setNote('');
      announce(t('hypotheses.review.saved', { status: t(`hypotheses.statuses.${review.status}`), date: formatDate(review.day, i18n.language) }));
      await queryClient.invalidateQueries({ queryKey: queryKey('hypotheses.list', item.caseId) });
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  const choices = HYPOTHESIS_STATUSES.filter((s) => s !== item.status);
  return (
    <li className="hypothesis-item review-card" data-testid="hypothesis-follow-up-item">
      <div className="hypothesis-head">
        <StatusBadge status={item.status} />
      </div>
      <HypothesisBody item={item} />
      <HypothesisHistory item={item} />
      {readOnly ? null : (
        <div className="review-form">
          <div className="field">
            <label className="field-label" htmlFor={`${id}-note`}>
              {t('hypotheses.review.note')}
            </label>
            <textarea id={`${id}-note`} rows={2} maxLength={NOTE_LIMIT} value={note} onChange={(e) => setNote(e.target.value)} />
          </div>
          <div className="field review-day">
            <label className="field-label" htmlFor={`${id}-day`}>
              {t('hypotheses.review.day')}
            </label>
            <input id={`${id}-day`} type="date" value={day} required onChange={(e) => setDay(e.target.value)} />
          </div>
          <div className="review-buttons" role="group" aria-label={`${t('hypotheses.review.setTo')}: ${item.text}`}>
            {choices.map((status) => (
              <button key={status} type="button" className="button secondary small" disabled={busy || !day} onClick={() => void set(status)}>
                {status === 'open' ? t('hypotheses.review.reopen') : t(`hypotheses.statuses.${status}`)}
              </button>
            ))}
          </div>
          <ErrorText error={error} />
        </div>
      )}
    </li>
  );
}

/**
 * The follow-up walk in a session: the case's open hypotheses (from earlier sessions and the map), each
 * with buttons to set its status and a note. What this session set stays in view with its new status.
 */
export function HypothesisFollowUp({
  caseId,
  sessionId,
  readOnly,
  standalone = false,
}: {
  caseId: string;
  sessionId: string;
  readOnly: boolean;
  /** A panel of its own (no earlier session to look back on), shown only when there is something to walk through. */
  standalone?: boolean;
}) {
  const { t } = useTranslation();
  const register = useQuery({ queryKey: queryKey('hypotheses.list', caseId), queryFn: () => call('hypotheses.list', { caseId }) });
  const items = forFollowUp(register.data ?? [], sessionId);
  if (standalone && items.length === 0 && !register.error) return null;
  const Heading = standalone ? 'h2' : 'h3';
  const body = (
    <div className="hypothesis-follow-up" data-testid="hypothesis-follow-up">
      <Heading className={standalone ? 'section-title' : 'subsection-title'}>{t('hypotheses.review.title')}</Heading>
      <p className="muted small">{t('hypotheses.review.intro')}</p>
      <ErrorText error={register.error} />
      {register.data && items.length === 0 ? <p className="muted small">{t('hypotheses.review.none')}</p> : null}
      <ul className="plain-list hypothesis-list">
        {items.map((item) => (
          <ReviewCard key={`${item.sourceKind}:${item.sourceId}`} item={item} sessionId={sessionId} readOnly={readOnly} />
        ))}
      </ul>
    </div>
  );
  return standalone ? (
    <section className="panel follow-up" aria-label={t('hypotheses.review.title')}>
      {body}
    </section>
  ) : (
    body
  );
}
