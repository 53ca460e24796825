/**
 * Courses and events for templates, the calendar files and the feed: each entry with its sessions
 * as instants, its venue and its term resolved (references were checked before the build). The
 * build's moment ("now" for what is upcoming) is taken once, so every page of a build agrees; the
 * browser corrects it with its own clock (components/courses/time-window.ts).
 */
import type { CalendarItem } from '../lib/calendar.ts';
import { timedSessions, type TimedSession } from '../lib/courses.ts';
import { pick, type Locale } from '../lib/i18n.ts';
import type { StructuredItem } from '../lib/course-structured-data.ts';
import { defaultLocale } from '../schemas/index.ts';
import type { TermData } from '../schemas/term.ts';
import type { VenueData } from '../schemas/venue.ts';
import { getEntries, type Entry } from './entries.ts';
import { memo } from './memo.ts';
import { getSettings } from './site.ts';

export type ScheduleType = 'courses' | 'events';

export interface ScheduleItem<T extends ScheduleType = ScheduleType> {
  entry: Entry<T>;
  sessions: TimedSession[];
  first: Date;
  last: Date;
  venue: VenueData | undefined;
  term: TermData | undefined;
}

/** The moment of the build: what the pages call upcoming or past. */
export const buildNow = (): Promise<Date> => memo('courses:now', async () => new Date());

export const getVenues = (): Promise<Map<string, VenueData>> =>
  memo('venues', async () => new Map((await getEntries('venues', defaultLocale)).map((e) => [e.key, e.data])));

export const getTerms = (): Promise<Map<string, TermData>> =>
  memo('terms', async () => new Map((await getEntries('terms', defaultLocale)).map((e) => [e.key, e.data])));

/** Every course or event in a language, in date order. */
export function getSchedule<T extends ScheduleType>(type: T, locale: Locale): Promise<ScheduleItem<T>[]> {
  return memo(`schedule:${type}:${locale}`, async () => {
    const [entries, venues, terms] = await Promise.all([getEntries(type, locale), getVenues(), getTerms()]);
    return entries
      .map((entry) => {
        const data = entry.data as Entry<'courses'>['data'] | Entry<'events'>['data'];
        const sessions = timedSessions(data);
        return {
          entry,
          sessions,
          first: sessions[0]!.start,
          last: sessions.at(-1)!.end,
          venue: data.venue ? venues.get(data.venue) : undefined,
          term: data.term ? terms.get(data.term) : undefined,
        };
      })
      .sort((a, b) => a.first.getTime() - b.first.getTime());
  });
}

/** The venue's name and address on one line, in a language. */
export const venueLine = (venue: VenueData | undefined, locale: Locale): string | undefined =>
  venue && `${pick(venue.name, locale)}, ${venue.street}, ${venue.postalCode} ${venue.city}`;

/** A course or event as the calendar file sees it. */
export function calendarItem(item: ScheduleItem, site: URL | undefined, locale: Locale): CalendarItem {
  return {
    id: `${item.entry.type === 'courses' ? 'course' : 'event'}-${item.entry.key}`,
    title: item.entry.data.title,
    summary: item.entry.data.summary,
    url: new URL(item.entry.path!, site).href,
    location: venueLine(item.venue, locale),
    sessions: item.sessions,
  };
}

/** A course or event as its structured data (JSON-LD) sees it. */
export async function structuredItem(item: ScheduleItem, site: URL | undefined): Promise<StructuredItem> {
  const settings = await getSettings();
  const { data, locale, path } = item.entry;
  return {
    title: data.title,
    summary: data.summary,
    url: new URL(path!, site).href,
    format: data.format,
    status: data.status,
    language: 'languages' in data ? (data.languages[0] ?? 'sv') : 'sv',
    place: item.venue && {
      name: pick(item.venue.name, locale),
      street: item.venue.street,
      postalCode: item.venue.postalCode,
      city: item.venue.city,
    },
    sessions: item.sessions,
    organisation: settings.organisation,
    siteUrl: new URL('/', site).href,
  };
}
