/**
 * The addresses the courses' section uses beside its pages, derived from the registry's route:
 * the calendar of every session, the feed, the printed prospectus, and each course's or event's
 * own calendar file next to its page. Their last segments are reserved (src/schemas/course-checks.ts).
 */
import type { Locale } from './i18n.ts';

const names = {
  sv: { calendar: 'kalender.ics', feed: 'rss.xml', prospectus: 'kursprogram' },
  en: { calendar: 'calendar.ics', feed: 'rss.xml', prospectus: 'prospectus' },
} as const;

/** `/kurser/kalender.ics` from the section `/kurser/`. */
export const calendarPath = (section: string, locale: Locale): string => `${section}${names[locale].calendar}`;
/** `/kurser/rss.xml`. */
export const feedPath = (section: string, locale: Locale): string => `${section}${names[locale].feed}`;
/** `/kurser/kursprogram/`. */
export const prospectusPath = (section: string, locale: Locale): string => `${section}${names[locale].prospectus}/`;
/** An entry's own calendar: `/kurser/stress-och-oro/` → `/kurser/stress-och-oro.ics`. */
export const entryCalendarPath = (entryPath: string): string => `${entryPath.replace(/\/$/, '')}.ics`;
