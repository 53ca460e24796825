/**
 * The real `astro build` refuses bad content with a message an editor can act on, and never runs
 * code from an MDX body. Builds a copy of the project with one broken file per case.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildWorkspace, makeWorkspace, removeWorkspace } from '../support/workspace.ts';

let dirs: string[] = [];

function copyProject(): string {
  const dir = makeWorkspace('rc-build-');
  dirs.push(dir);
  return dir;
}

const build = buildWorkspace;

function allFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => join(d.parentPath, d.name));
}

afterEach(() => {
  for (const dir of dirs) removeWorkspace(dir);
  dirs = [];
});

describe('astro build guards content', () => {
  it('fails on a bad field, naming the file, the field, what was found and what is expected', () => {
    const dir = copyProject();
    const path = join(dir, 'content/settings/site.yaml');
    writeFileSync(path, readFileSync(path, 'utf8').replace("tel: '112'", "tel: '11 2'"));
    const { status, output } = build(dir);
    expect(status).not.toBe(0);
    expect(output).toContain('content/settings/site.yaml');
    expect(output).toContain('emergency.0.tel');
    expect(output).toContain('hittade: "11 2"');
    expect(output).toMatch(/förväntat: Skriv numret utan mellanslag/);
  });

  it('refuses an MDX expression before it can run on the build machine', () => {
    const dir = copyProject();
    writeFileSync(
      join(dir, 'content/pages/sv/kod.mdx'),
      '---\ntitle: Kod i innehåll\ndescription: En sida som försöker köra kod när webbplatsen byggs.\nupdated: 2026-11-23\n---\n\nNode {process.version} på {process.platform}.\n',
    );
    const { status, output } = build(dir);
    expect(status).not.toBe(0);
    expect(output).toContain('content/pages/sv/kod.mdx:7');
    expect(output).toMatch(/Måsvingar/);
    // Nothing was rendered with the build machine's details.
    const leaked = allFiles(join(dir, 'dist')).filter((f) => f.endsWith('.html') && readFileSync(f, 'utf8').includes(process.version));
    expect(leaked).toEqual([]);
  });
});
