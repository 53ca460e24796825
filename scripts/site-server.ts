/**
 * The built site served the way the production hosts serve it, for `npm run serve` (browser tests,
 * Lighthouse) and `npm start` (local editing):
 * - the headers of `<outDir>/_headers` (the CSP header, caching, …), matched like Cloudflare Pages,
 *   on the decoded, normalised path the file is served from (`requestPath`): `/%6Dedia/x.svg` and
 *   `//media/x.svg` are `/media/x.svg`, with its sandbox CSP; dot files and `_headers*` are not
 *   served in any spelling, and what decodes to something above the folder is refused (400);
 * - `/404.html` with status 404 for unknown addresses;
 * - brotli or gzip compression of text files, as every CDN does;
 * - for measurements only (`{ floors: true }`, `npm run lighthouse`): `/__floor/<address>`, the
 *   page at `<address>` without its stylesheets and scripts (tools/page-floor.ts), with the same
 *   headers and compression.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server, type ServerResponse } from 'node:http';
import { join } from 'node:path';
import compression from 'compression';
import sirv from 'sirv';
import { fileCandidates } from '../tools/dist-paths.ts';
import { headersForPath, parseHeadersFile, type HeaderRule } from '../tools/headers-file.ts';
import { FLOOR_PREFIX, floorHtml } from '../tools/page-floor.ts';

function loadRules(outDir: string): HeaderRule[] {
  const file = join(outDir, '_headers');
  if (!existsSync(file)) return [];
  const { rules, errors } = parseHeadersFile(readFileSync(file, 'utf8'));
  for (const error of errors) console.warn(`_headers: ${error}`);
  return rules;
}

/** When the headers file was written (its inode too: a rebuilt folder swapped in has a new file). */
function headersStamp(outDir: string): string {
  try {
    const { mtimeMs, ino, size } = statSync(join(outDir, '_headers'));
    return `${ino}:${mtimeMs}:${size}`;
  } catch {
    return '';
  }
}

/** Local servers bind here: this machine only, never the network. */
export const LOOPBACK = '127.0.0.1';

export interface SiteServerOptions {
  /** Also answer `/__floor/<address>` with the page's floor (Lighthouse's comparison). */
  floors?: boolean;
}

/** The built HTML page a floor address stands for, or undefined. */
function floorPage(outDir: string, pathname: string): { path: string; html: string } | undefined {
  if (!pathname.startsWith(`${FLOOR_PREFIX}/`)) return undefined;
  const path = pathname.slice(FLOOR_PREFIX.length);
  const file = fileCandidates(path)
    .map((c) => join(outDir, c))
    .find((f) => f.endsWith('.html') && existsSync(f) && statSync(f).isFile());
  return file ? { path, html: floorHtml(readFileSync(file, 'utf8')) } : undefined;
}

/**
 * The path a request names, as the file lookup sees it: percent-decoded, `//` and `.` collapsed,
 * `..` resolved, so one file has one path whatever its spelling (`/%6Dedia/x.svg`, `//media/x.svg`,
 * `/media/../media/x.svg` are all `/media/x.svg`), and its headers are matched on that path. The
 * query is dropped. `{ status: 400 }`: not a path (a malformed escape, an encoded slash or
 * backslash, a control character, `..` above the root); `{ status: 404 }`: a path that is never
 * served (a dot file or folder, the headers files `_headers*`).
 */
export function requestPath(url: string): { path: string } | { status: 400 | 404 } {
  const raw = url.split(/[?#]/, 1)[0] ?? '';
  if (!raw.startsWith('/') || /%(2f|5c)/i.test(raw)) return { status: 400 };
  let decoded: string;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    return { status: 400 };
  }
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
  if (/[\u0000-\u001f\u007f\\]/.test(decoded)) return { status: 400 };
  const segments: string[] = [];
  const parts = decoded.split('/').slice(1);
  for (const part of parts) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (segments.length === 0) return { status: 400 };
      segments.pop();
    } else segments.push(part);
  }
  const last = parts.at(-1);
  const folder = last === '' || last === '.' || last === '..';
  const path = `/${segments.join('/')}${folder && segments.length ? '/' : ''}`;
  if (segments.some((s) => s.startsWith('.')) || segments[0]?.startsWith('_headers')) return { status: 404 };
  return { path };
}

