/**
 * A rebuild copies unchanged pages from the last build (Astro's incremental build with the key of
 * src/data/build-key.ts) and must never leave a page stale. For each kind of edit an editor makes,
 * a throwaway copy is rebuilt incrementally and then from scratch, and
 * every file of the two outputs must be the same, byte for byte:
 * - one page's text (the case the cache is for: every other page is copied);
 * - a helpline's name, shown on many pages (the crisis strip, the helplines page, search);
 * - a research work's summary text, rendered inside the research list (Astro tracks what a page
 *   renders; a body read without rendering is in the key: `bodiesReadRaw`, src/data/entries.ts).
 * The reference build has an empty cache of its own, so it renders everything.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeWorkspace, removeWorkspace } from '../support/workspace.ts';

const astro = join(process.cwd(), 'node_modules/astro/bin/astro.mjs');

/** `astro build` into `<dir>/<outDir>`, with the incremental cache in `<dir>/.cache-<outDir>`. */
function build(dir: string, outDir: string): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, [astro, 'build'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_OUT_DIR: join(dir, outDir), ASTRO_CACHE_DIR: join(dir, `.cache-${outDir}`) },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** Every file of a build folder by its path in it. */
function files(root: string): Map<string, Buffer> {
  return new Map(
    (readdirSync(root, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
      .filter((d) => d.isFile())
      .map((d) => {
        const path = join(d.parentPath, d.name);
        return [path.slice(root.length + 1), readFileSync(path)];
      }),
  );
}

/** A file as compared: a calendar's DTSTAMP is the moment it was written, different in any two builds. */
const comparable = (path: string, content: Buffer) =>
  path.endsWith('.ics') ? Buffer.from(content.toString('utf8').replace(/^DTSTAMP:.*$/gm, 'DTSTAMP:')) : content;

/** The files that differ between two builds (missing on either side included). */
function differences(a: string, b: string): string[] {
  const [left, right] = [files(a), files(b)];
  const paths = new Set([...left.keys(), ...right.keys()]);
  return [...paths]
    .filter((p) => !left.get(p) || !right.get(p) || !comparable(p, left.get(p)!).equals(comparable(p, right.get(p)!)))
    .sort();
}

/** Pages the build copied instead of rendering ("(cached)" or "(restored)" in Astro's log). */
const copied = (output: string) => output.split('\n').filter((line) => /\((cached|restored)\)/.test(line));

describe('incremental rebuilds equal a build from scratch', () => {
  let dir = '';
  let first = { status: null as number | null, output: '' };

  beforeAll(() => {
    dir = makeWorkspace('rc-incremental-');
    first = build(dir, 'dist');
  });
  afterAll(() => {
    if (dir) removeWorkspace(dir);
  });

  /**
   * Edit, rebuild incrementally into dist/, build from scratch (an empty cache) into full/, check
   * that no file differs, and return the pages the incremental build copied.
   */
  function afterEdit(edit: () => void): string[] {
    edit();
    const incremental = build(dir, 'dist');
    rmSync(join(dir, '.cache-full'), { recursive: true, force: true });
    const full = build(dir, 'full');
    expect(incremental.status, incremental.output).toBe(0);
    expect(full.status, full.output).toBe(0);
    expect(differences(join(dir, 'dist'), join(dir, 'full'))).toEqual([]);
    return copied(incremental.output);
  }

  /** The pages matching `rendered` were rendered again and the others copied (the example has about 100 from content). */
  function expectOnlyRendered(copies: string[], rendered: RegExp) {
    expect(copies.filter((line) => rendered.test(line))).toEqual([]);
    expect(copies.length).toBeGreaterThan(80);
  }

  it('the first build renders every page', () => {
    expect(first.status, first.output).toBe(0);
    expect(copied(first.output)).toEqual([]);
  });

  it("one page's text: that page is rendered, the other pages are copied, and nothing differs", () => {
    const copies = afterEdit(() => appendFileSync(join(dir, 'content/pages/sv/om.mdx'), '\nEn mening som redaktören just skrev.\n'));
    expect(readFileSync(join(dir, 'dist/om/index.html'), 'utf8')).toContain('En mening som redaktören just skrev.');
    expectOnlyRendered(copies, /\/om\/index\.html/);
  });

  it("a helpline's name: every page is rendered again, and nothing differs", () => {
    const file = join(dir, 'content/helplines/1177.yaml');
    const copies = afterEdit(() =>
      writeFileSync(file, readFileSync(file, 'utf8').replace('sv: 1177 Vårdguiden', 'sv: 1177 Vårdguiden i test')),
    );
    expect(copies).toEqual([]);
    expect(readFileSync(join(dir, 'dist/hjalplinjer/index.html'), 'utf8')).toContain('1177 Vårdguiden i test');
  });

  it("a research work's summary text, rendered in the research list: the pages that render it are rendered, and nothing differs", () => {
    const copies = afterEdit(() =>
      appendFileSync(join(dir, 'content/research/sv/al-adili-2024.mdx'), '\nEn rad till i sammanfattningen.\n'),
    );
    expect(readFileSync(join(dir, 'dist/forskning/index.html'), 'utf8')).toContain('En rad till i sammanfattningen.');
    expectOnlyRendered(copies, /\/forskning\/(index|al-adili-2024\/index)\.html/);
  });
});
