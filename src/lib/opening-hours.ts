/**
 * "Open now" for helplines, in Swedish time. Pure and dependency-free (no zod): the page's
 * browser script imports this same module, so the build, the tests and the browser agree.
 *
 * Hours are Swedish wall-clock times. An instant is turned into a Stockholm date and minute with
 * the platform's time-zone data (Intl, Europe/Stockholm), so daylight saving time (last Sunday of
 * March and of October) needs no rule of our own. On the spring night 02:00–03:00 does not exist;
 * on the autumn night it happens twice: a line open 21:00–06:00 is open through both.
 */
import { dayPattern } from '../rules/dates.ts';
import { weekdays, type Weekday } from '../rules/weekdays.ts';
import { addDays, holidayOn } from './holidays.ts';

export { weekdays, type Weekday };

/** The computational part of opening hours, as the schema outputs it (and the page passes to the browser). */
export interface HoursSpec {
  type: 'always' | 'weekly' | 'unknown';
  weekly?: readonly { days: readonly Weekday[]; from: string; to: string }[];
  holidays?: 'normal' | 'closed' | 'sunday' | 'unknown';
  exceptions?: readonly { date: string; closed?: boolean; intervals?: readonly { from: string; to: string }[] }[];
}

export class OpeningHoursError extends Error {
  override name = 'OpeningHoursError';
}

export const TIME_ZONE = 'Europe/Stockholm';
const DAY = 1440;

/** Minutes after midnight for "HH:MM". `parseTime('21:30')` → 1290; `parseTime('24:00', { end: true })` → 1440. */
export function parseTime(text: string, options: { end?: boolean } = {}): number {
  const match = typeof text === 'string' ? /^(\d{2}):(\d{2})$/.exec(text) : null;
  const hours = Number(match?.[1]);
  const minutes = Number(match?.[2]);
  const valid = match && minutes < 60 && (hours < 24 || (options.end === true && hours === 24 && minutes === 0));
  if (!valid) {
    throw new OpeningHoursError(
      `Ogiltig tid ${JSON.stringify(text)}: skriv TT:MM med 24-timmarsklocka (00:00–23:59${options.end ? ', eller 24:00 som sluttid' : ''}).`,
    );
  }
  return hours * 60 + minutes;
}

