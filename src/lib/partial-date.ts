/**
 * Dates as precise as their sources: a day ("2020-05-28"), a month ("2018-09") or a year ("2017"),
 * as `PartialDateSchema` accepts them. Used wherever a fact carries the date it was last checked
 * (helplines, later venues and research references). Pure functions.
 */
import type { Locale } from '../schemas/index.ts';

/**
 * The first day a date of the given precision can mean: "2018-09" → 2018-09-01, "2017" → 2017-01-01.
 * Staleness counts from there, so an imprecise date is never treated as newer than it may be.
 */
export function earliestDay(partial: string): Date {
  const [y, m = 1, d = 1] = partial.split('-').map(Number) as [number, number?, number?];
  return new Date(Date.UTC(y, m - 1, d));
}

/** Whole days from `partial`'s first possible day to `today` (ÅÅÅÅ-MM-DD). */
export function daysSince(partial: string, today: string): number {
  return Math.floor((earliestDay(today).getTime() - earliestDay(partial).getTime()) / 86_400_000);
}

const formats = {
  month: { month: 'long', year: 'numeric', timeZone: 'UTC' },
  day: { dateStyle: 'long', timeZone: 'UTC' },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;

/** A date in words as precise as it is written: "28 maj 2020", "september 2018", "2017". */
export function formatPartialDate(partial: string, locale: Locale): string {
  const parts = partial.split('-');
  if (parts.length === 1) return partial;
  const options = parts.length === 2 ? formats.month : formats.day;
  return new Intl.DateTimeFormat(locale === 'sv' ? 'sv-SE' : 'en-GB', options).format(earliestDay(partial));
}
