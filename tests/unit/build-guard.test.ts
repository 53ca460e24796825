/**
 * The real `astro build` refuses bad content with a message an editor can act on, and never runs
 * code from an MDX body. Builds a copy of the project with one broken file per case.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const project = process.cwd();
let dirs: string[] = [];

function copyProject(): string {
  const dir = mkdtempSync(join(tmpdir(), 'rc-build-'));
  for (const name of ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'public', 'content']) {
    cpSync(join(project, name), join(dir, name), { recursive: true });
  }
  symlinkSync(join(project, 'node_modules'), join(dir, 'node_modules'), 'dir');
  dirs.push(dir);
  return dir;
}

function build(dir: string) {
  const astro = join(project, 'node_modules/astro/bin/astro.mjs');
  const result = spawnSync(process.execPath, [astro, 'build'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_OUT_DIR: join(dir, 'dist'), ASTRO_CACHE_DIR: join(dir, '.cache') },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

function allFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => join(d.parentPath, d.name));
}

afterEach(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
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
