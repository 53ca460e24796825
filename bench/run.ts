/**
 * `npm run bench` (not part of `npm test`; takes many minutes): how the platform's build scales.
 *
 * For each N (default 100, 1,000 and 5,000; `BENCH_N=100,1000 npm run bench` to choose):
 * 1. copies the repository (without node_modules, builds and tests) to bench/work/site-N/ and
 *    generates N synthetic entries across the content types (bench/generate.ts);
 * 2. builds the whole site there with `scripts/build.ts` (pages, search index, admin, headers);
 * 3. measures the bytes a first search query transfers, in Chromium, through /pagefind/pagefind.js;
 * 4. builds a bare Astro + MDX project of the same MDX pages with the same text (no layout, no
 *    search, no admin) in bench/work/baseline-N/, using the same node_modules.
 * Time is wall-clock; peak memory is the largest sum of resident memory over the build's whole
 * process tree, sampled from /proc every 200 ms. Results: bench/results/latest.md, the README.
 * Times are measured and reported, never asserted: the machine is shared and noisy.
 * BENCH_KEEP=1 keeps bench/work/ for a closer look.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { replaceSection } from '../scripts/report-section.ts';
import { startSiteServer } from '../scripts/site-server.ts';
import { generateContent, type Generated } from './generate.ts';

const root = resolve(import.meta.dirname, '..');
const work = join(root, 'bench/work');
const sizes = (process.env.BENCH_N ?? '100,1000,5000').split(',').map((s) => Number(s.trim()));
const chromePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const port = Number(process.env.BENCH_PORT ?? process.env.E2E_PORT ?? 4333);
const bin = join(root, 'node_modules/.bin');

/** Sum of resident memory of `pid` and all its descendants, in bytes. */
function treeRss(pid: number): number {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
    } catch {
      // The process ended while we looked.
    }
  }
  let total = 0;
  const queue = [pid];
  while (queue.length) {
    const p = queue.pop()!;
    try {
      total += Number(readFileSync(`/proc/${p}/statm`, 'utf8').split(' ')[1]) * 4096;
    } catch {
      // ended
    }
    queue.push(...(children.get(p) ?? []));
  }
  return total;
}

interface Measured {
  seconds: number;
  peakBytes: number;
  /** Seconds from the start until each marker line appeared in the output. */
  marks: Record<string, number>;
  output: string;
}

/** Run a command, sampling the memory of its process tree; fail with its output if it fails. */
function measure(
  command: string,
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv,
  markers: Record<string, RegExp> = {},
): Promise<Measured> {
  return new Promise((done, fail) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd, env: { ...process.env, ...env, PATH: `${bin}:${process.env.PATH}` } });
    let peakBytes = 0;
    let output = '';
    const marks: Record<string, number> = {};
    const sampler = setInterval(() => {
      if (child.pid) peakBytes = Math.max(peakBytes, treeRss(child.pid));
    }, 200);
    const onData = (chunk: Buffer) => {
      const text = chunk.toString();
      output += text;
      for (const [name, re] of Object.entries(markers)) {
        if (marks[name] === undefined && re.test(output)) marks[name] = (performance.now() - started) / 1000;
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('close', (code) => {
      clearInterval(sampler);
      const seconds = (performance.now() - started) / 1000;
      if (code !== 0) fail(new Error(`${command} ${args.join(' ')} i ${cwd} misslyckades (${code}):\n${output.slice(-4000)}`));
      else done({ seconds, peakBytes, marks, output });
    });
  });
}

function folderBytes(dir: string): number {
  if (!existsSync(dir)) return 0;
  return (readdirSync(dir, { recursive: true }) as string[]).reduce((sum, f) => {
    const s = statSync(join(dir, f));
    return s.isFile() ? sum + s.size : sum;
  }, 0);
}

const countHtml = (dir: string) => (readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith('.html')).length;

/** A copy of the repository to build in, without anything built or installed. */
function copyRepository(dest: string): void {
  const skip = new Set(['node_modules', '.git', 'dist', 'bench', 'tests', 'test-results', 'playwright-report', 'reports', '.astro']);
  mkdirSync(dest, { recursive: true });
  for (const entry of readdirSync(root)) {
    if (skip.has(entry) || entry.startsWith('dist-')) continue;
    cpSync(join(root, entry), join(dest, entry), { recursive: true });
  }
}

