/**
 * The RSS feed of courses and events in a language (`/kurser/rss.xml`, `/en/courses/rss.xml`),
 * newest first. A course is "new" from the day its enrolment opens (or its term's, or for an event
 * without enrolment the term's): that is when the College announces it, and the schema has the date.
 */
import rss from '@astrojs/rss';
import { feedPath } from '../lib/course-paths.ts';
import { pick, type Locale } from '../lib/i18n.ts';
import { sectionPath } from '../lib/routes.ts';
import { contentType } from '../schemas/index.ts';
import { getSchedule, type ScheduleItem } from './courses.ts';
import type { Feed } from './feeds.ts';
import { getSettings, getUi } from './site.ts';

/** The day an entry counts as published in the feed. */
export function announced(item: ScheduleItem): string {
  const data = item.entry.data;
  return data.enrolment?.opens ?? item.term?.enrolmentOpens ?? item.sessions[0]!.date;
}

/** The feed's entry for the autodiscovery links of every page (src/data/feeds.ts). */
export async function courseFeeds(locale: Locale): Promise<Feed[]> {
  const [ui, settings] = await Promise.all([getUi(locale), getSettings()]);
  const section = sectionPath(contentType('courses'), locale)!;
  const title = ui.courses.feedTitle.replace('{site}', pick(settings.siteName, locale));
  return [{ title, href: feedPath(section, locale), type: 'application/rss+xml' }];
}

/** The feed's response. */
export async function courseFeedResponse(locale: Locale, site: URL | undefined): Promise<Response> {
  const [ui, settings, courses, events] = await Promise.all([
    getUi(locale),
    getSettings(),
    getSchedule('courses', locale),
    getSchedule('events', locale),
  ]);
  const items = [...courses, ...events].sort((a, b) => announced(b).localeCompare(announced(a)) || a.first.getTime() - b.first.getTime());
  return rss({
    title: ui.courses.feedTitle.replace('{site}', pick(settings.siteName, locale)),
    description: ui.courses.intro,
    site: site ?? 'http://localhost/',
    customData: `<language>${locale === 'sv' ? 'sv-SE' : 'en-GB'}</language>`,
    items: items.map((item) => ({
      title: item.entry.data.title,
      link: item.entry.path!,
      pubDate: new Date(`${announced(item)}T00:00:00Z`),
      description: item.entry.data.summary,
      categories: [item.entry.type === 'courses' ? ui.courses.typeName : ui.events.typeName],
    })),
  });
}
