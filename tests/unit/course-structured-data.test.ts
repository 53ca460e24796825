/**
 * Structured data and the section's own addresses: JSON-LD text can never close its `<script>`,
 * reads back as the same value, and describes a course as `Course` → `CourseInstance` (free offer,
 * mode, location) with an `Event` per session; the route files of the prospectus and the feed sit
 * where the registry's route says.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { calendarPath, entryCalendarPath, feedPath, prospectusPath } from '../../src/lib/course-paths.ts';
import { courseData, eventData, itemListData, type StructuredItem } from '../../src/lib/course-structured-data.ts';
import { timedSessions } from '../../src/lib/courses.ts';
import { jsonLdText } from '../../src/lib/json-ld.ts';
import { sectionPath } from '../../src/lib/routes.ts';
import { contentType, locales } from '../../src/schemas/index.ts';

describe('jsonLdText', () => {
  const hostile = [
    { reason: 'a closing script tag', text: '</script><script>alert(1)</script>' },
    { reason: 'a closing tag in capitals with spaces', text: '</SCRIPT >' },
    { reason: 'an HTML comment opener', text: '<!-- x' },
    { reason: 'an ampersand entity', text: 'a &amp; b' },
    { reason: 'line and paragraph separators', text: 'a\u2028b\u2029c' },
  ];
  it.each(hostile)('$reason stays inside the element and reads back unchanged', ({ text }) => {
    const out = jsonLdText({ name: text });
    expect(out).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(out)).toEqual({ name: text });
  });
});

const item = (over: Partial<StructuredItem> = {}): StructuredItem => ({
  title: 'Stress och oro </script>',
  summary: 'En kurs.',
  url: 'https://recoverycollege.example.se/kurser/stress-och-oro/',
  format: 'hybrid',
  status: 'open',
  language: 'sv',
  place: { name: 'Kunskapens hus', street: 'Storgatan 12', postalCode: '123 45', city: 'Exempelstad' },
  organisation: 'Region Exempel',
  siteUrl: 'https://recoverycollege.example.se/',
  sessions: timedSessions({
    status: 'open',
    sessions: [
      { date: '2027-03-23', start: '17:00', end: '19:00', cancelled: false },
      { date: '2027-03-30', start: '17:00', end: '19:00', cancelled: true },
    ],
  }),
  ...over,
});

describe('schema.org descriptions', () => {
  it('a course is a Course with a CourseInstance, free, blended, in a Place and online', () => {
    const data = courseData({ ...item(), learn: ['Att hitta lugn'] });
    expect(data['@type']).toBe('Course');
    expect(data.hasCourseInstance).toMatchObject({
      '@type': 'CourseInstance',
      courseMode: 'Blended',
      startDate: '2027-03-23T16:00:00Z',
      endDate: '2027-03-30T17:00:00Z',
      offers: { '@type': 'Offer', price: 0, category: 'Free' },
    });
    const location = data.hasCourseInstance.location as { '@type': string }[];
    expect(location.map((l) => l['@type'])).toEqual(['Place', 'VirtualLocation']);
    expect(data.hasCourseInstance.subEvent.map((e) => e.eventStatus)).toEqual([
      'https://schema.org/EventScheduled',
      'https://schema.org/EventCancelled',
    ]);
    expect(data.hasCourseInstance.subEvent[0]!.eventAttendanceMode).toBe('https://schema.org/MixedEventAttendanceMode');
  });
  it('an online event has a VirtualLocation and online attendance', () => {
    const data = eventData(item({ format: 'online', place: undefined }));
    expect(data['@type']).toBe('Event');
    expect(data.location).toMatchObject({ '@type': 'VirtualLocation' });
    expect(data.eventAttendanceMode).toBe('https://schema.org/OnlineEventAttendanceMode');
  });
  it('an event on site is in a Place with its postal address', () => {
    const data = eventData(item({ format: 'on-site' }));
    expect(data.location).toMatchObject({ '@type': 'Place', address: { addressLocality: 'Exempelstad', addressCountry: 'SE' } });
  });
  it('the catalogue is an ItemList in the order shown', () => {
    const list = itemListData('Kurser', [
      { url: 'https://x/a/', title: 'A' },
      { url: 'https://x/b/', title: 'B' },
    ]);
    expect(list.itemListElement.map((e) => [e.position, e.url])).toEqual([
      [1, 'https://x/a/'],
      [2, 'https://x/b/'],
    ]);
  });
});

describe('the section’s own addresses', () => {
  it.each(locales.map((l) => [l] as const))('%s: the prospectus and feed route files are where the registry puts the section', (locale) => {
    const section = sectionPath(contentType('courses'), locale)!;
    expect(section).toMatch(/^\/(en\/)?[a-z]+\/$/);
    const pages = join(process.cwd(), 'src/pages');
    expect(existsSync(join(pages, `${prospectusPath(section, locale).replace(/\/$/, '')}.astro`)), prospectusPath(section, locale)).toBe(
      true,
    );
    expect(existsSync(join(pages, `${feedPath(section, locale)}.ts`)), feedPath(section, locale)).toBe(true);
  });
  it('calendar files sit beside the pages', () => {
    expect(calendarPath('/kurser/', 'sv')).toBe('/kurser/kalender.ics');
    expect(entryCalendarPath('/kurser/stress-och-oro/')).toBe('/kurser/stress-och-oro.ics');
  });
});
