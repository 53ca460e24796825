/**
 * The CMS's local backend for `npm start` and the admin's browser tests: Decap's own decap-server
 * middleware (file-system mode, or `git` mode with MODE=git), mounted in a server that
 * - listens on 127.0.0.1 only, never on the network;
 * - answers only requests addressed to it by a loopback name (`Host: localhost:<port>` or
 *   `127.0.0.1:<port>`), so a web page cannot reach it by DNS rebinding;
 * - accepts browser requests only from the site's own origin(s) (`Origin` header), so no other
 *   page open in the editor's browser can write files.
 * decap-server alone listens on every interface and takes any Host (it only checks Origin for
 * CORS, which a rebound page does not trigger). Run by scripts/decap-server.ts with:
 *   PORT, GIT_REPO_DIRECTORY (the folder it edits), MODE (fs | git), CMS_ORIGINS (comma-separated), LOG_LEVEL
 */
import { createRequire } from 'node:module';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { LOOPBACK } from './site-server.ts';

interface App {
  use(handler: (req: IncomingMessage, res: ServerResponse, next: () => void) => void): void;
  listen(port: number, host: string, done: () => void): { on(event: 'error', listener: (error: Error) => void): void };
}

const require = createRequire(import.meta.url);
const express = require('express') as () => App;
const decap = require('decap-server/dist/middlewares.js') as {
  registerLocalFs(app: App, options: { logLevel?: string }): Promise<void>;
  registerLocalGit(app: App, options: { logLevel?: string }): Promise<void>;
};

/** Whether a request may reach the backend: addressed to this port by a loopback name, from an allowed origin (or no browser origin at all). */
export function allowedRequest(
  headers: { host?: string | undefined; origin?: string | undefined },
  port: number,
  origins: readonly string[],
): boolean {
  const hosts = [`localhost:${port}`, `127.0.0.1:${port}`, `[::1]:${port}`];
  if (!headers.host || !hosts.includes(headers.host.toLowerCase())) return false;
  return headers.origin === undefined || origins.includes(headers.origin);
}

if (import.meta.main) {
  const port = Number(process.env.PORT ?? 8081);
  const origins = (process.env.CMS_ORIGINS ?? '').split(',').filter(Boolean);
  const app = express();
  app.use((req, res, next) => {
    if (allowedRequest({ host: req.headers.host, origin: req.headers.origin }, port, origins)) return next();
    res.statusCode = 403;
    res.end('Förbjudet: CMS-servern tar bara emot anrop från webbplatsen på den här datorn.');
  });
  const options = { logLevel: process.env.LOG_LEVEL ?? 'info' };
  await (process.env.MODE === 'git' ? decap.registerLocalGit(app, options) : decap.registerLocalFs(app, options));
  const server = app.listen(port, LOOPBACK, () =>
    console.log(`CMS-servern lyssnar på http://${LOOPBACK}:${port}/api/v1 (bara den här datorn).`),
  );
  server.on('error', (error) => {
    console.error(`CMS-servern kunde inte starta på port ${port}: ${error.message}`);
    process.exit(1);
  });
}
