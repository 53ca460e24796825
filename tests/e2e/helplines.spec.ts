/**
 * The crisis path in a real browser, on the built site: every number one tap away without
 * JavaScript, "open now" in Swedish time whatever the device's time zone, the filter, the quick
 * exit, the offline copy, search and accessibility. The page's byte budget and the open data are
 * checked without a browser (tests/built/), <HelplineRef> in page text by a build (tests/build/).
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { HelplineSchema } from '../../src/schemas/helpline.ts';

const region = (parse(readFileSync(resolve('content/settings/site.yaml'), 'utf8')) as { region: string }).region;
const contentDir = resolve('content/helplines');
const lines = readdirSync(contentDir)
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => ({ ...HelplineSchema.parse(parse(readFileSync(join(contentDir, f), 'utf8'))), id: f.replace(/\.yaml$/, '') }));
/** The tel: links a card must offer: its own numbers, or those of the line it refers to. */
const telsOf = (id: string): string[] => {
  const line = lines.find((l) => l.id === id)!;
  const phones = line.phones.length ? line.phones : lines.find((l) => l.id === line.referral)!.phones.slice(0, 1);
  return phones.map((p) => `tel:${p.tel}`);
};
/** The lines the page shows: every national line and the site's region's own. */
const shown = lines.filter((l) => l.coverage === 'national' || l.region === region);
test('there are helplines to look for (the checks below would pass on none)', () => expect(lines.length).toBeGreaterThan(0));

const pages = [
  { path: '/hjalplinjer/', lang: 'sv', open: 'Öppet nu', closed: 'Stängt nu', checked: 'Senast kontrollerad', hours: 'Öppet' },
  { path: '/en/helplines/', lang: 'en', open: 'Open now', closed: 'Closed now', checked: 'Last checked', hours: 'Open' },
] as const;
const card = (page: Page, id: string) => page.locator(`[data-helpline="${id}"]`).first();
const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  for (const p of pages) {
    test(`${p.path}: every line's tel: link, hours and last-checked date are there, and nothing claims a state`, async ({ page }) => {
      await page.goto(p.path);
      await expect(page.locator('[data-helpline]').first()).toHaveAttribute('data-helpline', '112');
      for (const line of lines) {
        const c = card(page, line.id);
        await expect(c, line.id).toBeVisible();
        for (const tel of telsOf(line.id)) await expect(c.locator(`a[href="${tel}"]`), `${line.id} ${tel}`).toBeVisible();
        await expect(c.locator('dt', { hasText: new RegExp(`^${p.hours}$`) }).locator('+ dd')).not.toBeEmpty();
        await expect(c.getByText(p.checked)).toBeVisible();
      }
      await expect(page.locator('[data-open]')).toHaveCount(0);
      await expect(page.locator('.hl-status')).toHaveCount(0);
      await expect(page.getByText(p.open, { exact: false })).toHaveCount(0);
      await expect(page.getByText(p.closed, { exact: false })).toHaveCount(0);
    });
  }

  test('112 comes first, and the anchor index leads to the cards', async ({ page }) => {
    await page.goto('/hjalplinjer/');
    await expect(page.getByRole('heading', { level: 2 }).first()).toHaveText('Vid akut fara för liv: ring 112');
    await expect(page.locator('form.hl-filter')).toBeHidden();
    const row = page.locator('li#for-older');
    await expect(row).toContainText('Äldre');
    await row.getByRole('link', { name: 'Äldrelinjen' }).click();
    await expect(page).toHaveURL(/#aldrelinjen$/);
    await expect(page.getByRole('heading', { name: 'Äldrelinjen' })).toBeInViewport();
  });

  test('the quick exit is a plain link to the neutral site', async ({ page }) => {
    await page.goto('/hjalplinjer/');
    await expect(page.getByRole('link', { name: 'Lämna sidan snabbt' })).toHaveAttribute('href', 'https://www.smhi.se/');
    await expect(page.getByText('raderar inte webbläsarens historik')).toBeVisible();
  });
});

