/**
 * The pure logic behind the news and documents pages: pages of a list and their addresses, newest
 * first; documents by kind and year; language names; the documents the accessibility statement
 * names; the uploaded files a content field names.
 */
import { describe, expect, it } from 'vitest';
import { groupByKindAndYear, inaccessible, kindAnchor, languageName } from '../../src/lib/documents.ts';
import { mediaReferencesIn } from '../../src/lib/media-references.ts';
import { newestFirst, pageCount, pageItems, pagePath, pagination } from '../../src/lib/pagination.ts';
import { DocumentSchema, documentLanguages } from '../../src/schemas/document.ts';
import { NewsSchema } from '../../src/schemas/news.ts';

describe('pages of a list', () => {
  it.each([
    { items: 0, size: 10, pages: 1, reason: 'an empty list still has its page' },
    { items: 1, size: 10, pages: 1, reason: 'one item' },
    { items: 10, size: 10, pages: 1, reason: 'exactly one full page' },
    { items: 11, size: 10, pages: 2, reason: 'one more than a page' },
    { items: 23, size: 10, pages: 3, reason: 'a last page that is not full' },
  ])('$reason: $items items at $size a page make $pages', ({ items, size, pages }) => {
    expect(pageCount(items, size)).toBe(pages);
  });
  it('refuses a page size that is not a positive whole number', () => {
    expect(() => pageCount(5, 0)).toThrow(RangeError);
    expect(() => pageCount(5, 2.5)).toThrow(RangeError);
  });
  it('each page has its slice, the last the rest', () => {
    const items = Array.from({ length: 23 }, (_, i) => i);
    expect(pageItems(items, 10, 1)).toEqual(items.slice(0, 10));
    expect(pageItems(items, 10, 3)).toEqual([20, 21, 22]);
    expect(pageItems(items, 10, 4)).toEqual([]);
  });
  it.each([
    { section: '/aktuellt/', locale: 'sv', n: 1, path: '/aktuellt/' },
    { section: '/aktuellt/', locale: 'sv', n: 2, path: '/aktuellt/sida/2/' },
    { section: '/en/news/', locale: 'en', n: 3, path: '/en/news/page/3/' },
  ] as const)('page $n of $section is $path', ({ section, locale, n, path }) => {
    expect(pagePath(section, locale, n)).toBe(path);
  });
  it('links the newer and older neighbours, none past the ends', () => {
    expect(pagination('/aktuellt/', 'sv', 1, 3)).toEqual({ number: 1, total: 3, previous: undefined, next: '/aktuellt/sida/2/' });
    expect(pagination('/aktuellt/', 'sv', 2, 3)).toMatchObject({ previous: '/aktuellt/', next: '/aktuellt/sida/3/' });
    expect(pagination('/aktuellt/', 'sv', 3, 3)).toMatchObject({ previous: '/aktuellt/sida/2/', next: undefined });
  });
  it('orders newest first, equal dates by key', () => {
    const entry = (key: string, date: string) => ({ key, data: { date: new Date(date) } });
    const sorted = newestFirst([entry('b', '2026-01-01'), entry('c', '2026-06-01'), entry('a', '2026-01-01')], 'date');
    expect(sorted.map((e) => e.key)).toEqual(['c', 'a', 'b']);
  });
});

describe('documents by kind and year', () => {
  const doc = (key: string, kind: string, date: string) => ({ key, kind, date: new Date(`${date}T00:00:00Z`) });
  it('follows the order of kinds, leaves out empty kinds, newest year and document first', () => {
    const groups = groupByKindAndYear(
      [
        doc('a', 'report', '2025-03-01'),
        doc('b', 'brochure', '2026-01-01'),
        doc('c', 'report', '2026-02-01'),
        doc('d', 'report', '2026-09-01'),
      ],
      ['report', 'brochure', 'form'],
    );
    expect(groups.map((g) => g.kind)).toEqual(['report', 'brochure']);
    expect(groups[0]!.years.map((y) => [y.year, y.documents.map((d) => d.key)])).toEqual([
      [2026, ['d', 'c']],
      [2025, ['a']],
    ]);
  });
  it('names the heading of a kind', () => expect(kindAnchor('annual-report')).toBe('sort-annual-report'));
  it.each(documentLanguages.map((code) => [code] as const))('has a name for the language %s in both languages', (code) => {
    expect(languageName(code, 'sv')).not.toBe(code);
    expect(languageName(code, 'en')).not.toBe(code);
  });
  it('names languages in the page language', () => {
    expect(languageName('fi', 'sv')).toBe('finska');
    expect(languageName('sv', 'en')).toBe('Swedish');
  });
  it('lists only the documents that are not accessible, by title', () => {
    const list = inaccessible([
      { title: 'Östra', accessible: false },
      { title: 'Blankett', accessible: true },
      { title: 'Årsrapport', accessible: false },
      { title: 'Broschyr', accessible: false },
    ]);
    expect(list.map((d) => d.title)).toEqual(['Broschyr', 'Årsrapport', 'Östra']);
  });
});

describe('uploaded files named in content fields', () => {
  it("finds a document's file and a news item's image", () => {
    const document = DocumentSchema.parse({
      title: { sv: 'Rapport' },
      kind: 'report',
      date: '2026-01-01',
      file: '/media/rapport.pdf',
      summary: { sv: 'En rapport om hur kurserna gick.' },
    });
    expect(mediaReferencesIn(DocumentSchema, document)).toEqual([{ path: ['file'], href: '/media/rapport.pdf' }]);
    const news = NewsSchema.parse({
      title: 'Nyhet',
      date: '2026-01-01',
      summary: 'En sammanfattning som är lång nog.',
      image: { src: '/media/bild.png', alt: 'Bild' },
    });
    expect(mediaReferencesIn(NewsSchema, news)).toEqual([{ path: ['image', 'src'], href: '/media/bild.png' }]);
  });
  it('finds nothing where there is no file', () => {
    expect(
      mediaReferencesIn(
        NewsSchema,
        NewsSchema.parse({ title: 'Nyhet', date: '2026-01-01', summary: 'En sammanfattning som är lång nog.' }),
      ),
    ).toEqual([]);
  });
});
