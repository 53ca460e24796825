/**
 * Courses and events in the built site, without a browser: the calendar files parse with ical.js
 * and hold every session once; the RSS feed parses and lists every course and event; each page is
 * advertised with its feed; course and event pages carry JSON-LD that parses and the catalogue an
 * ItemList; the search index holds the type, audience and format filters.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parseFeed } from '@rowanmanning/feed-parser';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { outDir, read } from './built.ts';

const coursePages = readdirSync(join(outDir, 'kurser'), { withFileTypes: true })
  .filter((d) => d.isDirectory() && d.name !== 'kursprogram')
  .map((d) => `/kurser/${d.name}/`);
const eventPages = readdirSync(join(outDir, 'evenemang'), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => `/evenemang/${d.name}/`);
const html = (path: string) => read(`${path}index.html`) ?? '';
const jsonLd = (page: string) => [...page.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].map((m) => JSON.parse(m[1]!));
const vevents = (text: string) => new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent');

describe('the built courses and events', () => {
  it('there are at least 10 courses and 3 events', () => {
    expect(coursePages.length).toBeGreaterThanOrEqual(10);
    expect(eventPages.length).toBeGreaterThanOrEqual(3);
  });

  it('the whole calendar has exactly the sessions of the per-entry calendars, each UID once', () => {
    const all = vevents(read('/kurser/kalender.ics')!);
    const perEntry = [...coursePages, ...eventPages].flatMap((p) => vevents(read(`${p.replace(/\/$/, '')}.ics`)!));
    expect(all.length).toBeGreaterThan(30);
    const uids = all.map((v) => v.getFirstPropertyValue('uid'));
    expect(new Set(uids).size).toBe(all.length);
    expect(perEntry.map((v) => v.getFirstPropertyValue('uid')).sort()).toEqual([...uids].sort());
  });

  it('the feed parses and lists every course and event, and every page advertises it', () => {
    const feed = parseFeed(read('/kurser/rss.xml')!);
    expect(feed.items).toHaveLength(coursePages.length + eventPages.length);
    expect(feed.language).toBe('sv-SE');
    for (const path of ['/', '/om/', '/kurser/']) {
      expect(html(path), path).toContain('<link rel="alternate" type="application/rss+xml" title="Kurser och evenemang');
    }
    expect(parseFeed(read('/en/courses/rss.xml')!).items.length).toBeGreaterThan(0);
  });

  it.each(coursePages)('%s has a Course with a CourseInstance and an Event per session', (path) => {
    const [data] = jsonLd(html(path));
    expect(data['@type']).toBe('Course');
    expect(data.hasCourseInstance['@type']).toBe('CourseInstance');
    expect(data.hasCourseInstance.subEvent.length).toBe(vevents(read(`${path.replace(/\/$/, '')}.ics`)!).length);
  });

  it.each(eventPages)('%s has an Event', (path) => {
    const [data] = jsonLd(html(path));
    expect(data['@type']).toBe('Event');
    expect(data.eventAttendanceMode).toMatch(/^https:\/\/schema.org\//);
  });

  it('the catalogue has an ItemList of every course', () => {
    const [list] = jsonLd(html('/kurser/'));
    expect(list['@type']).toBe('ItemList');
    expect(list.itemListElement).toHaveLength(coursePages.length);
  });

  it('the search index has the type, audience and format filters of courses and events', () => {
    const dir = join(outDir, 'pagefind/filter');
    const text = readdirSync(dir)
      .filter((f) => f.startsWith('sv_'))
      .map((f) => gunzipSync(readFileSync(join(dir, f))).toString('latin1'))
      .join('\n');
    for (const word of ['type', 'audience', 'format', 'Kurs', 'Evenemang', 'Digitalt']) expect(text, word).toContain(word);
  });
});
