/**
 * The first 1001 days, from conception to the second birthday, positioned from an expected due
 * *week*. A due week is stored as an ISO 8601 week, "2027-W12" (the Dutch calendar numbers its
 * weeks the ISO way: a week starts on Monday and week 1 holds the year's first Thursday). A week is
 * as precise as the strip needs and no more: no exact due date is kept.
 *
 * Everything is computed from today's *local* calendar day (shared/domain/dates localDay), so the
 * strip and the case's phase move by themselves. Pure functions; calendar days are handled as
 * UTC dates internally so daylight saving never shifts a day.
 */

/** The phases of a child's life a case can be in, in order; the 1001 days run from pregnancy to 1-2y. */
export const CASE_PHASES = ['preconception', 'pregnancy', '0-6m', '6-12m', '1-2y', '2-4y', '4-12y', '12-18y'] as const;
export type CasePhase = (typeof CASE_PHASES)[number];
import { z } from 'zod';

const DAY_MS = 86_400_000;
/** A pregnancy is counted from the last period: week 40 is the due week, conception about two weeks in. */
export const DUE_PREGNANCY_WEEK = 40;
const CONCEPTION_WEEKS_BEFORE_DUE = 38;
/** The strip's end: the second birthday, counted from the due week. */
const STRIP_MONTHS_AFTER_DUE = 24;

const WEEK_PATTERN = /^(\d{4})-W(\d{2})$/;

/** 'YYYY-MM-DD' → the UTC midnight of that calendar day, in ms. */
function dayMs(day: string): number {
  const [y, m, d] = day.split('-').map(Number);
  return Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1);
}

function dayOf(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** A calendar day plus (or minus) whole days. */
export function addDays(day: string, days: number): string {
  return dayOf(dayMs(day) + days * DAY_MS);
}

/** Whole days from one calendar day to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((dayMs(to) - dayMs(from)) / DAY_MS);
}

/** 52 or 53: a year has 53 ISO weeks when 28 December falls in week 53. */
export function weeksInIsoYear(year: number): 52 | 53 {
  const dec28 = new Date(Date.UTC(year, 11, 28));
  return isoWeekParts(dayOf(dec28.getTime())).week === 53 ? 53 : 52;
}

function isoWeekParts(day: string): { year: number; week: number } {
  const date = new Date(dayMs(day));
  const weekday = date.getUTCDay() || 7; // Monday 1 … Sunday 7
  const thursday = new Date(date.getTime() + (4 - weekday) * DAY_MS);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / DAY_MS / 7) + 1;
  return { year, week };
}

