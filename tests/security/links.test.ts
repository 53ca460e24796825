/**
 * Links, files and references that reach past the content (attack table: link-attacks.ts):
 * - each attack alone, in its own copy of the content, is refused by the content check
 *   (`validateContent`, what `npm run validate` and the build run) naming its file, and MDX ones by
 *   the check before MDX compiles a file too; nothing ends as an internal error;
 * - two real `astro build`s of a copy of the project (each ends at the content check, in seconds):
 *   one holding every attack the build used to publish (it copied a link's target into dist/), which
 *   fails, names every file and publishes nothing, no secret a link points at in dist/ or the output;
 *   and one holding every attack at once, the ones that ended the check as an internal error too,
 *   which names every file and says what to do;
 * - a real `astro dev` with a page that is a link to MDX code outside the repository and an .mdx
 *   page outside content/ never runs their code and answers with the problem list.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkMdx, contentRules } from '../../src/lib/mdx-safety.ts';
import { validateContent } from '../../src/lib/validate-content.ts';
import { buildWorkspace, makeWorkspace, removeWorkspace } from '../support/workspace.ts';
import { linkAttacks, plantSecrets, SECRET_MARKERS, type LinkAttack, type LinkIssue } from './link-attacks.ts';

const markers = Object.values(SECRET_MARKERS);
const label = (a: (typeof linkAttacks)[number]) => ({ ...a, label: `${a.issue}: ${a.name}` });

/** A copy of what the content check reads (content/ and public/), and a folder outside it. */
function contentCopy(): { dir: string; outside: string } {
  const dir = mkdtempSync(join(tmpdir(), 'rc-links-'));
  cpSync('content', join(dir, 'content'), { recursive: true });
  cpSync('public', join(dir, 'public'), { recursive: true });
  return { dir, outside: mkdtempSync(join(tmpdir(), 'rc-links-outside-')) };
}

/** Every file below `dir` that is a file (links are not followed), for a search for the markers. */
function filesBelow(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return (readdirSync(dir, { recursive: true }) as string[])
    .map((f) => join(dir, f))
    .filter((f) => statSync(f, { throwIfNoEntry: false })?.isFile());
}

describe('the link attack table', () => {
  it('has many rows for every issue, each with a file of its own', () => {
    const count = (issue: LinkIssue) => linkAttacks.filter((a) => a.issue === issue).length;
    expect(linkAttacks.length).toBeGreaterThanOrEqual(60);
    expect(count('link')).toBeGreaterThanOrEqual(20);
    for (const issue of ['public', 'yaml', 'reference', 'mailto'] as const) expect(count(issue), issue).toBeGreaterThanOrEqual(5);
    expect(new Set(linkAttacks.map((a) => a.file)).size).toBe(linkAttacks.length);
  });
});

describe('each attack alone is refused by the content check, naming its file', () => {
  it.each(linkAttacks.map(label))('$label → $file', ({ file, says, plant }) => {
    const { dir, outside } = contentCopy();
    try {
      plantSecrets(dir, outside);
      plant(dir, outside);
      const problems = validateContent(dir);
      const own = problems.filter((p) => p.file === file);
      expect(own.length, `${file} among ${[...new Set(problems.map((p) => p.file))].join(', ')}`).toBeGreaterThan(0);
      expect(own.map((p) => p.found).join('\n')).toMatch(says);
      // The check reads no link: no secret shows in what it says.
      const said = JSON.stringify(problems);
      for (const marker of markers) expect(said).not.toContain(marker);
    } finally {
      rmSync(dir, { recursive: true, force: true });
      rmSync(outside, { recursive: true, force: true });
    }
  });

  it.each(linkAttacks.filter((a) => a.issue === 'reference' || a.issue === 'mailto').map(label))(
    '$label → the check before MDX compiles refuses it too',
    ({ plant, file }) => {
      const { dir, outside } = contentCopy();
      try {
        plant(dir, outside);
        expect(checkMdx(readFileSync(join(dir, file), 'utf8'), contentRules).length).toBeGreaterThan(0);
      } finally {
        rmSync(dir, { recursive: true, force: true });
        rmSync(outside, { recursive: true, force: true });
      }
    },
  );
});

