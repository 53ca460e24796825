/**
 * The security suite: every attack in attacks.ts is refused, at `npm run validate` and at the
 * build, naming its file; none of them runs, reads a file outside the repository, leaks the build's
 * environment or reaches the built site. Then the CMS's deployment settings and the local CMS
 * server. One real build of a copy of the project holding every content attack at once (the build
 * reports every bad file in one run).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deployFromEnv } from '../../admin/cms/deploy.ts';
import { localOrigins, spawnDecapServer, type DecapServer } from '../../scripts/decap-server.ts';
import { startSiteServer } from '../../scripts/site-server.ts';
import { checkMdx, contentRules } from '../../src/lib/mdx-safety.ts';
import { validateContent } from '../../src/lib/validate-content.ts';
import { makeWorkspace, removeWorkspace } from '../support/workspace.ts';
import { contentAttacks, RAN_MARKER, requestAttacks, settingAttacks } from './attacks.ts';

const SECRET = 'rc-security-secret-7f3a9c';
const marker = join(tmpdir(), RAN_MARKER);

describe('the attack table', () => {
  it('has at least 40 content attacks in every class, and settings and request attacks', () => {
    expect(contentAttacks.length).toBeGreaterThanOrEqual(40);
    for (const cls of ['scheme', 'path', 'code', 'component', 'field', 'upload']) {
      expect(contentAttacks.filter((a) => a.class === cls).length, cls).toBeGreaterThan(0);
    }
    expect(new Set(contentAttacks.map((a) => a.file)).size).toBe(contentAttacks.length);
    expect(settingAttacks.length + requestAttacks.length).toBeGreaterThan(10);
  });
});

describe('content attacks: refused by validate and by the build, naming the file', () => {
  let dir = '';
  let build = { status: null as number | null, output: '' };
  beforeAll(() => {
    rmSync(marker, { force: true });
    dir = makeWorkspace('rc-security-');
    for (const attack of contentAttacks) {
      mkdirSync(dirname(join(dir, attack.file)), { recursive: true });
      writeFileSync(join(dir, attack.file), attack.content);
    }
    const astro = join(process.cwd(), 'node_modules/astro/bin/astro.mjs');
    const result = spawnSync(process.execPath, [astro, 'build'], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, RC_SECURITY_SECRET: SECRET, ASTRO_OUT_DIR: join(dir, 'dist'), ASTRO_CACHE_DIR: join(dir, '.cache') },
    });
    build = { status: result.status, output: `${result.stdout}\n${result.stderr}` };
  });
  afterAll(() => removeWorkspace(dir));

  let found: ReturnType<typeof validateContent> | undefined;
  const problems = () => (found ??= validateContent(dir));
  it.each(contentAttacks.map((a) => ({ ...a, label: `${a.class}: ${a.name}` })))('$label → validate refuses $file', ({ file }) => {
    expect(problems().filter((p) => p.file === file).length, file).toBeGreaterThan(0);
  });

  it.each(contentAttacks.filter((a) => a.file.endsWith('.mdx')).map((a) => ({ ...a, label: `${a.class}: ${a.name}` })))(
    '$label → the check before MDX compiles refuses it too',
    ({ content }) => expect(checkMdx(String(content), contentRules).length).toBeGreaterThan(0),
  );

  it('the build fails and names every attacking file', () => {
    expect(build.status).not.toBe(0);
    const missing = contentAttacks.filter((a) => !build.output.includes(a.file)).map((a) => a.file);
    expect(missing).toEqual([]);
  });

  it('nothing ran, nothing leaked, nothing was built', () => {
    expect(existsSync(marker)).toBe(false);
    expect(build.output).not.toContain(SECRET);
    expect(build.output).not.toMatch(/root:x:0:0/);
    expect(existsSync(join(dir, 'dist', 'index.html'))).toBe(false);
  });

  it('the build says what to do, not how it crashed', () => {
    expect(build.output).toContain('Innehållet går inte att bygga');
    expect(build.output).not.toMatch(/\n\s+at .+\(.+:\d+:\d+\)/);
  });
});

describe('CMS deployment settings', () => {
  it.each(settingAttacks)('$name is refused when the admin is built', ({ env }) => {
    expect(() => deployFromEnv(env)).toThrow(/ska vara/);
  });
});

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

function post(port: number, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const body = JSON.stringify({ action: 'info' });
    const req = request(
      { host: '127.0.0.1', port, path: '/api/v1', method: 'POST', headers: { 'content-type': 'application/json', ...headers } },
      (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** Local addresses a TCP port is bound to, from the kernel's own table (no traffic sent anywhere). */
function boundAddresses(port: number): string[] {
  const hex = port.toString(16).toUpperCase().padStart(4, '0');
  return ['/proc/net/tcp', '/proc/net/tcp6'].flatMap((file) =>
    existsSync(file)
      ? readFileSync(file, 'utf8')
          .split('\n')
          .slice(1)
          .map((line) => line.trim().split(/\s+/))
          .filter((cols) => cols[1]?.endsWith(`:${hex}`) && cols[3] === '0A')
          .map((cols) => cols[1]!.split(':')[0]!)
      : [],
  );
}

describe('the local CMS server', () => {
  let server: DecapServer;
  let port = 0;
  let repo = '';
  const sitePort = 4399;
  beforeAll(async () => {
    port = await freePort();
    // A folder of its own: the server could write there, never into this repository.
    repo = mkdtempSync(join(tmpdir(), 'rc-cms-server-'));
    server = spawnDecapServer(repo, port, { origins: localOrigins(sitePort), logLevel: 'error' });
    const deadline = Date.now() + 20_000;
    while (Date.now() < deadline) {
      if (await post(port, { host: `localhost:${port}` }).catch(() => 0)) return;
      await new Promise((r) => setTimeout(r, 200));
    }
    throw new Error('CMS-servern startade inte.');
  });
  afterAll(() => {
    server.stop();
    rmSync(repo, { recursive: true, force: true });
  });

  it('listens on 127.0.0.1 only, so no other machine can reach it', () => {
    const addresses = boundAddresses(port);
    expect(addresses.length).toBeGreaterThan(0);
    expect(addresses.every((a) => a === '0100007F')).toBe(true);
  });
  it('answers the site’s own admin', async () => {
    expect(await post(port, { host: `localhost:${port}`, origin: `http://localhost:${sitePort}` })).toBe(200);
    expect(await post(port, { host: `127.0.0.1:${port}`, origin: `http://127.0.0.1:${sitePort}` })).toBe(200);
  });
  it.each(requestAttacks)('$name → refused', async ({ host, origin }) => {
    const headers: Record<string, string> = { host: host.replace('{port}', String(port)) };
    if (origin) headers.origin = origin;
    expect(await post(port, headers)).toBe(403);
  });
});

describe('the local site server', () => {
  it('npm start and npm run serve listen on 127.0.0.1 only', async () => {
    const port = await freePort();
    const server = await startSiteServer(join(process.cwd(), 'public'), port);
    try {
      expect(server.address()).toMatchObject({ address: '127.0.0.1', port });
      expect(boundAddresses(port)).toEqual(['0100007F']);
    } finally {
      server.close();
    }
  });
});
