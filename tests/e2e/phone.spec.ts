/**
 * The site on a phone (390 × 740 and 320 px, as most people looking for a helpline see it): the
 * crisis strip on one line and a compact header (≤ 120 px) on every page, the menu behind its
 * "Meny" button with and without JavaScript, and on the helplines page a support line's call
 * button within the first screen and every line's within two. The sideways-scroll check of every
 * page at 320 and 390 px is in the sitemap sweep (site.spec.ts).
 */
import { expect, test, type Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { HelplineSchema } from '../../src/schemas/helpline.ts';
import { sitemapPaths, ui } from './built-site.ts';

const phone = { width: 390, height: 740 };
const HEADER_BUDGET = 120;

const region = (parse(readFileSync(resolve('content/settings/site.yaml'), 'utf8')) as { region: string }).region;
const contentDir = resolve('content/helplines');
const lines = readdirSync(contentDir)
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => ({ ...HelplineSchema.parse(parse(readFileSync(join(contentDir, f), 'utf8'))), id: f.replace(/\.yaml$/, '') }));

/** The "Meny" button: a native <summary>, which Playwright's roles do not name a button. */
const menuButton = (page: Page) => page.locator('details.site-menu > summary', { hasText: ui.sv.menuButton });

/** How Chromium exposes the "Meny" button to assistive technology: its role and expanded state. */
async function exposed(page: Page): Promise<{ role: string; expanded: boolean | undefined }[]> {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  await cdp.detach();
  return nodes
    .filter((n) => n.name?.value === ui.sv.menuButton && n.role?.value !== 'StaticText' && n.role?.value !== 'InlineTextBox')
    .map((n) => ({ role: String(n.role?.value), expanded: n.properties?.find((p) => p.name === 'expanded')?.value.value as boolean }));
}

/** Bottom edge of each element, in page coordinates. */
const bottoms = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().bottom + window.scrollY)));

test.describe('every page on a phone', () => {
  test.use({ viewport: phone, serviceWorkers: 'block' });

  test('the crisis strip is one line and the strip and header together are at most 120 px high', async ({ page }) => {
    const paths = sitemapPaths();
    // A time per page, not per site: the sitemap grows with every content type.
    test.setTimeout(Math.max(90_000, paths.length * 5_000));
    expect(paths.length).toBeGreaterThan(2);
    for (const path of paths) {
      await page.goto(path);
      const lang = (await page.locator('html').getAttribute('lang')) === 'en' ? 'en' : 'sv';
      const strip = page.getByRole('complementary', { name: ui[lang].crisisStripLabel });
      const links = await strip.getByRole('link').evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().top)));
      expect(links.length, `${path}: links in the strip`).toBeGreaterThanOrEqual(3);
      expect(new Set(links).size, `${path}: the strip's links are on one line (tops ${links.join(', ')})`).toBe(1);
      const header = await page.locator('.site-header').boundingBox();
      expect(header!.y + header!.height, `${path}: strip + header height`).toBeLessThanOrEqual(HEADER_BUDGET);
      // The site name on one line: no taller than one line of its text.
      const name = await page.locator('.site-name').evaluate((e) => ({
        height: e.getBoundingClientRect().height,
        line: parseFloat(getComputedStyle(e).lineHeight),
      }));
      expect(name.height, `${path}: the site name on one line`).toBeLessThan(name.line * 1.5);
    }
  });

  test('on a desktop screen the menu is a row of links, without a button', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/om/');
    await expect(menuButton(page)).toBeHidden();
    const nav = page.getByRole('navigation', { name: ui.sv.mainNavLabel });
    await expect(nav.getByRole('link', { name: 'Boka en peer' })).toBeVisible();
    const tops = await nav.getByRole('link').evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().top)));
    expect(new Set(tops).size, 'one row').toBe(1);
    // Reached by Tab: the site name, the language switcher, then the menu's first link.
    await page.locator('.site-name').focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(nav.getByRole('link').first()).toBeFocused();
  });
});

