import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionInfo } from '../../../../shared/contract';
import { formatMeetingMoment, overlappingSlots, slotEnd, slotPastMidnight, type AgendaItem, type MeetingDetail } from '../../../../shared/domain/meeting';
import { call } from '../../lib/api';
import { fieldErrors } from '../../lib/fieldErrors';
import { localized } from '../../lib/localized';
import { routeHref } from '../../lib/router';
import { announce } from '../../ui/announce';
import { ErrorText } from '../../ui/ErrorText';
import { Field } from '../../ui/Field';
import { Modal } from '../../ui/Modal';
import { MEETING_STALE_KEYS } from './meetingFormat';
import { PlanMeetingDialog } from './PlanMeetingDialog';
import { StartSessionDialog } from './StartSessionDialog';
import './MeetingList.css';

function useRefresh() {
  const queryClient = useQueryClient();
  return async () => {
    for (const key of MEETING_STALE_KEYS) await queryClient.invalidateQueries({ queryKey: [...key] });
  };
}

/** Change a meeting's day, time, title or place. */
function MeetingFormDialog({ meeting, onClose }: { meeting: MeetingDetail; onClose(): void }) {
  const { t } = useTranslation();
  const refresh = useRefresh();
  const [date, setDate] = useState(meeting.date);
  const [startTime, setStartTime] = useState(meeting.startTime);
  const [title, setTitle] = useState(meeting.title);
  const [place, setPlace] = useState(meeting.place);
  const [error, setError] = useState<unknown>(null);
  const errors = fieldErrors(error, t);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await call('meetings.save', { id: meeting.id, date, startTime, title, place });
      await refresh();
      onClose();
    } catch (err) {
      setError(err);
    }
  };
  return (
    <Modal
      open
      onOpenChange={(open) => (open ? undefined : onClose())}
      title={t('meetings.editDialog.title')}
      description={t('meetings.editDialog.movesAlong')}
    >
      <form onSubmit={submit} noValidate className="form">
        <div className="plan-meeting-grid">
          <Field label={t('meetings.dialog.date')} type="date" required value={date} onChange={(e) => setDate(e.target.value)} error={errors.date ?? null} />
          <Field
            label={t('meetings.dialog.startTime')}
            type="time"
            required
            value={startTime}
            onChange={(e) => setStartTime(e.target.value)}
            error={errors.startTime ?? null}
          />
        </div>
        <Field
          label={t('meetings.dialog.meetingTitle')}
          value={title}
          maxLength={120}
          onChange={(e) => setTitle(e.target.value)}
          error={errors.title ?? null}
        />
        <Field label={t('meetings.dialog.place')} value={place} maxLength={120} onChange={(e) => setPlace(e.target.value)} error={errors.place ?? null} />
        {Object.keys(errors).length === 0 ? <ErrorText error={error} /> : null}
        <div className="form-actions">
          <button type="button" className="button ghost" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button primary">
            {t('meetings.editDialog.save')}
          </button>
        </div>
      </form>
    </Modal>
  );
}

function AgendaRow({
  item,
  index,
  count,
  overlaps,
  onStart,
  onChange,
  onError,
}: {
  item: AgendaItem;
  index: number;
  count: number;
  overlaps: boolean;
  onStart(): void;
  onChange(): void;
  onError(error: unknown): void;
}) {
  const { t, i18n } = useTranslation();
  const refresh = useRefresh();
  const name = item.casePseudonym;
  const move = async (direction: 'earlier' | 'later') => {
    try {
      await call('agenda.move', { sessionId: item.sessionId, direction });
      await refresh();
    } catch (err) {
      onError(err);
    }
  };
  const takeOff = async () => {
    try {
      await call('agenda.remove', { sessionId: item.sessionId });
      await refresh();
      announce(t('meetings.takenOff', { name }));
    } catch (err) {
      onError(err);
    }
  };
  const planned = item.status === 'planned';
  return (
    <li className="agenda-item" data-testid="agenda-item">
      <p className="agenda-slot">
        <span className="agenda-time">{t('meetings.slot', { start: item.startTime, end: slotEnd(item.startTime, item.minutes) })}</span>
        <span className="muted small">
          {t('meetings.minutes', { count: item.minutes })}
          {slotPastMidnight(item.startTime, item.minutes) ? ` · ${t('meetings.pastMidnight')}` : ''}
        </span>
      </p>
      <div className="agenda-main">
        <p className="agenda-case">
          <a href={routeHref({ name: 'case', id: item.caseId, view: 'map' })}>{name}</a>
          <span className={`badge ${item.status}`}>{t(`sessions.statuses.${item.status}`)}</span>
        </p>
        <p className="muted small">
          {localized(item.methodName, i18n.language)} · {t('meetings.caseHolder', { name: item.caseHolderName })}
        </p>
        <p className="agenda-question">{item.question || t('meetings.noQuestion')}</p>
        {item.tried ? <p className="muted small agenda-tried">{t('meetings.tried', { text: item.tried })}</p> : null}
        {overlaps ? <p className="agenda-overlap small">{t('meetings.overlap')}</p> : null}
        <div className="agenda-actions">
          {planned ? (
            <button type="button" className="button primary small" aria-label={t('meetings.startLabel', { name })} onClick={onStart}>
              {t('meetings.start')}
            </button>
          ) : (
            <a
              className="button secondary small"
              aria-label={t('meetings.openLabel', { name })}
              href={routeHref({ name: 'session', id: item.sessionId, view: item.status === 'finished' ? 'summary' : 'run' })}
            >
              {t('meetings.open')}
            </a>
          )}
          {planned ? (
            <button type="button" className="button ghost small" aria-label={t('meetings.changeItemLabel', { name })} onClick={onChange}>
              {t('meetings.changeItem')}
            </button>
          ) : null}
          <button
            type="button"
            className="button ghost small"
            aria-label={t('meetings.moveEarlierLabel', { name })}
            disabled={index === 0}
            onClick={() => void move('earlier')}
          >
            ↑ {t('meetings.moveEarlier')}
          </button>
          <button
            type="button"
            className="button ghost small"
            aria-label={t('meetings.moveLaterLabel', { name })}
            disabled={index === count - 1}
            onClick={() => void move('later')}
          >
            ↓ {t('meetings.moveLater')}
          </button>
          {planned ? (
            <button type="button" className="button ghost small" aria-label={t('meetings.takeOffLabel', { name })} onClick={() => void takeOff()}>
              {t('meetings.takeOff')}
            </button>
          ) : null}
        </div>
      </div>
    </li>
  );
}

