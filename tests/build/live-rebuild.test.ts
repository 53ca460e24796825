/**
 * `npm start` shows a saved change on the local site by itself (scripts/live-rebuild.ts): a change
 * under content/ rebuilds the site with the production build and swaps it in; bad content leaves
 * the last good site in place and says why. Measured here: the time from saving a file to the new
 * text being served (printed, not asserted: the machine is shared).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cacheDir } from '../../scripts/admin-cache.ts';
import { ignoredChange, nextBuildDir, startLiveRebuild, swapIn, type LiveRebuild } from '../../scripts/live-rebuild.ts';
import { startSiteServer } from '../../scripts/site-server.ts';
import { makeWorkspace, removeWorkspace } from '../support/workspace.ts';
import { stockholmHour } from '../../src/lib/opening-hours.ts';

let dir: string;
/** Pages are copied only from a build of the same hour in Stockholm (src/data/build-key.ts). */
const buildHour = () => stockholmHour(new Date());
let firstBuildHour = '';
let server: Server;
let live: LiveRebuild;
let base: string;
const builds: { ok: boolean; seconds: number; changed: string[]; output: string }[] = [];

const page = async (path: string) => {
  const response = await fetch(`${base}${path}`);
  return { status: response.status, text: await response.text(), csp: response.headers.get('content-security-policy') };
};

beforeAll(async () => {
  dir = makeWorkspace('rc-live-');
  for (const name of ['scripts', 'tools', 'admin', 'docs', 'package-lock.json'])
    cpSync(join(process.cwd(), name), join(dir, name), { recursive: true });
  const env = { ...process.env, ASTRO_OUT_DIR: join(dir, 'dist'), ASTRO_CACHE_DIR: join(dir, '.cache') };
  firstBuildHour = buildHour();
  // As `npm start` builds first: where the rebuilds are built, then swapped in.
  const first = spawnSync(process.execPath, ['scripts/build.ts'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...env, ASTRO_OUT_DIR: nextBuildDir(join(dir, 'dist')) },
  });
  expect(first.status, `${first.stdout}\n${first.stderr}`).toBe(0);
  swapIn(join(dir, 'dist'));
  server = await startSiteServer(join(dir, 'dist'), 0);
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  live = startLiveRebuild({
    root: dir,
    outDir: join(dir, 'dist'),
    env: { ASTRO_CACHE_DIR: join(dir, '.cache') },
    onBuilt: (b) => builds.push(b),
  });
}, 300_000);

afterAll(() => {
  live?.stop();
  server?.closeAllConnections();
  server?.close();
  if (dir) {
    // The workspace's admin cache sits in the shared node_modules: leave nothing behind.
    rmSync(cacheDir(dir), { recursive: true, force: true });
    removeWorkspace(dir);
  }
});

describe('a saved change shows on the local site without a command', () => {
  it('an edited page is served rebuilt, with the headers of the new build', async () => {
    const file = join(dir, 'content/pages/sv/om.mdx');
    expect((await page('/om/')).text).not.toContain('Ändrat i redigeringsverktyget 4711.');
    const saved = performance.now();
    writeFileSync(file, `${readFileSync(file, 'utf8')}\nÄndrat i redigeringsverktyget 4711.\n`);
    await expect
      .poll(async () => (await page('/om/')).text, { timeout: 240_000, interval: 250 })
      .toContain('Ändrat i redigeringsverktyget 4711.');
    const seconds = (performance.now() - saved) / 1000;
    const steps = /Bygget klart på .*/.exec(builds.at(-1)?.output ?? '')?.[0];
    const copied = (builds.at(-1)?.output.match(/\((cached|restored)\)/g) ?? []).length;
    console.log(`Från sparad fil till synlig på webbplatsen: ${seconds.toFixed(1)} s (${steps}; ${copied} sidor kopierade)`);
    await live.idle();
    expect(builds.at(-1)).toMatchObject({ ok: true, changed: ['content/pages/sv/om.mdx'] });
    // The admin was not rebuilt: its bundle came from the cache.
    expect(builds.at(-1)!.output).toMatch(/Redigeringsverktyget: oförändrat/);
    // The other pages were copied from the first build (src/data/build-key.ts), unless an hour began in between.
    if (buildHour() === firstBuildHour) expect(copied).toBeGreaterThan(80);
    // The CSP served is the new build's own (its _headers), so the page's styles still apply.
    const headers = readFileSync(join(dir, 'dist/_headers'), 'utf8');
    const { csp } = await page('/om/');
    expect(csp).toBeTruthy();
    expect(headers).toContain(csp!);
  }, 300_000);

  it('bad content keeps the last good site and says what to fix; fixing it rebuilds', async () => {
    const file = join(dir, 'content/pages/sv/om.mdx');
    const good = readFileSync(file, 'utf8');
    writeFileSync(file, good.replace(/^title: .*$/m, 'title: A'));
    await expect.poll(() => builds.length, { timeout: 240_000 }).toBeGreaterThanOrEqual(2);
    await live.idle();
    const failed = builds.at(-1)!;
    expect(failed.ok).toBe(false);
    expect(failed.output).toContain('content/pages/sv/om.mdx');
    expect(failed.output).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/); // no stack trace
    const served = await page('/om/');
    expect(served.status).toBe(200);
    expect(served.text).toContain('Ändrat i redigeringsverktyget 4711.');

    writeFileSync(file, good.replace('4711.', '4712.'));
    await expect.poll(async () => (await page('/om/')).text, { timeout: 240_000, interval: 250 }).toContain('4712.');
    await live.idle();
    expect(builds.at(-1)!.ok).toBe(true);
  }, 600_000);
});

describe('ignoredChange', () => {
  it.each([
    ['content/pages/sv/om.mdx', false],
    ['public/media/bild.png', false],
    ['content/pages/sv/.om.mdx.swp', true],
    ['content/pages/sv/om.mdx~', true],
    ['content/pages/sv/4913.tmp', true],
  ])('%s → %s', (file, ignored) => expect(ignoredChange(file)).toBe(ignored));
});
