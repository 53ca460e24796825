/**
 * Opening hours in words, written from the same structured hours that decide "open now", so the
 * two can never disagree. `describeHours({ type: 'weekly', weekly: [{ days: ['mon','tue','wed','thu','fri'],
 * from: '10:00', to: '15:00' }] }, words, 'sv')` → "Måndag–fredag 10:00–15:00".
 */
import { weekdayName, weekdays, type HoursSpec, type Weekday } from './opening-hours.ts';

/** The phrases the description is built from (content/ui/<lang>.yaml, helplines.hours). */
export interface HoursWords {
  always: string;
  unknown: string;
  everyDay: string;
  and: string;
  holidaysClosed: string;
  holidaysSunday: string;
  holidaysUnknown: string;
  closed: string;
}

const capitalise = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1);

/** "måndag–fredag", "måndag, tisdag och torsdag", "varje dag". Runs of three days or more become a range. */
export function describeDays(days: readonly Weekday[], words: HoursWords, locale: 'sv' | 'en'): string {
  const indexes = [...new Set(days.map((d) => weekdays.indexOf(d)))].sort((a, b) => a - b);
  if (indexes.length === 7) return words.everyDay;
  const name = (i: number) => weekdayName(weekdays[i] as Weekday, locale);
  const parts: string[] = [];
  for (let i = 0; i < indexes.length;) {
    let j = i;
    while (j + 1 < indexes.length && (indexes[j + 1] as number) === (indexes[j] as number) + 1) j++;
    if (j - i >= 2) parts.push(`${name(indexes[i] as number)}–${name(indexes[j] as number)}`);
    else for (let k = i; k <= j; k++) parts.push(name(indexes[k] as number));
    i = j + 1;
  }
  return parts.length === 1 ? (parts[0] as string) : `${parts.slice(0, -1).join(', ')} ${words.and} ${parts.at(-1)}`;
}

/** Short date without year, in Swedish time: "24 december", "24 December". */
function dayAndMonth(date: string, locale: 'sv' | 'en'): string {
  return new Intl.DateTimeFormat(locale === 'sv' ? 'sv-SE' : 'en-GB', { day: 'numeric', month: 'long', timeZone: 'UTC' }).format(
    new Date(`${date}T12:00:00Z`),
  );
}

/**
 * The hours as sentences. Exceptions dated `today` (ÅÅÅÅ-MM-DD) or later are listed; earlier ones
 * are history and left out.
 */
export function describeHours(hours: HoursSpec, words: HoursWords, locale: 'sv' | 'en', today?: string): string {
  if (hours.type === 'always') return words.always;
  if (hours.type === 'unknown') return words.unknown;
  const groups = new Map<string, Weekday[]>();
  for (const interval of hours.weekly ?? []) {
    const key = `${interval.from}–${interval.to}`;
    groups.set(key, [...(groups.get(key) ?? []), ...interval.days]);
  }
  const first = (days: Weekday[]) => Math.min(...days.map((d) => weekdays.indexOf(d)));
  const weekly = [...groups]
    .sort(([, a], [, b]) => first(a) - first(b))
    .map(([time, days]) => `${describeDays(days, words, locale)} ${time}`)
    .join('; ');
  const sentences = [capitalise(weekly)];
  const rule = hours.holidays ?? 'unknown';
  if (rule === 'closed') sentences.push(words.holidaysClosed);
  else if (rule === 'sunday') sentences.push(words.holidaysSunday);
  else if (rule === 'unknown') sentences.push(words.holidaysUnknown);
  const upcoming = (hours.exceptions ?? []).filter((e) => !today || e.date >= today).sort((a, b) => a.date.localeCompare(b.date));
  for (const e of upcoming) {
    const times = e.closed ? words.closed : (e.intervals ?? []).map((i) => `${i.from}–${i.to}`).join(', ');
    sentences.push(`${capitalise(dayAndMonth(e.date, locale))}: ${times}`);
  }
  return sentences.map((s) => (/[.!?]$/.test(s) ? s : `${s}.`)).join(' ');
}
