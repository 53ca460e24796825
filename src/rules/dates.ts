/**
 * Dates as content writes them, as text: a whole day ÅÅÅÅ-MM-DD, or a date as precise as its
 * source (ÅÅÅÅ, ÅÅÅÅ-MM or ÅÅÅÅ-MM-DD). Rules without zod: the schemas (src/schemas/calendar-date.ts)
 * and the opening-hours check (src/lib/opening-hours.ts, also run in the browser) use them.
 */

/** A whole calendar day: ÅÅÅÅ-MM-DD, e.g. 2026-12-24. Says nothing about whether the day exists (see isRealDate). */
export const dayPattern = /^\d{4}-\d{2}-\d{2}$/;

/** A date as precise as its source: a year (2017), a month (2018-09) or a day (2020-05-28). */
export const partialDatePattern = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

/** True when `text` (ÅÅÅÅ, ÅÅÅÅ-MM or ÅÅÅÅ-MM-DD) names a real calendar year, month or day. */
export function isRealDate(text: string): boolean {
  const [y, m, d] = text.split('-').map(Number);
  if (y === undefined || y < 1900 || y > 2200) return false;
  if (m === undefined) return true;
  if (m < 1 || m > 12) return false;
  if (d === undefined) return true;
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}
