/**
 * Calendar files: every session of every course and event in a language (`/kurser/kalender.ics`,
 * `/en/courses/calendar.ics`) and one per course or event beside its page
 * (`/kurser/stress-och-oro.ics`). Addresses come from the registry's routes (src/lib/course-paths.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { buildNow, calendarItem, getSchedule, type ScheduleItem } from '../data/courses.ts';
import { getSettings, getUi } from '../data/site.ts';
import { calendarFile } from '../lib/calendar.ts';
import { calendarPath, entryCalendarPath } from '../lib/course-paths.ts';
import { pick, locales, type Locale } from '../lib/i18n.ts';
import { sectionPath } from '../lib/routes.ts';
import { contentType } from '../schemas/index.ts';

type Props = {
  locale: Locale;
  items: ScheduleItem[];
  name: string;
};

const bare = (path: string) => path.replace(/^\//, '').replace(/\.ics$/, '');

export const getStaticPaths = (async () => {
  const settings = await getSettings();
  const paths: { params: { calendar: string }; props: Props }[] = [];
  for (const locale of locales) {
    const [courses, events, ui] = await Promise.all([getSchedule('courses', locale), getSchedule('events', locale), getUi(locale)]);
    const section = sectionPath(contentType('courses'), locale)!;
    const site = pick(settings.siteName, locale);
    paths.push({
      params: { calendar: bare(calendarPath(section, locale)) },
      props: { locale, items: [...courses, ...events], name: `${ui.courses.title} – ${site}` },
    });
    for (const item of [...courses, ...events]) {
      paths.push({
        params: { calendar: bare(entryCalendarPath(item.entry.path!)) },
        props: { locale, items: [item], name: `${item.entry.data.title} – ${site}` },
      });
    }
  }
  return paths;
}) satisfies GetStaticPaths;

export const GET: APIRoute<Props> = async ({ props, site }) => {
  const ui = await getUi(props.locale);
  const body = calendarFile(
    props.items.map((item) => calendarItem(item, site, props.locale)),
    {
      name: props.name,
      host: site?.host ?? 'localhost',
      stamp: await buildNow(),
      cancelledLabel: ui.courses.sessionCancelled,
      sessionLabel: ui.courses.session,
    },
  );
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
