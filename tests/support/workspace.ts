/**
 * A throwaway copy of the project (what a build needs, node_modules linked) and a real
 * `astro build` of it: for tests that write content or build a broken site, never in the
 * working tree.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const project = process.cwd();

export function makeWorkspace(prefix = 'rc-work-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const name of ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'public', 'content']) {
    cpSync(join(project, name), join(dir, name), { recursive: true });
  }
  symlinkSync(join(project, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

export function removeWorkspace(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** `astro build` of a workspace into its own dist/; returns the exit status and the output. */
export function buildWorkspace(dir: string): { status: number | null; output: string } {
  const astro = join(project, 'node_modules/astro/bin/astro.mjs');
  const result = spawnSync(process.execPath, [astro, 'build'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_OUT_DIR: join(dir, 'dist'), ASTRO_CACHE_DIR: join(dir, '.cache') },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}
