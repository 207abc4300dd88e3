import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { localDay } from '../../shared/domain/dates';
import {
  casePhaseToday,
  dueWeekFromPregnancyWeek,
  formatIsoWeek,
  isoWeekOf,
  IsoWeek,
  mondayOfIsoWeek,
  parseDueWeek,
  parseIsoWeek,
  phaseFromDueWeek,
  thousandDays,
  weeksBetween,
  weeksInIsoYear,
} from '../../shared/domain/thousand-days';
import { CONVERSATION_QUESTIONS } from '../../shared/domain/conversation-questions';
import { BUILT_IN_PROMPTS } from '../../shared/domain/prompts';
import { translations } from '../../shared/i18n';

let saved: string | undefined;
beforeEach(() => {
  saved = process.env['TZ'];
  process.env['TZ'] = 'Europe/Amsterdam';
});
afterEach(() => {
  if (saved === undefined) delete process.env['TZ'];
  else process.env['TZ'] = saved;
});

describe('ISO weeks as Dutch calendars number them', () => {
  it('finds the week of a day across year boundaries', () => {
    expect(isoWeekOf('2027-03-25')).toBe('2027-W12');
    // 1 January 2027 is a Friday: still week 53 of 2026; 29 December 2025 (a Monday) is week 1 of 2026.
    expect(isoWeekOf('2027-01-01')).toBe('2026-W53');
    expect(isoWeekOf('2027-01-03')).toBe('2026-W53');
    expect(isoWeekOf('2027-01-04')).toBe('2027-W01');
    expect(isoWeekOf('2025-12-29')).toBe('2026-W01');
    expect(isoWeekOf('2024-12-30')).toBe('2025-W01');
  });

  it('knows which years have 53 weeks and refuses a week 53 that does not exist', () => {
    expect(weeksInIsoYear(2026)).toBe(53);
    expect(weeksInIsoYear(2027)).toBe(52);
    expect(weeksInIsoYear(2020)).toBe(53);
    expect(parseIsoWeek('2026-W53')).toEqual({ year: 2026, week: 53 });
    expect(parseIsoWeek('2027-W53')).toBeNull();
    expect(parseIsoWeek('2027-W00')).toBeNull();
    expect(IsoWeek.safeParse('2027-W53').success).toBe(false);
    expect(IsoWeek.safeParse('2027-W12').success).toBe(true);
    expect(IsoWeek.safeParse('2027-03-25').success).toBe(false);
  });

  it('the Monday of a week, and weeks between weeks over a year end', () => {
    expect(mondayOfIsoWeek('2027-W12')).toBe('2027-03-22');
    expect(mondayOfIsoWeek('2026-W53')).toBe('2026-12-28');
    expect(mondayOfIsoWeek('2026-W01')).toBe('2025-12-29');
    expect(weeksBetween('2026-W52', '2027-W01')).toBe(2);
    expect(weeksBetween('2027-W01', '2026-W52')).toBe(-2);
  });

  it('writes a week as people do', () => {
    expect(formatIsoWeek('2027-W12', 'nl')).toBe('week 12 van 2027');
    expect(formatIsoWeek('2027-W12', 'en')).toBe('week 12 of 2027');
  });
});

describe('reading a due week the way people write it', () => {
  const today = '2026-12-06'; // a Sunday in week 49 of 2026
  const read = (text: string) => parseDueWeek(text, today);

  it('takes a week and year in the usual spellings', () => {
    for (const text of ['week 12 van 2027', 'Week 12 2027', 'wk 12-2027', '12/2027', '2027-W12', 'week 12, 2027', 'week 12 of 2027', '  week  12  van  2027 '])
      expect(read(text), text).toEqual({ ok: true, dueWeek: '2027-W12' });
  });

  it('takes a week without a year as the next such week, and a date as its week', () => {
    expect(read('week 12')).toEqual({ ok: true, dueWeek: '2027-W12' });
    expect(read('week 53')).toEqual({ ok: true, dueWeek: '2026-W53' });
    expect(read('25-3-2027')).toEqual({ ok: true, dueWeek: '2027-W12' });
    expect(read('2027-01-01')).toEqual({ ok: true, dueWeek: '2026-W53' });
  });

  it('takes the pregnancy week today: 31 weeks on 6 December is the due week 9 weeks on, across the year end', () => {
    for (const text of ['31 weken', 'zwanger 31 weken', '31 weken zwanger', '31+2', '31 weeks pregnant'])
      expect(read(text), text).toEqual({ ok: true, dueWeek: '2027-W05' });
    expect(dueWeekFromPregnancyWeek(31, today)).toBe('2027-W05');
  });

  it('an empty text is no due week; nonsense, a week that does not exist and one too far ahead say why', () => {
    expect(read('')).toEqual({ ok: true, dueWeek: null });
    expect(read('binnenkort')).toEqual({ ok: false, problem: 'unreadable' });
    expect(read('31')).toEqual({ ok: false, problem: 'unreadable' });
    expect(read('week 53 van 2027')).toEqual({ ok: false, problem: 'no-such-week' });
    expect(read('week 60 van 2027')).toEqual({ ok: false, problem: 'no-such-week' });
    expect(read('50 weken')).toEqual({ ok: false, problem: 'pregnancy-week-range' });
    expect(read('week 12 van 2029')).toEqual({ ok: false, problem: 'too-far-ahead' });
    expect(read('31-2-2027')).toEqual({ ok: false, problem: 'unreadable' });
    // A past due week is fine: the strip then counts the child's age from it.
    expect(read('week 10 van 2025')).toEqual({ ok: true, dueWeek: '2025-W10' });
  });
});

