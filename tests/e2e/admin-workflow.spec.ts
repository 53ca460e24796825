/**
 * The editorial workflow on real Git, locally (`npm start -- --workflow`): decap-server in `git`
 * mode keeps each draft on a branch `cms/<collection>/<slug>` of a throwaway repository, commits
 * every save there, follows the status changes (draft → in review → ready, and back when a change is
 * requested) and merges the branch when the entry is published; a deleted draft removes its
 * branch. The admin is built the way `--workflow` builds it (CMS_PUBLISH_MODE=editorial_workflow,
 * the local backend) and served from a temporary folder; the site built from the repository shows
 * the page only after publishing.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import sirv from 'sirv';
import { buildWorkspace, freePort, makeWorkspace, removeWorkspace, startDecapServer, type RunningServer } from './admin-support.ts';

test.describe.configure({ mode: 'serial' });

let sitePort: number;
let gitPort: number;
let base: string;
let repo: string;
let served: string;
let server: Server;
let decap: RunningServer;

const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8' }).trim();
const branches = () => git('branch', '--list', 'cms/*', '--format=%(refname:short)').split('\n').filter(Boolean);
const onMain = (file: string) => spawnSync('git', ['cat-file', '-e', `main:${file}`], { cwd: repo }).status === 0;

test.beforeAll(async () => {
  test.setTimeout(300_000);
  [sitePort, gitPort] = [await freePort(), await freePort()];
  base = `http://localhost:${sitePort}`;
  repo = makeWorkspace('rc-cms-git-');
  cpSync(join(process.cwd(), '.gitignore'), join(repo, '.gitignore'));
  git('init', '--quiet', '--initial-branch=main');
  git('config', 'user.name', 'Testredaktör');
  git('config', 'user.email', 'redaktor@exempel.se');
  git('add', '-A');
  git('commit', '--quiet', '-m', 'Start');

  served = mkdtempSync(join(tmpdir(), 'rc-cms-git-admin-'));
  const vite = join(process.cwd(), 'node_modules/vite/bin/vite.js');
  const build = spawnSync(process.execPath, [vite, 'build', '--config', 'admin/vite.config.ts'], {
    encoding: 'utf8',
    env: {
      ...process.env,
      CMS_PUBLISH_MODE: 'editorial_workflow',
      CMS_BRANCH: 'main',
      CMS_LOCAL_PORT: String(gitPort),
      CMS_ADMIN_OUT_DIR: join(served, 'admin'),
    },
  });
  expect(build.status, `${build.stdout}\n${build.stderr}`).toBe(0);
  const files = sirv(served, { dev: true });
  server = createServer((req, res) =>
    files(req, res, () => {
      res.writeHead(404).end();
    }),
  );
  await new Promise<void>((resolve) => server.listen(sitePort, 'localhost', resolve));
  decap = await startDecapServer(repo, gitPort, { mode: 'git', sitePort });
});

test.afterAll(async () => {
  decap?.stop();
  await new Promise((resolve) => server?.close(resolve));
  if (served) rmSync(served, { recursive: true, force: true });
  if (repo) removeWorkspace(repo);
});

async function login(page: Page) {
  await page.goto(`${base}/admin/`);
  await page.getByRole('button', { name: 'Logga in' }).click();
  await expect(page.getByRole('link', { name: 'Arbetsflöde' })).toBeVisible({ timeout: 30_000 });
}

async function draftPage(page: Page, title: string) {
  await page.goto(`${base}/admin/#/collections/pages/new`);
  await page.getByRole('textbox', { name: 'Rubrik' }).first().fill(title);
  await page.getByRole('textbox', { name: 'Sammanfattning' }).first().fill('En sida som går genom hela det redaktionella arbetsflödet.');
  await page.getByRole('textbox', { name: 'Senast uppdaterad' }).first().fill('2026-11-23');
  await page.getByRole('button', { name: 'Spara' }).click();
  await expect(page.getByText('Ändringar sparade')).toBeVisible({ timeout: 30_000 });
}

async function setStatus(page: Page, from: string, to: string) {
  await page.getByRole('button', { name: `Status: ${from}` }).click();
  await page.getByRole('menuitem', { name: to }).click();
  await expect(page.getByRole('button', { name: `Status: ${to}` })).toBeVisible({ timeout: 30_000 });
}

test('a page goes from draft through review (and back) and ready to published, on Git branches', async ({ page }) => {
  test.setTimeout(600_000);
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(e.message));
  await login(page);
  const title = 'Utkast som granskas';
  const file = 'content/pages/sv/utkast-som-granskas.mdx';
  await draftPage(page, title);

  // The draft is a commit on its own branch; main is untouched, and the site built from it has no such page.
  expect(branches()).toEqual(['cms/pages/utkast-som-granskas']);
  expect(git('log', '--format=%s', 'cms/pages/utkast-som-granskas', '-1')).not.toBe('Start');
  expect(onMain(file)).toBe(false);
  // decap-server checks a draft's branch out for the length of each request (under its lock), and the
  // admin reads the draft back just after saving: main is checked out again once those reads are done.
  await expect.poll(() => git('rev-parse', '--abbrev-ref', 'HEAD'), { timeout: 30_000 }).toBe('main');
  const before = buildWorkspace(repo);
  expect(before.status, before.output).toBe(0);
  expect(existsSync(join(repo, 'dist/utkast-som-granskas/index.html'))).toBe(false);

  // Review; a change is requested (back to draft); review again; ready.
  await setStatus(page, 'Utkast', 'Under granskning');
  await setStatus(page, 'Under granskning', 'Utkast');
  await setStatus(page, 'Utkast', 'Under granskning');
  await setStatus(page, 'Under granskning', 'Redo');
  await page.goto(`${base}/admin/#/workflow`);
  await expect(page.getByRole('heading', { name: 'Redaktionellt arbetsflöde' })).toBeVisible();
  await expect(page.getByText(title)).toBeVisible();
  expect(onMain(file)).toBe(false);

  // Publish: the branch is merged into main and removed.
  await page.getByText(title).click();
  await page.getByRole('button', { name: 'Publicera', exact: true }).click();
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('menuitem', { name: 'Publicera nu' }).click();
  await expect(page.getByText('Inlägg publicerat')).toBeVisible({ timeout: 30_000 });
  await expect.poll(() => onMain(file), { timeout: 30_000 }).toBe(true);
  expect(branches()).toEqual([]);
  expect(git('status', '--porcelain', '--', 'content')).toBe('');

  // Only now does the built site have the page.
  const after = buildWorkspace(repo);
  expect(after.status, after.output).toBe(0);
  expect(existsSync(join(repo, 'dist/utkast-som-granskas/index.html'))).toBe(true);
  expect(problems).toEqual([]);
});

test('a deleted draft removes its branch and never reaches main', async ({ page }) => {
  test.setTimeout(300_000);
  await login(page);
  await draftPage(page, 'Ett utkast som tas bort');
  expect(branches()).toEqual(['cms/pages/ett-utkast-som-tas-bort']);
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: 'Radera opublicerat inlägg' }).click();
  await expect.poll(branches, { timeout: 30_000 }).toEqual([]);
  expect(onMain('content/pages/sv/ett-utkast-som-tas-bort.mdx')).toBe(false);
});
