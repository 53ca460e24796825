/**
 * The search page and the header field in a real browser, on the built site: without JavaScript,
 * keyboard only, the filters, the address as the search's state (shared link, Back and Forward),
 * crisis queries at fixed Swedish times, axe with results and crisis help shown, and the bytes
 * of the page plus its first query. Relevance is search-relevance.spec.ts.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect as baseExpect, test, type Page } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SearchUiSchema } from '../../src/schemas/search.ts';
import type { z } from '../../src/schemas/z.ts';
import { brotliSize } from '../../tools/page-weight.ts';
import { outDir, ui } from './built-site.ts';

const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
// The first query loads Pagefind (WebAssembly, worker, index): on a busy two-core machine that takes seconds.
const expect = baseExpect.configure({ timeout: 15_000 });
test.describe.configure({ timeout: 90_000 });
const sv = (ui.sv as unknown as { search: z.output<typeof SearchUiSchema> }).search;
const hits = (page: Page) => page.locator('.search-hit');
const status = (page: Page) => page.getByRole('status');
/** A Tuesday at noon and at 23:00 in Stockholm (CET). */
const tuesdayNoon = new Date('2026-12-01T12:00:00+01:00');
const tuesdayNight = new Date('2026-12-01T23:00:00+01:00');

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the header field leads to the search page, which explains itself and links the main sections', async ({ page }) => {
    await page.goto('/om/');
    // On a desktop screen the menu, and the field in it, is always shown.
    const field = page.getByRole('searchbox', { name: sv.label });
    await field.fill('ångest');
    await field.press('Enter');
    await expect(page).toHaveURL(/\/sok\/\?q=%C3%A5ngest$/);
    await expect(page.getByText(sv.noScript)).toBeVisible();
    const links = page.getByRole('navigation', { name: sv.noScriptLinks }).getByRole('link');
    await expect(links).toHaveText(['Kurser', 'Återhämtningsguiden', 'Stödlinjer', 'Forskning']);
    await expect(page.locator('[data-search-crisis]')).toBeHidden();
  });
});

