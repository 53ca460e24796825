import { describe, expect, it } from 'vitest';
import { formatDate, localeFromPath, otherLocale, pagePath, pick, routes } from '../../src/lib/i18n.ts';

describe('localeFromPath', () => {
  it.each([
    { path: '/', locale: 'sv', reason: 'the Swedish home has no prefix' },
    { path: '/hjalplinjer/', locale: 'sv', reason: 'Swedish pages have no prefix' },
    { path: '/en/', locale: 'en', reason: 'English lives under /en/' },
    { path: '/en', locale: 'en', reason: 'without trailing slash too' },
    { path: '/en/helplines/', locale: 'en', reason: 'English subpages' },
    { path: '/engelska/', locale: 'sv', reason: 'a Swedish slug that starts with "en" is still Swedish' },
  ])('$path → $locale ($reason)', ({ path, locale }) => {
    expect(localeFromPath(path)).toBe(locale);
  });
});

describe('pagePath', () => {
  it.each([
    { locale: 'sv', slug: 'om', path: '/om/', reason: 'Swedish slugs at the root' },
    { locale: 'en', slug: 'about', path: '/en/about/', reason: 'English slugs under /en/' },
    { locale: 'sv', slug: '', path: '/', reason: 'the empty slug is the home page' },
    { locale: 'en', slug: '', path: '/en/', reason: 'the English home page' },
  ] as const)('$locale/$slug → $path ($reason)', ({ locale, slug, path }) => {
    expect(pagePath(locale, slug)).toBe(path);
  });
});

describe('routes', () => {
  it('uses ASCII Swedish slugs and English ones under /en/', () => {
    expect(Object.keys(routes).length).toBeGreaterThan(0);
    for (const [name, byLocale] of Object.entries(routes)) {
      expect(byLocale.sv, name).toMatch(/^\/[a-z0-9/-]*$/);
      expect(byLocale.en, name).toMatch(/^\/en\/[a-z0-9/-]*$/);
    }
  });
});

describe('pick and otherLocale', () => {
  it.each([
    { text: { sv: 'Hej', en: 'Hello' }, locale: 'en', expected: 'Hello', reason: 'English when there is one' },
    { text: { sv: 'Hej' }, locale: 'en', expected: 'Hej', reason: 'falls back to Swedish' },
    { text: { sv: 'Hej', en: 'Hello' }, locale: 'sv', expected: 'Hej', reason: 'Swedish on Swedish pages' },
  ] as const)('$reason', ({ text, locale, expected }) => {
    expect(pick(text, locale)).toBe(expected);
  });
  it('switches between the two languages', () => {
    expect(otherLocale('sv')).toBe('en');
    expect(otherLocale('en')).toBe('sv');
  });
});

describe('formatDate', () => {
  it.each([
    { date: '2026-11-23T00:00:00Z', locale: 'sv', expected: '23 november 2026', reason: 'Swedish long date' },
    { date: '2026-11-23T00:00:00Z', locale: 'en', expected: '23 November 2026', reason: 'British English long date' },
    { date: '2026-06-30T23:30:00Z', locale: 'sv', expected: '1 juli 2026', reason: 'the date in Stockholm, not UTC (summer time)' },
  ] as const)('$reason', ({ date, locale, expected }) => {
    expect(formatDate(new Date(date), locale)).toBe(expected);
  });
});
