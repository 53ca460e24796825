import { describe, expect, it, test } from 'vitest';
import { addDays, easterSunday, holidayOn, swedishHolidays } from '../../src/lib/holidays.ts';
import { describeHours, type HoursWords } from '../../src/lib/hours-words.ts';
import {
  OpeningHoursError,
  openingStatus,
  parseTime,
  statusText,
  stockholmHour,
  stockholmTime,
  type HoursSpec,
  type StatusStrings,
} from '../../src/lib/opening-hours.ts';

const nightly: HoursSpec = {
  type: 'weekly',
  weekly: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], from: '21:00', to: '06:00' }],
  holidays: 'normal',
};
const weekdaysClosedOnHolidays: HoursSpec = {
  type: 'weekly',
  weekly: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: '10:00', to: '15:00' }],
  holidays: 'closed',
};
const weekdaysUnknownOnHolidays: HoursSpec = { ...weekdaysClosedOnHolidays, holidays: 'unknown' };
const splitWeek: HoursSpec = {
  type: 'weekly',
  weekly: [
    { days: ['mon', 'tue', 'thu', 'fri'], from: '10:00', to: '15:00' },
    { days: ['wed', 'sun'], from: '18:00', to: '21:00' },
  ],
  holidays: 'sunday',
};
const aroundMidnight: HoursSpec = {
  type: 'weekly',
  weekly: [
    { days: ['sat'], from: '18:00', to: '24:00' },
    { days: ['sun'], from: '00:00', to: '02:00' },
  ],
  holidays: 'normal',
};
const christmasEveShort: HoursSpec = {
  ...nightly,
  exceptions: [{ date: '2026-12-24', intervals: [{ from: '10:00', to: '14:00' }] }],
};
const christmasDayClosed: HoursSpec = { ...nightly, exceptions: [{ date: '2026-12-25', closed: true }] };

describe('stockholmTime: Swedish wall-clock time from an instant, across daylight saving time', () => {
  const cases = [
    { reason: 'winter: UTC+1', instant: '2026-11-23T22:30:00Z', date: '2026-11-23', time: '23:30', weekday: 'mon' },
    { reason: 'summer: UTC+2', instant: '2026-07-01T21:30:00Z', date: '2026-07-01', time: '23:30', weekday: 'wed' },
    {
      reason: 'spring change (last Sunday of March): one second before, still 01:59 CET',
      instant: '2026-03-29T00:59:00Z',
      date: '2026-03-29',
      time: '01:59',
      weekday: 'sun',
    },
    {
      reason: 'spring change: 02:00 CET becomes 03:00 CEST',
      instant: '2026-03-29T01:00:00Z',
      date: '2026-03-29',
      time: '03:00',
      weekday: 'sun',
    },
    {
      reason: 'autumn change (last Sunday of October): first 02:30, in CEST',
      instant: '2026-10-25T00:30:00Z',
      date: '2026-10-25',
      time: '02:30',
      weekday: 'sun',
    },
    { reason: 'autumn change: second 02:30, in CET', instant: '2026-10-25T01:30:00Z', date: '2026-10-25', time: '02:30', weekday: 'sun' },
    { reason: 'midnight belongs to the new day', instant: '2026-12-31T23:00:00Z', date: '2027-01-01', time: '00:00', weekday: 'fri' },
    {
      reason: 'a UTC date that is already tomorrow in Sweden',
      instant: '2026-06-30T22:15:00Z',
      date: '2026-07-01',
      time: '00:15',
      weekday: 'wed',
    },
  ];
  it.each(cases)('$reason', ({ instant, date, time, weekday }) => {
    const local = stockholmTime(new Date(instant));
    expect(local.date).toBe(date);
    expect(`${String(Math.floor(local.minutes / 60)).padStart(2, '0')}:${String(local.minutes % 60).padStart(2, '0')}`).toBe(time);
    expect(local.weekday).toBe(weekday);
  });
});

