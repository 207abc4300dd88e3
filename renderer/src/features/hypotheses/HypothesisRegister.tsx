import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { HypothesisItem } from '../../../../shared/domain/hypotheses';
import { formatMomentDay } from '../../../../shared/domain/dates';
import { call } from '../../lib/api';
import { formatDate } from '../../lib/i18n';
import { queryKey } from '../../lib/queryKeys';
import { useAutosave } from '../../lib/autosave';
import { ErrorText } from '../../ui/ErrorText';
import { TextArea } from '../../ui/TextArea';
import { StatusBadge } from './StatusBadge';
import './Hypotheses.css';

/** What would change my mind about a "?" factor: the map has no field for it, so it is kept here, saved as you type. */
function FactorChangeMyMind({ item }: { item: HypothesisItem }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const autosave = useAutosave(item.changeMyMind, async (changeMyMind) => {
    await call('hypotheses.saveChangeMyMind', { caseId: item.caseId, factorId: item.sourceId, changeMyMind });
    await queryClient.invalidateQueries({ queryKey: queryKey('hypotheses.list', item.caseId) });
  });
  return (
    <div className="hypothesis-change-edit">
      <TextArea
        id={`change-my-mind-${item.sourceId}`}
        label={t('hypotheses.changeMyMind')}
        rows={2}
        privacyCheck
        value={autosave.value}
        onChange={(e) => autosave.change(e.target.value)}
      />
      <ErrorText error={autosave.error} />
    </div>
  );
}

/** Where and when it was said, the perspective, and what would change my mind (editable for a "?" factor on the case page). */
export function HypothesisBody({ item, editable = false }: { item: HypothesisItem; editable?: boolean }) {
  const { t, i18n } = useTranslation();
  const date = formatMomentDay(item.saidAt, i18n.language);
  return (
    <>
      <p className="hypothesis-text">{item.text}</p>
      <p className="muted small hypothesis-meta">
        <span>{item.sourceKind === 'factor' ? t('hypotheses.fromMap', { date }) : t('hypotheses.fromSession', { date })}</span>
        {item.perspective ? (
          <span className="badge perspective">{t('hypotheses.perspective', { perspective: t(`sessions.contribution.perspectives.${item.perspective}`) })}</span>
        ) : null}
      </p>
      {editable && item.sourceKind === 'factor' ? (
        <FactorChangeMyMind item={item} />
      ) : (
        <p className="small hypothesis-change">
          <strong>{t('hypotheses.changeMyMind')}</strong> {item.changeMyMind || <span className="muted">{t('hypotheses.noChangeMyMind')}</span>}
        </p>
      )}
    </>
  );
}

/** The status history, oldest first: what was decided, when, by whom, with its note. */
export function HypothesisHistory({ item }: { item: HypothesisItem }) {
  const { t, i18n } = useTranslation();
  if (item.history.length === 0) return null;
  return (
    <div className="hypothesis-history">
      <h4 className="small hypothesis-history-title">{t('hypotheses.history')}</h4>
      <ol className="plain-list">
        {item.history.map((review) => (
          <li key={review.id} className="small" data-testid="hypothesis-review">
            {t('hypotheses.historyItem', { status: t(`hypotheses.statuses.${review.status}`), date: formatDate(review.day, i18n.language) })}
            {review.memberName ? ` ${t('hypotheses.by', { name: review.memberName })}` : ''}
            {review.note ? <> — {review.note}</> : null}
          </li>
        ))}
      </ol>
    </div>
  );
}

/**
 * The case page's hypothesis register: every hypothesis of the case, from its sessions and its map, with its status.
 * linked: the page was opened for the register (a search result for a note): once the register is
 * there, its heading is the page's focus target, so focus, and the view, arrive at it. onArrived: focus
 * is there (the case page then puts the address back on the map, as a factor's link does, so focus
 * caught later on the page goes to the page's own heading again).
 */
export function HypothesisRegister({ caseId, linked = false, onArrived }: { caseId: string; linked?: boolean; onArrived?(): void }) {
  const { t } = useTranslation();
  const register = useQuery({ queryKey: queryKey('hypotheses.list', caseId), queryFn: () => call('hypotheses.list', { caseId }) });
  const items = register.data ?? [];
  const open = items.filter((h) => h.status === 'open').length;
  return (
    <section className="panel hypothesis-register" aria-labelledby="hypothesis-register-title" data-testid="hypothesis-register">
      <div className="panel-header">
        <h2
          className="section-title"
          id="hypothesis-register-title"
          data-route-focus={linked && register.data ? '' : undefined}
          onFocus={linked ? onArrived : undefined}
        >
          {t('hypotheses.title')}
        </h2>
        {items.length > 0 ? <span className="muted small">{t('hypotheses.count', { count: items.length, open })}</span> : null}
      </div>
      <p className="muted small">{t('hypotheses.intro')}</p>
      <ErrorText error={register.error} />
      {register.data && items.length === 0 ? <p className="empty-line">{t('hypotheses.empty')}</p> : null}
      <ul className="plain-list hypothesis-list">
        {items.map((item) => (
          <li key={`${item.sourceKind}:${item.sourceId}`} className="hypothesis-item" data-testid="hypothesis-item">
            <div className="hypothesis-head">
              <StatusBadge status={item.status} />
            </div>
            <HypothesisBody item={item} editable />
            <HypothesisHistory item={item} />
          </li>
        ))}
      </ul>
    </section>
  );
}
