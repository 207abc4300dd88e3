import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionInfo } from '../../../../shared/contract';
import { localDay } from '../../../../shared/domain/dates';
import { formatMeetingMoment, methodMinutes, nextSlotStart, SLOT_MINUTES_MAX, SLOT_MINUTES_MIN, type AgendaItem } from '../../../../shared/domain/meeting';
import { DEFAULT_METHOD_ID } from '../../../../shared/domain/session';
import { call } from '../../lib/api';
import { fieldErrors } from '../../lib/fieldErrors';
import { localized } from '../../lib/localized';
import { queryKey } from '../../lib/queryKeys';
import { CaseSelect } from '../../ui/CaseSelect';
import { ErrorText } from '../../ui/ErrorText';
import { Field } from '../../ui/Field';
import { Modal } from '../../ui/Modal';
import { TextArea } from '../../ui/TextArea';
import { clockTimeNow, MEETING_STALE_KEYS } from './meetingFormat';
import './PlanMeetingDialog.css';

/** What the dialog starts with: a case (case page), a meeting (its "add a case"), the question and what was tried (a journal entry). */
export interface PlanPreset {
  caseId?: string | null;
  meetingId?: string;
  question?: string;
  tried?: string;
  fromEntry?: boolean;
}

const NEW = 'new';
const GUEST = 'guest';

/**
 * "Intervisie plannen": choose a meeting (or make one: date, start time, title, place) and put a case
 * on its agenda with its method, case holder, question, what was tried and its time slot. The same
 * dialog opens from the Intervisie page, a meeting's "add a case", the case page and a "Casus
 * voorbereiden" journal entry; with `item` it changes a case already on the agenda.
 */