test.each([
  ['2026-11-23T22:30:00Z', '2026-11-23T23'],
  ['2026-07-01T21:59:59Z', '2026-07-01T23'],
  ['2026-07-01T22:00:00Z', '2026-07-02T00'],
  ['2026-03-29T01:00:00Z', '2026-03-29T03'],
])('stockholmHour(%s) → %s: the Swedish hour, across midnight and the spring change', (instant, hour) => {
  expect(stockholmHour(new Date(instant))).toBe(hour);
});

describe('openingStatus', () => {
  const cases: { reason: string; hours: HoursSpec; instant: string; state: string; when?: string; offset?: number; uncertain?: boolean }[] =
    [
      // Overnight 21:00–06:00
      {
        reason: 'overnight line at 23:30 (evening part)',
        hours: nightly,
        instant: '2026-11-23T22:30:00Z',
        state: 'open',
        when: '06:00',
        offset: 1,
      },
      {
        reason: 'overnight line at 05:59 (morning part, started yesterday)',
        hours: nightly,
        instant: '2026-11-24T04:59:00Z',
        state: 'open',
        when: '06:00',
        offset: 0,
      },
      {
        reason: 'overnight line at 06:00 (closing minute is closed)',
        hours: nightly,
        instant: '2026-11-24T05:00:00Z',
        state: 'closed',
        when: '21:00',
        offset: 0,
      },
      { reason: 'overnight line at 12:00', hours: nightly, instant: '2026-11-24T11:00:00Z', state: 'closed', when: '21:00', offset: 0 },
      { reason: 'overnight line at 20:59', hours: nightly, instant: '2026-11-24T19:59:00Z', state: 'closed', when: '21:00', offset: 0 },
      {
        reason: 'overnight line at 21:00 (opening minute is open)',
        hours: nightly,
        instant: '2026-11-24T20:00:00Z',
        state: 'open',
        when: '06:00',
        offset: 1,
      },
      {
        reason: 'overnight line at 00:00 (midnight inside the interval)',
        hours: nightly,
        instant: '2026-11-24T23:00:00Z',
        state: 'open',
        when: '06:00',
        offset: 0,
      },
      {
        reason: 'overnight line at 23:30 in summer time',
        hours: nightly,
        instant: '2026-07-01T21:30:00Z',
        state: 'open',
        when: '06:00',
        offset: 1,
      },
      // Daylight saving time: the wall clock decides, not a fixed UTC offset.
      {
        reason: 'spring night: 03:30 CEST is inside 21–06',
        hours: nightly,
        instant: '2026-03-29T01:30:00Z',
        state: 'open',
        when: '06:00',
        offset: 0,
      },
      {
        reason: 'spring morning: 06:30 CEST is closed (UTC+1 would say 05:30, open)',
        hours: nightly,
        instant: '2026-03-29T04:30:00Z',
        state: 'closed',
        when: '21:00',
        offset: 0,
      },
      {
        reason: 'autumn morning: 05:30 CET is open (UTC+2 would say 06:30, closed)',
        hours: nightly,
        instant: '2026-10-25T04:30:00Z',
        state: 'open',
        when: '06:00',
        offset: 0,
      },
      { reason: 'autumn night: the first 02:30 is open', hours: nightly, instant: '2026-10-25T00:30:00Z', state: 'open' },
      { reason: 'autumn night: the repeated 02:30 is open too', hours: nightly, instant: '2026-10-25T01:30:00Z', state: 'open' },
      // 24/7 and unknown
      { reason: 'always open at noon', hours: { type: 'always' }, instant: '2026-11-24T11:00:00Z', state: 'open' },
      { reason: 'always open at the spring change', hours: { type: 'always' }, instant: '2026-03-29T01:00:00Z', state: 'open' },
      { reason: 'always open on Christmas Eve', hours: { type: 'always' }, instant: '2026-12-24T18:00:00Z', state: 'open' },
      { reason: 'unknown hours never claim a state', hours: { type: 'unknown' }, instant: '2026-11-24T11:00:00Z', state: 'unknown' },
      {
        reason: 'hours marked uncertain never claim a state',
        hours: nightly,
        instant: '2026-11-24T22:00:00Z',
        state: 'unknown',
        uncertain: true,
      },
      // Weekdays and public holidays
      {
        reason: 'weekday line on a Monday at noon',
        hours: weekdaysClosedOnHolidays,
        instant: '2026-11-23T11:00:00Z',
        state: 'open',
        when: '15:00',
        offset: 0,
      },
      {
        reason: 'weekday line on a Friday evening opens Monday',
        hours: weekdaysClosedOnHolidays,
        instant: '2026-11-27T17:00:00Z',
        state: 'closed',
        when: '10:00',
        offset: 3,
      },
      {
        reason: 'weekday line early morning opens the same day',
        hours: weekdaysClosedOnHolidays,
        instant: '2026-11-24T07:00:00Z',
        state: 'closed',
        when: '10:00',
        offset: 0,
      },
      {
        reason: 'closed on Christmas Eve (a Thursday) and opens after Christmas, Monday 28th',
        hours: weekdaysClosedOnHolidays,
        instant: '2026-12-24T11:00:00Z',
        state: 'closed',
        when: '10:00',
        offset: 4,
      },
      {
        reason: 'closed on Good Friday',
        hours: weekdaysClosedOnHolidays,
        instant: '2026-04-03T10:00:00Z',
        state: 'closed',
        when: '10:00',
        offset: 4,
      },
      {
        reason: 'closed on Midsummer Eve (a Friday)',
        hours: weekdaysClosedOnHolidays,
        instant: '2026-06-19T10:00:00Z',
        state: 'closed',
        when: '10:00',
        offset: 3,
      },
      {
        reason: 'closed on Ascension Day (a Thursday)',
        hours: weekdaysClosedOnHolidays,
        instant: '2026-05-14T10:00:00Z',
        state: 'closed',
        when: '10:00',
        offset: 1,
      },
      {
        reason: 'holiday hours unknown: no claim on Christmas Eve',
        hours: weekdaysUnknownOnHolidays,
        instant: '2026-12-24T11:00:00Z',
        state: 'unknown',
      },
      {
        reason: 'holiday hours unknown: open on an ordinary day',
        hours: weekdaysUnknownOnHolidays,
        instant: '2026-12-22T11:00:00Z',
        state: 'open',
        when: '15:00',
        offset: 0,
      },
      {
        reason: 'holiday hours unknown: the day before a holiday says closed but no opening time',
        hours: weekdaysUnknownOnHolidays,
        instant: '2026-12-23T16:00:00Z',
        state: 'closed',
      },
      {
        reason: 'holidays as Sunday: Good Friday has the Sunday evening hours',
        hours: splitWeek,
        instant: '2026-04-03T17:00:00Z',
        state: 'open',
        when: '21:00',
        offset: 0,
      },
      {
        reason: 'holidays as Sunday: no weekday hours on Good Friday morning',
        hours: splitWeek,
        instant: '2026-04-03T09:00:00Z',
        state: 'closed',
        when: '18:00',
        offset: 0,
      },
      // Per-date exceptions
      {
        reason: 'exception: short Christmas Eve hours are open at noon',
        hours: christmasEveShort,
        instant: '2026-12-24T11:00:00Z',
        state: 'open',
        when: '14:00',
        offset: 0,
      },
      {
        reason: 'exception: no night on Christmas Eve',
        hours: christmasEveShort,
        instant: '2026-12-24T22:00:00Z',
        state: 'closed',
        when: '21:00',
        offset: 1,
      },
      {
        reason: 'exception: the night before a closed day still runs until 06:00',
        hours: christmasDayClosed,
        instant: '2026-12-25T02:00:00Z',
        state: 'open',
        when: '06:00',
        offset: 0,
      },
      {
        reason: 'exception: a closed day opens again the next evening',
        hours: christmasDayClosed,
        instant: '2026-12-25T20:00:00Z',
        state: 'closed',
        when: '21:00',
        offset: 1,
      },
      {
        reason: 'exception on a 24/7 line closes it that day',
        hours: { type: 'always', exceptions: [{ date: '2026-11-24', closed: true }] },
        instant: '2026-11-24T11:00:00Z',
        state: 'closed',
        when: '00:00',
        offset: 1,
      },
      // Midnight
      {
        reason: 'intervals that meet at midnight close at the end of the second',
        hours: aroundMidnight,
        instant: '2026-11-28T22:59:00Z',
        state: 'open',
        when: '02:00',
        offset: 1,
      },
      {
        reason: '24:00 end: midnight itself is open through the next interval',
        hours: aroundMidnight,
        instant: '2026-11-28T23:00:00Z',
        state: 'open',
        when: '02:00',
        offset: 0,
      },
    ];
  it.each(cases)('$reason', ({ hours, instant, state, when, offset, uncertain }) => {
    const status = openingStatus(hours, new Date(instant), { uncertain });
    expect(status.state).toBe(state);
    const moment = status.state === 'open' ? status.closes : status.state === 'closed' ? status.opens : undefined;
    if (when === undefined) {
      if (state === 'closed') expect(moment).toBeUndefined();
    } else {
      expect(moment?.time).toBe(when);
      expect(moment?.dayOffset).toBe(offset);
    }
  });

  it('gives the reason when it cannot say', () => {
    expect(openingStatus({ type: 'unknown' }, new Date('2026-11-24T11:00:00Z'))).toEqual({ state: 'unknown', reason: 'hours-unknown' });
    expect(openingStatus(nightly, new Date('2026-11-24T11:00:00Z'), { uncertain: true })).toEqual({
      state: 'unknown',
      reason: 'hours-uncertain',
    });
    expect(openingStatus(weekdaysUnknownOnHolidays, new Date('2026-12-24T11:00:00Z'))).toEqual({ state: 'unknown', reason: 'holiday' });
  });
});

