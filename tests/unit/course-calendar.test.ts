/**
 * Time and the calendar. Swedish wall-clock times become the right instants on both sides of the
 * daylight saving changes; the calendar file of the example term, parsed back by an independent
 * iCalendar parser (ical.js), has one event per session, unique UIDs that do not change between
 * builds, the right UTC instants, and cancelled and moved sessions marked with STATUS and SEQUENCE.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { calendarFile, type CalendarItem } from '../../src/lib/calendar.ts';
import { endOfDay, stockholmInstant, stockholmOffset } from '../../src/lib/course-time.ts';
import { enrolmentState, isPast, partitionByTime, timedSessions, type Schedulable } from '../../src/lib/courses.ts';
import { parseMdxFile } from '../../src/lib/validate-content.ts';
import { CourseSchema, type CourseData } from '../../src/schemas/course.ts';
import { EventSchema } from '../../src/schemas/event.ts';

describe('Swedish time to instants', () => {
  const cases = [
    { reason: 'winter (CET, UTC+1)', date: '2027-02-03', time: '17:00', utc: '2027-02-03T16:00:00.000Z' },
    { reason: 'the Saturday before summer time', date: '2027-03-27', time: '18:00', utc: '2027-03-27T17:00:00.000Z' },
    { reason: 'the Sunday of the change, after 03:00 (CEST, UTC+2)', date: '2027-03-28', time: '10:00', utc: '2027-03-28T08:00:00.000Z' },
    { reason: 'the Monday after the change', date: '2027-03-29', time: '18:00', utc: '2027-03-29T16:00:00.000Z' },
    { reason: 'summer', date: '2027-06-01', time: '09:30', utc: '2027-06-01T07:30:00.000Z' },
    { reason: 'the Saturday before winter time', date: '2027-10-30', time: '18:00', utc: '2027-10-30T16:00:00.000Z' },
    { reason: 'the Monday after winter time', date: '2027-11-01', time: '18:00', utc: '2027-11-01T17:00:00.000Z' },
    { reason: 'midnight in winter is the previous day in UTC', date: '2027-01-01', time: '00:00', utc: '2026-12-31T23:00:00.000Z' },
  ];
  it.each(cases)('$reason: $date $time → $utc', ({ date, time, utc }) => {
    expect(stockholmInstant(date, time).toISOString()).toBe(utc);
  });
  it('offsets are 60 and 120 minutes', () => {
    expect(stockholmOffset(new Date('2027-01-15T12:00:00Z'))).toBe(60);
    expect(stockholmOffset(new Date('2027-07-15T12:00:00Z'))).toBe(120);
  });
  it('the end of a last day is the next Swedish midnight', () => {
    expect(endOfDay('2027-03-27').toISOString()).toBe('2027-03-27T23:00:00.000Z');
    expect(endOfDay('2027-03-28').toISOString()).toBe('2027-03-28T22:00:00.000Z');
  });
});

const course = (over: Partial<Schedulable> = {}): Schedulable => ({
  status: 'open',
  enrolment: { opens: '2026-12-01', closes: '2027-02-01', cancel: 'Mejla oss.', waitingList: false, email: 'a@exempel.se' },
  sessions: [
    { date: '2027-02-03', start: '17:00', end: '19:00', cancelled: false },
    { date: '2027-02-10', start: '17:00', end: '19:00', cancelled: false },
  ],
  ...over,
});

describe('what is upcoming, open or past at a moment', () => {
  const cases: { reason: string; now: string; state: string; past: boolean; item?: Schedulable }[] = [
    { reason: 'before enrolment opens', now: '2026-11-30T12:00:00Z', state: 'not-yet', past: false },
    { reason: 'the first morning of enrolment (Swedish midnight)', now: '2026-11-30T23:00:00Z', state: 'open', past: false },
    { reason: 'the evening of the last enrolment day', now: '2027-02-01T22:59:00Z', state: 'open', past: false },
    { reason: 'the day after the last enrolment day', now: '2027-02-01T23:00:00Z', state: 'closed', past: false },
    { reason: 'during the last session', now: '2027-02-10T17:00:00Z', state: 'closed', past: false },
    { reason: 'after the last session', now: '2027-02-10T18:00:00Z', state: 'past', past: true },
    {
      reason: 'a full course while enrolment is open',
      now: '2027-01-10T12:00:00Z',
      state: 'full',
      past: false,
      item: course({ status: 'full' }),
    },
    { reason: 'a cancelled course', now: '2027-01-10T12:00:00Z', state: 'cancelled', past: false, item: course({ status: 'cancelled' }) },
    {
      reason: 'an event without enrolment',
      now: '2027-01-10T12:00:00Z',
      state: 'none',
      past: false,
      item: course({ enrolment: undefined }),
    },
  ];
  it.each(cases)('$reason → $state', ({ now, state, past, item = course() }) => {
    expect(enrolmentState(item, new Date(now))).toBe(state);
    expect(isPast(item, new Date(now))).toBe(past);
  });
  it('upcoming first by date, past ones latest first', () => {
    const a = { id: 'a', data: course() };
    const b = { id: 'b', data: course({ sessions: [{ date: '2027-01-05', start: '10:00', end: '11:00', cancelled: false }] }) };
    const c = { id: 'c', data: course({ sessions: [{ date: '2027-03-05', start: '10:00', end: '11:00', cancelled: false }] }) };
    const { upcoming, past } = partitionByTime([a, b, c], new Date('2027-01-20T00:00:00Z'));
    expect(upcoming.map((i) => i.id)).toEqual(['a', 'c']);
    expect(past.map((i) => i.id)).toEqual(['b']);
  });
});

/** The example term's courses and events, read and parsed as the build reads them. */
function examples(): CalendarItem[] {
  const items: CalendarItem[] = [];
  for (const [folder, schema, prefix] of [
    ['courses', CourseSchema, 'course'],
    ['events', EventSchema, 'event'],
  ] as const) {
    const dir = join(process.cwd(), 'content', folder, 'sv');
    for (const file of readdirSync(dir)) {
      const data = schema.parse(parseMdxFile(readFileSync(join(dir, file), 'utf8')).data) as CourseData;
      const key = file.replace(/\.mdx$/, '');
      items.push({
        id: `${prefix}-${key}`,
        title: data.title,
        summary: data.summary,
        url: `https://recoverycollege.example.se/${folder}/${key}/`,
        location: data.venue,
        sessions: timedSessions(data),
      });
    }
  }
  return items;
}

