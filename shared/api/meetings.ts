/** The meetings API: intervision meetings and their agenda (planned sessions in time slots). */
import { z } from 'zod';
import { FreeText, IsoDate } from '../domain/case';
import { Id } from '../domain/ids';
import { AgendaItem, ClockTime, Meeting, MeetingDetail, SlotMinutes } from '../domain/meeting';
import { ParticipantInput } from '../domain/session';
import { method } from './define';

export const meetingsApi = {
  /** Meetings by day and time with their agenda; `from` (the user's local day) leaves out the ones before it. */
  'meetings.list': method(z.object({ from: IsoDate.optional() }).strict(), z.array(MeetingDetail)),
  'meetings.get': method(z.object({ id: Id }).strict(), MeetingDetail),
  /** Create or change a meeting; a new day moves its agenda items that have not begun along with it. */
  'meetings.save': method(
    z
      .object({
        id: Id.optional(),
        date: IsoDate,
        startTime: ClockTime,
        title: z.string().trim().max(120).default(''),
        place: z.string().trim().max(120).default(''),
      })
      .strict(),
    Meeting,
  ),
  /** Only an empty meeting can be removed (CONFLICT while cases are on its agenda). */
  'meetings.remove': method(z.object({ id: Id }).strict(), z.null()),

  /**
   * Put a case on a meeting's agenda, or change its item while it has not begun: a planned session
   * with the case holder as its first participant; who else takes part is chosen on the day.
   */
  'agenda.save': method(
    z
      .object({
        meetingId: Id,
        sessionId: Id.optional(),
        caseId: Id,
        methodId: z.string().min(1).max(60),
        caseHolder: ParticipantInput,
        question: FreeText.default(''),
        tried: FreeText.default(''),
        startTime: ClockTime,
        minutes: SlotMinutes,
      })
      .strict(),
    AgendaItem,
  ),
  /** One place earlier or later on its meeting's agenda. */
  'agenda.move': method(z.object({ sessionId: Id, direction: z.enum(['earlier', 'later']) }).strict(), MeetingDetail),
  /** Off the agenda: the planned session stays (in the list of planned sessions), no longer on the meeting. */
  'agenda.remove': method(z.object({ sessionId: Id }).strict(), z.null()),
} as const;
