import type { meetingsApi } from '../../../shared/api/meetings';
import type { HandlerKit } from '../context';
import type { HandlersFor } from '../dispatch';
import { getMeeting, listMeetings, moveAgendaItem, removeAgendaItem, removeMeeting, saveAgendaItem, saveMeeting } from './meetings';

export type MeetingMethodName = keyof typeof meetingsApi;

/** Intervision meetings and their agenda: every change in one transaction through write(). */
export function meetingHandlers({ read, write }: HandlerKit): HandlersFor<MeetingMethodName> {
  return {
    'meetings.list': read(listMeetings),
    'meetings.get': read(getMeeting),
    'meetings.save': write(saveMeeting),
    'meetings.remove': write(removeMeeting),
    'agenda.save': write(saveAgendaItem),
    'agenda.move': write(moveAgendaItem),
    'agenda.remove': write(removeAgendaItem),
  };
}
