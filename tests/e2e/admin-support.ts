/**
 * Helpers for the admin's browser tests: a throwaway copy of the project for decap-server to
 * write into (never /work/main/content), decap-server started in its own process group, and a
 * real `astro build` of the copy.
 */
import { createServer } from 'node:net';
import { localOrigins, spawnDecapServer, type DecapServer } from '../../scripts/decap-server.ts';
import { e2ePort } from '../../playwright.config.ts';
import { DEFAULT_LOCAL_PORT } from '../../admin/cms/deploy.ts';

/** The port decap-server listens on; the admin bundle was built for the same (CMS_LOCAL_PORT). */
export const decapPort = Number(process.env.CMS_LOCAL_PORT ?? DEFAULT_LOCAL_PORT);

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
