/**
 * Byte budgets, brotli, asserted for every public page of the build (people in crisis are often
 * on old phones and poor connections): initial HTML + CSS + JS (what loads before interaction)
 * ≤ 20 KB. The per-page figures, with each page's JavaScript and its critical path (HTML +
 * render-blocking CSS), go to reports/budgets.md. The helplines page's critical path budget
 * (≤ 14,600 bytes) is asserted by tests/e2e/helplines.spec.ts; the report shows it for every page.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { pageWeight, type PageWeight } from '../../src/lib/page-weight.ts';
import { publicPages, read } from './built.ts';

const PAGE_BUDGET = 20 * 1024;

const weights: PageWeight[] = publicPages.map((p) => pageWeight(p.html, p.path, read));

describe(`every public page loads ≤ ${PAGE_BUDGET} bytes (brotli) before interaction`, () => {
  it.each(weights.map((w) => [w.path, w] as const))('%s', (_path, w) => {
    expect(w.total, `${w.path}: HTML ${w.html} + CSS ${w.css} + JS ${w.js} (${w.jsFiles.join(', ') || 'no JS'})`).toBeLessThanOrEqual(
      PAGE_BUDGET,
    );
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
      `Budget: total ≤ ${PAGE_BUDGET} per page (tests/built/budgets.test.ts); the helplines critical path ≤ 14,600 (tests/e2e/helplines.spec.ts).`,
      '',
      '| Page | HTML | CSS | JS | Total | Critical path | Scripts |',
      '| --- | ---: | ---: | ---: | ---: | ---: | --- |',
      ...rows,
      '',
    ].join('\n'),
  );
});
