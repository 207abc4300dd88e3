import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localDay } from '../../shared/domain/dates';
import {
  clockTime,
  formatMeetingMoment,
  fromPreparation,
  isActionOverdue,
  methodMinutes,
  minutesOfDay,
  nextMeeting,
  nextSlotStart,
  overlappingSlots,
  slotEnd,
  slotPastMidnight,
} from '../../shared/domain/meeting';
import { builtInMethod } from '../../shared/domain/methods-catalog';
import type { SessionStatus } from '../../shared/domain/session';

let saved: string | undefined;
beforeAll(() => {
  saved = process.env['TZ'];
  process.env['TZ'] = 'Europe/Amsterdam';
});
afterAll(() => {
  if (saved === undefined) delete process.env['TZ'];
  else process.env['TZ'] = saved;
});

describe('agenda slot times', () => {
  it('reads and writes clock times as minutes of the day, wrapping past midnight', () => {
    expect(minutesOfDay('14:30')).toBe(870);
    expect(clockTime(870)).toBe('14:30');
    expect(clockTime(0)).toBe('00:00');
    expect(clockTime(24 * 60 + 15)).toBe('00:15');
    expect(slotEnd('14:00', 45)).toBe('14:45');
    expect(slotEnd('23:30', 45)).toBe('00:15');
    expect(slotPastMidnight('23:30', 45)).toBe(true);
    expect(slotPastMidnight('23:15', 45)).toBe(false);
  });

  it('proposes the next slot where the latest one ends, or at the meeting start', () => {
    expect(nextSlotStart('14:00', [])).toBe('14:00');
    expect(
      nextSlotStart('14:00', [
        { startTime: '14:00', minutes: 45 },
        { startTime: '14:45', minutes: 60 },
      ]),
    ).toBe('15:45');
    // A slot moved earlier than the meeting start does not pull the proposal back.
    expect(nextSlotStart('14:00', [{ startTime: '13:00', minutes: 30 }])).toBe('14:00');
  });

  it('marks slots that overlap an earlier one, whatever the agenda order', () => {
    const items = [
      { sessionId: 'b', startTime: '14:30', minutes: 30 },
      { sessionId: 'a', startTime: '14:00', minutes: 45 },
      { sessionId: 'c', startTime: '15:00', minutes: 30 },
    ];
    expect([...overlappingSlots(items)]).toEqual(['b']);
  });

  it('takes a method’s length from its phases, within what a slot can be', () => {
    const method = builtInMethod('what-and-why');
    if (!method) throw new Error('no shipped method');
    expect(methodMinutes(method)).toBe(method.phases.reduce((sum, p) => sum + p.minutes, 0));
    expect(methodMinutes({ phases: [{ minutes: 1 }] })).toBe(5);
    expect(methodMinutes({ phases: Array.from({ length: 10 }, () => ({ minutes: 120 })) })).toBe(480);
  });
});

describe('today is the user’s local day (Europe/Amsterdam)', () => {
  it('an action due on 16 December is overdue from local midnight on, not from UTC midnight', () => {
    const action = { dueDate: '2026-12-16', status: 'open' };
    // 23:59 on the 16th in Amsterdam (22:59 UTC): not yet overdue.
    expect(localDay(new Date('2026-12-16T22:59:00Z'))).toBe('2026-12-16');
    expect(isActionOverdue(action, localDay(new Date('2026-12-16T22:59:00Z')))).toBe(false);
    // 00:00 on the 17th in Amsterdam (23:00 UTC on the 16th): overdue, though UTC still says the 16th.
    expect(localDay(new Date('2026-12-16T23:00:00Z'))).toBe('2026-12-17');
    expect(isActionOverdue(action, localDay(new Date('2026-12-16T23:00:00Z')))).toBe(true);
    // Summer time: local midnight is 22:00 UTC.
    expect(isActionOverdue({ dueDate: '2026-06-30', status: 'open' }, localDay(new Date('2026-06-30T22:00:00Z')))).toBe(true);
    expect(isActionOverdue({ dueDate: '2026-06-30', status: 'open' }, localDay(new Date('2026-06-30T21:59:00Z')))).toBe(false);
    // Done, dropped or undated: never overdue.
    expect(isActionOverdue({ dueDate: '2026-01-01', status: 'done' }, '2026-12-17')).toBe(false);
    expect(isActionOverdue({ dueDate: null, status: 'open' }, '2026-12-17')).toBe(false);
  });

  it('the next meeting is the earliest one on or after today that still has a case to run', () => {
    const meeting = (id: string, date: string, startTime: string, statuses: SessionStatus[]) => ({
      id,
      date,
      startTime,
      items: statuses.map((status) => ({ status })),
    });
    const meetings = [
      meeting('later', '2026-12-24', '09:00', ['planned']),
      meeting('done', '2026-12-17', '09:00', ['finished']),
      meeting('afternoon', '2026-12-17', '14:00', ['planned', 'finished']),
      meeting('past', '2026-12-16', '14:00', ['planned']),
    ];
    // 23:30 UTC on the 16th is already the 17th in Amsterdam.
    expect(nextMeeting(meetings, localDay(new Date('2026-12-16T23:30:00Z')))?.id).toBe('afternoon');
    expect(nextMeeting(meetings, localDay(new Date('2026-12-16T22:30:00Z')))?.id).toBe('past');
    expect(nextMeeting(meetings, '2026-12-25')).toBeNull();
  });
});

describe('a meeting as people write it', () => {
  it('says the weekday, day, month, year and time', () => {
    expect(formatMeetingMoment('2026-12-17', '14:00', 'nl')).toBe('donderdag 17 december 2026, 14:00');
    expect(formatMeetingMoment('2026-12-17', '14:00', 'en')).toMatch(/^Thursday,? 17 December 2026, 14:00$/);
  });
});

describe('a "Casus voorbereiden" entry on the agenda', () => {
  it('carries its question and what was tried', () => {
    expect(
      fromPreparation([
        { key: 'what-happened', text: 'Moeder huilde bij het bezoek' },
        { key: 'my-question', text: ' Hoe steun ik haar zonder over te nemen? ' },
        { key: 'already-tried', text: 'Extra huisbezoek' },
      ]),
    ).toEqual({ question: 'Hoe steun ik haar zonder over te nemen?', tried: 'Extra huisbezoek' });
    expect(fromPreparation([])).toEqual({ question: '', tried: '' });
  });
});
