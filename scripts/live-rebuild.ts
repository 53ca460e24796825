/**
 * `npm start` keeps the local site up to date: every change saved under content/ or public/media/
 * (by the CMS, or by hand) rebuilds the site with the production build (scripts/build.ts) into a
 * folder beside the served one, which is swapped in only when the build succeeded. The site being
 * served is never half-built, and a build stopped by bad content leaves the last good site in place
 * (the content check's message says what to fix). Changes that arrive during a build are collected
 * and built once more when it ends. The admin bundle comes from its cache (scripts/admin-cache.ts).
 */
import { spawn } from 'node:child_process';
import { existsSync, renameSync, rmSync, watch, type FSWatcher } from 'node:fs';
import { join, relative } from 'node:path';

export interface LiveRebuildOptions {
  root: string;
  /** The served build. */
  outDir: string;
  /** Folders (relative to root) whose changes rebuild the site. */
  watched?: string[];
  /** Quiet time after the last change before building, in ms (the CMS writes a file, then its media). */
  debounceMs?: number;
  /** Called after each build, with its result. */
  onBuilt?: (result: { ok: boolean; seconds: number; changed: string[]; output: string }) => void;
  /** Extra environment for the build. */
  env?: NodeJS.ProcessEnv;
}

export interface LiveRebuild {
  stop(): void;
  /** Resolves when no build is running or waiting (tests). */
  idle(): Promise<void>;
}

/** Paths a change to which never needs a rebuild: editors' swap files, temporary files, hidden files. */
export function ignoredChange(file: string): boolean {
  const name = file.split(/[\\/]/).pop() ?? '';
  return name === '' || name.startsWith('.') || name.endsWith('~') || /\.(swp|swx|tmp)$/i.test(name);
}

/**
 * Where a build for the served folder `outDir` is made before it is swapped in. `npm start` builds
 * there from its first build on: Astro's incremental cache holds only for builds into the same
 * folder, so every rebuild after a save copies the pages it need not render.
 */
export const nextBuildDir = (outDir: string) => `${outDir}.next`;

/** Swap the finished build in `nextBuildDir(outDir)` in: renames, so a request sees either the old build or the new one. */
export function swapIn(outDir: string): void {
  const next = nextBuildDir(outDir);
  const old = `${outDir}.old`;
  rmSync(old, { recursive: true, force: true });
  if (existsSync(outDir)) renameSync(outDir, old);
  renameSync(next, outDir);
  rmSync(old, { recursive: true, force: true });
}

export function startLiveRebuild(options: LiveRebuildOptions): LiveRebuild {
  const { root, outDir, watched = ['content', 'public/media'], debounceMs = 300 } = options;
  const next = nextBuildDir(outDir);
  const changed = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  let building: Promise<void> | undefined;
  let stopped = false;
  let waiters: (() => void)[] = [];

  const settle = () => {
    if (building || timer || changed.size) return;
    for (const done of waiters) done();
    waiters = [];
  };

  const build = async () => {
    timer = undefined;
    if (stopped || building || changed.size === 0) return settle();
    const files = [...changed].sort();
    changed.clear();
    const started = performance.now();
    building = new Promise<void>((done) => {
      rmSync(next, { recursive: true, force: true });
      const child = spawn(process.execPath, [join(root, 'scripts/build.ts')], {
        cwd: root,
        env: { ...process.env, ...options.env, ASTRO_OUT_DIR: next },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let output = '';
      child.stdout.on('data', (chunk) => (output += chunk));
      child.stderr.on('data', (chunk) => (output += chunk));
      child.on('close', (code) => {
        const ok = code === 0 && existsSync(join(next, 'index.html'));
        if (ok) swapIn(outDir);
        else rmSync(next, { recursive: true, force: true });
        options.onBuilt?.({ ok, seconds: (performance.now() - started) / 1000, changed: files, output });
        done();
      });
    });
    await building;
    building = undefined;
    if (changed.size) schedule();
    else settle();
  };

  const schedule = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void build(), debounceMs);
  };

  const watchers: FSWatcher[] = watched
    .map((folder) => join(root, folder))
    .filter((dir) => existsSync(dir))
    .map((dir) =>
      watch(dir, { recursive: true }, (_event, name) => {
        if (stopped || !name || ignoredChange(String(name))) return;
        changed.add(relative(root, join(dir, String(name))));
        if (!building) schedule();
      }),
    );

  return {
    stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      for (const watcher of watchers) watcher.close();
    },
    idle: () =>
      new Promise<void>((done) => {
        waiters.push(done);
        settle();
      }),
  };
}
