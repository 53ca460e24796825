/**
 * A sample of the bad-content corpus (tests/fixtures/bad-content-corpus.ts) through a real
 * `astro build` at once: the build refuses with the same messages `npm run validate` gives, each
 * file and line named, and no stack trace.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cases } from '../fixtures/bad-content-corpus.ts';
import { buildWorkspace, makeWorkspace, removeWorkspace } from '../support/workspace.ts';

const sample = [
  'front matter never closed',
  'a number for a text',
  'the title missing',
  'an unknown field',
  'a file saved as Latin-1',
  'a .yml helpline',
  'two pages with one address',
  'a Stödlinje that does not exist',
  'an image without alt text',
  'a referral to a line that does not exist',
  'a colon in an unquoted value',
  'a Källhänvisning to a work that does not exist',
  'an ISBN with a wrong check digit',
].map((kind) => {
  const found = cases.find((c) => c.kind === kind || c.kind === kind.replace(/^a /, ''));
  if (!found) throw new Error(`no case "${kind}" in the corpus`);
  return found;
});

let dir = '';
let build = { status: null as number | null, output: '' };
beforeAll(() => {
  dir = makeWorkspace('rc-bad-');
  for (const c of sample) {
    const path = join(dir, c.file);
    if (c.content === null) rmSync(path);
    else {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, typeof c.content === 'function' ? c.content(readFileSync(path, 'utf8')) : c.content);
    }
  }
  build = buildWorkspace(dir);
});
afterAll(() => removeWorkspace(dir));

describe('the build refuses bad content as validate does', () => {
  it('fails', () => expect(build.status).not.toBe(0));
  it.each(sample)('$kind: $file, line $line', (c) => {
    const where = c.line ? `${c.reported ?? c.file}:${c.line}` : (c.reported ?? c.file);
    expect(build.output).toContain(`[${where}]`);
  });
  it('prints no stack trace, no "undefined" and no library wording', () => {
    expect(build.output).not.toMatch(/\n\s+at .+:\d+:\d+/);
    expect(build.output).not.toMatch(/undefined|\[object Object\]|Ogiltig inmatning/);
  });
});