export function PlanMeetingDialog({
  session,
  preset = {},
  item,
  onClose,
  onSaved,
}: {
  session: SessionInfo;
  preset?: PlanPreset;
  item?: AgendaItem & { meetingId: string };
  onClose(): void;
  onSaved?(message: string): void;
}) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const [today] = useState(() => localDay());
  const meetings = useQuery({ queryKey: queryKey('meetings.list', { from: today }), queryFn: () => call('meetings.list', { from: today }) });
  const cases = useQuery({ queryKey: queryKey('cases.list', { status: 'open' }), queryFn: () => call('cases.list', { status: 'open' }) });
  const methods = useQuery({ queryKey: queryKey('methods.list'), queryFn: () => call('methods.list', {}) });
  const members = useQuery({ queryKey: queryKey('members.list'), queryFn: () => call('members.list', {}) });

  const [chosenMeeting, setChosenMeeting] = useState<string | null>(item?.meetingId ?? preset.meetingId ?? null);
  const [date, setDate] = useState(today);
  const [startTime, setStartTime] = useState(() => clockTimeNow());
  const [title, setTitle] = useState('');
  const [place, setPlace] = useState('');
  const [caseId, setCaseId] = useState(item?.caseId ?? preset.caseId ?? '');
  const [methodId, setMethodId] = useState(item?.methodId ?? DEFAULT_METHOD_ID);
  const [holder, setHolder] = useState(item ? (item.caseHolderMemberId ?? GUEST) : session.member.id);
  const [holderInitials, setHolderInitials] = useState(item && !item.caseHolderMemberId ? item.caseHolderName : '');
  const [question, setQuestion] = useState(item?.question ?? preset.question ?? '');
  const [tried, setTried] = useState(item?.tried ?? preset.tried ?? '');
  const [slotStart, setSlotStart] = useState<string | null>(item?.startTime ?? null);
  const [minutes, setMinutes] = useState<string | null>(item ? String(item.minutes) : null);
  const [meetingError, setMeetingError] = useState<unknown>(null);
  const [itemError, setItemError] = useState<unknown>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const meetingErrors = fieldErrors(meetingError, t);
  const itemErrors = fieldErrors(itemError, t);

  const upcoming = meetings.data ?? [];
  // Until someone chooses, the soonest upcoming meeting is shown (or a new one when there is none).
  const meetingChoice = chosenMeeting ?? (meetings.isSuccess ? (upcoming[0]?.id ?? NEW) : NEW);
  const meeting = upcoming.find((m) => m.id === meetingChoice) ?? null;
  const method = (methods.data ?? []).find((m) => m.id === methodId);
  const suggestedMinutes = method ? methodMinutes(method) : 60;
  const others = (meeting?.items ?? []).filter((other) => other.sessionId !== item?.sessionId);
  const suggestedStart = meeting ? nextSlotStart(meeting.startTime, others) : startTime;
  const shownStart = slotStart ?? suggestedStart;
  const shownMinutes = minutes ?? String(suggestedMinutes);
  const when = (m: { date: string; startTime: string }) => formatMeetingMoment(m.date, m.startTime, i18n.language);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    if (!caseId) return setProblem(t('meetings.dialog.needCase'));
    if (meetingChoice === NEW && !date) return setProblem(t('meetings.dialog.needDate'));
    if (meetingChoice === NEW && !startTime) return setProblem(t('meetings.dialog.needTime'));
    if (!shownStart) return setProblem(t('meetings.dialog.needTime'));
    if (holder === GUEST && !holderInitials.trim()) return setProblem(t('meetings.dialog.needHolder'));
    setBusy(true);
    setMeetingError(null);
    setItemError(null);
    let target = meeting;
    try {
      if (!target) {
        const made = await call('meetings.save', { date, startTime, title, place });
        target = { ...made, items: [] };
        // A second try after a failed agenda item uses this meeting, not yet another one.
        setChosenMeeting(made.id);
      }
    } catch (err) {
      setMeetingError(err);
      setBusy(false);
      return;
    }
    try {
      const saved = await call('agenda.save', {
        meetingId: target.id,
        ...(item ? { sessionId: item.sessionId } : {}),
        caseId,
        methodId,
        caseHolder: holder === GUEST ? { guestInitials: holderInitials.trim() } : { memberId: holder },
        question,
        tried,
        startTime: shownStart,
        minutes: Number(shownMinutes),
      });
      for (const key of MEETING_STALE_KEYS) await queryClient.invalidateQueries({ queryKey: [...key] });
      onSaved?.(t('meetings.dialog.saved', { name: saved.casePseudonym, when: when(target) }));
      onClose();
    } catch (err) {
      setItemError(err);
      for (const key of MEETING_STALE_KEYS) void queryClient.invalidateQueries({ queryKey: [...key] });
    } finally {
      setBusy(false);
    }
  };

  const itemHasFieldErrors = Object.keys(itemErrors).length > 0;
  return (
    <Modal
      open
      onOpenChange={(open) => (open ? undefined : onClose())}
      title={item ? t('meetings.dialog.changeTitle') : t('meetings.dialog.title')}
      size="wide"
    >
      <form onSubmit={submit} noValidate className="form plan-meeting">
        <fieldset className="plan-meeting-section">
          <legend className="subsection-title">{t('meetings.dialog.meetingSection')}</legend>
          <div className="field">
            <label className="field-label" htmlFor="plan-meeting">
              {t('meetings.dialog.meeting')}
            </label>
            <select id="plan-meeting" value={meetingChoice} disabled={Boolean(item)} onChange={(e) => setChosenMeeting(e.target.value)}>
              {upcoming.map((m) => (
                <option key={m.id} value={m.id}>
                  {when(m)}
                  {m.title ? ` · ${m.title}` : ''}
                </option>
              ))}
              <option value={NEW}>{t('meetings.dialog.newMeeting')}</option>
            </select>
          </div>
          {meetingChoice === NEW ? (
            <div className="plan-meeting-grid">
              <Field
                label={t('meetings.dialog.date')}
                type="date"
                required
                value={date}
                onChange={(e) => setDate(e.target.value)}
                error={meetingErrors.date ?? null}
              />
              <Field
                label={t('meetings.dialog.startTime')}
                type="time"
                required
                value={startTime}
                onChange={(e) => setStartTime(e.target.value)}
                error={meetingErrors.startTime ?? null}
              />
              <Field
                label={t('meetings.dialog.meetingTitle')}
                value={title}
                maxLength={120}
                onChange={(e) => setTitle(e.target.value)}
                error={meetingErrors.title ?? null}
              />
              <Field
                label={t('meetings.dialog.place')}
                value={place}
                maxLength={120}
                onChange={(e) => setPlace(e.target.value)}
                error={meetingErrors.place ?? null}
              />
            </div>
          ) : null}
          {Object.keys(meetingErrors).length === 0 ? <ErrorText error={meetingError} /> : null}
        </fieldset>

        <fieldset className="plan-meeting-section">
          <legend className="subsection-title">{t('meetings.dialog.caseSection')}</legend>
          {preset.fromEntry ? <p className="notice small">{t('meetings.dialog.fromEntry')}</p> : null}
          <div className="plan-meeting-grid">
            <CaseSelect
              id="plan-meeting-case"
              label={t('meetings.dialog.case')}
              value={caseId}
              onChange={setCaseId}
              cases={cases.data ?? []}
              leading={[{ value: '', label: t('meetings.dialog.chooseCase') }]}
            />
            <div className="field">
              <label className="field-label" htmlFor="plan-meeting-method">
                {t('meetings.dialog.method')}
              </label>
              <select id="plan-meeting-method" value={methodId} onChange={(e) => setMethodId(e.target.value)}>
                {(methods.data ?? []).map((m) => (
                  <option key={m.id} value={m.id}>
                    {localized(m.name, i18n.language)} ({t('meetings.minutes', { count: methodMinutes(m) })})
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label className="field-label" htmlFor="plan-meeting-holder">
                {t('meetings.dialog.caseHolder')}
              </label>
              <select
                id="plan-meeting-holder"
                value={holder}
                onChange={(e) => setHolder(e.target.value)}
                aria-invalid={itemErrors.caseHolder ? true : undefined}
              >
                {(members.data ?? []).map((m) => (
                  <option key={m.id} value={m.id}>
                    {m.displayName}
                  </option>
                ))}
                <option value={GUEST}>{t('meetings.dialog.guest')}</option>
              </select>
              {itemErrors.caseHolder ? (
                <p className="field-error" role="alert">
                  {itemErrors.caseHolder}
                </p>
              ) : null}
            </div>
            {holder === GUEST ? (
              <Field label={t('meetings.dialog.guestInitials')} value={holderInitials} maxLength={6} onChange={(e) => setHolderInitials(e.target.value)} />
            ) : null}
          </div>
          <TextArea
            label={t('meetings.dialog.question')}
            hint={t('meetings.dialog.questionHint')}
            rows={2}
            value={question}
            onChange={(e) => setQuestion(e.target.value)}
            error={itemErrors.question ?? null}
          />
          <TextArea
            label={t('meetings.dialog.tried')}
            hint={t('meetings.dialog.triedHint')}
            rows={2}
            value={tried}
            onChange={(e) => setTried(e.target.value)}
            error={itemErrors.tried ?? null}
          />
          <div className="plan-meeting-grid">
            <Field
              label={t('meetings.dialog.slotStart')}
              type="time"
              required
              value={shownStart}
              onChange={(e) => setSlotStart(e.target.value)}
              error={itemErrors.startTime ?? null}
            />
            <Field
              label={t('meetings.dialog.minutes')}
              type="number"
              inputMode="numeric"
              min={SLOT_MINUTES_MIN}
              max={SLOT_MINUTES_MAX}
              step={5}
              value={shownMinutes}
              hint={t('meetings.dialog.minutesHint', { count: suggestedMinutes })}
              onChange={(e) => setMinutes(e.target.value)}
              error={itemErrors.minutes ?? null}
            />
          </div>
        </fieldset>
        {problem ? (
          <p className="error-text" role="alert">
            {problem}
          </p>
        ) : null}
        {itemHasFieldErrors ? null : <ErrorText error={itemError} />}
        <div className="form-actions">
          <button type="button" className="button ghost" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button primary" disabled={busy} aria-busy={busy}>
            {item ? t('meetings.dialog.saveChange') : t('meetings.dialog.save')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