/** One meeting: its day and time as people write them, title and place, and its agenda in order. */
function MeetingCard({ meeting, session, onSaved }: { meeting: MeetingDetail; session: SessionInfo; onSaved(message: string): void }) {
  const { t, i18n } = useTranslation();
  const refresh = useRefresh();
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState(false);
  const [changing, setChanging] = useState<AgendaItem | null>(null);
  const [starting, setStarting] = useState<AgendaItem | null>(null);
  const [error, setError] = useState<unknown>(null);
  const when = formatMeetingMoment(meeting.date, meeting.startTime, i18n.language);
  const overlaps = overlappingSlots(meeting.items);
  const headingId = `meeting-${meeting.id}`;
  const remove = async () => {
    try {
      await call('meetings.remove', { id: meeting.id });
      await refresh();
    } catch (err) {
      setError(err);
    }
  };
  return (
    <li className="card meeting-card" aria-labelledby={headingId} data-testid="meeting">
      <header className="meeting-card-header">
        <div>
          <h3 className="meeting-when" id={headingId}>
            {when}
          </h3>
          {meeting.title || meeting.place ? <p className="muted">{[meeting.title, meeting.place].filter(Boolean).join(' · ')}</p> : null}
        </div>
        <div className="meeting-card-actions">
          <button type="button" className="button secondary small" onClick={() => setAdding(true)}>
            {t('meetings.addCase')}
          </button>
          <button type="button" className="button ghost small" aria-label={t('meetings.editLabel', { when })} onClick={() => setEditing(true)}>
            {t('meetings.edit')}
          </button>
          {meeting.items.length === 0 ? (
            <button type="button" className="button ghost small danger-text" aria-label={t('meetings.removeLabel', { when })} onClick={() => void remove()}>
              {t('meetings.remove')}
            </button>
          ) : null}
        </div>
      </header>
      <ErrorText error={error} />
      {meeting.items.length === 0 ? (
        <p className="muted">{t('meetings.emptyAgenda')}</p>
      ) : (
        <ol className="agenda" aria-label={t('meetings.agenda')}>
          {meeting.items.map((item, index) => (
            <AgendaRow
              key={item.sessionId}
              item={item}
              index={index}
              count={meeting.items.length}
              overlaps={overlaps.has(item.sessionId)}
              onStart={() => setStarting(item)}
              onChange={() => setChanging(item)}
              onError={setError}
            />
          ))}
        </ol>
      )}
      {adding ? <PlanMeetingDialog session={session} preset={{ meetingId: meeting.id }} onClose={() => setAdding(false)} onSaved={onSaved} /> : null}
      {changing ? (
        <PlanMeetingDialog session={session} item={{ ...changing, meetingId: meeting.id }} onClose={() => setChanging(null)} onSaved={onSaved} />
      ) : null}
      {editing ? <MeetingFormDialog meeting={meeting} onClose={() => setEditing(false)} /> : null}
      {starting ? <StartSessionDialog item={starting} onClose={() => setStarting(null)} /> : null}
    </li>
  );
}

/** The upcoming meetings with their agenda (the Intervisie page). */
export function MeetingList({ meetings, session, onSaved }: { meetings: readonly MeetingDetail[]; session: SessionInfo; onSaved(message: string): void }) {
  return (
    <ul className="meeting-list">
      {meetings.map((meeting) => (
        <MeetingCard key={meeting.id} meeting={meeting} session={session} onSaved={onSaved} />
      ))}
    </ul>
  );
}