describe('invalid input fails with a clear error', () => {
  const cases: { reason: string; run: () => unknown; message: RegExp }[] = [
    { reason: 'hour 25', run: () => parseTime('25:00'), message: /Ogiltig tid "25:00"/ },
    { reason: '24:00 as a start time', run: () => parseTime('24:00'), message: /Ogiltig tid "24:00"/ },
    { reason: 'a time without a leading zero', run: () => parseTime('7:00'), message: /TT:MM/ },
    { reason: 'minute 60', run: () => parseTime('10:60', { end: true }), message: /Ogiltig tid/ },
    {
      reason: 'an unknown kind of hours',
      run: () => openingStatus({ type: 'sometimes' } as unknown as HoursSpec, new Date()),
      message: /Okänd sort av öppettider "sometimes"/,
    },
    {
      reason: 'a weekday spelt out',
      run: () => openingStatus({ type: 'weekly', weekly: [{ days: ['monday' as 'mon'], from: '10:00', to: '12:00' }] }, new Date()),
      message: /Okänd veckodag "monday"/,
    },
    {
      reason: 'weekly hours without intervals',
      run: () => openingStatus({ type: 'weekly', weekly: [] }, new Date()),
      message: /saknar tider/,
    },
    {
      reason: 'an interval that opens and closes at once',
      run: () => openingStatus({ type: 'weekly', weekly: [{ days: ['mon'], from: '10:00', to: '10:00' }] }, new Date()),
      message: /öppnar och stänger samtidigt/,
    },
    {
      reason: 'an unknown holiday rule',
      run: () => openingStatus({ ...nightly, holidays: 'maybe' as 'normal' }, new Date()),
      message: /Okänd regel för helgdagar/,
    },
    {
      reason: 'an exception date in another format',
      run: () => openingStatus({ ...nightly, exceptions: [{ date: '24/12/2026', closed: true }] }, new Date()),
      message: /ÅÅÅÅ-MM-DD/,
    },
    { reason: 'an invalid instant', run: () => openingStatus(nightly, new Date('not a date')), message: /Ogiltig tidpunkt/ },
  ];
  it.each(cases)('$reason', ({ run, message }) => {
    expect(run).toThrow(OpeningHoursError);
    expect(run).toThrow(message);
  });
});

