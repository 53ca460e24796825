/**
 * The Vite plugin of the content guard: every MDX module, wherever it lies, is checked before MDX
 * compiles it, and in `astro dev` a problem anywhere in the content blocks as in the build (every
 * request answers with the problem list, no MDX module compiles) until a change fixes it.
 * tests/security/links.test.ts runs a real dev server.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import contentGuard from '../../src/integrations/content-guard.ts';

type Handler = (code: string, id: string) => unknown;
type Middleware = (req: unknown, res: FakeResponse, next: () => void) => void;
interface Plugin {
  transform: { filter: { id: RegExp }; handler: Handler };
  configureServer?: (server: unknown) => void;
}

class FakeResponse {
  statusCode = 200;
  body = '';
  headers: Record<string, string> = {};
  setHeader(name: string, value: string) {
    this.headers[name.toLowerCase()] = value;
  }
  end(body: string) {
    this.body = body;
  }
}

function guardPlugin(root: string, command: 'dev' | 'build' = 'dev'): Plugin {
  let plugin: Plugin | undefined;
  const hook = contentGuard().hooks['astro:config:setup'] as unknown as (options: unknown) => void;
  hook({
    config: { root: pathToFileURL(`${root}/`) },
    command,
    logger: { error: () => {}, warn: () => {} },
    updateConfig: (c: { vite: { plugins: Plugin[] } }) => {
      plugin = c.vite.plugins[0];
    },
  });
  if (!plugin) throw new Error('the content guard registered no Vite plugin');
  return plugin;
}

/** A dev server stand-in: the plugin's watcher listener and middleware. */
function devServer(plugin: Plugin): { change(path: string): void; request(): { res: FakeResponse; passed: boolean } } {
  let listener: ((event: string, path: string) => void) | undefined;
  let middleware: Middleware | undefined;
  plugin.configureServer?.({
    watcher: { on: (_event: string, l: typeof listener) => (listener = l) },
    middlewares: { use: (m: Middleware) => (middleware = m) },
  });
  if (!listener || !middleware) throw new Error('the content guard does not watch the dev server');
  return {
    change: (path) => listener!('change', path),
    request: () => {
      const res = new FakeResponse();
      let passed = false;
      middleware!({ url: '/' }, res, () => (passed = true));
      return { res, passed };
    },
  };
}

/** A copy of the content and the media library: a root the full check passes. */
function contentCopy(prefix: string): string {
  const root = mkdtempSync(join(tmpdir(), prefix));
  cpSync('content', join(root, 'content'), { recursive: true });
  cpSync('public', join(root, 'public'), { recursive: true });
  return root;
}

const page = (body: string) => `---\ntitle: X\ndescription: En sida för testet av innehållsvakten.\nupdated: 2026-11-23\n---\n\n${body}\n`;

describe('content guard Vite plugin (dev)', () => {
  const root = contentCopy('rc-guard-');
  const outside = mkdtempSync(join(tmpdir(), 'rc-guard-outside-'));
  const plugin = guardPlugin(root);
  const handler = plugin.transform.handler;
  afterAll(() => {
    rmSync(root, { recursive: true, force: true });
    rmSync(outside, { recursive: true, force: true });
  });

  it.each([
    { reason: 'an expression is refused with file and line', body: 'Hej\n\n{process.exit(1)}', error: /content\/pages\/sv\/x\.mdx:9/ },
    { reason: 'an import is refused', body: "import fs from 'node:fs'", error: /import/ },
  ])('$reason', ({ body, error }) => {
    const file = join(root, 'content/pages/sv/x.mdx');
    writeFileSync(file, page(body));
    expect(() => handler('compiled code is ignored', `${file}?astroPropagatedAssets`)).toThrow(error);
    rmSync(file);
  });

  it.each([
    '/site/src/pages/probe.mdx',
    '/tmp/elsewhere/evil.mdx',
    '/site/content/pages/sv/om.mdx?astroPropagatedAssets',
    'C:/site/page.mdx?import',
    '/site/node_modules/some-package/readme.mdx',
  ])('every .mdx module is checked, wherever it lies: %s', (id) => {
    expect(plugin.transform.filter.id.test(id)).toBe(true);
  });

  it('an .mdx file outside content/ (the target of a linked page, a page in src/pages/) is refused the same way', () => {
    const file = join(outside, 'evil.mdx');
    writeFileSync(file, page('{globalThis.process.exit(1)}'));
    expect(() => handler('code', file)).toThrow(/Måsvingar/);
  });

  it('lets safe content through untouched', () => {
    const file = join(root, 'content/pages/sv/ok.mdx');
    writeFileSync(file, page('Hej \\{ och \\<.'));
    expect(handler('code', file)).toBeNull();
    rmSync(file);
  });
});

