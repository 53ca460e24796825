/**
 * News, documents and feeds in the build, checked from the outside: the feeds are parsed back by
 * an independent parser (@rowanmanning/feed-parser) with every item's title, date and link, each
 * link leading to a built page with that title and date; every page advertises the feeds of its
 * language and those addresses resolve; the news list is newest first; the home page shows the
 * latest three; every document shows its file's real type and size; the accessibility statement
 * lists exactly the documents that are not accessible; the newsletter is a plain link; news and
 * document pages carry their search filter. The news page's bytes (brotli) are logged.
 */
import { parseFeed } from '@rowanmanning/feed-parser';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { formatFileSize } from '../../src/lib/file-size.ts';
import { decodeEntities, scanTags } from '../../tools/html-scan.ts';
import { brotliSize, pageWeight } from '../../tools/page-weight.ts';
import { builtSitemapPaths } from '../../tools/sitemap.ts';
import { outDir, read } from './built.ts';

const site = 'https://recoverycollege.example.se';
const html = (path: string) => {
  const text = read(path);
  expect(text, `the build has ${path}`).toBeDefined();
  return text!;
};
const h1 = (page: string) =>
  decodeEntities(
    /<h1[^>]*>([\s\S]*?)<\/h1>/
      .exec(page)?.[1]
      ?.replace(/<[^>]+>/g, '')
      .trim() ?? '',
  );
const times = (page: string) => scanTags(page).flatMap((t) => (t.name === 'time' && t.attrs.datetime ? [t.attrs.datetime] : []));

/** The news items in content/news/<lang>/, read from the files (not from the site's code): key, title and date. */
function newsIn(lang: 'sv' | 'en') {
  const dir = resolve('content/news', lang);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => {
      const front = parseYaml(readFileSync(join(dir, f), 'utf8').split(/^---$/m)[1]!) as { title: string; date: Date | string };
      return { key: f.replace(/\.mdx$/, ''), title: front.title, date: new Date(front.date).toISOString().slice(0, 10) };
    })
    .sort((a, b) => b.date.localeCompare(a.date) || a.key.localeCompare(b.key));
}
const sections = { sv: '/aktuellt/', en: '/en/news/' } as const;
const feeds = [
  { lang: 'sv', path: '/aktuellt/rss.xml', type: 'rss' },
  { lang: 'sv', path: '/aktuellt/atom.xml', type: 'atom' },
  { lang: 'en', path: '/en/news/rss.xml', type: 'rss' },
  { lang: 'en', path: '/en/news/atom.xml', type: 'atom' },
] as const;

describe('the news feeds, parsed back by an independent parser', () => {
  it('there is news in both languages', () => {
    expect(newsIn('sv').length).toBeGreaterThan(0);
    expect(newsIn('en').length).toBeGreaterThan(0);
  });

  it.each(feeds)('$path: every item with its title, date and link, newest first', ({ lang, path, type }) => {
    const feed = parseFeed(html(path));
    expect(feed.meta.type).toBe(type);
    expect(feed.language).toBe(lang);
    const expected = newsIn(lang).slice(0, 20);
    expect(feed.items.map((i) => [i.title, i.published?.toISOString().slice(0, 10), i.url])).toEqual(
      expected.map((n) => [n.title, n.date, `${site}${sections[lang]}${n.key}/`]),
    );
    // Each link leads to a built page with the same title and date.
    for (const item of feed.items) {
      const page = html(new URL(item.url!).pathname);
      expect(h1(page), item.url!).toBe(item.title);
      expect(times(page), item.url!).toContain(item.published!.toISOString().slice(0, 10));
    }
  });
});

describe('autodiscovery', () => {
  const paths = builtSitemapPaths(outDir);
  it('the sitemap lists the news and documents pages', () => {
    for (const p of ['/aktuellt/', '/en/news/', '/dokument/', '/en/documents/']) expect(paths).toContain(p);
  });
  it('every page advertises the RSS and Atom feeds of its language, and they resolve', () => {
    expect(paths.length).toBeGreaterThan(10);
    for (const path of paths) {
      const links = scanTags(html(path)).filter(
        (t) => t.name === 'link' && t.attrs.rel === 'alternate' && /^application\/(rss|atom)\+xml$/.test(t.attrs.type ?? ''),
      );
      const lang = path.startsWith('/en/') ? 'en' : 'sv';
      // The news feeds of the page's language are among them (other types add feeds of their own, e.g. courses).
      expect(
        links.map((l) => l.attrs.href),
        path,
      ).toEqual(expect.arrayContaining(feeds.filter((f) => f.lang === lang).map((f) => f.path)));
      for (const link of links) {
        expect(link.attrs.title, path).toBeTruthy();
        expect(read(link.attrs.href!), `${path} → ${link.attrs.href}`).toBeDefined();
      }
    }
  });
});

