/**
 * Whole-site gates, one test per page in the built sitemap (plus /404.html), so a page added by
 * an editor or a later feature is checked without anyone remembering to:
 * - axe-core, WCAG 2.2 AA tags, in light colour scheme on a desktop screen and in dark on a
 *   phone (390 px): 0 violations;
 * - nothing scrolls sideways on a 320 or 390 px wide screen;
 * - the skip link is the first stop and Enter moves focus to <main>; the crisis strip is there;
 * - an empty console, 0 CSP violations (the page is served with the CSP header of _headers),
 *   0 cookies and 0 requests to any other host;
 * - every script that looks for elements finds one of them (no JavaScript the page does not use).
 * The site is served by scripts/serve.ts with the headers of dist/_headers, as a host would.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test as base, type BrowserContext, type Page } from '@playwright/test';
import { selectorsIn } from '../../tools/js-usage.ts';
import { emergencyNumbers, sitemapPaths, ui } from './built-site.ts';

const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Records CSP violations from the moment the document exists (before any page script). */
function recordCspViolations() {
  const list: string[] = [];
  Object.defineProperty(window, '__cspViolations', { value: list });
  document.addEventListener('securitypolicyviolation', (e) => {
    list.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`);
  });
}

/** One browser context per worker, reused by every page test (cookies are cleared before each). */
const test = base.extend<{ page: Page }, { sharedContext: BrowserContext }>({
  sharedContext: [
    async ({ browser }, use, workerInfo) => {
      const context = await browser.newContext({ baseURL: workerInfo.project.use.baseURL });
      await context.addInitScript(recordCspViolations);
      await use(context);
      await context.close();
    },
    { scope: 'worker' },
  ],
  page: async ({ sharedContext }, use) => {
    await sharedContext.clearCookies();
    const page = await sharedContext.newPage();
    await use(page);
    await page.close();
  },
});

// Two axe runs per page take seconds on a busy 2-core machine: more room than the default 30 s.
test.describe.configure({ mode: 'parallel', timeout: 90_000 });

test('the sweep has pages and emergency numbers to check (it would pass on none)', () => {
  const paths = sitemapPaths();
  expect(paths.length).toBeGreaterThan(2);
  expect(paths).toEqual(expect.arrayContaining(['/', '/hjalplinjer/', '/en/', '/404.html', '/offline/', '/en/offline/']));
  expect(emergencyNumbers.length).toBeGreaterThan(0);
});

for (const path of sitemapPaths()) {
  test(`${path}: accessible, private, quiet and strict`, async ({ page, baseURL }) => {
    const origin = new URL(baseURL!).origin;
    const problems: string[] = [];
    page.on('console', (msg) => {
      if (msg.type() === 'error' || msg.type() === 'warning') problems.push(`console ${msg.type()}: ${msg.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('request', (request) => {
      const url = request.url();
      if (!/^(data|blob):/.test(url) && new URL(url).origin !== origin) problems.push(`request to another host: ${url}`);
    });
    const scripts = new Map<string, Promise<string>>();
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script')
        scripts.set(
          response.url(),
          response.text().catch(() => ''),
        );
    });

    // 'load', not 'networkidle': listeners keep recording during the steps below (axe alone takes
    // about a second), so late errors still count, without a fixed idle wait per page.
    const response = await page.goto(path);
    expect(response?.status(), `${path} answers`).toBe(200);
    // Served the way a host serves it: with the CSP header generated from the pages.
    expect(response?.headers()['content-security-policy'], 'the CSP header of _headers').toContain("frame-ancestors 'none'");

    const lang = (await page.locator('html').getAttribute('lang')) === 'en' ? 'en' : 'sv';
    const strings = ui[lang];

    await test.step('skip link first, Enter moves focus to the main content', async () => {
      await page.keyboard.press('Tab');
      const skip = page.getByRole('link', { name: strings.skipLink });
      await expect(skip, `${path}: the skip link is the first focusable element`).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(page.getByRole('main'), `${path}: Enter on the skip link focuses <main>`).toBeFocused();
    });

    await test.step('crisis strip with the emergency numbers', async () => {
      const strip = page.getByRole('complementary', { name: strings.crisisStripLabel });
      await expect(strip, `${path}: the crisis strip`).toBeVisible();
      for (const tel of emergencyNumbers) {
        await expect(strip.locator(`a[href="tel:${tel}"]`), `${path}: tel:${tel} in the crisis strip`).toHaveCount(1);
      }
    });

    await test.step('axe-core in light colour scheme on a desktop screen, in dark on a phone', async () => {
      // Colours do not depend on the width, nor the layout on the scheme: two runs cover both
      // schemes and both layouts (the phone's header has the menu behind its button).
      const desktop = page.viewportSize()!;
      for (const [colorScheme, viewport] of [
        ['light', desktop],
        ['dark', { width: 390, height: 740 }],
      ] as const) {
        await page.setViewportSize(viewport);
        await page.emulateMedia({ colorScheme });
        // Only violations are needed: skipping the details of passes roughly halves axe's time.
        // options() replaces every option set before it, so it comes before withTags().
        const { violations } = await new AxeBuilder({ page })
          .options({ resultTypes: ['violations'] })
          .withTags(wcagTags)
          .analyze();
        for (const v of violations) {
          const where = v.nodes.map((n) => n.target.join(' ')).join(' | ');
          problems.push(`axe (${colorScheme}, ${viewport.width} px) ${v.id} [${v.impact}]: ${v.help} at ${where}`);
        }
      }
      await page.setViewportSize(desktop);
    });

    await test.step('nothing scrolls sideways on a 320 or 390 px wide phone', async () => {
      const desktop = page.viewportSize()!;
      for (const width of [320, 390]) {
        await page.setViewportSize({ width, height: 740 });
        const { scrollWidth, wide } = await page.evaluate((w) => {
          // The innermost elements that reach past the screen's right edge say what to fix.
          const past = [...document.body.querySelectorAll('*')].filter((e) => e.getBoundingClientRect().right > w + 0.5);
          const innermost = past.filter((e) => !past.some((o) => o !== e && e.contains(o)));
          const name = (e: Element) => `${e.tagName.toLowerCase()}${e.className ? `.${String(e.className).split(' ').join('.')}` : ''}`;
          return {
            scrollWidth: document.documentElement.scrollWidth,
            wide: innermost.slice(0, 5).map((e) => `${name(e)} "${(e.textContent ?? '').trim().slice(0, 40)}"`),
          };
        }, width);
        if (scrollWidth > width) problems.push(`scrolls sideways at ${width} px: the page is ${scrollWidth} px wide (${wide.join(', ')})`);
      }
      await page.setViewportSize(desktop);
    });

    await test.step('no JavaScript the page does not use', async () => {
      // Every script the page names was seen loading, so none escapes the check below.
      const named = await page.locator('script[src]').evaluateAll((els) => els.map((e) => (e as HTMLScriptElement).src));
      for (const src of named) expect([...scripts.keys()], `${path}: ${src} was seen loading`).toContain(src);
      for (const [url, text] of scripts) {
        if (new URL(url).pathname.startsWith('/pagefind/')) continue; // loaded on demand by search
        const selectors = selectorsIn(await text);
        if (selectors.length === 0) {
          test.info().annotations.push({ type: 'JavaScript not checked for use (looks for no element)', description: url });
          continue;
        }
        const found = await page.evaluate((list) => list.some((s) => document.querySelector(s) !== null), selectors);
        if (!found) problems.push(`ships JavaScript it does not use: ${url} looks for ${selectors.join(', ')}, none on this page`);
      }
    });

    const violations = await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
    problems.push(...violations.map((v) => `CSP violation: ${v}`));
    const cookies = await page.context().cookies();
    problems.push(...cookies.map((c) => `cookie set: ${c.name} (${c.domain})`));

    expect(problems, `${path}: fix each problem listed (axe rules: https://dequeuniversity.com/rules/axe/)`).toEqual([]);
  });
}

test('search works under the CSP header (Pagefind worker and WebAssembly)', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  await page.goto('/');
  const count = await page.evaluate(async () => {
    const pagefind = await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`);
    await pagefind.init();
    const search = await pagefind.search('Recovery College');
    return search.results.length as number;
  });
  expect(errors, 'no CSP error from the search worker').toEqual([]);
  expect(count).toBeGreaterThan(0);
});