describe('in dev, a problem anywhere in the content blocks every page and every MDX module until it is fixed', () => {
  const root = contentCopy('rc-guard-dev-');
  const outside = mkdtempSync(join(tmpdir(), 'rc-guard-dev-outside-'));
  writeFileSync(join(outside, 'sida.mdx'), page('Ofarlig text.'));
  // A page that is a link, and a helpline that does not validate: problems the startup check finds.
  symlinkSync(join(outside, 'sida.mdx'), join(root, 'content/pages/sv/lankad.mdx'));
  const helpline = join(root, 'content/helplines/trasig.yaml');
  writeFileSync(helpline, 'name: [\n');
  const plugin = guardPlugin(root, 'dev');
  let started: ReturnType<typeof devServer> | undefined;
  const server = () => (started ??= devServer(plugin));
  const safePage = join(root, 'content/pages/sv/om.mdx');
  afterAll(() => {
    rmSync(root, { recursive: true, force: true });
    rmSync(outside, { recursive: true, force: true });
  });

  it('a safe page does not compile while the content has problems: the error names them', () => {
    expect(() => plugin.transform.handler('code', safePage)).toThrow(/content\/pages\/sv\/lankad\.mdx[\s\S]*symbolisk länk/);
    expect(() => plugin.transform.handler('code', safePage)).toThrow(/content\/helplines\/trasig\.yaml/);
  });

  it('every request is answered with the problem list (500, HTML-escaped), not the site', () => {
    const { res, passed } = server().request();
    expect(passed).toBe(false);
    expect(res.statusCode).toBe(500);
    expect(res.headers['content-type']).toMatch(/text\/html/);
    expect(res.body).toContain('content/pages/sv/lankad.mdx');
    expect(res.body).toContain('content/helplines/trasig.yaml');
    const list = /<pre>([\s\S]*)<\/pre>/.exec(res.body)?.[1] ?? '';
    expect(list).toContain('symbolisk länk');
    expect(list).not.toContain('<');
  });

  it('a change outside content/ and public/ does not check again; one inside does, and the site comes back once fixed', () => {
    rmSync(join(root, 'content/pages/sv/lankad.mdx'));
    rmSync(helpline);
    server().change(join(root, 'src/pages/index.astro'));
    expect(server().request().passed).toBe(false);
    server().change(helpline);
    expect(server().request().passed).toBe(true);
    expect(plugin.transform.handler('code', safePage)).toBeNull();
  });

  it('a problem written while the server runs blocks again at the next request', () => {
    writeFileSync(join(root, 'content/pages/sv/ny.mdx'), page('{process.version}'));
    server().change(join(root, 'content/pages/sv/ny.mdx'));
    const { res, passed } = server().request();
    expect(passed).toBe(false);
    expect(res.body).toContain('content/pages/sv/ny.mdx');
  });
});

describe('in a build, the transform skips only what the full check passed unchanged', () => {
  const root = mkdtempSync(join(tmpdir(), 'rc-guard-build-'));
  cpSync('content', join(root, 'content'), { recursive: true });
  mkdirSync(join(root, 'public'));
  cpSync('public/media', join(root, 'public/media'), { recursive: true });
  const handler = guardPlugin(root, 'build').transform.handler;
  const page = join(root, 'content/pages/sv/om.mdx');

  it('a page the check passed goes through (the skip itself is not observable here)', () => {
    expect(handler('code', page)).toBeNull();
  });
  it('a page changed after the check is checked again', () => {
    writeFileSync(page, `${readFileSync(page, 'utf8')}\n{process.version}\n`);
    expect(() => handler('code', page)).toThrow(/Måsvingar/);
    rmSync(root, { recursive: true, force: true });
  });
});
