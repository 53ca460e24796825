/**
 * Course dates and texts in words, in the page's language. Dates are calendar days as written
 * (ÅÅÅÅ-MM-DD, already Swedish), so they are formatted as such, never shifted by a time zone.
 */
import type { Locale } from './i18n.ts';

const tags: Record<Locale, string> = { sv: 'sv-SE', en: 'en-GB' };
const cache = new Map<string, Intl.DateTimeFormat>();
const formatter = (locale: Locale, options: Intl.DateTimeFormatOptions) => {
  const key = `${locale}:${JSON.stringify(options)}`;
  let found = cache.get(key);
  if (!found) cache.set(key, (found = new Intl.DateTimeFormat(tags[locale], { ...options, timeZone: 'UTC' })));
  return found;
};
const utcDay = (date: string) => {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d ?? 1));
};

/** `formatDay('2027-02-03', 'sv')` → "onsdag 3 februari 2027"; English: "Wednesday 3 February 2027". */
export const formatDay = (date: string, locale: Locale): string =>
  formatter(locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(utcDay(date));

/** `formatShortDay('2027-02-03', 'sv')` → "3 februari 2027". */
export const formatShortDay = (date: string, locale: Locale): string =>
  formatter(locale, { day: 'numeric', month: 'long', year: 'numeric' }).format(utcDay(date));

/** `formatMonth('2027-02', 'sv')` → "februari 2027". */
export const formatMonth = (month: string, locale: Locale): string =>
  formatter(locale, { month: 'long', year: 'numeric' }).format(utcDay(month));

/** A time span in Swedish style: `17:00–19:00`. */
export const formatSpan = (start: string, end: string): string => `${start}–${end}`;

/** An interface string with its placeholders filled in: `fill('{count} platser', { count: 12 })` → "12 platser". */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
