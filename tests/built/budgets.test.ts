/**
 * Byte budgets, brotli, asserted for every public page of the build (people in crisis are often
 * on old phones and poor connections): initial HTML + CSS + JS (what loads before interaction)
 * ≤ 20 KB. The per-page figures, with each page's JavaScript and its critical path (HTML +
 * render-blocking CSS), go to reports/budgets.md. The helplines page's critical path (HTML +
 * render-blocking CSS with its @imports + blocking scripts) ≤ 14,600 bytes: what fits in the first
 * round trips on a slow connection, for the page people in crisis open; and no script on it blocks
 * rendering. Its raw and gzip sizes are logged and reported beside the brotli figure.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { scanTags } from '../../tools/html-scan.ts';
import { pageResources, pageWeight, type PageWeight } from '../../tools/page-weight.ts';
import { publicPages, read } from './built.ts';

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

describe(`the helplines page's critical path ≤ ${HELPLINES_CRITICAL_BUDGET} bytes (brotli), no render-blocking script`, () => {
  const page = publicPages.find((p) => p.path === '/hjalplinjer/');
  it('the build has /hjalplinjer/', () => expect(page).toBeDefined());

  it('HTML + render-blocking CSS (with its @imports) + blocking scripts', () => {
    const w = weights.find((x) => x.path === '/hjalplinjer/')!;
    const resources = pageResources(page!.html, page!.path, read);
    expect(resources.blockingCss.length, 'the page has its stylesheet').toBeGreaterThan(0);
    const files = [page!.html, ...[...resources.blockingCss, ...resources.blockingJs].map((p) => read(p) ?? '')];
    const bytes = {
      files: files.length,
      raw: files.reduce((sum, f) => sum + Buffer.byteLength(f), 0),
      gzip: files.reduce((sum, f) => sum + gzipSync(f, { level: 9 }).length, 0),
      brotli: w.critical,
    };
    helplinesCritical = `raw ${bytes.raw}, gzip ${bytes.gzip}, brotli ${bytes.brotli} (${bytes.files} files)`;
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
    ].join('\n'),
  );
});
