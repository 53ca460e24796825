/**
 * `npm run lighthouse`: Lighthouse (mobile preset: a mid-range phone on simulated slow 4G) over
 * one page of each template in the built sitemap, served by scripts/serve.ts with the production
 * headers and compression. Reports Performance, Accessibility, Best Practices, SEO and LCP to
 * bench/results/lighthouse.md and the README. Measured and reported, never asserted.
 *
 * Templates are found from the sitemap, Swedish pages only (English pages share the templates):
 * the home page; one entry page of every registered type with entry pages (information pages,
 * courses, chapters, …); each section page; and the first page below any other section.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import type { Locale } from '../src/lib/i18n.ts';
import { entryPath, hasEntryPages } from '../src/lib/routes.ts';
import { builtSitemapPaths } from '../tools/sitemap.ts';
import { readEntries } from '../src/lib/validate-content.ts';
import { contentTypes, type ContentType } from '../src/schemas/index.ts';
import { replaceSection } from './report-section.ts';
import { startSiteServer } from './site-server.ts';

const outDir = resolve(process.env.ASTRO_OUT_DIR ?? 'dist');
const port = Number(process.env.LIGHTHOUSE_PORT ?? process.env.E2E_PORT ?? 4333);
const chromePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const runs = Number(process.env.LIGHTHOUSE_RUNS ?? 3);

/**
 * The template of each Swedish address the registry gives an entry page: `home` for the pages
 * type's index entry (`start`), else the type's name (information pages share the `pages`
 * template). Every registered type with entry pages is covered, read from its valid entries.
 */
export function entryTemplates(root: string): Map<string, string> {
  const byPath = new Map<string, string>();
  for (const type of contentTypes as readonly ContentType[]) {
    if (type.kind !== 'folder' || !hasEntryPages(type)) continue;
    for (const entry of readEntries(type, root)) {
      const locale = type.translation === 'files' ? (entry.file.slice(type.folder.length + 1).split('/')[0] as Locale) : 'sv';
      const path = locale === 'sv' ? entryPath(type, { key: entry.key, locale, data: entry.data }) : undefined;
      if (path) byPath.set(path, entry.key === type.indexKey ? 'home' : type.name);
    }
  }
  return byPath;
}

/**
 * One address per template: `{ name, path }`, in a stable order. Entry pages are named by their
 * type (`entryTemplates`); any other address (a section page, or a page no registered type makes)
 * by its first segment, or `<segment>/…` below it.
 */
export function templates(paths: string[], entries: ReadonlyMap<string, string>): { name: string; path: string }[] {
  const swedish = paths.filter((p) => !p.startsWith('/en/')).sort();
  const chosen = new Map<string, string>();
  if (swedish.includes('/')) chosen.set('home', '/');
  for (const path of swedish) {
    const segments = path.split('/').filter(Boolean);
    if (segments.length === 0) continue;
    const key = entries.get(path) ?? (segments.length === 1 ? segments[0]! : `${segments[0]}/…`);
    // The information page shown is /om/ when there is one (the page every site has).
    if (!chosen.has(key) || (key === 'pages' && path === '/om/')) chosen.set(key, path);
  }
  return [...chosen].map(([name, path]) => ({ name, path }));
}

interface Row {
  name: string;
  path: string;
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  lcp: number;
  fcp: number;
  tbt: number;
  cls: number;
  bytes: number;
}

if (import.meta.main) {
  if (!existsSync(join(outDir, 'sitemap-index.xml'))) {
    console.error(`Ingen byggd webbplats i ${outDir}: kör npm run build först.`);
    process.exit(1);
  }
  const list = templates(builtSitemapPaths(outDir), entryTemplates(resolve('.')));
  const server = await startSiteServer(outDir, port);
  const base = `http://localhost:${port}`;
  const chrome = await launch({
    chromePath,
    chromeFlags: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--no-first-run',
    ],
  });
  const rows: Row[] = [];
  try {
    for (const { name, path } of list) {
      // Several runs, the median by Performance: one run on a busy machine can stall.
      const valid: Row[] = [];
      const problems: string[] = [];
      for (let run = 0; run < runs + 2 && valid.length < runs; run++) {
        const result = await lighthouse(`${base}${path}`, {
          port: chrome.port,
          logLevel: 'error',
          output: 'json',
          onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
        });
        const lhr = result?.lhr;
        if (!lhr || lhr.runtimeError || !Number.isFinite(lhr.audits['largest-contentful-paint']?.numericValue)) {
          problems.push(lhr?.runtimeError?.message ?? 'no result');
          continue;
        }
        const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
        const value = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
        valid.push({
          name,
          path,
          performance: score('performance'),
          accessibility: score('accessibility'),
          bestPractices: score('best-practices'),
          seo: score('seo'),
          lcp: value('largest-contentful-paint'),
          fcp: value('first-contentful-paint'),
          tbt: value('total-blocking-time'),
          cls: value('cumulative-layout-shift'),
          bytes: value('total-byte-weight'),
        });
      }
      if (valid.length === 0) throw new Error(`Lighthouse misslyckades för ${path}: ${problems.join('; ')}`);
      const row = valid.sort((a, b) => a.performance - b.performance || a.lcp - b.lcp)[Math.floor(valid.length / 2)]!;
      rows.push(row);
      console.log(`${path}: ${row.performance}/${row.accessibility}/${row.bestPractices}/${row.seo}, LCP ${(row.lcp / 1000).toFixed(2)} s`);
    }
  } finally {
    chrome.kill();
    server.closeAllConnections();
    server.close();
  }
  const { default: lhPackage } = await import('lighthouse/package.json', { with: { type: 'json' } });
  const table = [
    '| Template | Page | Performance | Accessibility | Best Practices | SEO | LCP | FCP | TBT | CLS | Transfer |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map(
      (r) =>
        `| ${r.name} | ${r.path} | ${r.performance} | ${r.accessibility} | ${r.bestPractices} | ${r.seo} | ${(r.lcp / 1000).toFixed(2)} s | ` +
        `${(r.fcp / 1000).toFixed(2)} s | ${Math.round(r.tbt)} ms | ${r.cls.toFixed(3)} | ${(r.bytes / 1024).toFixed(1)} KB |`,
    ),
  ].join('\n');
  const note =
    `Lighthouse ${lhPackage.version}, mobile preset (Moto G Power class device, simulated slow 4G: 150 ms RTT, 1.6 Mbit/s, ` +
    `4× CPU slowdown), Debian Chromium, headless; the median of ${runs} runs per template on ${new Date().toISOString().slice(0, 10)}, ` +
    `served by scripts/site-server.ts with the production headers and brotli. \`npm run lighthouse\` updates this table.`;
  mkdirSync('bench/results', { recursive: true });
  writeFileSync('bench/results/lighthouse.md', `# Lighthouse\n\n${note}\n\n${table}\n`);
  await replaceSection('README.md', 'lighthouse', `${note}\n\n${table}`);
  console.log(`\n${table}\n\nbench/results/lighthouse.md och README.md uppdaterade.`);
}
