import { describe, expect, it } from 'vitest';
import { daysSince, earliestDay, formatPartialDate } from '../../src/lib/partial-date.ts';
import { staleEntries, valueAtPath } from '../../src/lib/staleness.ts';

describe('partial dates: as precise as the source', () => {
  it.each([
    { date: '2018-09', expected: '2018-09-01', reason: 'a month means its first day' },
    { date: '2017', expected: '2017-01-01', reason: 'a year means 1 January' },
    { date: '2020-05-28', expected: '2020-05-28', reason: 'a day is itself' },
  ])('$reason', ({ date, expected }) => expect(earliestDay(date).toISOString().slice(0, 10)).toBe(expected));
  it('counts days across a leap year', () => expect(daysSince('2024-02-28', '2024-03-01')).toBe(2));
  it('counts a month from its first day', () => expect(daysSince('2026-06', '2026-11-23')).toBe(175));
  it.each([
    { reason: 'a day', date: '2020-05-28', locale: 'sv' as const, expected: '28 maj 2020' },
    { reason: 'a month', date: '2018-09', locale: 'sv' as const, expected: 'september 2018' },
    { reason: 'a year', date: '2017', locale: 'sv' as const, expected: '2017' },
    { reason: 'English', date: '2025-08-20', locale: 'en' as const, expected: '20 August 2025' },
    { reason: 'an English month', date: '2018-09', locale: 'en' as const, expected: 'September 2018' },
  ])('formats $reason', ({ date, locale, expected }) => expect(formatPartialDate(date, locale)).toBe(expected));
});

describe('staleness for any type', () => {
  const entry = (key: string, checked: unknown) => ({ key, name: key, file: `content/x/${key}.yaml`, data: { facts: { checked } } });
  it('reads the date at the dot path the registry names', () => {
    expect(valueAtPath({ a: { b: '2026' } }, 'a.b')).toBe('2026');
    expect(valueAtPath({ a: 'x' }, 'a.b')).toBeUndefined();
  });
  it('lists undated entries first, then the oldest, and leaves fresh ones out', () => {
    const stale = staleEntries(
      [entry('fresh', '2026-11-01'), entry('old', '2020'), entry('older', '2019-05'), entry('never', undefined)],
      'facts.checked',
      '2026-11-23',
      180,
    );
    expect(stale.map((s) => s.key)).toEqual(['never', 'older', 'old']);
    expect(stale[0]).toMatchObject({ lastChecked: undefined, days: undefined });
  });
});
