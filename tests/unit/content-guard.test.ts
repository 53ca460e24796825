/** The Vite plugin of the content guard stops unsafe MDX in `astro dev` too, where the config hook only logs. */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import contentGuard from '../../src/integrations/content-guard.ts';

type Handler = (code: string, id: string) => unknown;

function pluginHandler(root: string, command: 'dev' | 'build' = 'dev'): Handler {
  let handler: Handler | undefined;
  const hook = contentGuard().hooks['astro:config:setup'] as unknown as (options: unknown) => void;
  hook({
    config: { root: pathToFileURL(`${root}/`) },
    command,
    logger: { error: () => {}, warn: () => {} },
    updateConfig: (c: { vite: { plugins: { transform: { handler: Handler } }[] } }) => {
      handler = c.vite.plugins[0]?.transform.handler;
    },
  });
  if (!handler) throw new Error('the content guard registered no Vite plugin');
  return handler;
}

describe('content guard Vite plugin', () => {
  const root = mkdtempSync(join(tmpdir(), 'rc-guard-'));
  mkdirSync(join(root, 'content/pages/sv'), { recursive: true });
  const handler = pluginHandler(root);

  it.each([
    { reason: 'an expression is refused with file and line', body: 'Hej\n\n{process.exit(1)}', error: /content\/pages\/sv\/x\.mdx:9/ },
    { reason: 'an import is refused', body: "import fs from 'node:fs'", error: /import/ },
  ])('$reason', ({ body, error }) => {
    const file = join(root, 'content/pages/sv/x.mdx');
    writeFileSync(file, `---\ntitle: X\ndescription: x\nupdated: 2026-11-23\n---\n\n${body}\n`);
    expect(() => handler('compiled code is ignored', `${file}?astroPropagatedAssets`)).toThrow(error);
  });

  it('lets safe content through untouched', () => {
    const file = join(root, 'content/pages/sv/ok.mdx');
    writeFileSync(file, '---\ntitle: OK\n---\n\nHej \\{ och \\<.\n');
    expect(handler('code', file)).toBeNull();
    rmSync(root, { recursive: true, force: true });
  });
});

describe('in a build, the transform skips only what the full check passed unchanged', () => {
  const root = mkdtempSync(join(tmpdir(), 'rc-guard-build-'));
  cpSync('content', join(root, 'content'), { recursive: true });
  cpSync('public/media', join(root, 'public/media'), { recursive: true });
  const handler = pluginHandler(root, 'build');
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
