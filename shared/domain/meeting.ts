/**
 * Intervision meetings: a team meets on a day at a time and runs several cases, one after another.
 * A meeting holds only its date, start time and (optionally) a title and place; its agenda items are
 * the planned sessions that point at it (each with its case, method, case holder, question, what
 * was already tried and its time slot), so the question typed once is the one the runner shows.
 */
import { z } from 'zod';
import { FreeText, IsoDate, Pseudonym } from './case';
import { intlLocale } from './dates';
import { Id } from './ids';
import { ClockTime, LocalizedText, SessionStatus } from './session';

const IsoTime = z.string().datetime({ offset: true });

export { ClockTime };

/** How long an agenda slot may be: five minutes to a whole afternoon. */
export const SLOT_MINUTES_MIN = 5;
export const SLOT_MINUTES_MAX = 480;
export const SlotMinutes = z.number().int().min(SLOT_MINUTES_MIN).max(SLOT_MINUTES_MAX);

export const Meeting = z.object({
  id: Id,
  date: IsoDate,
  startTime: ClockTime,
  title: z.string().max(120),
  place: z.string().max(120),
  createdAt: IsoTime,
  updatedAt: IsoTime,
});
export type Meeting = z.infer<typeof Meeting>;

/** One case on a meeting's agenda: a planned (or begun, or finished) session in its time slot. */
export const AgendaItem = z.object({
  sessionId: Id,
  caseId: Id,
  casePseudonym: Pseudonym,
  methodId: z.string(),
  methodName: LocalizedText,
  /** The case holder as the session names them (a member's display name or a guest's initials). */
  caseHolderName: z.string(),
  caseHolderMemberId: Id.nullable(),
  question: FreeText,
  tried: FreeText,
  startTime: ClockTime,
  minutes: SlotMinutes,
  position: z.number().int().min(0),
  status: SessionStatus,
});
export type AgendaItem = z.infer<typeof AgendaItem>;

export const MeetingDetail = Meeting.extend({ items: z.array(AgendaItem) });
export type MeetingDetail = z.infer<typeof MeetingDetail>;

// ------------------------------------------------------------------------------------------------
// Slot times: plain minutes of the day, so nothing shifts with time zones or daylight saving
// ------------------------------------------------------------------------------------------------

const DAY_MINUTES = 24 * 60;

/** "14:30" → 870. */
export function minutesOfDay(time: string): number {
  const [hours, minutes] = time.split(':').map(Number);
  return (hours ?? 0) * 60 + (minutes ?? 0);
}

/** 870 → "14:30"; past midnight it wraps round the clock ("00:15"). */
export function clockTime(minutes: number): string {
  const wrapped = ((Math.round(minutes) % DAY_MINUTES) + DAY_MINUTES) % DAY_MINUTES;
  return `${String(Math.floor(wrapped / 60)).padStart(2, '0')}:${String(wrapped % 60).padStart(2, '0')}`;
}

/** When a slot ends: its start plus its length. */
export function slotEnd(startTime: string, minutes: number): string {
  return clockTime(minutesOfDay(startTime) + minutes);
}

/** Whether a slot runs past midnight (the agenda says so instead of showing a wrapped time only). */
export function slotPastMidnight(startTime: string, minutes: number): boolean {
  return minutesOfDay(startTime) + minutes > DAY_MINUTES;
}

/** How long a method takes: the sum of its phases, clamped to what a slot can be. */
export function methodMinutes(method: { phases: ReadonlyArray<{ minutes: number }> }): number {
  const total = method.phases.reduce((sum, phase) => sum + phase.minutes, 0);
  return Math.min(SLOT_MINUTES_MAX, Math.max(SLOT_MINUTES_MIN, total));
}

/**
 * Where the next case on an agenda starts when nobody says otherwise: where the latest slot ends, or
 * the meeting's start time when the agenda is empty. A proposal the planner can change.
 */
export function nextSlotStart(meetingStart: string, items: ReadonlyArray<Pick<AgendaItem, 'startTime' | 'minutes'>>): string {
  let end = minutesOfDay(meetingStart);
  for (const item of items) end = Math.max(end, minutesOfDay(item.startTime) + item.minutes);
  return clockTime(end);
}

/** Agenda items whose slot overlaps an earlier one's (by start time): the agenda marks them with text. */
export function overlappingSlots(items: ReadonlyArray<Pick<AgendaItem, 'sessionId' | 'startTime' | 'minutes'>>): Set<string> {
  const sorted = [...items].sort((a, b) => minutesOfDay(a.startTime) - minutesOfDay(b.startTime));
  const out = new Set<string>();
  let latestEnd = -1;
  for (const item of sorted) {
    const start = minutesOfDay(item.startTime);
    if (start < latestEnd) out.add(item.sessionId);
    latestEnd = Math.max(latestEnd, start + item.minutes);
  }
  return out;
}

// ------------------------------------------------------------------------------------------------
// Days: "today" is the user's local calendar day (shared/domain/dates.ts localDay), passed in
// ------------------------------------------------------------------------------------------------

/** The meeting the home screen shows: the earliest one today or later that still has a case to run. */
export function nextMeeting<M extends Pick<MeetingDetail, 'date' | 'startTime'> & { items: ReadonlyArray<Pick<AgendaItem, 'status'>> }>(
  meetings: readonly M[],
  today: string,
): M | null {
  const upcoming = meetings
    .filter((m) => m.date >= today)
    .filter((m) => m.items.length === 0 || m.items.some((item) => item.status !== 'finished'))
    .sort((a, b) => (a.date === b.date ? minutesOfDay(a.startTime) - minutesOfDay(b.startTime) : a.date < b.date ? -1 : 1));
  return upcoming[0] ?? null;
}

/** An open action point is overdue once its due day has passed on the user's own calendar. */
export function isActionOverdue(action: { dueDate: string | null; status: string }, today: string): boolean {
  return action.status === 'open' && action.dueDate !== null && action.dueDate < today;
}

/** A meeting's day as people write it on an invitation: "donderdag 17 december 2026", "Thursday 17 December 2026". */
export function formatMeetingDay(day: string, language: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return day;
  const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return new Intl.DateTimeFormat(intlLocale(language), { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(date);
}

/** A day and a time: "donderdag 17 december 2026, 14:00". */
export function formatMeetingMoment(day: string, time: string, language: string): string {
  return `${formatMeetingDay(day, language)}, ${time}`;
}

/** The journal parts of a "Casus voorbereiden" entry the agenda takes over (see TEMPLATE_PARTS). */
export const PREP_QUESTION_PART = 'my-question';
export const PREP_TRIED_PART = 'already-tried';

/** The question and what was tried, from the parts of a "Casus voorbereiden" journal entry. */
export function fromPreparation(sections: ReadonlyArray<{ key: string; text: string }>): { question: string; tried: string } {
  const text = (key: string) => sections.find((s) => s.key === key)?.text.trim() ?? '';
  return { question: text(PREP_QUESTION_PART), tried: text(PREP_TRIED_PART) };
}
