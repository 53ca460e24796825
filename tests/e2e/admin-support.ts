/**
 * Helpers for the admin's browser tests: a throwaway copy of the project for decap-server to
 * write into (never /work/main/content), decap-server started in its own process group, and a
 * real `astro build` of the copy.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { contentTypes } from '../../src/schemas/index.ts';
import { localOrigins, spawnDecapServer, type DecapServer } from '../../scripts/decap-server.ts';
import { e2ePort } from '../../playwright.config.ts';
import { DEFAULT_LOCAL_PORT } from '../../admin/cms/deploy.ts';

/** The port decap-server listens on; the admin bundle was built for the same (CMS_LOCAL_PORT). */
export const decapPort = Number(process.env.CMS_LOCAL_PORT ?? DEFAULT_LOCAL_PORT);

import { makeWorkspace, removeWorkspace } from '../support/workspace.ts';

export { buildWorkspace, makeWorkspace, removeWorkspace } from '../support/workspace.ts';

function portOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer()
      .once('error', () => resolve(false))
      .once('listening', () => server.close(() => resolve(true)))
      .listen(port, '127.0.0.1');
  });
}

export type RunningServer = DecapServer;

/**
 * A port the system has free right now, for a test's own servers: fixed offsets from E2E_PORT
 * collide with CMS_LOCAL_PORT when both are chosen by hand, and with other spec files in parallel.
 */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
      .once('error', reject)
      .listen(0, '127.0.0.1', () => {
        const { port } = server.address() as { port: number };
        server.close(() => resolve(port));
      });
  });
}

/** decap-server editing `dir`, in its own process group so stopping it frees the port. */
export async function startDecapServer(
  dir: string,
  port = decapPort,
  options: { mode?: 'fs' | 'git'; sitePort?: number } = {},
): Promise<RunningServer> {
  if (!(await portOpen(port)))
    throw new Error(`Port ${port} är upptagen: stoppa det som kör där, eller bygg med CMS_LOCAL_PORT=<annan port>.`);
  const server = spawnDecapServer(dir, port, {
    origins: localOrigins(options.sitePort ?? e2ePort),
    logLevel: 'error',
    mode: options.mode ?? 'fs',
  });
  const deadline = Date.now() + 20_000;
  for (;;) {
    try {
      const response = await fetch(`http://localhost:${port}/api/v1`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ action: 'info' }),
      });
      if (response.ok) break;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) {
      server.stop();
      throw new Error('decap-server startade inte inom 20 s.');
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return server;
}

const lockPath = join(tmpdir(), `rc-decap-${decapPort}.lock`);

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** Waits until this process holds the lock folder at `path`; a lock left by a process that ended is taken over. */
async function takeLock(path: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      mkdirSync(path);
      writeFileSync(join(path, 'pid'), String(process.pid));
      return;
    } catch {
      const owner = Number(existsSync(join(path, 'pid')) ? readFileSync(join(path, 'pid'), 'utf8') : 0);
      if (owner && !alive(owner)) rmSync(path, { recursive: true, force: true });
    }
    if (Date.now() > deadline) throw new Error(`Låset ${path} släpptes inte inom ${timeoutMs / 60_000} min.`);
    await new Promise((r) => setTimeout(r, 1000));
  }
}

/**
 * A throwaway copy of the project with decap-server writing into it, for the whole spec file that
 * calls this at its top level: made before its first test, removed after its last. `copy.dir` is
 * the copy's folder. Two such files never run at once (they would share one decap-server port).
 */
export function decapWorkspace(): { readonly dir: string } {
  const state: { dir: string; server?: RunningServer } = { dir: '' };
  test.beforeAll(async () => {
    // The admin bundle talks to one port (CMS_LOCAL_PORT), so the spec files that edit through it
    // take turns, by a lock folder (mkdir is atomic): checking the port alone let two files start
    // together and one edit the other's copy.
    test.setTimeout(15 * 60_000);
    await takeLock(lockPath, 14 * 60_000);
    state.dir = makeWorkspace();
    state.server = await startDecapServer(state.dir);
  });
  test.afterAll(() => {
    state.server?.stop();
    if (state.dir) removeWorkspace(state.dir);
    rmSync(lockPath, { recursive: true, force: true });
  });
  return {
    get dir() {
      return state.dir;
    },
  };
}

/** /admin/ opened and logged in to the local backend: the collections are listed. */
export async function openAdmin(page: Page): Promise<void> {
  await page.goto('/admin/');
  const login = page.getByRole('button', { name: 'Logga in' });
  const firstCollection = page.getByRole('link', { name: contentTypes[0].label, exact: true });
  await expect(login.or(firstCollection)).toBeVisible({ timeout: 30_000 });
  if (await login.isVisible()) await login.click();
  await expect(firstCollection).toBeVisible();
}
