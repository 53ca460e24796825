/** A page an editor marks sensitive gets the quick exit; every page sends no referrer. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorkspace, makeWorkspace, removeWorkspace } from '../support/workspace.ts';

describe('sensitive pages', () => {
  let dir: string;
  beforeAll(() => {
    dir = makeWorkspace('rc-sensitive-');
    writeFileSync(
      join(dir, 'content/pages/sv/vald-i-nara-relationer.mdx'),
      '---\ntitle: Våld i nära relationer\ndescription: Var du kan få stöd om någon du lever med skadar dig eller hotar dig.\nsensitive: true\nupdated: 2026-11-23\n---\n\nDu är inte ensam. Ring 112 vid akut fara.\n',
    );
    const { status, output } = buildWorkspace(dir);
    expect(status, output).toBe(0);
  });
  afterAll(() => removeWorkspace(dir));

  const html = (path: string) => readFileSync(join(dir, 'dist', path, 'index.html'), 'utf8');

  it('has the quick exit link to the neutral site and no referrer', () => {
    const page = html('vald-i-nara-relationer');
    expect(page).toMatch(/<a class="quick-exit__button" href="https:\/\/www\.smhi\.se\/" rel="noreferrer" data-quick-exit/);
    expect(page).toContain('<meta name="referrer" content="no-referrer">');
  });

  it('an ordinary page has no quick exit, and sends no referrer either', () => {
    const page = html('om');
    expect(page).not.toContain('data-quick-exit');
    expect(page).toContain('<meta name="referrer" content="no-referrer">');
  });
});