/** The ISO week a calendar day falls in, e.g. 2027-03-25 → "2027-W12"; 2027-01-01 → "2026-W53". */
export function isoWeekOf(day: string): string {
  const { year, week } = isoWeekParts(day);
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** The parts of a well-formed ISO week, or null (week 53 only in a year that has it). */
export function parseIsoWeek(text: string): { year: number; week: number } | null {
  const match = WEEK_PATTERN.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  const week = Number(match[2]);
  if (year < 1900 || week < 1 || week > weeksInIsoYear(year)) return null;
  return { year, week };
}

export const IsoWeek = z.string().refine((text) => parseIsoWeek(text) !== null, 'isoWeek');
export type IsoWeek = z.infer<typeof IsoWeek>;

/** The Monday that starts an ISO week, as YYYY-MM-DD. */
export function mondayOfIsoWeek(isoWeek: string): string {
  const parts = parseIsoWeek(isoWeek);
  if (!parts) throw new Error(`Not an ISO week: ${isoWeek}`);
  const jan4 = Date.UTC(parts.year, 0, 4);
  const weekday = new Date(jan4).getUTCDay() || 7;
  const mondayWeek1 = jan4 - (weekday - 1) * DAY_MS;
  return dayOf(mondayWeek1 + (parts.week - 1) * 7 * DAY_MS);
}

/** Whole weeks from one ISO week to another. */
export function weeksBetween(from: string, to: string): number {
  return Math.round(daysBetween(mondayOfIsoWeek(from), mondayOfIsoWeek(to)) / 7);
}

/** The due week for a pregnancy that is in `pregnancyWeek` today: "31 weken" today → 9 weeks on. */
export function dueWeekFromPregnancyWeek(pregnancyWeek: number, today: string): string {
  return isoWeekOf(addDays(today, (DUE_PREGNANCY_WEEK - pregnancyWeek) * 7));
}

/** Whole calendar months from one day to another (a month counts once its day of the month is reached). */
function monthsBetween(from: string, to: string): number {
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = to.split('-').map(Number) as [number, number, number];
  return (ty - fy) * 12 + (tm - fm) - (td < fd ? 1 : 0);
}

function addMonths(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  return dayOf(Date.UTC(target.getUTCFullYear(), target.getUTCMonth(), Math.min(d, last)));
}

export type ThousandDaysStage = 'before' | 'pregnancy' | 'due' | 'after' | 'beyond';

/** Where a case stands on the strip today. */
export interface ThousandDaysPosition {
  stage: ThousandDaysStage;
  dueWeek: string;
  /** The week of pregnancy (1–40) while pregnant or in the due week; null otherwise. */
  pregnancyWeek: number | null;
  /** Whole weeks until the due week (positive) or since it (negative). */
  weeksToDue: number;
  /** Whole months since the due week; null before it. */
  monthsSinceDue: number | null;
  /** Day of the 1001 (1 = conception, counted from the due week), clamped to 1…1001. */
  day: number;
  /** 0…1 along the strip, from conception to the second birthday. */
  fraction: number;
  /** Where birth (the due week) sits on the strip, 0…1. */
  birthFraction: number;
}

/** The strip for a due week, seen from a local calendar day (localDay()). */
export function thousandDays(dueWeek: string, today: string): ThousandDaysPosition {
  const due = mondayOfIsoWeek(dueWeek);
  const conception = addDays(due, -CONCEPTION_WEEKS_BEFORE_DUE * 7);
  const end = addMonths(due, STRIP_MONTHS_AFTER_DUE);
  const span = daysBetween(conception, end);
  const sinceConception = daysBetween(conception, today);
  const weeksToDue = weeksBetween(isoWeekOf(today), dueWeek);
  const pregnancyWeek = DUE_PREGNANCY_WEEK - weeksToDue;
  const months = weeksToDue < 0 ? Math.max(0, monthsBetween(due, today)) : null;
  const stage: ThousandDaysStage =
    pregnancyWeek < 1 ? 'before' : weeksToDue > 0 ? 'pregnancy' : weeksToDue === 0 ? 'due' : (months ?? 0) < STRIP_MONTHS_AFTER_DUE ? 'after' : 'beyond';
  return {
    stage,
    dueWeek,
    pregnancyWeek: stage === 'pregnancy' || stage === 'due' ? pregnancyWeek : null,
    weeksToDue,
    monthsSinceDue: months,
    day: Math.min(1001, Math.max(1, sinceConception + 1)),
    fraction: Math.min(1, Math.max(0, sinceConception / span)),
    birthFraction: daysBetween(conception, due) / span,
  };
}

/**
 * The case's phase as the strip says it: before the pregnancy, in it (up to and including the due
 * week), then the child's age counted from the due week.
 */
export function phaseFromDueWeek(dueWeek: string, today: string): CasePhase {
  const position = thousandDays(dueWeek, today);
  if (position.stage === 'before') return 'preconception';
  if (position.stage === 'pregnancy' || position.stage === 'due') return 'pregnancy';
  const months = position.monthsSinceDue ?? 0;
  if (months < 6) return '0-6m';
  if (months < 12) return '6-12m';
  if (months < 24) return '1-2y';
  if (months < 48) return '2-4y';
  if (months < 144) return '4-12y';
  return '12-18y';
}

/** A case's phase today: it follows the due week when there is one, else it is the phase set by hand. */
export function casePhaseToday(item: { phase: CasePhase; dueWeek: string | null }, today: string): CasePhase {
  return item.dueWeek ? phaseFromDueWeek(item.dueWeek, today) : item.phase;
}

/** A due week as people write it: "week 12 van 2027", "week 12 of 2027". */
export function formatIsoWeek(isoWeek: string, language: string): string {
  const parts = parseIsoWeek(isoWeek);
  if (!parts) return isoWeek;
  return language === 'en' ? `week ${parts.week} of ${parts.year}` : `week ${parts.week} van ${parts.year}`;
}

export type DueWeekProblem = 'unreadable' | 'no-such-week' | 'pregnancy-week-range' | 'too-far-ahead';

/** Nothing as reasonable as this is more than 42 weeks ahead: a due week further away is a typing slip. */
export const MAX_WEEKS_AHEAD = 42;

/**
 * What someone typed for the due week, read the way people write it:
 * "week 12 van 2027", "week 12 2027", "wk 12-2027", "12/2027", "2027-W12", "week 12" (the next
 * week 12 from today), a date ("25-3-2027", "2027-03-25": its week), or the pregnancy week today
 * ("31 weken", "zwanger 31 weken", "31 weeks pregnant", "31+2"). An empty text is no due week.
 */
export function parseDueWeek(input: string, today: string): { ok: true; dueWeek: string | null } | { ok: false; problem: DueWeekProblem } {
  const text = input.trim().toLowerCase().replace(/\s+/g, ' ');
  if (!text) return { ok: true, dueWeek: null };
  const checked = (year: number, week: number): { ok: true; dueWeek: string } | { ok: false; problem: DueWeekProblem } => {
    if (week < 1 || week > weeksInIsoYear(year) || year < 1900) return { ok: false, problem: 'no-such-week' };
    const dueWeek = `${year}-W${String(week).padStart(2, '0')}`;
    if (weeksBetween(isoWeekOf(today), dueWeek) > MAX_WEEKS_AHEAD) return { ok: false, problem: 'too-far-ahead' };
    return { ok: true, dueWeek };
  };
  let match = /^(\d{4})-?w(\d{1,2})$/.exec(text);
  if (match) return checked(Number(match[1]), Number(match[2]));
  // A pregnancy week today: "31 weken", "zwanger 31 weken", "31 weken zwanger", "31+2", "31 weeks pregnant".
  match = /^(?:zwanger(?:schap)?(?:sweek)? )?(\d{1,2})(?:\+\d)?(?: (?:weken|week|wk|weeks|wks))?(?: (?:zwanger|pregnant))?$/.exec(text);
  if (match && /weken|weeks|wks|zwanger|pregnant|\+/.test(text)) {
    const week = Number(match[1]);
    if (week < 1 || week > DUE_PREGNANCY_WEEK + 2) return { ok: false, problem: 'pregnancy-week-range' };
    return { ok: true, dueWeek: dueWeekFromPregnancyWeek(week, today) };
  }
  // "week 12 van 2027", "week 12 of 2027", "wk 12 2027", "12-2027", "12/2027", "week 12, 2027".
  match = /^(?:(?:week|wk)\.? ?)?(\d{1,2})(?: ?(?:van|of|in|,|-|\/) ?| )(\d{4})$/.exec(text);
  if (match) return checked(Number(match[2]), Number(match[1]));
  // "week 12": the next week 12 from today (this year's, or next year's once it has passed).
  match = /^(?:week|wk)\.? ?(\d{1,2})$/.exec(text);
  if (match) {
    const week = Number(match[1]);
    const now = parseIsoWeek(isoWeekOf(today));
    if (!now) return { ok: false, problem: 'unreadable' };
    const year = week >= now.week ? now.year : now.year + 1;
    return checked(year, week);
  }
  // A date: "25-3-2027", "25/03/2027", "2027-03-25": the week it falls in.
  match = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(text) ?? null;
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const [y, m, d] = match ? [Number(match[3]), Number(match[2]), Number(match[1])] : iso ? [Number(iso[1]), Number(iso[2]), Number(iso[3])] : [0, 0, 0];
  if (y) {
    const date = new Date(Date.UTC(y, m - 1, d));
    if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return { ok: false, problem: 'unreadable' };
    const week = parseIsoWeek(isoWeekOf(dayOf(date.getTime())));
    return week ? checked(week.year, week.week) : { ok: false, problem: 'unreadable' };
  }
  return { ok: false, problem: 'unreadable' };
}