describe('swedishHolidays', () => {
  const cases = [
    { reason: 'Easter 2026', date: easterSunday(2026), expected: '2026-04-05' },
    { reason: 'Easter 2025', date: easterSunday(2025), expected: '2025-04-20' },
    { reason: 'Easter 2027 (March)', date: easterSunday(2027), expected: '2027-03-28' },
    { reason: 'Easter 2038 (late)', date: easterSunday(2038), expected: '2038-04-25' },
    { reason: 'Good Friday 2026', date: swedishHolidays(2026).find((h) => h.name.sv === 'Långfredagen')?.date, expected: '2026-04-03' },
    {
      reason: 'Ascension Day 2026: 39 days after Easter',
      date: swedishHolidays(2026).find((h) => h.name.sv === 'Kristi himmelsfärdsdag')?.date,
      expected: '2026-05-14',
    },
    { reason: 'Whit Sunday 2026', date: swedishHolidays(2026).find((h) => h.name.sv === 'Pingstdagen')?.date, expected: '2026-05-24' },
    {
      reason: 'Midsummer Day 2026: the Saturday 20–26 June',
      date: swedishHolidays(2026).find((h) => h.name.sv === 'Midsommardagen')?.date,
      expected: '2026-06-20',
    },
    { reason: 'Midsummer Eve 2027', date: swedishHolidays(2027).find((h) => h.name.sv === 'Midsommarafton')?.date, expected: '2027-06-25' },
    {
      reason: "All Saints' Day 2026: the Saturday 31 Oct–6 Nov",
      date: swedishHolidays(2026).find((h) => h.name.sv === 'Alla helgons dag')?.date,
      expected: '2026-10-31',
    },
    {
      reason: "All Saints' Day 2027",
      date: swedishHolidays(2027).find((h) => h.name.sv === 'Alla helgons dag')?.date,
      expected: '2027-11-06',
    },
    { reason: 'adding days crosses the year', date: addDays('2026-12-31', 1), expected: '2027-01-01' },
  ];
  it.each(cases)('$reason', ({ date, expected }) => expect(date).toBe(expected));

  it('lists 13 public holidays and 3 Sunday-like eves a year', () => {
    const list = swedishHolidays(2026);
    expect(list.filter((h) => h.kind === 'holiday')).toHaveLength(13);
    expect(list.filter((h) => h.kind === 'eve').map((h) => h.date)).toEqual(['2026-06-19', '2026-12-24', '2026-12-31']);
  });
  it('an ordinary Monday is no holiday', () => expect(holidayOn('2026-11-23')).toBeUndefined());
});

