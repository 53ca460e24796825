/**
 * The CMS's local backend for `npm start` and the admin's browser tests: Decap's own decap-server
 * middleware (file-system mode, or `git` mode with MODE=git), mounted in a server that
 * - listens on 127.0.0.1 only, never on the network;
 * - answers only requests addressed to it by a loopback name (`Host: localhost:<port>` or
 *   `127.0.0.1:<port>`), so a web page cannot reach it by DNS rebinding;
 * - accepts browser requests only from the site's own origin(s) (`Origin` header), so no other
 *   page open in the editor's browser can write files.
 * decap-server alone listens on every interface and takes any Host (it only checks Origin for
 * CORS, which a rebound page does not trigger), and keeps every path inside the repository, but
 * nothing more: the guard (scripts/cms-guard.ts) lets it write only content files and uploads, read
 * only content/ and public/media/, and in Git mode work only on the branch checked out at start;
 * Git mode commits only the files a save wrote (scripts/cms-git.ts). Run by scripts/decap-server.ts with:
 *   PORT, GIT_REPO_DIRECTORY (the folder it edits), MODE (fs | git), CMS_ORIGINS (comma-separated), LOG_LEVEL
 */
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { checkCmsRequest, contentTypeOfFile, isUploadPath, staysInsideSync, type GuardOptions } from './cms-guard.ts';
import { installStagingGit, staging } from './cms-git.ts';
import { LOOPBACK } from './site-server.ts';

type Request = IncomingMessage & { body?: unknown; _body?: boolean };
type Response = ServerResponse & { json?: (body: unknown) => unknown };

interface App {
  use(handler: (req: Request, res: Response, next: () => void) => void): void;
  listen(port: number, host: string, done: () => void): { on(event: 'error', listener: (error: Error) => void): void };
}

const require = createRequire(import.meta.url);

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

/** decap-server's own limit for a request body (an upload arrives base64 in JSON). */
const BODY_LIMIT = 50 * 1024 * 1024;

function reply(res: ServerResponse, status: number, error: string) {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.end(JSON.stringify({ error }));
}

/**
 * The request body, read and parsed here, once: decap-server's express.json() sees `req._body` and
 * leaves `req.body` as it is, so decap-server acts on exactly the object the guard checked (no
 * second parser to disagree with). Anything but plain UTF-8 JSON (an object) is refused.
 */
function readJson(req: Request, res: ServerResponse, done: (body: unknown) => void) {
  const encoding = (req.headers['content-encoding'] ?? 'identity').toLowerCase();
  if (encoding !== 'identity') return reply(res, 415, `Felaktig begäran: kroppen får inte vara komprimerad (${encoding}).`);
  const charset = /charset=([^;\s]+)/i.exec(req.headers['content-type'] ?? '')?.[1]?.toLowerCase();
  if (charset && charset !== 'utf-8' && charset !== 'utf8')
    return reply(res, 415, `Felaktig begäran: kroppen ska vara UTF-8, inte ${charset}.`);
  if (Number(req.headers['content-length'] ?? 0) > BODY_LIMIT)
    return reply(res, 413, 'Felaktig begäran: kroppen är för stor (högst 50 MB).');
  const chunks: Buffer[] = [];
  let size = 0;
  let failed = false;
  req.on('data', (chunk: Buffer) => {
    size += chunk.length;
    if (size > BODY_LIMIT && !failed) {
      failed = true;
      reply(res, 413, 'Felaktig begäran: kroppen är för stor (högst 50 MB).');
      req.destroy();
    }
    if (!failed) chunks.push(chunk);
  });
  req.on('end', () => {
    if (failed) return;
    let body: unknown;
    try {
      body = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks)));
    } catch {
      return reply(res, 400, 'Felaktig begäran: kroppen ska vara JSON.');
    }
    if (typeof body !== 'object' || body === null || Array.isArray(body))
      return reply(res, 400, 'Felaktig begäran: kroppen ska vara ett JSON-objekt.');
    done(body);
  });
  req.on('error', () => {
    failed = true;
  });
}

