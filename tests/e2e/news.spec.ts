/**
 * News and documents in a real browser, on the built site served with its headers: search finds
 * them with the type filter in each language's index; the feeds are served as feeds; the news
 * list's pages and the documents are reached with the keyboard alone. Accessibility, CSP, other
 * hosts and the console on every page are the sitemap sweep's (site.spec.ts); the feeds' content
 * and the lists' order are checked without a browser (tests/built/news.test.ts).
 */
import { expect, test } from '@playwright/test';
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';

const count = (dir: string, ext: string) => readdirSync(resolve(dir)).filter((f) => f.endsWith(ext)).length;
const cases = [
  { lang: 'sv', page: '/aktuellt/', news: count('content/news/sv', '.mdx'), newsType: 'Nyhet', docType: 'Dokument', docs: '/dokument/' },
  { lang: 'en', page: '/en/news/', news: count('content/news/en', '.mdx'), newsType: 'News', docType: 'Document', docs: '/en/documents/' },
];
const documents = count('content/documents', '.yaml');

test('there are news items and documents to look for', () => {
  for (const c of cases) expect(c.news).toBeGreaterThan(0);
  expect(documents).toBeGreaterThan(0);
});

for (const c of cases) {
  test(`search (${c.lang}) has a type filter with every news item and document`, async ({ page }) => {
    await page.goto(c.page);
    const found = await page.evaluate(async (docType) => {
      const pagefind = await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`);
      await pagefind.init();
      const filters = (await pagefind.filters()) as Record<string, Record<string, number>>;
      const search = await pagefind.search(null, { filters: { type: docType } });
      const urls = await Promise.all(search.results.map(async (r: { data: () => Promise<{ url: string }> }) => (await r.data()).url));
      return { types: filters.type ?? {}, urls };
    }, c.docType);
    // Other types have their own values in the same filter (Kurs, Forskning …).
    expect(found.types).toMatchObject({ [c.newsType]: c.news, [c.docType]: documents });
    expect(found.urls).toHaveLength(documents);
    for (const url of found.urls) expect(url.startsWith(c.docs), url).toBe(true);
  });

  test(`the feeds (${c.lang}) are served as feeds`, async ({ page }) => {
    await page.goto(c.page);
    for (const [type, pattern] of [
      ['application/rss+xml', /xml/],
      ['application/atom+xml', /xml/],
    ] as const) {
      // The news feed among the page's feeds (courses advertise theirs too).
      const href = await page.locator(`head link[rel="alternate"][type="${type}"][href^="${c.page}"]`).getAttribute('href');
      const response = await page.request.get(href!);
      expect(response.status(), href!).toBe(200);
      expect(response.headers()['content-type'], href!).toMatch(pattern);
      expect(await response.text()).toContain(c.lang === 'sv' ? 'Aktuellt' : 'News');
    }
  });
}

test('from the news page to a document with the keyboard alone', async ({ page }) => {
  await page.goto('/aktuellt/');
  const link = page.getByRole('link', { name: 'Rapporter, broschyrer och andra dokument' });
  await expect(link).toBeVisible();
  // Tab until the link has focus, then follow it with Enter.
  for (let i = 0; i < 60 && !(await link.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(link).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/dokument\/$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Dokument' })).toBeVisible();
  await expect(page.locator('main a[href^="/media/"]')).toHaveCount(documents);
});
