import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatDay, formatMoment, formatMomentDay, localDay, localDayOf, startOfLocalDay, startOfNextLocalDay } from '../../shared/domain/dates';

// The rules read the process's time zone; these cases pin Amsterdam, where UTC days and local days differ.
let saved: string | undefined;
beforeEach(() => {
  saved = process.env['TZ'];
  process.env['TZ'] = 'Europe/Amsterdam';
});
afterEach(() => {
  if (saved === undefined) delete process.env['TZ'];
  else process.env['TZ'] = saved;
});

describe('calendar days as people mean them', () => {
  it('a note at 00:30 in Amsterdam is on that day, not on the UTC day before', () => {
    const justAfterMidnight = new Date('2026-12-04T23:30:00.000Z'); // 5 December, 00:30 in Amsterdam
    expect(justAfterMidnight.toISOString().slice(0, 10)).toBe('2026-12-04');
    expect(localDay(justAfterMidnight)).toBe('2026-12-05');
    expect(localDayOf('2026-12-04T23:30:00.000Z')).toBe('2026-12-05');
  });

  it('says — for no date or a broken one', () => {
    expect(localDayOf(null)).toBe('—');
    expect(localDayOf('geen datum')).toBe('—');
  });

  it('a local day runs from its local midnight to the next, across a daylight-saving change', () => {
    expect(startOfLocalDay('2026-12-05')).toBe('2026-12-04T23:00:00.000Z');
    expect(startOfNextLocalDay('2026-12-05')).toBe('2026-12-05T23:00:00.000Z');
    // 29 March 2026: the clocks go forward, the day has 23 hours.
    expect(startOfLocalDay('2026-03-29')).toBe('2026-03-28T23:00:00.000Z');
    expect(startOfNextLocalDay('2026-03-29')).toBe('2026-03-29T22:00:00.000Z');
  });
});

describe('dates as people write them', () => {
  it('writes a calendar day in words, in the interface language, on that local day', () => {
    expect(formatDay('2026-12-15', 'nl')).toBe('15 december 2026');
    expect(formatDay('2026-12-15', 'en')).toBe('15 December 2026');
    expect(formatDay('2026-01-01', 'nl')).toBe('1 januari 2026');
    expect(formatDay('not a day', 'nl')).toBe('not a day');
  });

  it('writes a stored moment with its local day, never the ISO form', () => {
    const moment = new Date(2026, 11, 15, 14, 30).toISOString();
    expect(formatMomentDay(moment, 'nl')).toBe('15 december 2026');
    expect(formatMoment(moment, 'nl')).toContain('15 december 2026');
    expect(formatMoment(moment, 'nl')).toContain('14:30');
    expect(formatMoment(moment, 'en')).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(formatMomentDay(null, 'nl')).toBe('—');
  });
});
