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
