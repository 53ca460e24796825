/**
 * The local site server (scripts/site-server.ts, `npm start`, `npm run serve`, the browser tests)
 * against addresses that name one file in several spellings: percent-encoded letters, doubled
 * slashes, dot segments, dot files, the headers files. Each row is a real request (raw path, as a
 * script sends it; browsers normalise some of these first) to the real server over a small built
 * folder with the project's own `_headers`. A file is served with the headers of the path it is
 * served from (uploads under /media/ always with the sandbox CSP and as a download), and what must
 * not be served (the headers files, dot files, anything outside the folder) is not, in any spelling.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request, type IncomingHttpHeaders, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSiteServer } from '../../scripts/site-server.ts';

const SANDBOX = "default-src 'none'; sandbox";
const SECRET = 'rc-site-secret-91c2';

let base = '';
let server: Server;
let port = 0;

beforeAll(async () => {
  base = mkdtempSync(join(tmpdir(), 'rc-site-server-'));
  const out = join(base, 'dist');
  // The project's headers file as the build fills it in (a marker per CSP, so each rule is told apart).
  const headers = readFileSync(join(process.cwd(), 'public/_headers'), 'utf8').replace(
    /\{\{csp:(\w+)\}\}/g,
    "default-src 'self'; x-policy $1",
  );
  const files: Record<string, string> = {
    _headers: headers,
    '_headers.nginx.conf': `# nginx ${SECRET}`,
    'index.html': '<!doctype html><title>Start</title>',
    '404.html': '<!doctype html><title>Hittades inte</title>',
    'om/index.html': '<!doctype html><title>Om</title>',
    'så-gör-du/index.html': '<!doctype html><title>Så gör du</title>',
    'admin/index.html': '<!doctype html><title>Admin</title>',
    '_astro/app.js': 'console.log(1)',
    'media/bild.svg': '<svg xmlns="http://www.w3.org/2000/svg"><rect width="1" height="1"/></svg>',
    'media/rapport.pdf': '%PDF-1.4\n',
    '.env': `TOKEN=${SECRET}`,
    'media/.htaccess': `# ${SECRET}`,
    '.git/config': `[core] # ${SECRET}`,
  };
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(out, file)), { recursive: true });
    writeFileSync(join(out, file), text);
  }
  writeFileSync(join(base, 'secret.txt'), SECRET);
  mkdirSync(join(base, 'dist-other'));
  writeFileSync(join(base, 'dist-other/secret.txt'), SECRET);
  server = await startSiteServer(out, 0);
  port = (server.address() as { port: number }).port;
});
afterAll(() => {
  server?.closeAllConnections();
  server?.close();
  rmSync(base, { recursive: true, force: true });
});

/** GET with the path exactly as written (node:http sends it unchanged). */
function get(path: string): Promise<{ status: number; headers: IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, headers: { host: `localhost:${port}` } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

const policy = (headers: IncomingHttpHeaders) => String(headers['content-security-policy'] ?? '');

/**
 * The same upload in other spellings, which the server used to answer with the headers of the path
 * as written (the site's page CSP, shown inline): now the upload's own (sandbox CSP, download).
 */
const mediaSpellings = [
  '/%6Dedia/bild.svg',
  '/%6dedia/bild.svg',
  '/m%65dia/bild.svg',
  '/%6D%65%64%69%61/bild.svg',
  '//media/bild.svg',
  '///media/bild.svg',
  '//media//bild.svg',
  '/%6Dedia/rapport.pdf',
  '//media/rapport.pdf',
];
/** Spellings the server already matched right (Node's URL parser resolves them): kept right. */
const mediaSpellingsAlreadyRight = [
  '/media/bild%2Esvg',
  '/media/../media/bild.svg',
  '/om/../media/bild.svg',
  '/media/%2e%2e/media/bild.svg',
  '/%2e/media/bild.svg',
  '/./media/bild.svg',
  '/media/./bild.svg',
  '/media//bild.svg',
  '/media/bild.svg/',
  '/%2F/media/bild.svg',
];

/** Files that must never be served, in spellings the server used to serve them in. */
const hidden = [
  '/%5Fheaders',
  '/%5fheaders',
  '/_h%65aders',
  '/%5Fheaders.nginx.conf',
  '//_headers',
  '/.env',
  '/%2Eenv',
  '/%2eenv',
  '//.env',
  '/media/.htaccess',
  '/%6Dedia/.htaccess',
  '/media/%2Ehtaccess',
  '/.git/config',
  '/%2Egit/config',
];
/** Spellings the server already refused (the headers files as written, anything outside the folder): still refused. */
const hiddenAlreadyRefused = [
  '/_headers',
  '/_headers%2Enginx.conf',
  '/om/../_headers',
  '/%2e%2e/secret.txt',
  '/..%2Fsecret.txt',
  '/%2e%2e%2fsecret.txt',
  '/media/../../secret.txt',
  '/%2e%2e/dist-other/secret.txt',
  '/..%5Csecret.txt',
];

/** Other rules' headers follow the decoded path too. */
const ruleSpellings: { path: string; header: string; expected: RegExp }[] = [
  { path: '/%61dmin/', header: 'content-security-policy', expected: /x-policy admin/ },
  { path: '//admin/', header: 'content-security-policy', expected: /x-policy admin/ },
  { path: '/_%61stro/app.js', header: 'cache-control', expected: /immutable/ },
  { path: '//_astro/app.js', header: 'cache-control', expected: /immutable/ },
];

describe('the local site server', () => {
  it('serves an upload with the sandbox CSP and as a download (the plain spelling)', async () => {
    const res = await get('/media/bild.svg');
    expect(res.status).toBe(200);
    expect(policy(res.headers)).toBe(SANDBOX);
    expect(res.headers['content-disposition']).toBe('attachment');
  });

  const uploadHeaders = async (path: string) => {
    const res = await get(path);
    if (res.status === 200) {
      expect(policy(res.headers)).toBe(SANDBOX);
      expect(res.headers['content-disposition']).toBe('attachment');
    } else {
      expect([400, 404]).toContain(res.status);
      expect(res.body).not.toContain('<svg');
      expect(res.body).not.toContain('%PDF');
    }
  };
  it.each(mediaSpellings)('%s → the upload’s own headers (sandbox CSP, download)', uploadHeaders);
  it.each(mediaSpellingsAlreadyRight)('%s (already right) → the upload’s own headers', uploadHeaders);

  const notServed = async (path: string) => {
    const res = await get(path);
    expect([400, 404]).toContain(res.status);
    expect(res.body).not.toContain(SECRET);
    expect(res.body).not.toContain('Content-Security-Policy');
  };
  it.each(hidden)('%s → not served', notServed);
  it.each(hiddenAlreadyRefused)('%s (already refused) → not served', notServed);

  it.each(ruleSpellings)('$path → its own $header', async ({ path, header, expected }) => {
    const res = await get(path);
    expect(res.status).toBe(200);
    expect(String(res.headers[header] ?? '')).toMatch(expected);
  });

  it('answers a malformed address with 400 and the site’s headers', async () => {
    for (const path of ['/%E0%A4%A', '/media/bild.svg%00', '/%']) {
      const res = await get(path);
      expect(res.status, path).toBe(400);
      expect(policy(res.headers), path).toMatch(/x-policy pages/);
    }
  });

  it('pages, their addresses without a slash, queries and the 404 page still work', async () => {
    expect((await get('/')).body).toContain('Start');
    expect((await get('/om/')).body).toContain('Om');
    expect((await get('/om')).body).toContain('Om');
    expect((await get('/s%C3%A5-g%C3%B6r-du/')).body).toContain('Så gör du');
    expect((await get('/media/bild.svg?v=2')).status).toBe(200);
    const missing = await get('/finns-inte/');
    expect(missing.status).toBe(404);
    expect(missing.body).toContain('Hittades inte');
    expect(policy(missing.headers)).toMatch(/x-policy pages/);
  });
});