test.describe('the menu without JavaScript', () => {
  test.use({ viewport: phone, javaScriptEnabled: false });

  test('"Meny" opens and closes the menu (a native details/summary)', async ({ page }) => {
    await page.goto('/om/');
    const button = menuButton(page);
    const link = page.getByRole('navigation', { name: ui.sv.mainNavLabel }).getByRole('link', { name: 'Boka en peer' });
    await expect(button).toBeVisible();
    await expect(link).toBeHidden();
    // Chromium's role for <summary>, announced as a button with its state ("collapsed", "expanded").
    expect(await exposed(page), 'a disclosure button, collapsed').toEqual([{ role: 'DisclosureTriangle', expanded: false }]);
    await button.click();
    await expect(link).toBeVisible();
    expect(await exposed(page), 'expanded').toEqual([{ role: 'DisclosureTriangle', expanded: true }]);
    await button.click();
    await expect(link).toBeHidden();
    await button.click();
    await link.click();
    await expect(page).toHaveURL(/\/boka-en-peer\/$/);
    await expect(menuButton(page)).toBeVisible();
  });

  test('on a desktop screen the menu is shown without JavaScript too', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/om/');
    await expect(page.getByRole('navigation', { name: ui.sv.mainNavLabel }).getByRole('link', { name: 'Boka en peer' })).toBeVisible();
  });
});

test.describe('the menu with JavaScript', () => {
  test.use({ viewport: phone, serviceWorkers: 'block' });

  test('keyboard: Enter opens, Tab reaches the links, Escape closes and returns focus to the button', async ({ page }) => {
    await page.goto('/');
    const button = menuButton(page);
    const nav = page.getByRole('navigation', { name: ui.sv.mainNavLabel });
    const menu = page.locator('details.site-menu');
    await button.focus();
    await expect(button).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(menu).toHaveAttribute('open', '');
    await page.keyboard.press('Tab');
    await expect(nav.getByRole('link').first()).toBeFocused();
    // The focused link is visible, with a visible focus indicator (WCAG 2.4.7).
    const outline = await nav
      .getByRole('link')
      .first()
      .evaluate((e) => getComputedStyle(e).outlineStyle);
    expect(outline).not.toBe('none');
    await page.keyboard.press('Escape');
    await expect(menu).not.toHaveAttribute('open');
    await expect(button).toBeFocused();
    await expect(nav.getByRole('link').first()).toBeHidden();
  });

  test('a click outside, or focus leaving the menu, closes it', async ({ page }) => {
    await page.goto('/');
    const button = menuButton(page);
    const menu = page.locator('details.site-menu');
    await button.click();
    await expect(menu).toHaveAttribute('open', '');
    await page.getByRole('heading', { level: 1 }).click();
    await expect(menu).not.toHaveAttribute('open');
    await button.click();
    // The last stop in the menu is the search form's button, after the links.
    await menu.getByRole('button', { name: ui.sv.search.button }).focus();
    await page.keyboard.press('Tab');
    await expect(menu).not.toHaveAttribute('open');
  });

  test('the button is a target of at least 24 × 24 px, the menu links too', async ({ page }) => {
    await page.goto('/');
    await menuButton(page).click();
    const boxes = await page
      .locator('.site-menu__button, .main-nav a, .crisis-strip a, .language-switch')
      .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect));
    expect(boxes.length).toBeGreaterThan(4);
    for (const box of boxes) {
      expect(box.height).toBeGreaterThanOrEqual(24);
      expect(box.width).toBeGreaterThanOrEqual(24);
    }
  });
});