/** A decoded path as a request URL again, for sirv, which decodes it back to the same path. */
const encodePath = (path: string) => encodeURI(path).replace(/\?/g, '%3F').replace(/#/g, '%23');

/** An HTTP server for the build in `outDir` (not yet listening). */
export function createSiteServer(outDir: string, options: SiteServerOptions = {}): Server {
  // The headers belong to one build (the CSP lists its inline styles' hashes): read again whenever a
  // new build has replaced the file (npm start rebuilds on every saved change).
  let rules = loadRules(outDir);
  let rulesStamp = headersStamp(outDir);
  const currentRules = () => {
    const stamp = headersStamp(outDir);
    if (stamp !== rulesStamp) [rules, rulesStamp] = [loadRules(outDir), stamp];
    return rules;
  };
  // Brotli or gzip for text-like responses, with back-pressure handled (the CMS bundle is megabytes).
  const compress = compression({ threshold: 256 });
  // dev: look files up on each request (a rebuild is seen without restarting); the headers from
  // _headers replace sirv's own Cache-Control.
  const files = sirv(outDir, { dev: true, etag: true, dotfiles: false });
  const notFound = sirv(outDir, { dev: true });

  const applyHeaders = (res: ServerResponse, pathname: string) => {
    for (const [name, value] of headersForPath(currentRules(), pathname)) res.setHeader(name, value);
  };

  const notFoundPage = (req: Parameters<typeof files>[0], res: ServerResponse) => {
    // Unknown address: the 404 page, with the headers of the address asked for.
    res.statusCode = 404;
    const original = res.writeHead.bind(res) as (status: number, headers?: Record<string, unknown>) => ServerResponse;
    res.writeHead = ((_status: number, headers?: Record<string, unknown>) => original(404, headers)) as typeof res.writeHead;
    req.url = '/404.html';
    notFound(req, res, () => {
      res.end('404');
    });
  };

  return createServer((req, res) => {
    // One path for the headers and for the file: the decoded, normalised one (requestPath).
    const target = requestPath(req.url ?? '/');
    if ('status' in target && target.status === 400) {
      applyHeaders(res, '/');
      res.statusCode = 400;
      res.setHeader('content-type', 'text/plain; charset=utf-8');
      res.end('Felaktig adress.');
      return;
    }
    const pathname = 'path' in target ? target.path : '/404.html';
    const floor = options.floors && 'path' in target ? floorPage(outDir, pathname) : undefined;
    if (floor) {
      // The page's own headers (its CSP allows the inline styles the floor keeps), compressed alike.
      applyHeaders(res, floor.path);
      res.setHeader('content-type', 'text/html; charset=utf-8');
      compress(req as Parameters<typeof compress>[0], res as Parameters<typeof compress>[1], () => res.end(floor.html));
      return;
    }
    applyHeaders(res, pathname);
    // compression() is Express middleware; plain Node requests and responses are what it wraps.
    compress(req as Parameters<typeof compress>[0], res as Parameters<typeof compress>[1], () => {
      // Like Netlify and Cloudflare, the headers files themselves are not published; nor are dot files.
      if (!('path' in target)) return notFoundPage(req, res);
      req.url = encodePath(pathname);
      files(req, res, () => notFoundPage(req, res));
    });
  });
}

/**
 * The site server listening on `localhost:port`, for scripts that measure the build (Lighthouse,
 * bench). Stop it with `server.closeAllConnections(); server.close()`.
 */
export function startSiteServer(outDir: string, port: number, options: SiteServerOptions = {}): Promise<Server> {
  const server = createSiteServer(outDir, options);
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, LOOPBACK, () => done(server));
  });
}
