import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionPoint } from '../../../../shared/domain/session';
import { ACTION_STATUSES } from '../../../../shared/domain/session';
import { call } from '../../lib/api';
import { queryKey } from '../../lib/queryKeys';
import { ErrorText } from '../../ui/ErrorText';
import { routeHref } from '../../lib/router';
import { saveInput } from '../../lib/saveInput';
import { localDay } from '../../../../shared/domain/dates';
import { isActionOverdue } from '../../../../shared/domain/meeting';
import { formatDate } from '../../lib/i18n';
import { announce } from '../../ui/announce';
import './ActionList.css';

type Status = ActionPoint['status'];

/** Overdue once the due day has passed on the user's own calendar (`today` is localDay()). */
export function isOverdue(action: Pick<ActionPoint, 'dueDate' | 'status'>, today: string): boolean {
  return isActionOverdue(action, today);
}

interface ActionRowProps {
  action: ActionPoint & { casePseudonym?: string };
  memberName(id: string | null): string | null;
  showCase: boolean;
  today: string;
  onChanged(): void;
}

function ActionRow({ action, memberName, showCase, today, onChanged }: ActionRowProps) {
  const { t, i18n } = useTranslation();
  const [error, setError] = useState<unknown>(null);
  const overdue = isOverdue(action, today);
  const setStatus = async (status: Status) => {
    try {
      const { casePseudonym: _pseudonym, ...input } = saveInput(action);
      await call('actions.save', { ...input, status });
      onChanged();
    } catch (err) {
      setError(err);
    }
  };
  const owner = memberName(action.ownerMemberId) ?? action.ownerName;
  return (
    <li className={`action-row ${overdue ? 'overdue' : ''} ${action.status}`} data-testid="action-row">
      <div className="action-main">
        <span className="action-text">{action.text}</span>
        <span className="muted small">
          {showCase && action.casePseudonym ? (
            <>
              <a href={routeHref({ name: 'case', id: action.caseId, view: 'map' })}>{action.casePseudonym}</a> ·{' '}
            </>
          ) : null}
          {owner ? `${t('sessions.actions.owner')}: ${owner}` : null}
          {action.dueDate ? ` · ${t('sessions.actions.due')} ${formatDate(action.dueDate, i18n.language)}` : null}
        </span>
      </div>
      {overdue ? <span className="badge overdue-badge">{t('sessions.actions.overdue')}</span> : null}
      <label className="visually-hidden" htmlFor={`action-status-${action.id}`}>
        {t('sessions.actions.status')}
      </label>
      <select id={`action-status-${action.id}`} value={action.status} onChange={(e) => void setStatus(e.target.value as Status)}>
        {ACTION_STATUSES.map((s) => (
          <option key={s} value={s}>
            {t(`sessions.actions.statuses.${s}`)}
          </option>
        ))}
      </select>
      <ErrorText error={error} />
    </li>
  );
}

/** Action points: of one case or session, or "mine" across all cases, with overdue ones marked. */
export function ActionList({
  caseId,
  sessionId,
  mine,
  canAdd,
  memberOptions,
}: {
  caseId?: string;
  sessionId?: string | null;
  mine?: boolean;
  canAdd?: boolean;
  memberOptions: Array<{ id: string; displayName: string }>;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const input = mine ? { mine: true, status: 'open' as const } : { ...(caseId ? { caseId } : {}) };
  const actions = useQuery({ queryKey: queryKey('actions.list', input), queryFn: () => call('actions.list', input) });
  const [text, setText] = useState('');
  const [owner, setOwner] = useState<string>('');
  const [ownerName, setOwnerName] = useState('');
  const [due, setDue] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [today] = useState(() => localDay());
  const list = (actions.data ?? []).filter((a) => (sessionId === undefined ? true : a.sessionId === sessionId));
  const memberName = (id: string | null) => memberOptions.find((m) => m.id === id)?.displayName ?? null;
  const refresh = () => void queryClient.invalidateQueries({ queryKey: queryKey('actions.list') });

  const textBox = useRef<HTMLInputElement>(null);
  const add = async (event: FormEvent) => {
    event.preventDefault();
    if (!caseId || !text.trim()) {
      // Nothing to add yet: the press leads to the field to type it in (the button is never disabled, so
      // focus never falls out of the form).
      textBox.current?.focus();
      return;
    }
    try {
      await call('actions.save', {
        caseId,
        sessionId: sessionId ?? null,
        text,
        ownerMemberId: owner && owner !== 'other' ? owner : null,
        ownerName: owner === 'other' ? ownerName : '',
        dueDate: due || null,
      });
      setText('');
      setDue('');
      setError(null);
      refresh();
      // Focus stays where the next action point is typed, as after a contribution.
      textBox.current?.focus();
      announce(t('sessions.actions.added'));
    } catch (err) {
      setError(err);
    }
  };

  return (
    <div className="action-list">
      <ErrorText error={actions.error} />
      {actions.isSuccess && list.length === 0 ? <p className="muted">{mine ? t('sessions.actions.noMine') : t('sessions.actions.none')}</p> : null}
      <ul className="plain-list">
        {list.map((action) => (
          <ActionRow key={action.id} action={action} memberName={memberName} showCase={Boolean(mine)} today={today} onChanged={refresh} />
        ))}
      </ul>
      {canAdd && caseId ? (
        <form className="action-add" onSubmit={add}>
          <div className="field grow">
            <label className="field-label" htmlFor="action-text">
              {t('sessions.actions.text')}
            </label>
            <input id="action-text" ref={textBox} value={text} maxLength={500} onChange={(e) => setText(e.target.value)} />
          </div>
          <div className="field">
            <label className="field-label" htmlFor="action-owner">
              {t('sessions.actions.owner')}
            </label>
            <select id="action-owner" value={owner} onChange={(e) => setOwner(e.target.value)}>
              <option value="">{t('sessions.planDialog.noOne')}</option>
              {memberOptions.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.displayName}
                </option>
              ))}
              <option value="other">{t('sessions.actions.ownerOther')}</option>
            </select>
          </div>
          {owner === 'other' ? (
            <div className="field">
              <label className="field-label" htmlFor="action-owner-name">
                {t('sessions.actions.ownerName')}
              </label>
              <input id="action-owner-name" value={ownerName} maxLength={80} onChange={(e) => setOwnerName(e.target.value)} />
            </div>
          ) : null}
          <div className="field">
            <label className="field-label" htmlFor="action-due">
              {t('sessions.actions.due')}
            </label>
            <input id="action-due" type="date" value={due} onChange={(e) => setDue(e.target.value)} />
          </div>
          <button type="submit" className="button secondary">
            {t('sessions.actions.add')}
          </button>
          <ErrorText error={error} />
        </form>
      ) : null}
    </div>
  );
}