/** The branch checked out in `root`, or undefined (detached HEAD, no repository). */
function checkedOutBranch(root: string): string | undefined {
  try {
    const branch = execFileSync('git', ['rev-parse', '--abbrev-ref', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
    return branch && branch !== 'HEAD' ? branch : undefined;
  } catch {
    return undefined;
  }
}

/** A path Git mode may commit at all: a content entry or an upload. */
const committable = (path: string) => contentTypeOfFile(path) !== undefined || isUploadPath(path);

/**
 * Every POST (decap-server's route is /api/v1, which express also matches as /API/V1/): parsed,
 * checked by scripts/cms-guard.ts and refused with 403 and a Swedish message, or passed on with the
 * files it writes (Git mode commits those only). A listing's answer leaves out files that resolve
 * outside their folder (a symlink in content/ or public/media/).
 */
export function cmsGuard(options: GuardOptions) {
  return (req: Request, res: Response, next: () => void) => {
    if (req.method !== 'POST') return next();
    readJson(req, res, (body) => {
      checkCmsRequest(body, options).then(
        (verdict) => {
          if (!verdict.ok) return reply(res, 403, verdict.message);
          req.body = body;
          req._body = true;
          if (verdict.listing && res.json) {
            const json = res.json.bind(res);
            res.json = (answer: unknown) =>
              json(
                Array.isArray(answer)
                  ? answer.filter((item: { path?: unknown; file?: { path?: unknown } }) => {
                      const path = verdict.listing === 'media' ? item?.path : item?.file?.path;
                      return typeof path === 'string' && staysInsideSync(options.root, path);
                    })
                  : answer,
              );
          }
          staging.run({ writes: verdict.writes, draftBase: verdict.draftBase, committable }, next);
        },
        () => reply(res, 500, 'CMS-servern kunde inte pröva begäran.'),
      );
    });
  };
}

if (import.meta.main) {
  const port = Number(process.env.PORT ?? 8081);
  const origins = (process.env.CMS_ORIGINS ?? '').split(',').filter(Boolean);
  const mode = process.env.MODE === 'git' ? 'git' : 'fs';
  const root = resolve(process.env.GIT_REPO_DIRECTORY || process.cwd());
  const decapMiddlewares = require.resolve('decap-server/dist/middlewares.js');
  // Git mode commits only what a save wrote: decap-server gets a simple-git whose `git add .` stages those files.
  if (mode === 'git') installStagingGit(decapMiddlewares);
  const express = require('express') as () => App & { json?: unknown };
  const decap = require(decapMiddlewares) as {
    registerLocalFs(app: App, options: { logLevel?: string }): Promise<void>;
    registerLocalGit(app: App, options: { logLevel?: string }): Promise<void>;
  };
  const app = express();
  app.use((req, res, next) => {
    if (allowedRequest({ host: req.headers.host, origin: req.headers.origin }, port, origins)) return next();
    res.statusCode = 403;
    res.end('Förbjudet: CMS-servern tar bara emot anrop från webbplatsen på den här datorn.');
  });
  app.use(cmsGuard({ root, mode, branch: mode === 'git' ? checkedOutBranch(root) : undefined }));
  const options = { logLevel: process.env.LOG_LEVEL ?? 'info' };
  await (mode === 'git' ? decap.registerLocalGit(app, options) : decap.registerLocalFs(app, options));
  const server = app.listen(port, LOOPBACK, () =>
    console.log(`CMS-servern lyssnar på http://${LOOPBACK}:${port}/api/v1 (bara den här datorn).`),
  );
  server.on('error', (error) => {
    console.error(`CMS-servern kunde inte starta på port ${port}: ${error.message}`);
    process.exit(1);
  });
}