for (const timezoneId of ['Europe/Stockholm', 'America/New_York']) {
  test.describe(`open now with a fixed clock, device time zone ${timezoneId}`, () => {
    test.use({ timezoneId, serviceWorkers: 'block' });
    const cases = [
      { at: '2026-11-23T22:30:00Z', local: '23:30', state: 'open', text: /^Öppet nu · stänger 06:00$/ },
      { at: '2026-11-24T04:59:00Z', local: '05:59', state: 'open', text: /^Öppet nu · stänger 06:00$/ },
      { at: '2026-11-24T11:00:00Z', local: '12:00', state: 'closed', text: /^Stängt nu · öppnar 21:00$/ },
    ];
    for (const c of cases) {
      test(`a 21–06 line at ${c.local} Swedish time is ${c.state}`, async ({ page }) => {
        await page.clock.setFixedTime(new Date(c.at));
        await page.goto('/hjalplinjer/');
        for (const id of ['jourhavande-medmanniska', 'jourhavande-prast']) {
          await expect(card(page, id)).toHaveAttribute('data-open', c.state);
          await expect(card(page, id).locator('.hl-status')).toHaveText(c.text);
        }
        await expect(card(page, '112')).toHaveAttribute('data-open', 'open');
        // Uncertain or unknown hours never claim a state.
        await expect(card(page, 'aldrelinjen')).toHaveAttribute('data-open', 'unknown');
        await expect(card(page, 'foraldralinjen')).toHaveAttribute('data-open', 'unknown');
      });
    }
  });
}