describe('the 1001-day strip and the phase that follows it', () => {
  it('in the pregnancy: week 31 of 40, nine weeks to go', () => {
    const position = thousandDays('2027-W05', '2026-12-06');
    expect(position).toMatchObject({ stage: 'pregnancy', pregnancyWeek: 31, weeksToDue: 9, monthsSinceDue: null });
    expect(position.fraction).toBeGreaterThan(0);
    expect(position.fraction).toBeLessThan(position.birthFraction);
    expect(phaseFromDueWeek('2027-W05', '2026-12-06')).toBe('pregnancy');
  });

  it('moves with the days: the same due week a week later is week 32, and in the due week itself week 40', () => {
    expect(thousandDays('2027-W05', '2026-12-13').pregnancyWeek).toBe(32);
    expect(thousandDays('2027-W05', '2027-02-03')).toMatchObject({ stage: 'due', pregnancyWeek: 40, weeksToDue: 0 });
  });

  it('within a week the position stays on the same week, Monday to Sunday', () => {
    expect(thousandDays('2027-W05', '2026-11-30').pregnancyWeek).toBe(31);
    expect(thousandDays('2027-W05', '2026-12-06').pregnancyWeek).toBe(31);
    expect(thousandDays('2027-W05', '2026-12-07').pregnancyWeek).toBe(32);
  });

  it('before the pregnancy, after the due week by months, and past the 1001 days', () => {
    expect(thousandDays('2027-W40', '2026-12-06')).toMatchObject({ stage: 'before', pregnancyWeek: null, day: 1, fraction: 0 });
    expect(phaseFromDueWeek('2027-W40', '2026-12-06')).toBe('preconception');
    expect(thousandDays('2026-W40', '2026-12-06')).toMatchObject({ stage: 'after', weeksToDue: -9, monthsSinceDue: 2 });
    expect(phaseFromDueWeek('2026-W40', '2026-12-06')).toBe('0-6m');
    expect(phaseFromDueWeek('2026-W10', '2026-12-06')).toBe('6-12m');
    expect(phaseFromDueWeek('2025-W40', '2026-12-06')).toBe('1-2y');
    const beyond = thousandDays('2024-W40', '2026-12-06');
    expect(beyond).toMatchObject({ stage: 'beyond', day: 1001, fraction: 1 });
    expect(phaseFromDueWeek('2024-W40', '2026-12-06')).toBe('2-4y');
    expect(phaseFromDueWeek('2016-W40', '2026-12-06')).toBe('4-12y');
  });

  it('the strip spans about 1001 days: conception 38 weeks before the due week, the end two years after it', () => {
    const atBirth = thousandDays('2026-W53', '2026-12-28');
    expect(atBirth.day).toBe(38 * 7 + 1);
    expect(thousandDays('2026-W53', '2028-12-27').stage).toBe('after');
    expect(thousandDays('2026-W53', '2028-12-28').stage).toBe('beyond');
  });

  it('the phase follows the due week when there is one, else the phase set by hand', () => {
    expect(casePhaseToday({ phase: '2-4y', dueWeek: null }, '2026-12-06')).toBe('2-4y');
    expect(casePhaseToday({ phase: '2-4y', dueWeek: '2027-W05' }, '2026-12-06')).toBe('pregnancy');
  });

  it('counts from the local day: 00:30 on Monday in Amsterdam is already the next week', () => {
    const mondayNight = new Date('2026-12-06T23:30:00.000Z'); // Monday 7 December, 00:30 in Amsterdam
    expect(thousandDays('2027-W05', localDay(mondayNight)).pregnancyWeek).toBe(32);
    expect(thousandDays('2027-W05', mondayNight.toISOString().slice(0, 10)).pregnancyWeek).toBe(31);
  });
});

describe('conversation questions and the journal', () => {
  it('every conversation question is worded in both languages, to the parent', () => {
    for (const locale of ['nl', 'en'] as const) {
      const questions: Record<string, string> = translations[locale].parentVoice.conversation.questions;
      expect(Object.keys(questions).sort()).toEqual([...CONVERSATION_QUESTIONS].sort());
    }
    expect(translations.nl.parentVoice.conversation.questions['imagine-baby']).toBe('Hoe stel je je je baby voor?');
  });

  it('the private journal keeps no prompt phrased to the parent: its prenatal prompts are for the professional', () => {
    const toParent = /\b(je baby|je partner|wil je|zou je|beschrijf je)\b/i;
    for (const prompt of BUILT_IN_PROMPTS) expect(prompt.text.nl, prompt.id).not.toMatch(toParent);
    expect(BUILT_IN_PROMPTS.filter((p) => p.group === 'prenatal').map((p) => p.id)).toEqual([
      'prenatal-parent',
      'prenatal-baby',
      'prenatal-traits',
      'prenatal-partner',
    ]);
  });
});