/** A copy of the project holding `attacks` (and what their links point at), built once; removed after its tests. */
function builtWith(attacks: readonly LinkAttack[], prefix: string) {
  const state = { dir: '', outside: '', status: null as number | null, output: '' };
  beforeAll(() => {
    state.dir = makeWorkspace(prefix);
    state.outside = mkdtempSync(join(tmpdir(), `${prefix}outside-`));
    plantSecrets(state.dir, state.outside);
    for (const attack of attacks) attack.plant(state.dir, state.outside);
    Object.assign(state, buildWorkspace(state.dir));
  });
  afterAll(() => {
    removeWorkspace(state.dir);
    rmSync(state.outside, { recursive: true, force: true });
  });
  return state;
}

// The attacks a build used to take: links to files and folders it copied into dist/, files in
// public/ it published, reference images and mailto: links it built into pages.
describe('a build with every attack the build used to publish', () => {
  const attacks = linkAttacks.filter((a) => a.build !== false && !a.endsCheck);
  const build = builtWith(attacks, 'rc-links-publish-');

  it('fails and names every attacking file', () => {
    expect(build.status).not.toBe(0);
    expect(attacks.filter((a) => !build.output.includes(a.file)).map((a) => a.file)).toEqual([]);
  });

  it('publishes nothing: no page, and no secret a link points at in dist/ or in the output', () => {
    expect(existsSync(join(build.dir, 'dist', 'index.html'))).toBe(false);
    const leaked = filesBelow(join(build.dir, 'dist')).filter((f) => markers.some((m) => readFileSync(f, 'latin1').includes(m)));
    expect(leaked).toEqual([]);
    for (const marker of markers) expect(build.output).not.toContain(marker);
  });
});