describe('the news pages', () => {
  it.each(['sv', 'en'] as const)('the list (%s) is newest first, as many as fit on its first page', (lang) => {
    const page = html(sections[lang]);
    const expected = newsIn(lang).slice(0, 10);
    expect(times(page)).toEqual(expected.map((n) => n.date));
    const bytes = brotliSize(page);
    const weight = pageWeight(page, sections[lang], read);
    console.log(`${sections[lang]}: ${expected.length} news items; HTML ${bytes} B brotli, with CSS and JS ${weight.total} B`);
  });
  it.each(['sv', 'en'] as const)('the home page (%s) shows the latest three', (lang) => {
    const page = html(lang === 'sv' ? '/' : '/en/');
    const section = /<section[^>]*aria-labelledby="latest-news-heading"[\s\S]*?<\/section>/.exec(page)?.[0] ?? '';
    const hrefs = scanTags(section).flatMap((t) => (t.name === 'a' ? [t.attrs.href] : []));
    expect(hrefs).toEqual([
      ...newsIn(lang)
        .slice(0, 3)
        .map((n) => `${sections[lang]}${n.key}/`),
      sections[lang],
    ]);
  });
  it('a news item and a document carry their search filter; the lists do not', () => {
    const filter = (path: string) =>
      scanTags(html(path)).flatMap((t) =>
        t.name === 'meta' && t.attrs['data-pagefind-filter'] === 'type[content]' ? [t.attrs.content] : [],
      );
    const [first] = newsIn('sv');
    expect(filter(`/aktuellt/${first!.key}/`)).toEqual(['Nyhet']);
    expect(filter(`/en/news/${newsIn('en')[0]!.key}/`)).toEqual(['News']);
    expect(filter('/dokument/exempel-broschyr/')).toEqual(['Dokument']);
    expect(filter('/en/documents/exempel-broschyr/')).toEqual(['Document']);
    expect(filter('/aktuellt/')).toEqual([]);
  });
  it('the newsletter is a plain link to the address in the settings, with nothing of the service embedded', () => {
    const settings = parseYaml(readFileSync('content/settings/site.yaml', 'utf8')) as { newsletter?: { url: string } };
    expect(settings.newsletter?.url).toMatch(/^https:\/\//);
    const tags = scanTags(html('/aktuellt/'));
    const link = tags.find((t) => t.name === 'a' && t.attrs.href === settings.newsletter!.url);
    expect(link?.attrs.rel).toBe('noreferrer');
    // Canonical and hreflang links name this site's own address; anything else from another host would be the service's.
    const otherHost = (url: string) => /^(https?:)?\/\//.test(url) && new URL(url, site).origin !== site;
    const external = tags.filter(
      (t) => ['iframe', 'form', 'img', 'script', 'link'].includes(t.name) && otherHost(t.attrs.src ?? t.attrs.href ?? t.attrs.action ?? ''),
    );
    expect(external).toEqual([]);
  });
});

describe('documents', () => {
  const docs = readdirSync(resolve('content/documents'))
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => ({
      key: f.replace(/\.yaml$/, ''),
      ...(parseYaml(readFileSync(resolve('content/documents', f), 'utf8')) as {
        file: string;
        accessible?: boolean;
        title: { sv: string };
      }),
    }));

  it('there are documents, accessible and not', () => {
    expect(docs.length).toBeGreaterThan(0);
    expect(docs.some((d) => d.accessible)).toBe(true);
    expect(docs.some((d) => !d.accessible)).toBe(true);
  });
  it('every document page and the list show the file with its real type and size', () => {
    const list = html('/dokument/');
    for (const d of docs) {
      const size = formatFileSize(statSync(join('public', d.file)).size, 'sv');
      const type = d.file.endsWith('.pdf') ? 'PDF' : d.file.endsWith('.txt') ? 'Text' : '?';
      for (const page of [html(`/dokument/${d.key}/`), list]) {
        const link = new RegExp(`<a href="${d.file}"[^>]*>[\\s\\S]*?</a>\\s*\\(${type}, ${size.replace(/\s/g, '[\\s\\u00a0]')}\\)`);
        expect(page, d.key).toMatch(link);
      }
    }
  });
  it('the accessibility statement lists exactly the documents that are not accessible', () => {
    for (const path of ['/tillganglighet/', '/en/accessibility/']) {
      const page = html(path);
      const list = /<ul data-inaccessible-documents[\s\S]*?<\/ul>/.exec(page)?.[0] ?? '';
      const prefix = path.startsWith('/en/') ? '/en/documents/' : '/dokument/';
      const hrefs = scanTags(list).flatMap((t) => (t.name === 'a' && t.attrs.href?.startsWith(prefix) ? [t.attrs.href] : []));
      expect(hrefs.sort(), path).toEqual(
        docs
          .filter((d) => !d.accessible)
          .map((d) => `${prefix}${d.key}/`)
          .sort(),
      );
    }
  });
});
