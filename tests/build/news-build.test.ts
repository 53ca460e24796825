/**
 * News and documents in a real build of a throwaway copy:
 * - the news list paginates at its page size (10), newest first across pages, in both languages,
 *   each page linking its newer and older neighbours and the same page in the other language, and
 *   the feeds carry the newest 20;
 * - a document whose file is missing, and a news item referring to a document that does not exist,
 *   stop the build with the file, the field and what to do (the same refusal a missing course gets
 *   once courses are registered: tests/unit/news-schema.test.ts), without a stack trace.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scanTags } from '../../tools/html-scan.ts';
import { buildWorkspace, makeWorkspace, removeWorkspace } from '../support/workspace.ts';

const pad = (n: number) => String(n).padStart(2, '0');
/** News item n of a language, dated n days into 2026 (so a higher n is newer). */
const newsFile = (lang: 'sv' | 'en', n: number) =>
  `---\ntitle: ${lang === 'sv' ? 'Nyhet' : 'News'} ${pad(n)}\ndate: 2026-01-${pad(n)}\nsummary: ${
    lang === 'sv' ? 'En sammanfattning av nyhet nummer' : 'A summary of news item number'
  } ${n}.\n---\n\nText ${n}.\n`;

describe('the news list in pages', () => {
  let dir = '';
  let build = { status: null as number | null, output: '' };
  const page = (path: string) => readFileSync(join(dir, 'dist', path, 'index.html'), 'utf8');
  const listed = (path: string) =>
    scanTags(/<main[\s\S]*<\/main>/.exec(page(path))![0]).flatMap((t) =>
      t.name === 'a' && /^\/(en\/news|aktuellt)\/nyhet-\d+\/$/.test(t.attrs.href ?? '') ? [t.attrs.href!] : [],
    );
  const hrefOf = (path: string, rel: string) => scanTags(page(path)).find((t) => t.name === 'a' && t.attrs.rel === rel)?.attrs.href;
  const hreflangs = (path: string) =>
    Object.fromEntries(
      scanTags(page(path)).flatMap((t) =>
        t.name === 'link' && t.attrs.rel === 'alternate' && t.attrs.hreflang && t.attrs.hreflang !== 'x-default'
          ? [[t.attrs.hreflang, new URL(t.attrs.href!).pathname]]
          : [],
      ),
    );

  beforeAll(() => {
    dir = makeWorkspace('rc-news-pages-');
    rmSync(join(dir, 'content/news'), { recursive: true, force: true });
    for (const lang of ['sv', 'en'] as const) mkdirSync(join(dir, 'content/news', lang), { recursive: true });
    // 23 Swedish items (3 pages: 10, 10, 3), 12 of them also in English (2 pages: 10, 2).
    for (let n = 1; n <= 23; n++) {
      writeFileSync(join(dir, 'content/news/sv', `nyhet-${pad(n)}.mdx`), newsFile('sv', n));
      if (n <= 12) writeFileSync(join(dir, 'content/news/en', `nyhet-${pad(n)}.mdx`), newsFile('en', n));
    }
    build = buildWorkspace(dir);
  });
  afterAll(() => {
    if (dir) removeWorkspace(dir);
  });

  it('builds', () => expect(build.status, build.output).toBe(0));

  it('Swedish: three pages of 10, 10 and 3, newest first across them', () => {
    const all = [...listed('aktuellt'), ...listed('aktuellt/sida/2'), ...listed('aktuellt/sida/3')];
    expect(listed('aktuellt')).toHaveLength(10);
    expect(listed('aktuellt/sida/2')).toHaveLength(10);
    expect(all).toEqual(Array.from({ length: 23 }, (_, i) => `/aktuellt/nyhet-${pad(23 - i)}/`));
    expect(existsSync(join(dir, 'dist/aktuellt/sida/4'))).toBe(false);
    expect(existsSync(join(dir, 'dist/aktuellt/sida/1'))).toBe(false);
  });

  it('English: two pages of 10 and 2, newest first', () => {
    expect([...listed('en/news'), ...listed('en/news/page/2')]).toEqual(
      Array.from({ length: 12 }, (_, i) => `/en/news/nyhet-${pad(12 - i)}/`),
    );
    expect(existsSync(join(dir, 'dist/en/news/page/3'))).toBe(false);
  });

  it('each page links its newer and older neighbours, none past the ends', () => {
    expect(hrefOf('aktuellt', 'prev')).toBeUndefined();
    expect(hrefOf('aktuellt', 'next')).toBe('/aktuellt/sida/2/');
    expect([hrefOf('aktuellt/sida/2', 'prev'), hrefOf('aktuellt/sida/2', 'next')]).toEqual(['/aktuellt/', '/aktuellt/sida/3/']);
    expect(hrefOf('aktuellt/sida/3', 'next')).toBeUndefined();
    expect(page('aktuellt/sida/3')).toContain('Sida 3 av 3');
  });

  it('each page names the same page in the other language, when there is one', () => {
    expect(hreflangs('aktuellt/sida/2')).toEqual({ sv: '/aktuellt/sida/2/', en: '/en/news/page/2/' });
    expect(hreflangs('en/news/page/2')).toEqual({ sv: '/aktuellt/sida/2/', en: '/en/news/page/2/' });
    expect(hreflangs('aktuellt/sida/3')).toEqual({ sv: '/aktuellt/sida/3/' });
  });

  it('the feeds carry the newest 20', () => {
    const rss = readFileSync(join(dir, 'dist/aktuellt/rss.xml'), 'utf8');
    const titles = [...rss.matchAll(/<item><title>([^<]+)<\/title>/g)].map((m) => m[1]);
    expect(titles).toEqual(Array.from({ length: 20 }, (_, i) => `Nyhet ${pad(23 - i)}`));
  });
});

describe('missing files and entries stop the build', () => {
  let dir = '';
  let build = { status: null as number | null, output: '' };
  beforeAll(() => {
    dir = makeWorkspace('rc-news-broken-');
    writeFileSync(
      join(dir, 'content/documents/rapport-utan-fil.yaml'),
      'title:\n  sv: Rapport utan fil\nkind: report\ndate: 2026-05-04\nfile: /media/rapport-som-saknas.pdf\nsummary:\n  sv: En rapport vars fil aldrig laddades upp.\n',
    );
    writeFileSync(
      join(dir, 'content/news/sv/hanvisar-fel.mdx'),
      newsFile('sv', 1).replace('---\n\n', 'relatedDocuments:\n  - arsrapport-1999\n---\n\n'),
    );
    build = buildWorkspace(dir);
  });
  afterAll(() => {
    if (dir) removeWorkspace(dir);
  });

  it('fails', () => expect(build.status).not.toBe(0));
  it('names the document, the field, the missing file and what to do', () => {
    expect(build.output).toContain('content/documents/rapport-utan-fil.yaml');
    expect(build.output).toMatch(/file \(Fil\)\s+\[content\/documents\/rapport-utan-fil\.yaml:5\]/);
    expect(build.output).toContain('"/media/rapport-som-saknas.pdf", som inte finns i mediebiblioteket');
    expect(build.output).toContain('Ladda upp filen i mediebiblioteket');
  });
  it('names the news item, the field and the missing document', () => {
    expect(build.output).toMatch(/relatedDocuments\.0 \(Relaterade dokument\)\s+\[content\/news\/sv\/hanvisar-fel\.mdx:6\]/);
    expect(build.output).toContain('"arsrapport-1999", som inte finns i documents');
  });
  it('prints no stack trace', () => expect(build.output).not.toMatch(/\n\s+at .+:\d+:\d+/));
});
