import { clockTime } from '../../../../shared/domain/meeting';

/** The local time now, to the next five minutes, as a time input wants it ("14:05"). */
export function clockTimeNow(now: Date = new Date()): string {
  return clockTime(Math.ceil((now.getHours() * 60 + now.getMinutes()) / 5) * 5);
}

/** Query keys a change to meetings or their agenda makes stale (sessions are agenda items). */
export const MEETING_STALE_KEYS = [['meetings.list'], ['meetings.get'], ['sessions.list'], ['sessions.get']] as const;