const options = {
  name: 'Kurser',
  host: 'recoverycollege.example.se',
  stamp: new Date('2026-11-29T12:00:00Z'),
  cancelledLabel: 'Inställt',
  sessionLabel: 'Tillfälle',
};

function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    return {
      uid: event.uid,
      start: event.startDate.toJSDate().toISOString(),
      end: event.endDate.toJSDate().toISOString(),
      summary: event.summary,
      status: vevent.getFirstPropertyValue('status'),
      sequence: Number(vevent.getFirstPropertyValue('sequence') ?? 0),
      rrule: vevent.getFirstPropertyValue('rrule'),
    };
  });
}

describe('the calendar of the example term, parsed back by ical.js', () => {
  const items = examples();
  const text = calendarFile(items, options);
  const events = parse(text);
  const sessions = items.flatMap((i) => i.sessions);

  it('has one VEVENT per session and event, and no repeat rules', () => {
    expect(sessions.length).toBeGreaterThan(30);
    expect(events).toHaveLength(sessions.length);
    expect(events.filter((e) => e.rrule)).toEqual([]);
  });

  it('gives every session a unique UID that the next build gives it again', () => {
    expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
    expect(parse(calendarFile(examples(), { ...options, stamp: new Date() })).map((e) => e.uid)).toEqual(events.map((e) => e.uid));
  });

  it('has the right UTC instants before and after summer time starts (28 March 2027)', () => {
    const stress = events.filter((e) => e.uid.startsWith('course-stress-och-oro-'));
    expect(stress.map((e) => e.start)).toEqual([
      '2027-03-16T16:00:00.000Z',
      '2027-03-23T16:00:00.000Z',
      '2027-03-30T15:00:00.000Z',
      '2027-04-06T15:00:00.000Z',
    ]);
    expect(stress.every((e) => new Date(e.end).getTime() - new Date(e.start).getTime() === 2 * 3600_000)).toBe(true);
  });

  it('marks the cancelled session CANCELLED with a higher SEQUENCE, and the others CONFIRMED', () => {
    const cancelled = events.filter((e) => e.status === 'CANCELLED');
    expect(cancelled.map((e) => e.uid)).toEqual(['course-somn-och-aterhamtning-2027-02-16T1830@recoverycollege.example.se']);
    expect(cancelled[0]!.sequence).toBe(1);
    expect(cancelled[0]!.summary).toMatch(/^Inställt: /);
    expect(events.filter((e) => e.status === 'CONFIRMED')).toHaveLength(events.length - 1);
  });

  it('keeps a moved session under the UID of its first planned time, at its new time, with SEQUENCE 1', () => {
    const moved = events.find((e) => e.uid === 'course-att-vara-anhorig-2027-04-06T1800@recoverycollege.example.se');
    expect(moved).toMatchObject({ start: '2027-04-07T16:00:00.000Z', sequence: 1, status: 'CONFIRMED' });
  });

  it('writes the times in UTC (no floating local times)', () => {
    expect(text).toMatch(/DTSTART:\d{8}T\d{6}Z/);
    expect(text).not.toMatch(/DTSTART:\d{8}T\d{6}\r?\n/);
  });
});
