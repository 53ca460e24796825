/**
 * The research library in a real browser, on the built site: the grouped list without
 * JavaScript, the instant filters by keyboard, copying a reference, `<Cite>` in page text with
 * its reference list, search with the type filter, and axe on the states the sitemap sweep does
 * not reach (a filtered list, the copy buttons shown). The exports are parsed in tests/built/.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';

const dir = resolve('content/research/sv');
const works = readdirSync(dir)
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => ({
    key: f.replace(/\.mdx$/, ''),
    ...(parse(readFileSync(join(dir, f), 'utf8').split(/^---$/m)[1] ?? '') as {
      title: string;
      type: string;
      topics: string[];
      doi?: string;
      language: string;
    }),
  }));
const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const visibleWorks = (page: Page) => page.locator('[data-work]:visible');

test('there are works to look at (the checks below would pass on none)', () => expect(works.length).toBeGreaterThan(0));

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('/forskning/ lists every work once, grouped by topic, with its reference and DOI link', async ({ page }) => {
    await page.goto('/forskning/');
    await expect(page.locator('form.rs-filter')).toBeHidden();
    await expect(page.getByRole('navigation', { name: 'Ämnen' })).toBeVisible();
    await expect(page.locator('[data-work]')).toHaveCount(works.length);
    for (const work of works) {
      const item = page.locator('[data-work]', { has: page.locator(`a[href="/forskning/${work.key}/"]`) });
      await expect(item, work.key).toHaveCount(1);
      await expect(item.locator('.rs-cite').first(), work.key).toContainText(work.title.slice(0, 30));
      if (work.doi) await expect(item.locator(`a[href="https://doi.org/${work.doi}"]`).first(), work.key).toBeVisible();
    }
    // The contents lead to the groups.
    await page.getByRole('navigation', { name: 'Ämnen' }).getByRole('link', { name: 'Recovery College' }).click();
    await expect(page).toHaveURL(/#amne-recovery-college$/);
  });

  test('a work page has both references as text to select, no copy button', async ({ page }) => {
    await page.goto('/forskning/wenzer-2018/');
    await expect(
      page.getByRole('heading', { level: 2, name: 'APA 7' }).or(page.getByRole('heading', { level: 3, name: 'APA 7' })),
    ).toBeVisible();
    await expect(page.locator('.rs-citation .rs-cite').first()).toHaveText(
      /^Wenzer, J\. \(2018\)\. Egen erfarenhet som unikt arbetsverktyg/,
    );
    await expect(page.getByRole('button', { name: /Kopiera referensen/ })).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'BibTeX (.bib)' })).toHaveAttribute('href', '/forskning/wenzer-2018.bib');
  });
});

test.describe('the filters, by keyboard', () => {
  test('choosing a topic and a type shows exactly the matching works and says how many', async ({ page }) => {
    await page.goto('/forskning/');
    await expect(page.locator('form.rs-filter')).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Ämnen' })).toBeHidden();
    // The menus are in the tab order right after the download links.
    await page.getByRole('link', { name: 'CSL-JSON (.json)' }).focus();
    await page.keyboard.press('Tab');
    await expect(page.getByLabel('Ämne', { exact: true })).toBeFocused();
    await page.keyboard.press('ArrowDown'); // The first topic after "Alla": Peer support.
    const topic = await page.getByLabel('Ämne', { exact: true }).inputValue();
    expect(topic).toBe('peer-support');
    const withTopic = works.filter((w) => w.topics.includes(topic));
    await expect(visibleWorks(page)).toHaveCount(withTopic.length);
    await expect(page.locator('.rs-filter__count')).toHaveText(`Visar ${withTopic.length} av ${works.length} verk.`);

    await page.keyboard.press('Tab');
    await expect(page.getByLabel('Typ')).toBeFocused();
    await page.keyboard.press('ArrowDown'); // Vetenskaplig artikel.
    const both = withTopic.filter((w) => w.type === 'article');
    await expect(visibleWorks(page)).toHaveCount(both.length);
    for (const key of await visibleWorks(page).evaluateAll((items) => items.map((i) => i.querySelector('h3 a')!.getAttribute('href'))))
      expect(both.map((w) => `/forskning/${w.key}/`)).toContain(key);
    // Groups left without a visible work are hidden with them.
    await expect(page.locator('[data-research-group]:visible')).toHaveCount(new Set(both.map((w) => w.topics[0])).size);

    // Back to "Alla" in both: every work again, and no count.
    await page.keyboard.press('ArrowUp');
    await page.getByLabel('Ämne', { exact: true }).focus();
    await page.keyboard.press('ArrowUp');
    await expect(visibleWorks(page)).toHaveCount(works.length);
    await expect(page.locator('.rs-filter__count')).toHaveText('');
  });

  test('choices that match nothing say so; axe finds nothing in the filtered list', async ({ page }) => {
    // axe over the whole list takes long on a busy machine.
    test.setTimeout(120_000);
    await page.goto('/forskning/');
    await page.getByLabel('Språk').selectOption('sv');
    await page.getByLabel('Typ').selectOption('article');
    await expect(visibleWorks(page)).toHaveCount(0);
    await expect(page.locator('.rs-filter__count')).toContainText('Inget verk passar');
    const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
  });
});

test.describe('copying a reference', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('the APA button copies the reference as plain text and says so', async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto('/forskning/wenzer-2018/');
    const button = page.getByRole('button', { name: 'Kopiera referensen (APA 7)' });
    await button.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status').filter({ hasText: 'Referensen är kopierad.' })).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(
      'Wenzer, J. (2018). Egen erfarenhet som unikt arbetsverktyg. Utvärdering av projektet PEER Support inom psykiatrin i Västra Götalandsregionen [Slutrapport]. NSPH.',
    );
    await page.getByRole('button', { name: 'Kopiera referensen (Vancouver)' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/^Wenzer J\. Egen erfarenhet .* NSPH; 2018\.$/);
    const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
  });
});

test.describe('<Cite> in page text', () => {
  const pages = [
    { path: '/peer-support/', cite: '(Wenzer, 2018)', work: '/forskning/wenzer-2018/', sources: 'Källor' },
    { path: '/en/peer-support/', cite: '(Wenzer, 2018)', work: '/en/research/wenzer-2018/', sources: 'Sources' },
  ];
  for (const p of pages) {
    test(`${p.path}: the citation links to the work and the page ends with its reference`, async ({ page }) => {
      await page.goto(p.path);
      await expect(page.getByRole('link', { name: p.cite })).toHaveAttribute('href', p.work);
      const sources = page.getByRole('region', { name: p.sources });
      await expect(sources.getByRole('listitem')).toHaveCount(2);
      await expect(sources).toContainText('Wenzer, J. (2018). Egen erfarenhet som unikt arbetsverktyg');
      await page.getByRole('link', { name: p.cite }).click();
      await expect(page).toHaveURL(p.work);
    });
  }
});

test('search finds a work by its author, filtered to research', async ({ page }) => {
  await page.goto('/forskning/');
  const urls = await page.evaluate(async () => {
    const pagefind = await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`);
    await pagefind.init();
    const search = await pagefind.search('Nicholson', { filters: { type: 'Forskning' } });
    const data = await Promise.all(search.results.map((r: { data: () => Promise<{ url: string }> }) => r.data()));
    return data.map((d) => d.url);
  });
  expect(urls).toContain('/forskning/nicholson-2019/');
  expect(urls.every((url: string) => url.startsWith('/forskning/'))).toBe(true);
});
