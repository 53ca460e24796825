/**
 * Calendar files (RFC 5545) for courses and events, written by ical-generator: one VEVENT per
 * session (no repeat rules, which shift by an hour across daylight saving time when written in
 * UTC), times in UTC, a UID per session that stays the same across builds and edits (the session's
 * first planned date and time), SEQUENCE raised and STATUS:CANCELLED when a session is moved or
 * cancelled, so calendars that subscribed update the event instead of adding a second one.
 */
import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import type { TimedSession } from './courses.ts';

export interface CalendarItem {
  /** What kind of entry and its file name: the UID's stable part (`course-stress-och-oro`). */
  id: string;
  title: string;
  summary: string;
  /** Absolute address of the entry's page. */
  url: string;
  /** The venue's name and address, or undefined (online). */
  location: string | undefined;
  sessions: readonly TimedSession[];
}

export interface CalendarOptions {
  /** The calendar's name as calendar apps show it. */
  name: string;
  /** The site's host name, which makes UIDs unique worldwide (`recoverycollege.example.se`). */
  host: string;
  /** DTSTAMP of every event: when the file was made (the build). */
  stamp: Date;
  /** Text added to a cancelled session's description ("Inställt"). */
  cancelledLabel: string;
  /** The word for a session ("Tillfälle"), followed by its number. */
  sessionLabel: string;
}

/** The UID of one session: `<id>-<planned date and time>@<host>`. */
export const sessionUid = (item: Pick<CalendarItem, 'id'>, session: Pick<TimedSession, 'key'>, host: string): string =>
  `${item.id}-${session.key}@${host}`;

/** The iCalendar text of every session of `items`. */
export function calendarFile(items: readonly CalendarItem[], options: CalendarOptions): string {
  const calendar = ical({
    name: options.name,
    prodId: { company: options.host, product: 'recovery-college', language: 'SV' },
    method: ICalCalendarMethod.PUBLISH,
  });
  for (const item of items) {
    const total = item.sessions.length;
    for (const session of item.sessions) {
      const numbered = total > 1 ? ` (${options.sessionLabel} ${session.number}/${total})` : '';
      calendar.createEvent({
        id: sessionUid(item, session, options.host),
        start: session.start,
        end: session.end,
        stamp: options.stamp,
        summary: `${session.cancelled ? `${options.cancelledLabel}: ` : ''}${item.title}${numbered}`,
        description: `${item.summary}\n\n${item.url}`,
        location: session.online && !item.location ? session.online : (item.location ?? null),
        url: item.url,
        sequence: session.sequence,
        status: session.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      });
    }
  }
  return calendar.toString();
}