test('keyboard only: type, Enter, arrows through the results, Escape back, Enter opens a result', async ({ page }) => {
  await page.goto('/sok/');
  for (let i = 0; i < 40 && (await page.evaluate(() => document.activeElement?.id)) !== 'search-q'; i++) await page.keyboard.press('Tab');
  await expect(page.locator('#search-q')).toBeFocused();
  await page.keyboard.type('sömn');
  await page.keyboard.press('Enter');
  await expect(status(page)).toHaveText(/^\d+ träffar för ”sömn”$/);
  await expect(page).toHaveURL(/\?q=s%C3%B6mn$/);
  const links = page.locator('.search-hit__link');
  await page.keyboard.press('ArrowDown');
  await expect(links.nth(0)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(links.nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(page.locator('#search-q')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Escape');
  await expect(page.locator('#search-q')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  const href = await links.nth(0).getAttribute('href');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${href}$`));
});

test('each result shows its type, title and an excerpt with the words marked; sub-results point into the page', async ({ page }) => {
  await page.goto('/sok/?q=självmordslinjen');
  const helplines = hits(page).filter({ has: page.locator('.search-hit__link[href="/hjalplinjer/"]') });
  await expect(helplines).toBeVisible();
  await expect(helplines.locator('.search-hit__type')).toHaveText('Stödlinje');
  await expect(helplines.locator('.search-hit__title')).toHaveText('Stödlinjer och akut hjälp');
  await expect(helplines.locator('mark').first()).toBeVisible();
  await expect(helplines.locator('.search-hit__subs a[href="/hjalplinjer/#sjalvmordslinjen"]')).toBeVisible();
  await page.goto('/sok/?q=rättigheter');
  await expect(hits(page).first().locator('.search-hit__type')).toHaveText('Kapitel i Återhämtningsguiden');
});

test('the type filter narrows the results and is kept in the address; the audience filter appears', async ({ page }) => {
  await page.goto('/sok/?q=återhämtning');
  await expect(hits(page).first()).toBeVisible();
  const all = await hits(page).count();
  await page.getByLabel(sv.typeFilter).selectOption('Kurs');
  await expect(page).toHaveURL(/[?&]type=Kurs/);
  await expect(status(page)).toHaveText(/träffar för ”återhämtning”/);
  const types = await page.locator('.search-hit__type').allTextContents();
  expect(types.length).toBeGreaterThan(0);
  expect(types.length).toBeLessThanOrEqual(all);
  expect(new Set(types)).toEqual(new Set(['Kurs']));
  await expect(page.getByLabel(sv.audienceFilter)).toBeVisible();
  expect(await page.getByLabel(sv.audienceFilter).locator('option').count()).toBeGreaterThan(1);
});

test('a shared address shows the same search, and Back and Forward step through searches', async ({ page }) => {
  await page.goto('/sok/?q=s%C3%B6mn&type=Kurs');
  await expect(page.locator('#search-q')).toHaveValue('sömn');
  await expect(page.getByLabel(sv.typeFilter)).toHaveValue('Kurs');
  await expect(page.locator('.search-hit__link[href="/kurser/somn-och-aterhamtning/"]')).toBeVisible();
  await page.getByLabel(sv.typeFilter).selectOption('');
  const field = page.locator('#search-q');
  await field.fill('oro');
  await field.press('Enter');
  await expect(page).toHaveURL(/\?q=oro$/);
  await field.fill('plan');
  await field.press('Enter');
  await expect(page).toHaveURL(/\?q=plan$/);
  await expect(page.locator('.search-hit__link[href="/aterhamtningsguiden/min-plan/"]')).toBeVisible();
  await page.goBack();
  await expect(page).toHaveURL(/\?q=oro$/);
  await expect(field).toHaveValue('oro');
  await expect(page.locator('.search-hit__link[href="/kurser/stress-och-oro/"]')).toBeVisible();
  await page.goForward();
  await expect(field).toHaveValue('plan');
  await expect(status(page)).toHaveText(/”plan”/);
});

test.describe('crisis first', () => {
  test('a crisis query shows 112, 1177 and the lines open now above the results', async ({ page }) => {
    await page.clock.setFixedTime(tuesdayNoon);
    await page.goto('/sok/?q=jag%20vill%20inte%20leva');
    const crisis = page.locator('[data-search-crisis]');
    await expect(crisis).toBeVisible();
    await expect(crisis.getByRole('heading', { name: sv.crisisTitle })).toBeVisible();
    await expect(crisis.locator('a[href="tel:112"]')).toBeVisible();
    await expect(crisis.locator('a[href="tel:1177"]')).toBeVisible();
    await expect(crisis.locator('a[href="tel:90101"]')).toBeVisible();
    // Jourhavande medmänniska opens at 21:00; Äldrelinjen's hours are uncertain, so it is never claimed open.
    await expect(crisis.locator('a[href="tel:+4687021680"]')).toBeHidden();
    await expect(crisis.locator('a[href="tel:+4620222233"]')).toBeHidden();
    const crisisBox = await crisis.boundingBox();
    const statusBox = await status(page).boundingBox();
    expect(crisisBox!.y).toBeLessThan(statusBox!.y);
  });

  test('at night the night lines show; spelled without å/ä/ö and in English it works too; other queries show none', async ({ page }) => {
    await page.clock.setFixedTime(tuesdayNight);
    await page.goto('/sok/?q=sjalvmordstankar');
    const crisis = page.locator('[data-search-crisis]');
    await expect(crisis.locator('a[href="tel:+4687021680"]')).toBeVisible();
    await page.locator('#search-q').fill('kurser i vår');
    await page.locator('#search-q').press('Enter');
    await expect(crisis).toBeHidden();
    await page.goto('/en/search/?q=suicide');
    await expect(page.locator('[data-search-crisis]').locator('a[href="tel:112"]')).toBeVisible();
    await expect(status(page)).toHaveText(/results? for “suicide”/);
  });

  test('on a 320 px phone, the crisis help, the filters and the results fit: nothing scrolls sideways', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.clock.setFixedTime(tuesdayNoon);
    await page.goto('/sok/?q=sj%C3%A4lvmord');
    await expect(page.locator('[data-search-crisis]')).toBeVisible();
    await expect(page.locator('[data-search-list] li').first()).toBeVisible({ timeout: 15_000 });
    // The longest label ("Sjukvårdsrådgivning dygnet runt: 1177") wraps inside its button.
    const wide = await page.evaluate(() =>
      [...document.querySelectorAll('body *')]
        .filter((e) => e.getBoundingClientRect().right > 321)
        .map((e) => `${e.tagName}.${e.className}`),
    );
    expect(wide).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  });
});

test('axe: the search page with results, filters and crisis help shown has no violations', async ({ page }) => {
  await page.goto('/sok/?q=kris');
  await expect(hits(page).first()).toBeVisible();
  await expect(page.locator('[data-search-crisis]')).toBeVisible();
  expect((await new AxeBuilder({ page }).withTags(wcagTags).analyze()).violations).toEqual([]);
  await page.goto('/en/search/?q=anxiety');
  await expect(hits(page).first()).toBeVisible();
  expect((await new AxeBuilder({ page }).withTags(wcagTags).analyze()).violations).toEqual([]);
});

test('a page that is not searching loads no search code, even when its header field gets focus', async ({ page, isMobile }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await page.goto('/om/');
  if (isMobile) await page.locator('.site-menu__button').click();
  await page.locator('#site-search-q').focus();
  await page.waitForTimeout(500);
  expect(requests.filter((p) => p.startsWith('/pagefind/'))).toEqual([]);
});

/**
 * Issue 13 asks for 100 KB. Pagefind 1.6 alone needs more before any page: its runtime is 81 KB
 * brotli (the Swedish WebAssembly 56 KB, pagefind.js 14 KB, its worker 11 KB; the WebAssembly and the
 * index are compressed by Pagefind itself) and the example site's Swedish index chunk 27 KB. The
 * ceiling asserted is the measured figure with a little room, so that growth shows; README
 * "Search" has the breakdown.
 */
const firstQueryCeiling = 140 * 1024;

test('the search page plus its first query stay under the measured ceiling (brotli)', async ({ browser }) => {
  // The service worker would answer some requests from its cache: block it, as a first visit.
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const sizes: Promise<{ path: string; bytes: number }>[] = [];
  context.on('requestfinished', (request) => {
    const path = new URL(request.url()).pathname;
    sizes.push(
      request.sizes().then((s) => {
        // Chromium reports no body size for a worker's own script: count that file's brotli size.
        const file = join(outDir, path);
        const bytes = s.responseBodySize > 0 || !existsSync(file) ? s.responseBodySize : brotliSize(readFileSync(file));
        return { path, bytes };
      }),
    );
  });
  await page.goto('/sok/?q=%C3%A5ngest');
  await expect(hits(page).first()).toBeVisible();
  await page.waitForTimeout(500);
  const files = await Promise.all(sizes);
  const total = files.reduce((sum, f) => sum + f.bytes, 0);
  console.log(
    `Search page + first query ("ångest"): ${(total / 1024).toFixed(1)} KB in ${files.length} files\n  ` +
      files.map((f) => `${f.path} ${(f.bytes / 1024).toFixed(1)} KB`).join('\n  '),
  );
  expect(files.some((f) => f.path.startsWith('/pagefind/'))).toBe(true);
  expect(total).toBeLessThanOrEqual(firstQueryCeiling);
  await context.close();
});
