/**
 * schema.org descriptions of courses and events: `Course` with a `CourseInstance` per course
 * (dates, `courseMode`, location, a free `Offer`) and an `Event` per session; `Event` for events
 * with `eventStatus`, `eventAttendanceMode` and `location` as `Place` or `VirtualLocation`; an
 * `ItemList` for the catalogue. Plain objects; src/lib/json-ld.ts writes them safely.
 */
import type { TimedSession } from './courses.ts';

export interface PlaceInfo {
  name: string;
  street: string;
  postalCode: string;
  city: string;
}

export interface StructuredItem {
  title: string;
  summary: string;
  /** Absolute address of the page. */
  url: string;
  format: 'on-site' | 'online' | 'hybrid';
  status: 'open' | 'full' | 'cancelled';
  language: string;
  place: PlaceInfo | undefined;
  sessions: readonly TimedSession[];
  organisation: string;
  /** Absolute address of the site, for the organisation. */
  siteUrl: string;
}

const iso = (date: Date) => date.toISOString().replace('.000Z', 'Z');

const attendanceMode = {
  'on-site': 'https://schema.org/OfflineEventAttendanceMode',
  online: 'https://schema.org/OnlineEventAttendanceMode',
  hybrid: 'https://schema.org/MixedEventAttendanceMode',
} as const;

const courseMode = { 'on-site': 'Onsite', online: 'Online', hybrid: 'Blended' } as const;

function location(item: StructuredItem, session?: TimedSession) {
  const place = item.place && {
    '@type': 'Place',
    name: item.place.name,
    address: {
      '@type': 'PostalAddress',
      streetAddress: item.place.street,
      postalCode: item.place.postalCode,
      addressLocality: item.place.city,
      addressCountry: 'SE',
    },
  };
  const virtual = { '@type': 'VirtualLocation', url: session?.online ?? item.url };
  if (item.format === 'online') return virtual;
  if (item.format === 'hybrid') return place ? [place, virtual] : virtual;
  return place;
}

const organizer = (item: StructuredItem) => ({ '@type': 'Organization', name: item.organisation, url: item.siteUrl });

const offer = (item: StructuredItem) => ({
  '@type': 'Offer',
  price: 0,
  priceCurrency: 'SEK',
  category: 'Free',
  url: item.url,
  availability: item.status === 'full' ? 'https://schema.org/SoldOut' : 'https://schema.org/InStock',
});

/** One `Event` per session (or for an event with one session). */
export function sessionEvent(item: StructuredItem, session: TimedSession) {
  return {
    '@type': 'Event',
    name: item.sessions.length > 1 ? `${item.title} (${session.number}/${item.sessions.length})` : item.title,
    description: item.summary,
    startDate: iso(session.start),
    endDate: iso(session.end),
    eventStatus: session.cancelled
      ? 'https://schema.org/EventCancelled'
      : session.movedFrom
        ? 'https://schema.org/EventRescheduled'
        : 'https://schema.org/EventScheduled',
    ...(session.movedFrom ? { previousStartDate: session.movedFrom.date } : {}),
    eventAttendanceMode: attendanceMode[item.format],
    location: location(item, session),
    organizer: organizer(item),
    isAccessibleForFree: true,
    inLanguage: item.language,
    url: item.url,
    offers: offer(item),
  };
}

/** A course: `Course` with one `CourseInstance` carrying its dates and sessions. */
export function courseData(item: StructuredItem & { learn: readonly string[] }) {
  const first = item.sessions[0]!;
  const last = item.sessions.at(-1)!;
  return {
    '@context': 'https://schema.org',
    '@type': 'Course',
    name: item.title,
    description: item.summary,
    url: item.url,
    inLanguage: item.language,
    isAccessibleForFree: true,
    teaches: item.learn,
    provider: organizer(item),
    offers: offer(item),
    hasCourseInstance: {
      '@type': 'CourseInstance',
      courseMode: courseMode[item.format],
      startDate: iso(first.start),
      endDate: iso(last.end),
      location: location(item),
      offers: offer(item),
      ...(item.status === 'cancelled' ? { eventStatus: 'https://schema.org/EventCancelled' } : {}),
      subEvent: item.sessions.map((s) => sessionEvent(item, s)),
    },
  };
}

/** An event page: the event itself (its first session) with the others as sub-events. */
export function eventData(item: StructuredItem) {
  const [first, ...rest] = item.sessions;
  return {
    '@context': 'https://schema.org',
    ...sessionEvent(item, first!),
    name: item.title,
    ...(rest.length ? { subEvent: rest.map((s) => sessionEvent(item, s)) } : {}),
  };
}

/** The catalogue: an `ItemList` of the courses' pages in the order shown. */
export function itemListData(name: string, items: readonly { url: string; title: string }[]) {
  return {
    '@context': 'https://schema.org',
    '@type': 'ItemList',
    name,
    itemListElement: items.map((item, i) => ({ '@type': 'ListItem', position: i + 1, url: item.url, name: item.title })),
  };
}
