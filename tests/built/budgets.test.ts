/**
 * Byte budgets, brotli, asserted for every public page of the build (people in crisis are often
 * on old phones and poor connections):
 * - initial HTML + CSS + JS (what loads before interaction) ≤ 20 KB;
 * - the helplines pages' critical path (HTML + render-blocking CSS) ≤ 14,600 bytes, the first
 *   round trip of a new connection (10 TCP segments), so the numbers show after one round trip.
 * The per-page figures, with each page's JavaScript, go to reports/budgets.md.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { routes } from '../../src/lib/i18n.ts';
import { pageWeight, type PageWeight } from '../../src/lib/page-weight.ts';
import { publicPages, read } from './built.ts';

const PAGE_BUDGET = 20 * 1024;
const CRITICAL_BUDGET = 14_600;

const weights: PageWeight[] = publicPages.map((p) => pageWeight(p.html, p.path, read));

describe(`every public page loads ≤ ${PAGE_BUDGET} bytes (brotli) before interaction`, () => {
  it.each(weights.map((w) => [w.path, w] as const))('%s', (_path, w) => {
    expect(w.total, `${w.path}: HTML ${w.html} + CSS ${w.css} + JS ${w.js} (${w.jsFiles.join(', ') || 'no JS'})`).toBeLessThanOrEqual(
      PAGE_BUDGET,
    );
  });
});

describe(`the helplines pages' critical path is ≤ ${CRITICAL_BUDGET} bytes (brotli)`, () => {
  const helplines = Object.values(routes.helplines);
  it.each(helplines)('%s', (path) => {
    const w = weights.find((x) => x.path === path);
    expect(w, `${path} is not in the build`).toBeDefined();
    expect(w!.critical, `${path}: HTML ${w!.html} + render-blocking CSS ${w!.critical - w!.html}`).toBeLessThanOrEqual(CRITICAL_BUDGET);
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
      `Budget: total ≤ ${PAGE_BUDGET} per page; helplines critical path ≤ ${CRITICAL_BUDGET}. Written by tests/built/budgets.test.ts.`,
      '',
      '| Page | HTML | CSS | JS | Total | Critical path | Scripts |',
      '| --- | ---: | ---: | ---: | ---: | ---: | --- |',
      ...rows,
      '',
    ].join('\n'),
  );
});
