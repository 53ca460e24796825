/**
 * Large collections: with the bench's synthetic content (bench/generate.ts) — 1,000 pages in the
 * pages collection and hundreds of helplines — the admin's list opens, its search finds an entry,
 * and a relation field (a helpline's "Hänvisning via", over every helpline) offers its choices.
 * Times and the longest main-thread task are measured and printed (the machine is shared); the
 * generous limits only catch a list that never comes or a page that hangs. Measured so far: Decap
 * renders the 1,000-entry list in one long task, so the list is not yet "without freezing".
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import sirv from 'sirv';
import { generateContent, type Generated } from '../../bench/generate.ts';
import { freePort, makeWorkspace, removeWorkspace, startDecapServer, type RunningServer } from './admin-support.ts';

test.describe.configure({ mode: 'serial' });

let sitePort: number;
let decapPort: number;
let base: string;
let workspace: string;
let served: string;
let server: Server;
let decap: RunningServer;
let generated: Generated;

test.beforeAll(async () => {
  test.setTimeout(300_000);
  [sitePort, decapPort] = [await freePort(), await freePort()];
  base = `http://localhost:${sitePort}`;
  workspace = makeWorkspace('rc-cms-large-');
  // 1,000 pages (as Swedish/English pairs) and 1,000 helplines, the target of a relation field.
  generated = generateContent(workspace, 2500, { helplines: 1000 });
  served = mkdtempSync(join(tmpdir(), 'rc-cms-large-admin-'));
  const vite = join(process.cwd(), 'node_modules/vite/bin/vite.js');
  // ADMIN_LARGE_PROFILE=<folder>: an unminified admin (readable function names) and a CPU profile
  // of each step written there (see profile() below).
  const minify = process.env.ADMIN_LARGE_PROFILE ? ['--minify', 'false'] : [];
  const build = spawnSync(process.execPath, [vite, 'build', '--config', 'admin/vite.config.ts', ...minify], {
    encoding: 'utf8',
    env: { ...process.env, CMS_LOCAL_PORT: String(decapPort), CMS_ADMIN_OUT_DIR: join(served, 'admin') },
  });
  expect(build.status, `${build.stdout}\n${build.stderr}`).toBe(0);
  // The profiled bundle is kept next to the profiles, to read them against.
  if (process.env.ADMIN_LARGE_PROFILE) cpSync(join(served, 'admin'), join(process.env.ADMIN_LARGE_PROFILE, 'admin'), { recursive: true });
  const files = sirv(served, { dev: true });
  server = createServer((req, res) =>
    files(req, res, () => {
      res.writeHead(404).end();
    }),
  );
  await new Promise<void>((resolve) => server.listen(sitePort, 'localhost', resolve));
  decap = await startDecapServer(workspace, decapPort, { sitePort });
});

test.afterAll(async () => {
  decap?.stop();
  await new Promise((resolve) => server?.close(resolve));
  if (served) rmSync(served, { recursive: true, force: true });
  if (workspace) removeWorkspace(workspace);
});

/** Records main-thread tasks longer than 50 ms (the browser's Long Tasks API). */
async function watchLongTasks(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { __long: number[] };
    w.__long = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.__long.push(entry.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
}
/**
 * With ADMIN_LARGE_PROFILE set, a CPU profile of `step` is written to <folder>/<name>.cpuprofile and a
 * Chromium trace (layout, style, script per task) to <folder>/<name>.trace.json.
 */
async function profile<T>(page: Page, name: string, step: () => Promise<T>): Promise<T> {
  const folder = process.env.ADMIN_LARGE_PROFILE;
  if (!folder) return step();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
  await cdp.send('Profiler.start');
  const browser = page.context().browser()!;
  await browser.startTracing(page, { categories: ['devtools.timeline', 'v8', 'blink'] });
  try {
    return await step();
  } finally {
    const { profile: data } = await cdp.send('Profiler.stop');
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, `${name}.cpuprofile`), JSON.stringify(data));
    writeFileSync(join(folder, `${name}.trace.json`), await browser.stopTracing());
    await cdp.detach();
  }
}
const longest = async (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as { __long: number[] };
    const max = Math.max(0, ...w.__long);
    w.__long = [];
    return max;
  });

test('1,000 pages: the list opens, search finds one, a relation over every helpline stays usable', async ({ page }) => {
  test.setTimeout(600_000);
  const svPages = generated.pages.filter((p) => p.lang === 'sv');
  expect(svPages.length).toBe(1000);
  expect(generated.counts.helplines).toBe(1000);
  await watchLongTasks(page);
  await page.goto(`${base}/admin/`);
  await page.getByRole('button', { name: 'Logga in' }).click();
  await expect(page.getByRole('link', { name: 'Sidor', exact: true })).toBeVisible({ timeout: 60_000 });
  await longest(page);

  // The list.
  let started = performance.now();
  await profile(page, 'list', async () => {
    await page.goto(`${base}/admin/#/collections/pages`);
    await page.getByText(svPages[0]!.title, { exact: true }).waitFor({ timeout: 120_000 });
  });
  const listSeconds = (performance.now() - started) / 1000;
  const listLongest = await longest(page);

  // Search across collections for the last page's title.
  const target = svPages.at(-1)!.title;
  started = performance.now();
  await profile(page, 'search', async () => {
    await page.goto(`${base}/admin/#/search/${encodeURIComponent(target)}`);
    await page.getByText(target, { exact: true }).first().waitFor({ timeout: 120_000 });
  });
  const searchSeconds = (performance.now() - started) / 1000;
  const searchLongest = await longest(page);

  // A relation over every helpline: the referral of a generated helpline.
  await page.goto(`${base}/admin/#/collections/helplines/entries/bench-00001`);
  const referral = page.getByRole('combobox', { name: /Hänvisning via/ });
  await expect(referral).toBeVisible({ timeout: 120_000 });
  await longest(page);
  started = performance.now();
  await profile(page, 'relation', async () => {
    await referral.fill('Bris');
    await page.getByRole('option', { name: /^Bris \d+$/ }).first().waitFor({ timeout: 60_000 });
  });
  const relationSeconds = (performance.now() - started) / 1000;
  const relationLongest = await longest(page);

  const report =
    `Stora samlingar (1 000 sidor, ${generated.counts.helplines} stödlinjer): listan ${listSeconds.toFixed(1)} s (längsta blockering ${listLongest.toFixed(0)} ms), ` +
    `sökning ${searchSeconds.toFixed(1)} s (${searchLongest.toFixed(0)} ms), relationsfält ${relationSeconds.toFixed(1)} s (${relationLongest.toFixed(0)} ms)`;
  console.log(report);
  test.info().annotations.push({ type: 'timing', description: report });
  // A hang detector, not a budget: Decap renders the whole list in one task (21 s measured on this
  // machine under load 22); a page that never comes back would exceed this.
  for (const ms of [listLongest, searchLongest, relationLongest]) expect(ms).toBeLessThan(90_000);
});
