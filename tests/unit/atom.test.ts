/**
 * The Atom feed writer, parsed back by an independent parser (@rowanmanning/feed-parser): every
 * entry with its title, date and link, and text that tries to close an element or add markup
 * stays text.
 */
import { parseFeed } from '@rowanmanning/feed-parser';
import { describe, expect, it } from 'vitest';
import { atomFeed, escapeXml } from '../../src/lib/atom.ts';

const feed = (title: string, summary = 'Sammanfattning.') =>
  atomFeed({
    self: 'https://rc.example.se/aktuellt/atom.xml',
    link: 'https://rc.example.se/aktuellt/',
    title: 'Recovery College: Aktuellt',
    subtitle: 'Nyheter',
    language: 'sv',
    author: 'Region Exempel',
    entries: [
      {
        id: 'https://rc.example.se/aktuellt/a/',
        link: 'https://rc.example.se/aktuellt/a/',
        title,
        date: new Date('2026-11-20T00:00:00Z'),
        summary,
      },
      {
        id: 'https://rc.example.se/aktuellt/b/',
        link: 'https://rc.example.se/aktuellt/b/',
        title: 'B',
        date: new Date('2026-10-05T00:00:00Z'),
        summary,
      },
    ],
  });

describe('an Atom feed', () => {
  it('is read back with every entry, title, date and link', () => {
    const parsed = parseFeed(feed('Vårterminens kurser'));
    expect(parsed.meta.type).toBe('atom');
    expect(parsed.title).toBe('Recovery College: Aktuellt');
    expect(parsed.items.map((i) => [i.title, i.url, i.published?.toISOString()])).toEqual([
      ['Vårterminens kurser', 'https://rc.example.se/aktuellt/a/', '2026-11-20T00:00:00.000Z'],
      ['B', 'https://rc.example.se/aktuellt/b/', '2026-10-05T00:00:00.000Z'],
    ]);
    expect(parsed.updated?.toISOString()).toBe('2026-11-20T00:00:00.000Z');
  });
  it.each([
    ['markup', '<b>fet</b> & "citat"'],
    ['a closing tag', '</title><entry><title>Falsk</title></entry>'],
    ['a CDATA end', ']]> och <![CDATA[x]]>'],
  ])('keeps %s in a title as text', (_reason, title) => {
    const parsed = parseFeed(feed(title, title));
    expect(parsed.items).toHaveLength(2);
    expect(parsed.items[0]!.title).toBe(title);
  });
  it('drops characters XML forbids', () => {
    expect(escapeXml('a\u0000b\u0007c\u000Bd\te\n')).toBe('abcd\te\n');
  });
});