/** A bare Astro + MDX project rendering the same MDX pages: no layout, search, CMS or i18n. */
function writeBaseline(dest: string, generated: Generated): void {
  mkdirSync(join(dest, 'src/pages'), { recursive: true });
  writeFileSync(join(dest, 'package.json'), '{ "name": "bench-baseline", "private": true, "type": "module" }\n');
  writeFileSync(
    join(dest, 'astro.config.mjs'),
    "import mdx from '@astrojs/mdx';\nimport { defineConfig } from 'astro/config';\n\n" +
      "export default defineConfig({ integrations: [mdx()], outDir: './dist', cacheDir: './.astro-cache' });\n",
  );
  writeFileSync(
    join(dest, 'src/content.config.ts'),
    "import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\nimport { z } from 'astro/zod';\n\n" +
      "export const collections = {\n  pages: defineCollection({\n    loader: glob({ pattern: '**/*.mdx', base: './content/pages' }),\n" +
      '    schema: z.object({ title: z.string(), description: z.string() }),\n  }),\n};\n',
  );
  writeFileSync(
    join(dest, 'src/pages/[...slug].astro'),
    "---\nimport { getCollection, render } from 'astro:content';\n\nexport async function getStaticPaths() {\n" +
      "  const pages = await getCollection('pages');\n" +
      "  return pages.map((entry) => ({ params: { slug: entry.id.startsWith('en/') ? entry.id : entry.id.slice(3) }, props: { entry } }));\n" +
      '}\nconst { entry } = Astro.props;\nconst { Content } = await render(entry);\n---\n\n' +
      '<html lang="sv"><head><meta charset="utf-8" /><title>{entry.data.title}</title></head>' +
      '<body><main><h1>{entry.data.title}</h1><Content /></main></body></html>\n',
  );
  for (const page of generated.pages) {
    const dir = join(dest, 'content/pages', page.lang);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, page.file), `---\ntitle: ${page.title}\ndescription: ${page.description}\n---\n\n${page.body}`);
  }
}

/** Bytes of a response body as sent with brotli (node:http does not decompress). */
function compressedSize(url: string): Promise<number> {
  return new Promise((done, fail) => {
    get(url, { headers: { 'accept-encoding': 'br' } }, (res) => {
      let bytes = 0;
      res.on('data', (chunk: Buffer) => (bytes += chunk.length));
      res.on('end', () => done(bytes));
    }).on('error', fail);
  });
}

/**
 * Bytes transferred to load Pagefind and run a first query showing 5 results: the response
 * bodies as sent (brotli), headers left out (HTTP/2 compresses them to little).
 */