/** "HH:MM" for minutes after midnight (wrapping past midnight). `formatTime(1290)` → "21:30". */
export function formatTime(minutes: number): string {
  const m = ((minutes % DAY) + DAY) % DAY;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/** A moment in Swedish wall-clock time. */
export interface LocalTime {
  /** ÅÅÅÅ-MM-DD in Sweden. */
  date: string;
  /** Minutes after local midnight, 0–1439. */
  minutes: number;
  weekday: Weekday;
}

let formatter: Intl.DateTimeFormat | undefined;

/** Weekday of a calendar date. `weekdayOf('2026-11-23')` → `mon`. */
export function weekdayOf(date: string): Weekday {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const sundayFirst = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return weekdays[(sundayFirst + 6) % 7] as Weekday;
}

/**
 * The hour in Sweden an instant falls in, as `ÅÅÅÅ-MM-DDTHH` (`2026-11-23T23`): what a page built
 * from the same data within it may be copied from (src/data/build-key.ts).
 */
export function stockholmHour(instant: Date): string {
  const { date, minutes } = stockholmTime(instant);
  return `${date}T${String(Math.floor(minutes / 60)).padStart(2, '0')}`;
}

/** The Swedish date and time at an instant. Throws for an invalid Date. */
export function stockholmTime(instant: Date): LocalTime {
  if (!(instant instanceof Date) || Number.isNaN(instant.getTime())) {
    throw new OpeningHoursError('Ogiltig tidpunkt: förväntade ett giltigt Date-objekt.');
  }
  formatter ??= new Intl.DateTimeFormat('en-GB', {
    timeZone: TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  const parts = Object.fromEntries(formatter.formatToParts(instant).map((p) => [p.type, p.value]));
  const date = `${parts.year}-${parts.month}-${parts.day}`;
  return { date, minutes: Number(parts.hour) * 60 + Number(parts.minute), weekday: weekdayOf(date) };
}

interface Span {
  start: number;
  end: number;
}

/** Checks the whole specification once, so a mistake fails with a clear message instead of a wrong answer. */
export function assertValidHours(hours: HoursSpec): void {
  if (!hours || typeof hours !== 'object') throw new OpeningHoursError('Öppettider saknas.');
  if (!['always', 'weekly', 'unknown'].includes(hours.type)) {
    throw new OpeningHoursError(`Okänd sort av öppettider ${JSON.stringify(hours.type)}: använd always, weekly eller unknown.`);
  }
  if (hours.holidays !== undefined && !['normal', 'closed', 'sunday', 'unknown'].includes(hours.holidays)) {
    throw new OpeningHoursError(
      `Okänd regel för helgdagar ${JSON.stringify(hours.holidays)}: använd normal, closed, sunday eller unknown.`,
    );
  }
  if (hours.type === 'weekly' && !hours.weekly?.length) throw new OpeningHoursError('Öppettider av sorten weekly saknar tider.');
  for (const interval of hours.weekly ?? []) {
    if (!interval || typeof interval !== 'object') throw new OpeningHoursError('Ett intervall är inte ett objekt med days, from och to.');
    if (!Array.isArray(interval.days) || interval.days.length === 0) throw new OpeningHoursError('Ett intervall saknar veckodagar.');
    for (const day of interval.days) {
      if (!weekdays.includes(day))
        throw new OpeningHoursError(`Okänd veckodag ${JSON.stringify(day)}: använd mon, tue, wed, thu, fri, sat, sun.`);
    }
    spanOf(interval);
  }
  for (const exception of hours.exceptions ?? []) {
    if (!dayPattern.test(exception.date))
      throw new OpeningHoursError(`Ogiltigt datum ${JSON.stringify(exception.date)}: skriv ÅÅÅÅ-MM-DD.`);
    (exception.intervals ?? []).forEach(spanOf);
  }
}

/** An interval as minutes from the start of its day; overnight intervals end after 1440. */
function spanOf(interval: { from: string; to: string }): Span {
  const start = parseTime(interval.from);
  const to = parseTime(interval.to, { end: true });
  if (start === to) throw new OpeningHoursError(`Intervallet ${interval.from}–${interval.to} öppnar och stänger samtidigt.`);
  return { start, end: to > start ? to : to + DAY };
}

/** The intervals that start on `date`, or `unknown` when the date is a holiday whose hours are not known. */
export function intervalsOn(hours: HoursSpec, date: string): Span[] | 'unknown' {
  if (hours.type === 'unknown') return 'unknown';
  const exception = hours.exceptions?.find((e) => e.date === date);
  if (exception) return exception.closed ? [] : (exception.intervals ?? []).map(spanOf);
  if (hours.type === 'always') return [{ start: 0, end: DAY }];
  let weekday = weekdayOf(date);
  if (holidayOn(date)) {
    const rule = hours.holidays ?? 'unknown';
    if (rule === 'unknown') return 'unknown';
    if (rule === 'closed') return [];
    if (rule === 'sunday') weekday = 'sun';
  }
  return (hours.weekly ?? []).filter((i) => i.days.includes(weekday)).map(spanOf);
}

/** When something happens, relative to the Swedish "today". */
export interface Moment {
  date: string;
  time: string;
  /** 0 = today, 1 = tomorrow … */
  dayOffset: number;
  weekday: Weekday;
}

export type Status =
  | { state: 'open'; closes?: Moment | undefined }
  | { state: 'closed'; opens?: Moment | undefined }
  | { state: 'unknown'; reason: 'hours-unknown' | 'hours-uncertain' | 'holiday' };

/** How far ahead to look for the next opening or closing (two weeks covers any weekly schedule and holiday run). */
const HORIZON_DAYS = 14;

function momentAt(today: string, minute: number): Moment {
  const dayOffset = Math.floor(minute / DAY);
  const date = addDays(today, dayOffset);
  return { date, time: formatTime(minute), dayOffset, weekday: weekdayOf(date) };
}

/**
 * Whether a line is open at `now`, and when it next opens or closes.
 * `uncertain` (the line's hours are marked as needing a check) never claims a state.
 */
export function openingStatus(hours: HoursSpec, now: Date, options: { uncertain?: boolean } = {}): Status {
  assertValidHours(hours);
  const local = stockholmTime(now);
  if (options.uncertain) return { state: 'unknown', reason: 'hours-uncertain' };
  if (hours.type === 'unknown') return { state: 'unknown', reason: 'hours-unknown' };
  if (hours.type === 'always' && !hours.exceptions?.length) return { state: 'open' };

  // A timeline in minutes from the start of *yesterday*, so yesterday's overnight intervals count.
  const spans: Span[] = [];
  const unknownDays: number[] = [];
  const spill = Math.max(0, ...(hours.weekly ?? []).map((i) => spanOf(i).end - DAY));
  for (let offset = -1; offset <= HORIZON_DAYS; offset++) {
    const base = (offset + 1) * DAY;
    const day = intervalsOn(hours, addDays(local.date, offset));
    if (day === 'unknown') unknownDays.push(base);
    else spans.push(...day.map((s) => ({ start: base + s.start, end: base + s.end })));
  }
  spans.sort((a, b) => a.start - b.start);
  const now_ = DAY + local.minutes;
  // Today is a holiday with unknown hours, or yesterday was and its night could still be running.
  if (unknownDays.some((base) => now_ >= base && now_ < base + DAY + spill)) return { state: 'unknown', reason: 'holiday' };

  const toToday = (minute: number) => momentAt(local.date, minute - DAY);
  const current = spans.find((s) => s.start <= now_ && now_ < s.end);
  if (current) {
    // Follow intervals that continue without a break (e.g. 18:00–24:00 then 00:00–02:00).
    let end = current.end;
    for (const s of spans) if (s.start <= end && s.end > end) end = s.end;
    const blockedBy = unknownDays.find((base) => base >= now_ && base <= end);
    return { state: 'open', closes: blockedBy === undefined ? toToday(end) : undefined };
  }
  const next = spans.find((s) => s.start > now_);
  const blocked = unknownDays.some((base) => base > now_ && (!next || base <= next.start));
  return { state: 'closed', opens: next && !blocked ? toToday(next.start) : undefined };
}

/** The words the status is shown in; `{time}` and `{day}` are filled in. */
export interface StatusStrings {
  open: string;
  closed: string;
  closes: string;
  opens: string;
  opensTomorrow: string;
  opensDay: string;
  uncertain: string;
  holiday: string;
  unknown: string;
}

/** Weekday name in the page's language ("måndag", "Monday"). */
export function weekdayName(day: Weekday, locale: 'sv' | 'en'): string {
  // 2024-01-01 was a Monday.
  const date = new Date(Date.UTC(2024, 0, 1 + weekdays.indexOf(day)));
  return new Intl.DateTimeFormat(locale === 'sv' ? 'sv-SE' : 'en-GB', { weekday: 'long', timeZone: 'UTC' }).format(date);
}

const fill = (template: string, values: Record<string, string>) => template.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? '');

/** The status as one short line: "Öppet nu", "Stängt nu · öppnar 21:00", "Stängt nu · öppnar i morgon 10:00". */
export function statusText(status: Status, strings: StatusStrings, locale: 'sv' | 'en'): string {
  if (status.state === 'unknown') {
    return status.reason === 'holiday' ? strings.holiday : status.reason === 'hours-uncertain' ? strings.uncertain : strings.unknown;
  }
  if (status.state === 'open') {
    // Closing times beyond the next day say little; "Öppet nu" is enough for 24/7 lines.
    if (!status.closes || status.closes.dayOffset > 1) return strings.open;
    return `${strings.open} · ${fill(strings.closes, { time: status.closes.time })}`;
  }
  if (!status.opens) return strings.closed;
  const { time, dayOffset, weekday } = status.opens;
  const when =
    dayOffset === 0
      ? fill(strings.opens, { time })
      : dayOffset === 1
        ? fill(strings.opensTomorrow, { time })
        : fill(strings.opensDay, { time, day: weekdayName(weekday, locale) });
  return `${strings.closed} · ${when}`;
}
