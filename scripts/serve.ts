/**
 * `npm run serve [-- --port 4321 --host localhost]`: serves the built site ($ASTRO_OUT_DIR, default
 * dist/) the way the production hosts do, so browser tests and Lighthouse see what visitors get:
 * - the headers of `<outDir>/_headers` (the CSP header, caching, …), matched like Cloudflare Pages;
 * - `/404.html` with status 404 for unknown addresses;
 * - brotli or gzip compression of text files, as every CDN does.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type ServerResponse } from 'node:http';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import compression from 'compression';
import sirv from 'sirv';
import { headersForPath, parseHeadersFile, type HeaderRule } from '../src/lib/headers-file.ts';

const { values } = parseArgs({
  options: { port: { type: 'string', default: process.env.PORT ?? '4321' }, host: { type: 'string', default: 'localhost' } },
  allowPositionals: true,
});
const outDir = resolve(process.env.ASTRO_OUT_DIR ?? 'dist');
if (!existsSync(join(outDir, 'index.html'))) {
  console.error(`Hittar ingen byggd webbplats i ${outDir}. Kör först: npm run build`);
  process.exit(1);
}

function loadRules(): HeaderRule[] {
  const file = join(outDir, '_headers');
  if (!existsSync(file)) return [];
  const { rules, errors } = parseHeadersFile(readFileSync(file, 'utf8'));
  for (const error of errors) console.warn(`_headers: ${error}`);
  return rules;
}
// Read once: the file belongs to one build; restart the server after a new build.
const rules = loadRules();

// Brotli or gzip for text-like responses, with back-pressure handled (the CMS bundle is megabytes).
const compress = compression({ threshold: 256 });

function applyHeaders(res: ServerResponse, pathname: string): void {
  for (const [name, value] of headersForPath(rules, pathname)) res.setHeader(name, value);
}

// dev: look files up on each request (a rebuild is seen without restarting); the headers from
// _headers replace sirv's own Cache-Control.
const files = sirv(outDir, { dev: true, etag: true, dotfiles: false });
const notFound = sirv(outDir, { dev: true });

const server = createServer((req, res) => {
  const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
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

const port = Number(values.port);
server.listen(port, values.host, () => {
  console.log(`Webbplatsen (${outDir}) finns på http://${values.host}:${port}/`);
});