async function firstQueryBytes(distDir: string, query: string): Promise<{ bytes: number; files: number; results: number }> {
  const server = await startSiteServer(distDir, port);
  const browser = await chromium.launch({
    executablePath: chromePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    const base = `http://localhost:${port}`;
    // The service worker would precache other pages meanwhile and answer from its cache: block it.
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto(`${base}/`);
    const sizes: Promise<number>[] = [];
    const urls = new Set<string>();
    // Requests of the page and of Pagefind's worker both arrive at the context.
    context.on('requestfinished', (request) => {
      if (!new URL(request.url()).pathname.startsWith('/pagefind/')) return;
      urls.add(request.url());
      // Chromium reports no body size for a worker's own script: count that one from the server.
      sizes.push(request.sizes().then((s) => (s.responseBodySize > 0 ? s.responseBodySize : compressedSize(request.url()))));
    });
    const results = await page.evaluate(async (q) => {
      const pagefind = await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`);
      await pagefind.init();
      const search = await pagefind.search(q);
      await Promise.all(search.results.slice(0, 5).map((r: { data: () => Promise<unknown> }) => r.data()));
      return search.results.length as number;
    }, query);
    await page.waitForTimeout(300);
    const bytes = (await Promise.all(sizes)).reduce((a, b) => a + b, 0);
    return { bytes, files: urls.size, results };
  } finally {
    await browser.close();
    server.closeAllConnections();
    server.close();
  }
}

interface Row {
  n: number;
  counts: Record<string, number>;
  htmlPages: number;
  site: Measured;
  /** The same site built again after one page's text changed (what an editor's save triggers). */
  rebuild: Measured;
  baseline: Measured;
  baselinePages: number;
  distBytes: number;
  indexBytes: number;
  query: { bytes: number; files: number; results: number };
}

const mb = (b: number) => `${(b / 1024 / 1024).toFixed(0)} MB`;
const gb = (b: number) => `${(b / 1024 ** 3).toFixed(2)} GB`;
const s = (x: number | undefined) => (x === undefined ? '–' : `${x.toFixed(1)} s`);

function table(rows: Row[]): string {
  const lines = [
    '| N entries | HTML pages | Site build | of which Astro · Pagefind · admin | Rebuild after one edit (admin) | Baseline build | Ratio (whole · rebuild · Astro) | Peak memory site · baseline | Pages/s site · baseline | dist | Search index | First query |',
    '| ---: | ---: | ---: | --- | ---: | ---: | --- | --- | --- | ---: | ---: | ---: |',
  ];
  for (const r of rows) {
    const astro = r.site.marks.astro;
    const pagefind = r.site.marks.pagefind !== undefined && astro !== undefined ? r.site.marks.pagefind - astro : undefined;
    const admin =
      r.site.marks.admin !== undefined && r.site.marks.pagefind !== undefined ? r.site.marks.admin - r.site.marks.pagefind : undefined;
    const rebuildAdmin =
      r.rebuild.marks.admin !== undefined && r.rebuild.marks.pagefind !== undefined
        ? r.rebuild.marks.admin - r.rebuild.marks.pagefind
        : undefined;
    lines.push(
      `| ${r.n.toLocaleString('en')} | ${r.htmlPages} | ${s(r.site.seconds)} | ${s(astro)} · ${s(pagefind)} · ${s(admin)} | ${s(r.rebuild.seconds)} (${s(rebuildAdmin)}) | ${s(r.baseline.seconds)} | ` +
        `${(r.site.seconds / r.baseline.seconds).toFixed(2)}× · ${(r.rebuild.seconds / r.baseline.seconds).toFixed(2)}× · ${astro ? (astro / r.baseline.seconds).toFixed(2) : '–'}× | ` +
        `${gb(r.site.peakBytes)} · ${gb(r.baseline.peakBytes)} | ${(r.htmlPages / r.site.seconds).toFixed(0)} · ${(r.baselinePages / r.baseline.seconds).toFixed(0)} | ` +
        `${mb(r.distBytes)} | ${(r.indexBytes / 1024).toFixed(0)} KB | ${(r.query.bytes / 1024).toFixed(1)} KB (${r.query.files} files) |`,
    );
  }
  return lines.join('\n');
}

function linearity(rows: Row[]): string {
  if (rows.length < 2) return '';
  const parts = rows.slice(1).map((r, i) => {
    const prev = rows[i]!;
    const marginal = ((r.site.seconds - prev.site.seconds) / (r.htmlPages - prev.htmlPages)) * 1000;
    const baseMarginal = ((r.baseline.seconds - prev.baseline.seconds) / (r.baselinePages - prev.baselinePages)) * 1000;
    return `${prev.n}→${r.n}: ${marginal.toFixed(1)} ms per extra page (baseline ${baseMarginal.toFixed(1)} ms)`;
  });
  return `Cost of each extra page (growth is linear when these stay flat): ${parts.join('; ')}.`;
}

const rows: Row[] = [];
mkdirSync(work, { recursive: true });
const header =
  `Machine: ${cpus().length} cores (shared with other work; load average ${loadavg()[0]!.toFixed(1)} at start), ` +
  `${gb(totalmem())} RAM, Node ${process.versions.node}. Cold builds (fresh copy, empty caches).`;
console.log(header);
/** Lines of scripts/build.ts's output that end each step: Astro, Pagefind, the admin. */
const markers = { astro: /\[build\] Complete!/, pagefind: /Sökindex:/, admin: /Redigeringsverktyget:/ };

for (const n of sizes) {
  const siteDir = join(work, `site-${n}`);
  const baseDir = join(work, `baseline-${n}`);
  rmSync(siteDir, { recursive: true, force: true });
  rmSync(baseDir, { recursive: true, force: true });
  copyRepository(siteDir);
  const generated = generateContent(siteDir, n);
  if (generated.skipped.length) console.warn(`Hoppade över: ${generated.skipped.join('; ')}`);
  console.log(`\nN = ${n}: ${JSON.stringify(generated.counts)}; bygger webbplatsen …`);
  const site = await measure(
    process.execPath,
    ['scripts/build.ts'],
    siteDir,
    { ASTRO_OUT_DIR: 'dist', ASTRO_CACHE_DIR: '.astro-cache' },
    markers,
  );
  const dist = join(siteDir, 'dist');
  console.log(`  ${site.seconds.toFixed(1)} s, ${gb(site.peakBytes)}; bygger om efter en ändrad sida …`);
  // What an editor's save triggers (npm start rebuilds on each change): one page's text changed.
  const edited = join(
    siteDir,
    'content/pages/sv',
    readdirSync(join(siteDir, 'content/pages/sv')).find((f) => f.endsWith('.mdx'))!,
  );
  writeFileSync(edited, `${readFileSync(edited, 'utf8')}\nEn mening som en redaktör just lade till.\n`);
  const rebuild = await measure(
    process.execPath,
    ['scripts/build.ts'],
    siteDir,
    { ASTRO_OUT_DIR: 'dist', ASTRO_CACHE_DIR: '.astro-cache' },
    markers,
  );
  console.log(`  ombyggnad: ${rebuild.seconds.toFixed(1)} s; mäter första sökningen …`);
  const query = await firstQueryBytes(dist, 'återhämtning');
  console.log(`  första sökningen: ${query.bytes} byte i ${query.files} filer (${query.results} träffar); bygger baslinjen …`);
  writeBaseline(baseDir, generated);
  const baseline = await measure(join(bin, 'astro'), ['build'], baseDir, {});
  console.log(`  baslinje: ${baseline.seconds.toFixed(1)} s, ${gb(baseline.peakBytes)}`);
  rows.push({
    n,
    counts: generated.counts,
    htmlPages: countHtml(dist),
    site,
    rebuild,
    baseline,
    baselinePages: countHtml(join(baseDir, 'dist')),
    distBytes: folderBytes(dist),
    indexBytes: folderBytes(join(dist, 'pagefind')),
    query,
  });
  // BENCH_KEEP=1 leaves the copies for a closer look (profiling one build, say).
  if (process.env.BENCH_KEEP !== '1') {
    rmSync(siteDir, { recursive: true, force: true });
    rmSync(baseDir, { recursive: true, force: true });
  }
}

const mix = rows
  .map(
    (r) =>
      `N = ${r.n}: ${Object.entries(r.counts)
        .map(([k, v]) => `${v} ${k}`)
        .join(', ')}`,
  )
  .join('; ');
const notes = [
  header,
  `Entries generated (bench/generate.ts): ${mix}. The site build is \`scripts/build.ts\` (Astro, Pagefind, Decap admin, headers); ` +
    'the rebuild is the same build run again after one page’s text changed (the admin bundle then comes from its cache, Astro’s content store is warm); ' +
    'the baseline is a bare Astro + MDX project rendering the same MDX pages. Peak memory sums resident memory over the process tree. ' +
    'First query: Pagefind’s JS, worker, WebAssembly, index chunks and the fragments of the first 5 results for “återhämtning”, ' +
    'response bodies as transferred with brotli by scripts/site-server.ts (headers not counted).',
  linearity(rows),
  'Targets: whole build ≤ 1.25× the baseline’s time; a rebuild after a content edit at most half the first build of the example site; peak memory ≤ 2.5 GB at 5,000 entries; linear growth.',
].join('\n\n');
const report = `${table(rows)}\n\n${notes}`;
mkdirSync(join(root, 'bench/results'), { recursive: true });
writeFileSync(join(root, 'bench/results/latest.md'), `# Benchmark (${new Date().toISOString().slice(0, 10)})\n\n${report}\n`);
await replaceSection(join(root, 'README.md'), 'bench', report);
console.log(`\n${report}\n\nbench/results/latest.md och README.md uppdaterade.`);
