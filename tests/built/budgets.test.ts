/**
 * Byte budgets, brotli, asserted for every public page of the build (people in crisis are often
 * on old phones and poor connections): initial HTML + CSS + JS (what loads before interaction)
 * ≤ 20 KB. Every page's CSS comes inside its HTML (`<style>`, astro.config.mjs), and no stylesheet
 * blocks rendering: the first paint needs one round trip. The per-page figures, with each page's
 * JavaScript and its critical path (the HTML with its inline CSS, plus any render-blocking CSS or
 * script), go to reports/budgets.md. The helplines page's critical path ≤ 14,600 bytes: what
 * fits in the first round trip on a slow connection (TCP's first ten packets), for the page people
 * in crisis open; and no script on it blocks rendering. Its raw and gzip sizes are logged and
 * reported beside the brotli figure. Script files load after the first paint (their tags are
 * inert templates until then); their bytes still count in each page's total.
 */
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { scanTags } from '../../tools/html-scan.ts';
import { downloadedFile, pageImages } from '../../tools/page-images.ts';
import { pageResources, pageWeight, type PageWeight } from '../../tools/page-weight.ts';
import { outDir, publicPages, read } from './built.ts';

/** The text of a page's inline `<style>` elements. */
const inlineStyles = (html: string) => scanTags(html).filter((t) => t.name === 'style' && t.text);

const PAGE_BUDGET = 20 * 1024;
const HELPLINES_CRITICAL_BUDGET = 14_600;

const weights: PageWeight[] = publicPages.map((p) => pageWeight(p.html, p.path, read));
/** The helplines page's critical path in raw, gzip and brotli bytes, for the report. */
let helplinesCritical = '';

describe(`every public page loads ≤ ${PAGE_BUDGET} bytes (brotli) before interaction`, () => {
  it('the build has public pages', () => expect(weights.length).toBeGreaterThan(1));
  it.each(weights.map((w) => [w.path, w] as const))('%s', (_path, w) => {
    expect(w.total, `${w.path}: HTML ${w.html} + CSS ${w.css} + JS ${w.js} (${w.jsFiles.join(', ') || 'no JS'})`).toBeLessThanOrEqual(
      PAGE_BUDGET,
    );
  });
});

// A page's images load after its HTML and do not block interaction, so they are budgeted apart:
// what a phone (360 CSS px wide, 2× screen; the text column is 328 px) downloads for the images
// that load at once (eager; lazy ones wait until scrolled to) ≤ 30 KB per page, 1.5 s at 400 kbit/s.
const EAGER_IMAGES_BUDGET = 30 * 1024;
const eagerImages = publicPages.map((p) => {
  const files = pageImages(p.html)
    .filter(({ img }) => img.loading !== 'lazy')
    .map((image) => downloadedFile(image, 328, 2))
    .filter((f): f is string => f !== undefined);
  return { path: p.path, files, bytes: files.reduce((sum, f) => sum + statSync(join(outDir, decodeURI(f))).size, 0) };
});

describe(`the images a phone downloads at once ≤ ${EAGER_IMAGES_BUDGET} bytes per page`, () => {
  it('some page has an image that loads at once (the news item with the example image)', () => {
    expect(eagerImages.find((p) => p.path === '/aktuellt/exempel-varterminens-kurser/')?.files).toEqual([
      expect.stringMatching(/^\/_astro\/exempel-stig\.[\w-]+\.avif$/),
    ]);
  });
  it.each(eagerImages.filter((p) => p.files.length > 0).map((p) => [p.path, p] as const))('%s', (_path, p) => {
    expect(p.bytes, `${p.path}: ${p.files.join(', ')}`).toBeLessThanOrEqual(EAGER_IMAGES_BUDGET);
  });
});

describe('every public page brings its CSS with its HTML: no stylesheet blocks the first paint', () => {
  it.each(publicPages.map((p) => [p.path, p] as const))('%s', (path, page) => {
    const resources = pageResources(page.html, path, read);
    expect(resources.blockingCss, `${path}: render-blocking stylesheets (inline them: build.inlineStylesheets)`).toEqual([]);
    expect(inlineStyles(page.html).length, `${path}: its CSS inline in a <style>`).toBeGreaterThan(0);
  });
});