// Every attack at once, the ones that ended the check as an internal error (dangling links, loops, alias bombs) too.
describe('a build with every attack at once', () => {
  const attacks = linkAttacks.filter((a) => a.build !== false);
  const build = builtWith(attacks, 'rc-links-all-');

  it('fails and names every attacking file', () => {
    expect(build.status).not.toBe(0);
    expect(attacks.filter((a) => !build.output.includes(a.file)).map((a) => a.file)).toEqual([]);
  });

  it('says what to do, not how it crashed', () => {
    expect(build.output).toContain('Innehållet går inte att bygga');
    expect(build.output).not.toContain('Internt fel');
    expect(build.output).not.toMatch(/\n\s+at .+\(.+:\d+:\d+\)/);
    for (const marker of markers) expect(build.output).not.toContain(marker);
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

/** This process's environment without what Vitest sets (NODE_ENV=test and its own variables), as a shell would start `astro dev`. */
function devEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(process.env).filter(([name]) => name !== 'NODE_ENV' && name !== 'TEST' && !name.startsWith('VITEST')),
  );
}

/** A payload that, if MDX ever compiled and ran it, writes `marker`. */
const payload = (marker: string) => `Text {globalThis.process.getBuiltinModule('node:fs').writeFileSync(${JSON.stringify(marker)}, 'ran')}`;

describe('astro dev: a page that is a link to MDX code elsewhere, and an .mdx page outside content/', () => {
  let dir = '';
  let outside = '';
  let port = 0;
  let server: ChildProcess | undefined;
  let log = '';
  const linkedRan = join(tmpdir(), `rc-links-dev-linked-${process.pid}`);
  const probeRan = join(tmpdir(), `rc-links-dev-probe-${process.pid}`);
  const get = async (path: string) => {
    const response = await fetch(`http://127.0.0.1:${port}${path}`);
    return { status: response.status, body: await response.text() };
  };

  beforeAll(async () => {
    rmSync(linkedRan, { force: true });
    rmSync(probeRan, { force: true });
    dir = makeWorkspace('rc-links-dev-');
    outside = mkdtempSync(join(tmpdir(), 'rc-links-dev-outside-'));
    writeFileSync(
      join(outside, 'kod.mdx'),
      `---\ntitle: Kod\ndescription: En sida utanför projektet med programkod i texten.\nupdated: 2026-11-23\n---\n\n${payload(linkedRan)}\n`,
    );
    symlinkSync(join(outside, 'kod.mdx'), join(dir, 'content/pages/sv/lankad-kod.mdx'));
    mkdirSync(join(dir, 'src/pages'), { recursive: true });
    writeFileSync(join(dir, 'src/pages/probe.mdx'), `---\ntitle: Probe\n---\n\n${payload(probeRan)}\n`);
    port = await freePort();
    const astro = join(process.cwd(), 'node_modules/astro/bin/astro.mjs');
    // Its own process group, so afterAll stops the server and everything it started.
    server = spawn(process.execPath, [astro, 'dev', '--host', '127.0.0.1', '--port', String(port)], {
      cwd: dir,
      detached: true,
      env: { ...devEnv(), ASTRO_CACHE_DIR: join(dir, '.cache'), ASTRO_TELEMETRY_DISABLED: '1' },
    });
    server.stdout?.on('data', (d: Buffer) => (log += d.toString()));
    server.stderr?.on('data', (d: Buffer) => (log += d.toString()));
    const deadline = Date.now() + 120_000;
    while (Date.now() < deadline) {
      if (await get('/').catch(() => undefined)) return;
      if (server.exitCode !== null) break;
      await new Promise((r) => setTimeout(r, 500));
    }
    throw new Error(`astro dev did not start:\n${log}`);
  });
  afterAll(async () => {
    if (server?.pid && server.exitCode === null) {
      const exited = new Promise((r) => server!.once('exit', r));
      process.kill(-server.pid, 'SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
    }
    removeWorkspace(dir);
    rmSync(outside, { recursive: true, force: true });
    rmSync(linkedRan, { force: true });
    rmSync(probeRan, { force: true });
  });

  it('the linked page answers with the problem list naming the link, and its code did not run', async () => {
    const { status, body } = await get('/lankad-kod/');
    expect(status).toBe(500);
    expect(body).toContain('content/pages/sv/lankad-kod.mdx');
    expect(body).toContain('symbolisk länk');
    expect(existsSync(linkedRan)).toBe(false);
  });

  it('no other page is served while the content has problems, and the .mdx page outside content/ did not run', async () => {
    for (const path of ['/', '/probe/', '/media/exempel-broschyr.pdf']) {
      const { status, body } = await get(path);
      expect(status, path).toBe(500);
      expect(body, path).toContain('content/pages/sv/lankad-kod.mdx');
    }
    expect(existsSync(probeRan)).toBe(false);
    expect(existsSync(linkedRan)).toBe(false);
  });

  it('once the link is gone the site is back, and the .mdx page outside content/ is refused by the check before MDX compiles it', async () => {
    rmSync(join(dir, 'content/pages/sv/lankad-kod.mdx'));
    // Until the dev server has seen the change (it reloads its routes and content meanwhile).
    let page = { status: 0, body: '' };
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      page = await get('/probe/').catch(() => page);
      if (page.body.includes('src/pages/probe.mdx')) break;
      await new Promise((r) => setTimeout(r, 500));
    }
    // Astro's error page: the title names the file, its overlay and the terminal show the list.
    expect(page.status).toBe(500);
    expect(page.body).toContain('Innehållet går inte att visa: src/pages/probe.mdx');
    expect(log).toMatch(/src\/pages\/probe\.mdx[\s\S]*Måsvingar/);
    expect(existsSync(probeRan)).toBe(false);
    expect(existsSync(linkedRan)).toBe(false);
    expect((await get('/om/')).status).toBe(200);
  });
});
