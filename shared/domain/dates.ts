/**
 * Calendar days as people mean them: the day on the wall calendar where the app runs, not the UTC
 * day of a timestamp (a note at 00:30 in Amsterdam is on that day, not the day before). One home for
 * the UI, the core and the reports.
 */

const pad = (n: number): string => String(n).padStart(2, '0');

/** The local calendar day of a moment, as YYYY-MM-DD (the format date inputs and IsoDate use). */
export function localDay(moment: Date = new Date()): string {
  return `${moment.getFullYear()}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}`;
}

/** The local calendar day of a stored ISO timestamp; '—' when there is none or it does not parse. */
export function localDayOf(iso: string | null | undefined): string {
  if (!iso) return '—';
  const moment = new Date(iso);
  return Number.isNaN(moment.getTime()) ? '—' : localDay(moment);
}

/** The moment a local calendar day starts, as an ISO timestamp (a date filter's inclusive lower bound). */
export function startOfLocalDay(day: string): string {
  const [year, month, date] = day.split('-').map(Number);
  return new Date(year ?? 1970, (month ?? 1) - 1, date ?? 1).toISOString();
}

/** The moment the next local day starts (a date filter's exclusive upper bound); daylight saving included. */
export function startOfNextLocalDay(day: string): string {
  const [year, month, date] = day.split('-').map(Number);
  return new Date(year ?? 1970, (month ?? 1) - 1, (date ?? 1) + 1).toISOString();
}

/** The Intl locale of an interface language: Dutch as written in the Netherlands, English as in Britain. */
export function intlLocale(language: string): string {
  return language === 'en' ? 'en-GB' : 'nl-NL';
}

/**
 * A calendar day (YYYY-MM-DD) as people write it: "15 december 2026", "15 December 2026". Read as
 * that day on the local calendar (never shifted through UTC); the text itself when it is no day.
 */
export function formatDay(day: string, language: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return day;
  const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return new Intl.DateTimeFormat(intlLocale(language), { dateStyle: 'long' }).format(date);
}

/** A stored moment as people write it, in local time: "15 december 2026 om 14:30", "15 December 2026 at 14:30". */
export function formatMoment(iso: string, language: string): string {
  const moment = new Date(iso);
  if (Number.isNaN(moment.getTime())) return '—';
  return new Intl.DateTimeFormat(intlLocale(language), { dateStyle: 'long', timeStyle: 'short' }).format(moment);
}

/** A stored moment's local day as people write it: "15 december 2026". */
export function formatMomentDay(iso: string | null | undefined, language: string): string {
  const day = localDayOf(iso);
  return day === '—' ? day : formatDay(day, language);
}
