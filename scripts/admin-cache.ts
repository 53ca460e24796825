/**
 * The admin bundle (Decap, about 5 MB) is rebuilt only when one of its inputs changed. Its inputs
 * are the project files Vite bundled (admin code, schemas, rules, the UI strings it imports, the
 * CSS), recorded by the build itself (`recordAdminInputs`, a Vite plugin), plus what is not a
 * module: the installed dependencies (the lockfile), the Vite config, the editor's guide and the
 * deployment settings (CMS_* variables and SITE_URL, as admin/cms/deploy.ts resolves them). An edit to content that the admin does not import
 * leaves the key unchanged, and the last bundle is copied from the cache instead of rebuilt.
 *
 * The cache lives in node_modules/.cache/rc-admin/<folder>/: a fresh clone or `npm ci` starts without it.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { deployFromEnv } from '../admin/cms/deploy.ts';

/** Files every admin build depends on besides the modules it bundles (paths from the project root). */
export const fixedAdminInputs = [
  'package-lock.json',
  'admin/vite.config.ts',
  'admin/index.html',
  'admin/cms/deploy.ts',
  'docs/redaktorsguide.md',
  'scripts/admin-cache.ts',
];

/**
 * What the environment bakes into the bundle: the deployment settings exactly as the admin's
 * Vite config resolves them from CMS_* and SITE_URL (admin/cms/deploy.ts), and the build mode.
 * Settings that do not parse give no key: the build runs and reports them.
 */
export function adminEnv(env: NodeJS.ProcessEnv): string | null {
  try {
    return JSON.stringify({ deploy: deployFromEnv(env), mode: env.NODE_ENV ?? null });
  } catch {
    return null;
  }
}

export interface AdminManifest {
  key: string;
  /** Project files the last build bundled, relative to the root. */
  inputs: string[];
}

/**
 * The key of a build from these inputs, or null when one of them no longer exists (a deleted
 * module means the bundle must be rebuilt to find out what replaced it).
 */
export function adminKey(root: string, inputs: readonly string[], env: NodeJS.ProcessEnv): string | null {
  const settings = adminEnv(env);
  if (settings === null) return null;
  const hash = createHash('sha256');
  hash.update(settings);
  for (const file of [...new Set([...fixedAdminInputs, ...inputs])].sort()) {
    const path = join(root, file);
    if (!existsSync(path)) return null;
    hash.update(`\0${file}\0`);
    hash.update(readFileSync(path));
  }
  return hash.digest('hex');
}

/**
 * One cache per project folder: worktrees and test workspaces may share one node_modules through
 * a link, and must not overwrite each other's bundle.
 */
export function cacheDir(root: string): string {
  const folder = createHash('sha256').update(resolve(root)).digest('hex').slice(0, 16);
  return join(root, 'node_modules/.cache/rc-admin', folder);
}

function readManifest(root: string): AdminManifest | null {
  try {
    return JSON.parse(readFileSync(join(cacheDir(root), 'manifest.json'), 'utf8')) as AdminManifest;
  } catch {
    return null;
  }
}

/**
 * Copies the cached bundle to `outDir` when the inputs are unchanged since it was built; returns
 * whether it did. Any doubt (no cache, an input gone, a different key) means false: rebuild.
 */
export function restoreAdmin(root: string, outDir: string, env: NodeJS.ProcessEnv): boolean {
  const manifest = readManifest(root);
  const bundle = join(cacheDir(root), 'admin');
  if (!manifest || !existsSync(bundle)) return false;
  if (adminKey(root, manifest.inputs, env) !== manifest.key) return false;
  rmSync(outDir, { recursive: true, force: true });
  cpSync(bundle, outDir, { recursive: true });
  return true;
}

/** Stores a fresh bundle and the inputs it was built from (written by `recordAdminInputs`). */
export function storeAdmin(root: string, outDir: string, inputsFile: string, env: NodeJS.ProcessEnv): boolean {
  const inputs = JSON.parse(readFileSync(inputsFile, 'utf8')) as string[];
  const key = adminKey(root, inputs, env);
  if (!key) return false;
  const dir = cacheDir(root);
  // Written beside the cache and renamed into place, so a build that stops halfway leaves no half cache.
  const next = `${dir}.${process.pid}`;
  rmSync(next, { recursive: true, force: true });
  mkdirSync(next, { recursive: true });
  cpSync(outDir, join(next, 'admin'), { recursive: true });
  writeFileSync(join(next, 'manifest.json'), JSON.stringify({ key, inputs } satisfies AdminManifest));
  rmSync(dir, { recursive: true, force: true });
  renameSync(next, dir);
  return true;
}

/**
 * The project files among a bundle's module ids: no dependency (the lockfile stands for those), no
 * virtual module, query strings (`?raw`) removed.
 */
export function projectInputs(root: string, moduleIds: Iterable<string>): string[] {
  const files = new Set<string>();
  for (const id of moduleIds) {
    if (id.startsWith('\0') || id.includes('/node_modules/')) continue;
    const path = id.replace(/[?#].*$/, '');
    if (!isAbsolute(path)) continue;
    const file = relative(root, path);
    if (file.startsWith('..') || !existsSync(path)) continue;
    files.add(file.split('\\').join('/'));
  }
  return [...files].sort();
}

/** Vite plugin: writes the project files the bundle was built from to $ADMIN_INPUTS_FILE. */
export function recordAdminInputs(root: string): Plugin {
  return {
    name: 'rc-admin-inputs',
    apply: 'build',
    generateBundle() {
      const target = process.env.ADMIN_INPUTS_FILE;
      if (!target) return;
      writeFileSync(resolve(target), JSON.stringify(projectInputs(root, this.getModuleIds())));
    },
  };
}