test.describe('with JavaScript', () => {
  test.use({ timezoneId: 'Europe/Stockholm', serviceWorkers: 'block' });

  test('the status is re-evaluated every minute', async ({ page }) => {
    await page.clock.install({ time: new Date('2026-11-24T19:59:30Z') }); // 20:59:30 in Sweden
    await page.goto('/hjalplinjer/');
    const jm = card(page, 'jourhavande-medmanniska');
    await expect(jm).toHaveAttribute('data-open', 'closed');
    await expect(jm.locator('.hl-status')).toHaveText('Stängt nu · öppnar 21:00');
    await page.clock.runFor(60_000);
    await expect(jm).toHaveAttribute('data-open', 'open');
    await expect(jm.locator('.hl-status')).toHaveText('Öppet nu · stänger 06:00');
  });

  test('the English page says it in English', async ({ page }) => {
    await page.clock.setFixedTime(new Date('2026-11-27T17:00:00Z')); // Friday 18:00
    await page.goto('/en/helplines/');
    await expect(card(page, 'jourhavande-medmanniska').locator('.hl-status')).toHaveText('Closed now · opens 21:00');
    await expect(card(page, 'anhoriglinjen').locator('.hl-status')).toHaveText('Closed now · opens Sunday 18:00');
  });

  test('the filter shows matching lines at once and always keeps 112 and 1177', async ({ page }) => {
    await page.goto('/hjalplinjer/');
    await expect(page.locator('.hl-index')).toBeHidden();
    await page.getByLabel('Vem gäller det?').selectOption({ label: 'Äldre' });
    await expect(card(page, 'aldrelinjen')).toBeVisible();
    await expect(card(page, 'jourhavande-medmanniska')).toBeVisible(); // for everyone
    await expect(card(page, 'bris')).toBeHidden();
    await expect(card(page, '112')).toBeVisible();
    await expect(card(page, '1177')).toBeVisible();
    await expect(page.getByRole('status')).toHaveText(new RegExp(`^Visar \\d+ av ${shown.length} linjer\\.$`));
    await page.getByLabel('Vad gäller det?').selectOption({ label: 'Våld och hot' });
    await expect(card(page, 'aldrelinjen')).toBeHidden();
    await page.getByLabel('Vem gäller det?').selectOption({ label: 'Alla' });
    await expect(card(page, 'kvinnofridslinjen')).toBeVisible();
    await expect(card(page, 'sjalvmordslinjen')).toBeHidden();
  });

  test('quick exit by the button replaces the page in history', async ({ page }) => {
    await page.route('https://www.smhi.se/**', (route) =>
      route.fulfill({ contentType: 'text/html', body: '<title>SMHI</title><h1>Väder</h1>' }),
    );
    await page.goto('/');
    await expect(page.getByRole('link', { name: 'Lämna sidan snabbt' })).toHaveCount(0); // only on sensitive pages
    await page.goto('/hjalplinjer/');
    await page.getByRole('link', { name: 'Lämna sidan snabbt' }).click();
    await expect(page).toHaveURL('https://www.smhi.se/');
    await page.goBack();
    await expect(page).toHaveURL(/\/$/);
    expect(new URL(page.url()).pathname).toBe('/');
  });

  test('quick exit by pressing Shift three times', async ({ page }) => {
    await page.route('https://www.smhi.se/**', (route) => route.fulfill({ contentType: 'text/html', body: '<title>SMHI</title>' }));
    await page.goto('/hjalplinjer/');
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await expect(page).toHaveURL(/\/hjalplinjer\/$/); // two presses are not enough
    await page.keyboard.press('Shift');
    await expect(page).toHaveURL('https://www.smhi.se/');
  });

  test('the quick exit stays on screen while scrolling', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 700 });
    await page.goto('/hjalplinjer/');
    await page.getByRole('heading', { name: 'Anhöriglinjen' }).scrollIntoViewIfNeeded();
    await page.mouse.wheel(0, 4000);
    await expect(page.getByRole('link', { name: 'Lämna sidan snabbt' })).toBeInViewport();
  });

  for (const p of pages) {
    test(`${p.path}: axe finds no WCAG 2.2 AA violation in light and dark`, async ({ page }) => {
      // Two axe runs over a page of hundreds of elements take 20–30 s on a busy 2-core machine (as in site.spec.ts).
      test.setTimeout(90_000);
      await page.goto(p.path);
      await expect(card(page, '112')).toHaveAttribute('data-open', 'open');
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        // Only violations are needed: skipping the details of passes roughly halves axe's time.
        const { violations } = await new AxeBuilder({ page })
          .options({ resultTypes: ['violations'] })
          .withTags(wcagTags)
          .analyze();
        expect(violations.map((v) => `${colorScheme} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      }
    });
  }

  test('call buttons are at least 44 × 44 px', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto('/hjalplinjer/');
    const boxes = await page.locator('.hl-call').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON()));
    expect(boxes.length, 'the page has call buttons').toBeGreaterThan(0);
    for (const box of boxes) {
      expect(box.height).toBeGreaterThanOrEqual(44);
      expect(box.width).toBeGreaterThanOrEqual(44);
    }
  });
});

test.describe('offline', () => {
  test('after one visit the helplines open with no network, and /admin/ is never cached', async ({ page, context }) => {
    await page.goto('/hjalplinjer/');
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) {
        await new Promise((done) => navigator.serviceWorker.addEventListener('controllerchange', done, { once: true }));
      }
    });
    // A request under /admin/ passes the worker by and is not stored.
    await page.evaluate(() => fetch('/admin/').then((r) => r.status));
    const cached = await page.evaluate(async () => {
      const urls: string[] = [];
      for (const name of await caches.keys())
        for (const request of await (await caches.open(name)).keys()) urls.push(new URL(request.url).pathname);
      return urls;
    });
    expect(cached).toEqual(expect.arrayContaining(['/hjalplinjer/', '/en/helplines/', '/offline/', '/en/offline/']));
    // The pages' CSS is inside them; their scripts are files, kept beside them.
    expect(cached.some((u) => u.endsWith('.js'))).toBe(true);
    expect(cached.filter((u) => u.startsWith('/admin'))).toEqual([]);

    // Only the worker's cache may answer: empty the browser's HTTP cache first.
    await (await context.newCDPSession(page)).send('Network.clearBrowserCache');
    await context.setOffline(true);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Stödlinjer och akut hjälp');
    await expect(card(page, 'sjalvmordslinjen').locator('a[href="tel:90101"]')).toBeVisible();
    // The page's own CSS came with it: the call button has its size.
    expect(
      await page
        .locator('.hl-call')
        .first()
        .evaluate((e) => getComputedStyle(e).minHeight),
    ).toBe('48px');
    // So did the scripts and the modules they import: "open now" works offline.
    await expect(card(page, '112')).toHaveAttribute('data-open', 'open');
    // The saved copy says it is one, and when it was saved; a fresh copy asks for no check.
    const note = page.locator('[role="status"].offline-note');
    await expect(note).toContainText('Du är offline. Sidan sparades');
    await expect(note).not.toContainText('7 dagar');
    await page.goto('/en/helplines/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Helplines and urgent help');
    await expect(note).toContainText('You are offline. This page was saved on');
    // A copy saved ten days ago tells the visitor to check the numbers.
    await page.evaluate(async () => {
      const cache = await caches.open((await caches.keys()).find((n) => n.startsWith('helplines'))!);
      const stored = (await cache.match('/hjalplinjer/'))!;
      const headers = new Headers(stored.headers);
      headers.set('x-saved-at', new Date(Date.now() - 10 * 86_400_000).toISOString());
      await cache.put('/hjalplinjer/', new Response(await stored.text(), { status: 200, headers }));
    });
    await page.goto('/hjalplinjer/');
    await expect(note).toContainText('Kopian är mer än 7 dagar gammal');
    await context.setOffline(false);
    // Online, the page is the network's: the note stays hidden.
    await page.reload();
    await expect(page.locator('.offline-note')).toBeHidden();
  });

  test('offline, a page never visited leads to help: the fallback page with 112, 1177 and the saved helplines', async ({
    page,
    context,
  }) => {
    await page.goto('/');
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) {
        await new Promise((done) => navigator.serviceWorker.addEventListener('controllerchange', done, { once: true }));
      }
    });
    await (await context.newCDPSession(page)).send('Network.clearBrowserCache');
    await context.setOffline(true);

    // /om/ was never opened: the worker answers with the fallback page, in Swedish.
    await page.goto('/om/');
    await expect(page).toHaveURL(/\/om\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Du är offline');
    const main = page.getByRole('main');
    await expect(main.locator('a.hl-call[href="tel:112"]')).toBeVisible();
    await expect(main.locator('a.hl-call[href="tel:1177"]')).toBeVisible();
    // Its CSS is inline: the call buttons have their size offline too.
    expect(await main.locator('a.hl-call[href="tel:112"]').evaluate((e) => getComputedStyle(e).minHeight)).toBe('48px');
    // The link to the saved helplines, with the day they were saved (the worker's x-saved-at).
    const today = new Date().toLocaleDateString('sv-SE', { dateStyle: 'long' });
    const saved = main.getByRole('link', { name: 'Stödlinjer och akut hjälp' });
    await expect(saved).toHaveAttribute('href', '/hjalplinjer/');
    await expect(main.locator('[data-offline-saved]')).toHaveText(`(sparad ${today})`);
    await saved.click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Stödlinjer och akut hjälp');
    await expect(page.locator('[role="status"].offline-note')).toContainText('Du är offline. Sidan sparades');

    // An English address gets the English fallback; a page of another type too (the 404 address).
    await page.goto('/en/about/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('You are offline');
    await expect(page.getByRole('main').getByRole('link', { name: 'Helplines and urgent help' })).toHaveAttribute('href', '/en/helplines/');
    await page.goto('/finns-inte/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Du är offline');

    // /admin/ is never handled by the worker: offline it is the browser's own error.
    await expect(page.goto('/admin/')).rejects.toThrow(/ERR_INTERNET_DISCONNECTED/);
    await context.setOffline(false);
    // Online again, the page is the network's.
    await page.goto('/om/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Om Recovery College');
  });
});

test.describe('search', () => {
  const cases = [
    { query: 'självmord', ids: ['sjalvmordslinjen'] },
    { query: 'ensam', ids: ['jourhavande-medmanniska'] },
    { query: 'våld', ids: ['kvinnofridslinjen'] },
    { query: 'anhörig', ids: ['anhoriglinjen', 'sjalvmordslinjen'] },
  ];
  for (const c of cases) {
    test(`"${c.query}" finds ${c.ids.join(', ')} on the Swedish page`, async ({ page }) => {
      await page.goto('/hjalplinjer/');
      const anchors = await page.evaluate(async (query) => {
        const pagefind = await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`);
        await pagefind.init();
        const search = await pagefind.search(query);
        const data = await Promise.all(search.results.map((r: { data: () => Promise<unknown> }) => r.data()));
        return (data as { url: string; sub_results: { url: string }[] }[])
          .filter((d) => d.url === '/hjalplinjer/')
          .flatMap((d) => d.sub_results.map((s) => s.url.split('#')[1] ?? ''));
      }, c.query);
      expect(anchors).toEqual(expect.arrayContaining(c.ids));
    });
  }
});
