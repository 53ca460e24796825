/**
 * Course and event logic without Astro: sessions as instants, what is upcoming and what is past,
 * where enrolment stands at a moment, the values the catalogue filters on. Templates render what
 * these return; the browser corrects the page with the same instants (data-from / data-until).
 */
import type { EnrolmentData, SessionData } from '../schemas/session.ts';
import { endOfDay, startOfDay, stockholmInstant } from './course-time.ts';

export interface TimedSession {
  /** 1-based number in date order. */
  number: number;
  date: string;
  startTime: string;
  endTime: string;
  start: Date;
  end: Date;
  room: string | undefined;
  online: string | undefined;
  cancelled: boolean;
  /** When the session was moved: its first date and time, as written. */
  movedFrom: { date: string; start: string } | undefined;
  /**
   * The session's identity in calendars, stable across builds and edits: its date and time as
   * first planned (`2027-02-03T1700`), so a moved session stays the same calendar event.
   */
  key: string;
  /** How many times the session has changed since calendars first got it (RFC 5545 SEQUENCE). */
  sequence: number;
}

/** What a course or event has in common for this logic. */
export interface Schedulable {
  status: 'open' | 'full' | 'cancelled';
  sessions: readonly SessionData[];
  enrolment?: EnrolmentData | undefined;
}

/** The sessions in time order with their instants; a cancelled course cancels every session. */
export function timedSessions(item: Schedulable): TimedSession[] {
  return [...item.sessions]
    .sort((a, b) => `${a.date}${a.start}`.localeCompare(`${b.date}${b.start}`))
    .map((s, i) => {
      const cancelled = s.cancelled || item.status === 'cancelled';
      const planned = s.movedFrom ?? { date: s.date, start: s.start };
      return {
        number: i + 1,
        date: s.date,
        startTime: s.start,
        endTime: s.end,
        start: stockholmInstant(s.date, s.start),
        end: stockholmInstant(s.date, s.end),
        room: s.room,
        online: s.online,
        cancelled,
        movedFrom: s.movedFrom,
        key: `${planned.date}T${planned.start.replace(':', '')}`,
        sequence: (s.movedFrom ? 1 : 0) + (cancelled ? 1 : 0),
      };
    });
}

/** The first session's start and the last session's end (cancelled sessions included: they still mark the course's dates). */
export function span(item: Schedulable): { first: Date; last: Date } {
  const sessions = timedSessions(item);
  return { first: sessions[0]!.start, last: sessions.at(-1)!.end };
}

/** Whether everything is over at `now`. */
export const isPast = (item: Schedulable, now: Date): boolean => span(item).last.getTime() <= now.getTime();

export type EnrolmentState = 'none' | 'cancelled' | 'not-yet' | 'open' | 'full' | 'closed' | 'past';

/**
 * The windows of time in which each enrolment state holds: before opening, open (or full), closed,
 * past. The page renders every window's text and shows the one that holds now; the browser
 * re-checks with its own clock, so a page built days ago never calls closed enrolment open.
 */
export function enrolmentWindows(item: Schedulable): { state: EnrolmentState; from?: Date; until?: Date }[] {
  const { last } = span(item);
  if (item.status === 'cancelled') return [{ state: 'cancelled' }];
  if (!item.enrolment)
    return [
      { state: 'none', until: last },
      { state: 'past', from: last },
    ];
  const opens = startOfDay(item.enrolment.opens);
  const closes = new Date(Math.min(endOfDay(item.enrolment.closes).getTime(), last.getTime()));
  return [
    { state: 'not-yet', until: opens },
    { state: item.status === 'full' ? 'full' : 'open', from: opens, until: closes },
    { state: 'closed', from: closes, until: last },
    { state: 'past', from: last },
  ].filter((w) => !(w.from && w.until && w.from.getTime() >= w.until.getTime())) as { state: EnrolmentState; from?: Date; until?: Date }[];
}

/** Whether an instant lies in a window `[from, until)`; an open end reaches forever. */
export const inWindow = (window: { from?: Date | undefined; until?: Date | undefined }, now: Date): boolean =>
  (!window.from || window.from.getTime() <= now.getTime()) && (!window.until || now.getTime() < window.until.getTime());

/** The enrolment state at `now`. */
export function enrolmentState(item: Schedulable, now: Date): EnrolmentState {
  return enrolmentWindows(item).find((w) => inWindow(w, now))?.state ?? 'past';
}

/** The months (ÅÅÅÅ-MM) with a session that takes place, for the catalogue's "När?" filter. */
export function monthsOf(item: Schedulable): string[] {
  return [
    ...new Set(
      timedSessions(item)
        .filter((s) => !s.cancelled)
        .map((s) => s.date.slice(0, 7)),
    ),
  ].sort();
}

/** Upcoming items first (by first session), then the past ones (latest first), at `now`. */
export function partitionByTime<T extends { data: Schedulable }>(items: readonly T[], now: Date): { upcoming: T[]; past: T[] } {
  const first = (i: T) => span(i.data).first.getTime();
  const upcoming = items.filter((i) => !isPast(i.data, now)).sort((a, b) => first(a) - first(b));
  const past = items.filter((i) => isPast(i.data, now)).sort((a, b) => first(b) - first(a));
  return { upcoming, past };
}

/**
 * The attributes of an element shown only in a window of time: `data-from` / `data-until` as ISO
 * instants for the browser's clock, and `hidden` as the build's clock sees it.
 */
export function windowAttributes(
  window: { from?: Date | undefined; until?: Date | undefined },
  now: Date,
): Record<string, string | boolean | undefined> {
  return {
    'data-from': window.from?.toISOString(),
    'data-until': window.until?.toISOString(),
    hidden: !inWindow(window, now),
  };
}