const sv: StatusStrings = {
  open: 'Öppet nu',
  closed: 'Stängt nu',
  closes: 'stänger {time}',
  opens: 'öppnar {time}',
  opensTomorrow: 'öppnar i morgon {time}',
  opensDay: 'öppnar {day} {time}',
  uncertain: 'Osäkra tider',
  holiday: 'Helgdag',
  unknown: 'Okänt',
};

describe('statusText', () => {
  const at = (instant: string) => new Date(instant);
  const cases = [
    {
      reason: 'a 24/7 line just says open',
      text: statusText(openingStatus({ type: 'always' }, at('2026-11-24T11:00:00Z')), sv, 'sv'),
      expected: 'Öppet nu',
    },
    {
      reason: 'an open overnight line says when it closes',
      text: statusText(openingStatus(nightly, at('2026-11-23T22:30:00Z')), sv, 'sv'),
      expected: 'Öppet nu · stänger 06:00',
    },
    {
      reason: 'closed, opens today',
      text: statusText(openingStatus(nightly, at('2026-11-24T11:00:00Z')), sv, 'sv'),
      expected: 'Stängt nu · öppnar 21:00',
    },
    {
      reason: 'closed, opens tomorrow',
      text: statusText(openingStatus(weekdaysClosedOnHolidays, at('2026-11-24T17:00:00Z')), sv, 'sv'),
      expected: 'Stängt nu · öppnar i morgon 10:00',
    },
    {
      reason: 'closed, opens on a later day (weekday named)',
      text: statusText(openingStatus(weekdaysClosedOnHolidays, at('2026-11-27T17:00:00Z')), sv, 'sv'),
      expected: 'Stängt nu · öppnar måndag 10:00',
    },
    {
      reason: 'English weekday name',
      text: statusText(
        openingStatus(weekdaysClosedOnHolidays, at('2026-11-27T17:00:00Z')),
        { ...sv, opensDay: 'opens {day} {time}' },
        'en',
      ),
      expected: 'Stängt nu · opens Monday 10:00',
    },
    { reason: 'closed with no known opening', text: statusText({ state: 'closed' }, sv, 'sv'), expected: 'Stängt nu' },
    { reason: 'uncertain hours', text: statusText({ state: 'unknown', reason: 'hours-uncertain' }, sv, 'sv'), expected: 'Osäkra tider' },
    { reason: 'holiday', text: statusText({ state: 'unknown', reason: 'holiday' }, sv, 'sv'), expected: 'Helgdag' },
  ];
  it.each(cases)('$reason', ({ text, expected }) => expect(text).toBe(expected));
});

