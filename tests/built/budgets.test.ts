/**
 * Byte budgets, brotli, asserted for every public page of the build (people in crisis are often
 * on old phones and poor connections): initial HTML + CSS + JS (what loads before interaction)
 * ≤ 20 KB. The per-page figures, with each page's JavaScript and its critical path (HTML +
 * render-blocking CSS), go to reports/budgets.md. The helplines page's critical path (HTML +
 * render-blocking CSS with its @imports + blocking scripts) ≤ 14,600 bytes: what fits in the first
 * round trips on a slow connection, for the page people in crisis open.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { pageWeight, type PageWeight } from '../../tools/page-weight.ts';
import { publicPages, read } from './built.ts';

const PAGE_BUDGET = 20 * 1024;
const HELPLINES_CRITICAL_BUDGET = 14_600;

const weights: PageWeight[] = publicPages.map((p) => pageWeight(p.html, p.path, read));

describe(`every public page loads ≤ ${PAGE_BUDGET} bytes (brotli) before interaction`, () => {
  it.each(weights.map((w) => [w.path, w] as const))('%s', (_path, w) => {
    expect(w.total, `${w.path}: HTML ${w.html} + CSS ${w.css} + JS ${w.js} (${w.jsFiles.join(', ') || 'no JS'})`).toBeLessThanOrEqual(
      PAGE_BUDGET,
    );
  });
});

describe(`the helplines page's critical path ≤ ${HELPLINES_CRITICAL_BUDGET} bytes (brotli)`, () => {
  it('/hjalplinjer/', () => {
    const w = weights.find((x) => x.path === '/hjalplinjer/');
    expect(w, 'the build has /hjalplinjer/').toBeDefined();
    expect(w!.critical, `/hjalplinjer/: HTML ${w!.html} + render-blocking CSS and scripts`).toBeLessThanOrEqual(HELPLINES_CRITICAL_BUDGET);
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
      '| Page | HTML | CSS | JS | Total | Critical path | Scripts |',
      '| --- | ---: | ---: | ---: | ---: | ---: | --- |',
      ...rows,
      '',
    ].join('\n'),
  );
});
