/**
 * The editorial workflow (draft → review → ready → publish), as a region with a Git backend runs
 * it. The local backend cannot do it, so a second admin is built with the same code and Decap's
 * in-memory `test-repo` backend (CMS_BACKEND=test-repo CMS_PUBLISH_MODE=editorial_workflow) and
 * served from a temporary folder.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import sirv from 'sirv';

test.describe.configure({ mode: 'serial' });

// A port the system picks: a fixed one (E2E_PORT + 100) is CMS_LOCAL_PORT by convention, taken by
// the decap-server of admin.spec.ts running alongside.
let base: string;
let dir: string;
let server: Server;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  dir = mkdtempSync(join(tmpdir(), 'rc-cms-workflow-'));
  const vite = join(process.cwd(), 'node_modules/vite/bin/vite.js');
  const build = spawnSync(process.execPath, [vite, 'build', '--config', 'admin/vite.config.ts'], {
    encoding: 'utf8',
    env: { ...process.env, CMS_BACKEND: 'test-repo', CMS_PUBLISH_MODE: 'editorial_workflow', CMS_ADMIN_OUT_DIR: join(dir, 'admin') },
  });
  expect(build.status, `${build.stdout}\n${build.stderr}`).toBe(0);
  const files = sirv(dir, { dev: true });
  server = createServer((req, res) =>
    files(req, res, () => {
      res.writeHead(404).end();
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, 'localhost', resolve));
  base = `http://localhost:${(server.address() as AddressInfo).port}`;
});

test.afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test('a page goes from draft through review and ready to published', async ({ page }) => {
  // The admin alone can take half a minute to load on a busy machine.
  test.setTimeout(120_000);
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto(`${base}/admin/`);
  await page.getByRole('button', { name: 'Logga in' }).click();
  await expect(page.getByRole('link', { name: 'Arbetsflöde' })).toBeVisible();

  await page.goto(`${base}/admin/#/collections/pages/new`);
  const title = 'Utkast {som} granskas';
  await page.getByRole('textbox', { name: 'Rubrik' }).first().fill(title);
  await page.getByRole('textbox', { name: 'Sammanfattning' }).first().fill('En sida som går genom hela det redaktionella arbetsflödet.');
  await page.getByRole('textbox', { name: 'Senast uppdaterad' }).first().fill('2026-11-23');

  // Draft: saving does not publish.
  await page.getByRole('button', { name: 'Spara' }).click();
  await expect(page.getByText('Ändringar sparade')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Status: Utkast' })).toBeVisible();

  // Review, then ready.
  await page.getByRole('button', { name: 'Status: Utkast' }).click();
  await page.getByRole('menuitem', { name: 'Under granskning' }).click();
  await expect(page.getByRole('button', { name: 'Status: Under granskning' })).toBeVisible();
  await page.getByRole('button', { name: 'Status: Under granskning' }).click();
  await page.getByRole('menuitem', { name: 'Redo' }).click();
  await expect(page.getByRole('button', { name: 'Status: Redo' })).toBeVisible();

  // The workflow board shows it in the "Redo" column.
  await page.goto(`${base}/admin/#/workflow`);
  await expect(page.getByRole('heading', { name: 'Redaktionellt arbetsflöde' })).toBeVisible();
  await expect(page.getByText(title)).toBeVisible();

  // Publish.
  await page.getByText(title).click();
  await page.getByRole('button', { name: 'Publicera', exact: true }).click();
  // Decap asks "Är du säker på att du vill publicera det här inlägget?": the editor confirms.
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('menuitem', { name: 'Publicera nu' }).click();
  await expect(page.getByText('Inlägg publicerat')).toBeVisible();

  await page.goto(`${base}/admin/#/collections/pages`);
  await expect(page.getByText(title)).toBeVisible();
  expect(problems).toEqual([]);
});
