/**
 * `npm run lighthouse`: Lighthouse (mobile preset: a mid-range phone, 4× CPU slowdown) over one
 * page of each template in the built sitemap, served by scripts/site-server.ts with the production
 * headers and compression, on two simulated networks: Lighthouse's slow 4G (150 ms round trips,
 * 1.6 Mbit/s) and a poor connection (400 ms, 400 kbit/s). Beside each page, in the same run and
 * from the same server, its floor: the same HTML without stylesheet links and scripts
 * (tools/page-floor.ts), the fastest its markup can paint; page and floor runs alternate, so load
 * on the machine hits both alike. Reports the scores, LCP beside the floor's LCP and their ratio,
 * FCP, TBT, CLS and bytes to bench/results/lighthouse.md and the README. Measured and reported,
 * never asserted (the byte budgets are asserted in tests/built/).
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
import { FLOOR_PREFIX } from '../tools/page-floor.ts';
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

/** The simulated networks (Lighthouse's `simulate` throttling; the CPU is slowed 4× on both). */
export const profiles = [
  { name: 'slow 4G', note: '150 ms RTT, 1.6 Mbit/s, Lighthouse’s mobile default', rttMs: 150, throughputKbps: 1638.4 },
  { name: '400 ms / 400 kbps', note: '400 ms RTT, 400 kbit/s', rttMs: 400, throughputKbps: 400 },
] as const;
export type Profile = (typeof profiles)[number];

/** One Lighthouse run's figures. */
export interface Run {
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

export interface Row {
  name: string;
  path: string;
  profile: string;
  /** The page's median run by LCP. */
  page: Run;
  /** Its floor's median run by LCP. */
  floor: Run;
}

/** The run with the median LCP (the lower middle of an even count). */
export function medianByLcp(runs: Run[]): Run {
  if (runs.length === 0) throw new Error('no runs');
  return [...runs].sort((a, b) => a.lcp - b.lcp)[Math.floor((runs.length - 1) / 2)]!;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

/** The Markdown table of `rows`: per template and network, the page's figures and its LCP beside the floor's. */
export function formatTable(rows: Row[]): string {
  return [
    '| Template | Page | Network | Performance | Accessibility | Best Practices | SEO | LCP | Floor LCP | LCP / floor | FCP | TBT | CLS | Transfer |',
    '| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map(
      ({ name, path, profile, page: r, floor }) =>
        `| ${name} | ${path} | ${profile} | ${r.performance} | ${r.accessibility} | ${r.bestPractices} | ${r.seo} | ${seconds(r.lcp)} | ` +
        `${seconds(floor.lcp)} | ${(r.lcp / floor.lcp).toFixed(2)}× | ${seconds(r.fcp)} | ${Math.round(r.tbt)} ms | ${r.cls.toFixed(3)} | ` +
        `${(r.bytes / 1024).toFixed(1)} KB |`,
    ),
  ].join('\n');
}

if (import.meta.main) {
  if (!existsSync(join(outDir, 'sitemap-index.xml'))) {
    console.error(`Ingen byggd webbplats i ${outDir}: kör npm run build först.`);
    process.exit(1);
  }
  const list = templates(builtSitemapPaths(outDir), entryTemplates(resolve('.')));
  const server = await startSiteServer(outDir, port, { floors: true });
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

  /** One Lighthouse run of `url` on `profile`; undefined (with the reason in `problems`) when it failed. */
  const measure = async (url: string, profile: Profile, full: boolean, problems: string[]): Promise<Run | undefined> => {
    const result = await lighthouse(url, {
      port: chrome.port,
      logLevel: 'error',
      output: 'json',
      // The floor only needs its performance figures.
      onlyCategories: full ? ['performance', 'accessibility', 'best-practices', 'seo'] : ['performance'],
      throttlingMethod: 'simulate',
      throttling: {
        rttMs: profile.rttMs,
        throughputKbps: profile.throughputKbps,
        requestLatencyMs: profile.rttMs * 3.75,
        downloadThroughputKbps: profile.throughputKbps * 0.9,
        uploadThroughputKbps: profile.throughputKbps * 0.9,
        cpuSlowdownMultiplier: 4,
      },
    });
    const lhr = result?.lhr;
    if (!lhr || lhr.runtimeError || !Number.isFinite(lhr.audits['largest-contentful-paint']?.numericValue)) {
      problems.push(lhr?.runtimeError?.message ?? 'no result');
      return undefined;
    }
    const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
    const value = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      seo: score('seo'),
      lcp: value('largest-contentful-paint'),
      fcp: value('first-contentful-paint'),
      tbt: value('total-blocking-time'),
      cls: value('cumulative-layout-shift'),
      bytes: value('total-byte-weight'),
    };
  };

  const rows: Row[] = [];
  try {
    for (const { name, path } of list) {
      for (const profile of profiles) {
        // Several runs each, page and floor in turn, the median by LCP: one run on a busy machine can stall.
        const pageRuns: Run[] = [];
        const floorRuns: Run[] = [];
        const problems: string[] = [];
        for (let run = 0; run < runs + 2 && (pageRuns.length < runs || floorRuns.length < runs); run++) {
          if (pageRuns.length < runs) {
            const r = await measure(`${base}${path}`, profile, true, problems);
            if (r) pageRuns.push(r);
          }
          if (floorRuns.length < runs) {
            const r = await measure(`${base}${FLOOR_PREFIX}${path}`, profile, false, problems);
            if (r) floorRuns.push(r);
          }
        }
        if (!pageRuns.length || !floorRuns.length)
          throw new Error(`Lighthouse misslyckades för ${path} (${profile.name}): ${problems.join('; ')}`);
        const row: Row = { name, path, profile: profile.name, page: medianByLcp(pageRuns), floor: medianByLcp(floorRuns) };
        rows.push(row);
        console.log(
          `${path} (${profile.name}): ${row.page.performance}/${row.page.accessibility}/${row.page.bestPractices}/${row.page.seo}, ` +
            `LCP ${seconds(row.page.lcp)}, floor ${seconds(row.floor.lcp)} (${(row.page.lcp / row.floor.lcp).toFixed(2)}×)`,
        );
      }
    }
  } finally {
    chrome.kill();
    server.closeAllConnections();
    server.close();
  }
  const { default: lhPackage } = await import('lighthouse/package.json', { with: { type: 'json' } });
  const table = formatTable(rows);
  const note =
    `Lighthouse ${lhPackage.version}, mobile preset (Moto G Power class device, 4× CPU slowdown), simulated networks: ` +
    `${profiles.map((p) => `**${p.name}** (${p.note})`).join(' and ')}; Debian Chromium, headless; the median by LCP of ${runs} ` +
    `run${runs === 1 ? '' : 's'} per template and network on ${new Date().toISOString().slice(0, 10)}, served by scripts/site-server.ts with ` +
    'the production headers and brotli. **Floor**: the same page without its stylesheet links and scripts (tools/page-floor.ts), ' +
    "served by the same server in the same run, runs alternating with the page's; **LCP / floor** is what the page's CSS and " +
    'JavaScript cost before its largest paint (goal: at most 1.05×). `npm run lighthouse` updates this table.';
  mkdirSync('bench/results', { recursive: true });
  writeFileSync('bench/results/lighthouse.md', `# Lighthouse\n\n${note}\n\n${table}\n`);
  await replaceSection('README.md', 'lighthouse', `${note}\n\n${table}`);
  console.log(`\n${table}\n\nbench/results/lighthouse.md och README.md uppdaterade.`);
}
