/**
 * The built site served the way the production hosts serve it, for `npm run serve` (browser tests,
 * Lighthouse) and `npm start` (local editing):
 * - the headers of `<outDir>/_headers` (the CSP header, caching, …), matched like Cloudflare Pages;
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

  return createServer((req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
    const floor = options.floors ? floorPage(outDir, pathname) : undefined;
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
      // Like Netlify and Cloudflare, the headers files themselves are not published.
      const serve = pathname.startsWith('/_headers') ? (_q: unknown, _s: unknown, next: () => void) => next() : files;
      serve(req, res, () => {
        // Unknown address: the 404 page, with the headers of the address asked for.
        res.statusCode = 404;
        const original = res.writeHead.bind(res) as (status: number, headers?: Record<string, unknown>) => ServerResponse;
        res.writeHead = ((_status: number, headers?: Record<string, unknown>) => original(404, headers)) as typeof res.writeHead;
        req.url = '/404.html';
        notFound(req, res, () => {
          res.end('404');
        });
      });
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
