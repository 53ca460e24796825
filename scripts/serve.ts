/**
 * `npm run serve [-- --port 4321 --host localhost]`: serves the built site ($ASTRO_OUT_DIR, default
 * dist/) the way the production hosts do, so browser tests and Lighthouse see what visitors get:
 * - the headers of `<outDir>/_headers` (the CSP header, caching, …), matched like Cloudflare Pages;
 * - `/404.html` with status 404 for unknown addresses;
 * - brotli or gzip compression of text files, as every CDN does.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { constants, createBrotliCompress, createGzip } from 'node:zlib';
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

const compressible = /^(text\/|application\/(javascript|json|xml|wasm|manifest\+json)|image\/svg\+xml)/;

/**
 * Compress the body sirv writes, when the client accepts it and the type is text-like.
 * sirv pipes a file stream into `res`, so `write`/`end` are redirected through the compressor.
 */
function compress(req: IncomingMessage, res: ServerResponse): void {
  const accepted = String(req.headers['accept-encoding'] ?? '');
  const encoding = /\bbr\b/.test(accepted) ? 'br' : /\bgzip\b/.test(accepted) ? 'gzip' : undefined;
  if (!encoding || req.method === 'HEAD') return;
  const writeHead = res.writeHead.bind(res) as (status: number, headers?: Record<string, unknown>) => ServerResponse;
  const write = res.write.bind(res) as (chunk: unknown) => boolean;
  const end = res.end.bind(res) as (chunk?: unknown) => ServerResponse;
  res.writeHead = ((status: number, headers: Record<string, unknown> = {}) => {
    const type = String(headers['Content-Type'] ?? res.getHeader('content-type') ?? '');
    const size = Number(headers['Content-Length'] ?? 0);
    if (status !== 200 && status !== 404) return writeHead(status, headers);
    if (!compressible.test(type) || headers['Content-Encoding'] || size < 256) return writeHead(status, headers);
    // Best compression for pages and small files; a fast level for the multi-megabyte CMS bundle.
    const stream =
      encoding === 'br'
        ? createBrotliCompress({ params: { [constants.BROTLI_PARAM_QUALITY]: size > 512 * 1024 ? 5 : 11 } })
        : createGzip({ level: 9 });
    stream.on('data', (chunk) => write(chunk));
    stream.on('end', () => end());
    res.write = ((chunk: Buffer) => stream.write(chunk)) as typeof res.write;
    res.end = ((chunk?: Buffer) => {
      if (chunk) stream.write(chunk);
      stream.end();
      return res;
    }) as typeof res.end;
    const { 'Content-Length': _length, ...rest } = headers;
    res.setHeader('Vary', 'Accept-Encoding');
    return writeHead(status, { ...rest, 'Content-Encoding': encoding });
  }) as typeof res.writeHead;
}

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
  compress(req, res);
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

const port = Number(values.port);
server.listen(port, values.host, () => {
  console.log(`Webbplatsen (${outDir}) finns på http://${values.host}:${port}/`);
});