for (const javaScriptEnabled of [true, false]) {
  test.describe(`the helplines page on a phone, ${javaScriptEnabled ? 'with' : 'without'} JavaScript`, () => {
    test.use({ viewport: phone, javaScriptEnabled, serviceWorkers: 'block', timezoneId: 'Europe/Stockholm' });

    for (const path of ['/hjalplinjer/', '/en/helplines/']) {
      test(`${path}: 112 and a support line's call button in the first screen, every line's in two`, async ({ page }) => {
        // A fixed time when most lines are open: the open-now marks make the rows their tallest.
        await page.clock.setFixedTime(new Date('2026-11-24T22:30:00Z'));
        await page.goto(path);
        const lang = path.startsWith('/en/') ? 'en' : 'sv';
        await expect(page.getByRole('heading', { level: 2, name: ui[lang].helplines.quickTitle })).toBeVisible();
        if (javaScriptEnabled) await expect(page.locator('.hl-quick [data-open]').first()).toBeAttached();

        const [emergency] = await bottoms(page, '.hl-emergency a[href="tel:112"]');
        expect(emergency, '112 within the first screen').toBeLessThanOrEqual(phone.height);

        // Every line except 112 (above) has a row, in the page's order, linking to its full card.
        const rows = page.locator('.hl-quick__item');
        const ids = await rows.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.statusFor!));
        expect([...ids].sort()).toEqual(
          lines
            .filter((l) => l.kind !== 'emergency' && (l.coverage === 'national' || l.region === region))
            .map((l) => l.id)
            .sort(),
        );
        for (const id of ids) {
          await expect(page.locator(`.hl-quick__item[data-status-for="${id}"] a[href="#${id}"]`), id).toHaveCount(1);
          await expect(page.locator(`[data-helpline="${id}"] h3[id="${id}"]`), `${id}: its full card`).toHaveCount(1);
        }

        const support = lines.filter((l) => l.kind === 'support').map((l) => l.id);
        const firstSupport = ids.find((id) => support.includes(id))!;
        const [first] = await bottoms(page, `.hl-quick__item[data-status-for="${firstSupport}"] .hl-call`);
        expect(first, `${firstSupport}: the first support line's call button within the first screen (740 px)`).toBeLessThanOrEqual(
          phone.height,
        );
        const all = await bottoms(page, '.hl-quick .hl-call');
        expect(all.length).toBe(ids.length);
        expect(Math.max(...all), "every line's call button within two screens").toBeLessThanOrEqual(2 * phone.height);
      });
    }
  });
}

test.describe("the list of every line shows the cards' open state", () => {
  test.use({ timezoneId: 'America/New_York', serviceWorkers: 'block' });

  test('from the same computation as the cards, whatever the device time zone', async ({ page }) => {
    await page.clock.setFixedTime(new Date('2026-11-24T11:00:00Z')); // 12:00 in Sweden
    await page.goto('/hjalplinjer/');
    const row = (id: string) => page.locator(`.hl-quick__item[data-status-for="${id}"]`);
    await expect(row('jourhavande-medmanniska')).toHaveAttribute('data-open', 'closed');
    await expect(row('jourhavande-medmanniska').locator('[data-status-text]')).toHaveText('Stängt nu');
    await expect(row('sjalvmordslinjen')).toHaveAttribute('data-open', 'open');
    await expect(row('sjalvmordslinjen').locator('[data-status-text]')).toHaveText('Öppet nu');
    // Uncertain hours claim nothing, in the list as on the card.
    await expect(row('aldrelinjen')).toHaveAttribute('data-open', 'unknown');
    await expect(row('aldrelinjen').locator('[data-status-text]')).toHaveText('');
    await expect(page.locator('[data-helpline="aldrelinjen"]')).toHaveAttribute('data-open', 'unknown');
  });

  test('each call button says what it does and to whom: "Ring 90101 (Självmordslinjen)"', async ({ page }) => {
    await page.goto('/hjalplinjer/');
    await expect(page.locator('.hl-quick').getByRole('link', { name: 'Ring 90101 (Självmordslinjen)', exact: true })).toHaveAttribute(
      'href',
      'tel:90101',
    );
  });
});