const words: HoursWords = {
  always: 'Dygnet runt, alla dagar.',
  unknown: 'Öppettiderna är inte kända.',
  everyDay: 'varje dag',
  and: 'och',
  holidaysClosed: 'Stängt på helgdagar.',
  holidaysSunday: 'På helgdagar som på söndagar.',
  holidaysUnknown: 'Tiderna på helgdagar är inte kända.',
  closed: 'stängt',
};

describe('describeHours writes the structured hours in words', () => {
  const cases: { reason: string; hours: HoursSpec; locale?: 'sv' | 'en'; today?: string; expected: string }[] = [
    { reason: '24/7', hours: { type: 'always' }, expected: 'Dygnet runt, alla dagar.' },
    { reason: 'unknown', hours: { type: 'unknown' }, expected: 'Öppettiderna är inte kända.' },
    { reason: 'every night', hours: nightly, expected: 'Varje dag 21:00–06:00.' },
    {
      reason: 'a run of weekdays becomes a range',
      hours: weekdaysUnknownOnHolidays,
      expected: 'Måndag–fredag 10:00–15:00. Tiderna på helgdagar är inte kända.',
    },
    {
      reason: 'days grouped by time, runs of two listed',
      hours: splitWeek,
      expected: 'Måndag, tisdag, torsdag och fredag 10:00–15:00; onsdag och söndag 18:00–21:00. På helgdagar som på söndagar.',
    },
    {
      reason: 'English day names',
      hours: weekdaysClosedOnHolidays,
      locale: 'en',
      expected: 'Monday–Friday 10:00–15:00. Stängt på helgdagar.',
    },
    {
      reason: 'a future exception is listed',
      hours: christmasEveShort,
      today: '2026-11-23',
      expected: 'Varje dag 21:00–06:00. 24 december: 10:00–14:00.',
    },
    { reason: 'a past exception is left out', hours: christmasEveShort, today: '2027-01-10', expected: 'Varje dag 21:00–06:00.' },
  ];
  it.each(cases)('$reason', ({ hours, locale = 'sv', today, expected }) =>
    expect(describeHours(hours, words, locale, today)).toBe(expected),
  );
});
