/**
 * Addresses come from the registry (src/schemas/index.ts) through src/lib/routes.ts; these tests
 * compute them from there and pin the ones the site has published, so a registry change that would
 * move a page fails here.
 */
import { describe, expect, it } from 'vitest';
import { entryPath, hasEntryPages, hasSectionPage, homePath, localePath, sectionPath, typeLocales } from '../../src/lib/routes.ts';
import { contentType, contentTypes, type ContentType, type FolderType } from '../../src/schemas/index.ts';
import { templates } from '../../src/templates/index.ts';

const folderTypes = (contentTypes as readonly ContentType[]).filter((t): t is FolderType => t.kind === 'folder');
const pages = contentType('pages');
const helplines = contentType('helplines');

describe('published addresses stay where they are', () => {
  it.each([
    { what: 'the helplines page', path: sectionPath(helplines, 'sv'), expected: '/hjalplinjer/' },
    { what: 'the English helplines page', path: sectionPath(helplines, 'en'), expected: '/en/helplines/' },
    { what: 'the home page (the start entry)', path: entryPath(pages, { key: 'start', locale: 'sv', data: {} }), expected: '/' },
    { what: 'the English home page', path: entryPath(pages, { key: 'start', locale: 'en', data: {} }), expected: '/en/' },
    { what: 'a page by its file name', path: entryPath(pages, { key: 'om', locale: 'sv', data: {} }), expected: '/om/' },
    {
      what: 'a page by its own slug',
      path: entryPath(pages, { key: 'om', locale: 'en', data: { slug: 'about' } }),
      expected: '/en/about/',
    },
    {
      what: 'an empty slug falls back to the file name',
      path: entryPath(pages, { key: 'om', locale: 'sv', data: { slug: '' } }),
      expected: '/om/',
    },
  ])('$what → $expected', ({ path, expected }) => expect(path).toBe(expected));

  it('helplines have a section page and no page per line; pages the other way round', () => {
    expect([hasSectionPage(helplines), hasEntryPages(helplines)]).toEqual([true, false]);
    expect([hasSectionPage(pages), hasEntryPages(pages)]).toEqual([false, true]);
    expect(entryPath(helplines, { key: '112', locale: 'sv', data: {} })).toBeUndefined();
    expect(sectionPath(pages, 'sv')).toBeUndefined();
  });
});

describe('the address rules', () => {
  it.each([
    { locale: 'sv', segments: [], expected: '/' },
    { locale: 'en', segments: [], expected: '/en/' },
    { locale: 'sv', segments: ['kurser', 'sömn'], expected: '/kurser/sömn/' },
    { locale: 'en', segments: ['', 'about'], expected: '/en/about/' },
  ] as const)('$locale $segments → $expected', ({ locale, segments, expected }) => expect(localePath(locale, ...segments)).toBe(expected));

  it('home pages', () => expect([homePath('sv'), homePath('en')]).toEqual(['/', '/en/']));

  const courses: FolderType = {
    ...helplines,
    name: 'courses',
    translation: 'none',
    route: { sv: 'kurser', en: 'courses', pages: 'both' },
  } as FolderType;
  it('a Swedish-only type has no English addresses', () => {
    expect(typeLocales(courses)).toEqual(['sv']);
    expect(sectionPath(courses, 'sv')).toBe('/kurser/');
    expect(sectionPath(courses, 'en')).toBeUndefined();
    expect(entryPath(courses, { key: 'somn', locale: 'sv', data: {} })).toBe('/kurser/somn/');
    expect(entryPath(courses, { key: 'somn', locale: 'en', data: {} })).toBeUndefined();
  });
});

describe('the registry and its pages agree', () => {
  it.each(folderTypes.filter((t) => t.route).map((t) => ({ name: t.name, type: t })))(
    '$name: a route has its templates',
    ({ name, type }) => {
      const own = templates[name as keyof typeof templates];
      expect(Boolean(own?.section), 'section template').toBe(hasSectionPage(type));
      expect(Boolean(own?.entry), 'entry template').toBe(hasEntryPages(type));
    },
  );
  it('every template belongs to a registered type with a route', () => {
    const routed = folderTypes.filter((t) => t.route).map((t) => t.name);
    expect(Object.keys(templates).length).toBeGreaterThan(0);
    for (const name of Object.keys(templates)) expect(routed).toContain(name);
  });
  it('route segments are ASCII and differ between types in each language', () => {
    for (const locale of ['sv', 'en'] as const) {
      const segments = folderTypes.flatMap((t) => (t.route && t.route[locale] ? [t.route[locale]] : []));
      expect(segments.length).toBeGreaterThan(0);
      expect(new Set(segments).size).toBe(segments.length);
      for (const s of segments) expect(s).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    }
  });
});
