import { describe, expect, it } from 'vitest';
import { dayPattern, isRealDate, partialDatePattern } from '../../src/rules/dates.ts';
import { CalendarDateSchema, PartialDateSchema } from '../../src/schemas/calendar-date.ts';

describe('dayPattern: a whole day, ÅÅÅÅ-MM-DD', () => {
  it.each(['2026-12-24', '2020-05-28'])('%s', (text) => expect(text).toMatch(dayPattern));
  it.each(['2026-12', '2026', '2026-1-5', '24/12/2026', '2026-12-24T00:00', ' 2026-12-24'])('not %s', (text) =>
    expect(text).not.toMatch(dayPattern),
  );
});

describe('partialDatePattern: as precise as the source, ÅÅÅÅ, ÅÅÅÅ-MM or ÅÅÅÅ-MM-DD', () => {
  it.each(['2017', '2018-09', '2020-05-28'])('%s', (text) => expect(text).toMatch(partialDatePattern));
  it.each(['17', '2018-9', '2018-09-', '09-2018', 'september 2018', '2020-05-28-01'])('not %s', (text) =>
    expect(text).not.toMatch(partialDatePattern),
  );
});

describe('isRealDate: the year, month or day exists', () => {
  const cases = [
    { reason: 'a year', text: '2017', ok: true },
    { reason: 'a month', text: '2018-09', ok: true },
    { reason: 'a day', text: '2020-05-28', ok: true },
    { reason: 'leap day in a leap year', text: '2024-02-29', ok: true },
    { reason: 'leap day in a common year', text: '2025-02-29', ok: false },
    { reason: 'leap day in 1900 (not a leap year)', text: '1900-02-29', ok: false },
    { reason: '31 April', text: '2026-04-31', ok: false },
    { reason: 'month 13', text: '2026-13', ok: false },
    { reason: 'month 00', text: '2026-00-10', ok: false },
    { reason: 'day 00', text: '2026-01-00', ok: false },
    { reason: 'a year before 1900', text: '1899', ok: false },
    { reason: 'a year after 2200', text: '2201-01-01', ok: false },
  ];
  it.each(cases)('$reason', ({ text, ok }) => expect(isRealDate(text)).toBe(ok));
});

// The schemas hold the rules together with their Swedish messages.
describe('the date schemas use the rules', () => {
  it('a day: the pattern, then the calendar', () => {
    expect(CalendarDateSchema.safeParse('2026-12-24').success).toBe(true);
    expect(CalendarDateSchema.safeParse('2026-12').error?.issues[0]?.message).toContain('ÅÅÅÅ-MM-DD');
    expect(CalendarDateSchema.safeParse('2026-02-30').error?.issues[0]?.message).toContain('finns inte i kalendern');
  });
  it('a partial date: a year or a month is enough', () => {
    for (const text of ['2017', '2018-09', '2020-05-28']) expect(PartialDateSchema.safeParse(text).success).toBe(true);
    expect(PartialDateSchema.safeParse('sept 2018').error?.issues[0]?.message).toContain('ÅÅÅÅ-MM');
    expect(PartialDateSchema.safeParse('2018-13').error?.issues[0]?.message).toContain('finns inte i kalendern');
  });
});