describe('no page loads a script file before its first paint (src/integrations/after-paint.ts)', () => {
  const withScripts = publicPages.filter((p) => scanTags(p.html).some((t) => t.name === 'script' && t.attrs.src));
  it('some pages have script files (the check below would pass on none)', () => expect(withScripts.length).toBeGreaterThan(0));
  it.each(withScripts.map((p) => [p.path, p] as const))('%s', (path, page) => {
    const files = scanTags(page.html)
      .filter((t) => t.name === 'script' && t.attrs.src)
      .map((t) => t.attrs.src);
    const deferred = [...page.html.matchAll(/<template data-after-paint><script [^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]);
    expect(files, `${path}: every script file inside <template data-after-paint>`).toEqual(deferred);
  });
});

describe(`the helplines page's critical path ≤ ${HELPLINES_CRITICAL_BUDGET} bytes (brotli), no render-blocking script`, () => {
  const page = publicPages.find((p) => p.path === '/hjalplinjer/');
  it('the build has /hjalplinjer/', () => expect(page).toBeDefined());

  it('HTML with its inline CSS + render-blocking CSS (with its @imports) + blocking scripts', () => {
    const w = weights.find((x) => x.path === '/hjalplinjer/')!;
    const resources = pageResources(page!.html, page!.path, read);
    const css = inlineStyles(page!.html).reduce((sum, t) => sum + Buffer.byteLength(t.text!), 0);
    expect(css, 'the page has its CSS (inline)').toBeGreaterThan(0);
    const files = [page!.html, ...[...resources.blockingCss, ...resources.blockingJs].map((p) => read(p) ?? '')];
    const bytes = {
      files: files.length,
      raw: files.reduce((sum, f) => sum + Buffer.byteLength(f), 0),
      gzip: files.reduce((sum, f) => sum + gzipSync(f, { level: 9 }).length, 0),
      brotli: w.critical,
    };
    helplinesCritical = `raw ${bytes.raw} (of which inline CSS ${css}), gzip ${bytes.gzip}, brotli ${bytes.brotli} (${bytes.files} files)`;
    console.log(
      `/hjalplinjer/ critical path (HTML + ${resources.blockingCss.length} CSS + ${resources.blockingJs.length} JS): ${helplinesCritical}`,
    );
    expect(w.critical, `/hjalplinjer/: HTML ${w.html} + render-blocking CSS and scripts`).toBeLessThanOrEqual(HELPLINES_CRITICAL_BUDGET);
  });

  it('no script blocks rendering: classic scripts are async or defer (modules are deferred; JSON data is no script)', () => {
    const scripts = scanTags(page!.html).filter((t) => t.name === 'script');
    expect(scripts.length, 'the page has its scripts').toBeGreaterThan(0);
    const blocking = scripts.filter((t) => {
      const type = t.attrs.type?.trim().toLowerCase();
      const classic = !type || type === 'text/javascript' || type === 'application/javascript';
      return classic && !('async' in t.attrs) && !('defer' in t.attrs);
    });
    expect(blocking.map((t) => `<script${t.attrs.src ? ` src="${t.attrs.src}"` : ''}> at offset ${t.offset}`)).toEqual([]);
  });
});

afterAll(() => {
  const rows = weights.map(
    (w) => `| ${w.path} | ${w.html} | ${w.css} | ${w.js} | ${w.total} | ${w.critical} | ${w.jsFiles.join('<br>') || '–'} |`,
  );
  mkdirSync('reports', { recursive: true });
  writeFileSync(
    'reports/budgets.md',
    [
      '# Page weight (brotli bytes)',
      '',
      `Budget: total ≤ ${PAGE_BUDGET} per page (tests/built/budgets.test.ts); the helplines critical path ≤ ${HELPLINES_CRITICAL_BUDGET}.`,
      '',
      ...(helplinesCritical ? [`The helplines critical path: ${helplinesCritical}.`, ''] : []),
      '| Page | HTML | CSS | JS | Total | Critical path | Scripts |',
      '| --- | ---: | ---: | ---: | ---: | ---: | --- |',
      ...rows,
      '',
      `Images loaded at once on a phone (360 px, 2×; not brotli: image files are compressed already), budget ${EAGER_IMAGES_BUDGET}:`,
      '',
      ...eagerImages.filter((p) => p.files.length > 0).map((p) => `- ${p.path}: ${p.bytes} (${p.files.join(', ')})`),
      '',
    ].join('\n'),
  );
});
