/**
 * The CMS's local backend (decap-server's middleware in scripts/cms-server.ts: 127.0.0.1 only,
 * loopback Host, the site's origins only) editing the files of `dir`, for `npm start` and the
 * admin's browser tests. File-system mode (`fs`, the default) writes into `dir` and makes no
 * commits; Git mode (`git`, for the editorial workflow) keeps each draft on a branch
 * `cms/<collection>/<slug>` of the repository in `dir`, commits every save there and merges the
 * branch when the entry is published. It runs in its own process group and `stop()` ends the whole
 * group, so its port is freed.
 */
import { spawn, type ChildProcess, type StdioOptions } from 'node:child_process';
import { join } from 'node:path';

export interface DecapServer {
  process: ChildProcess;
  stop(): void;
}

export interface DecapServerOptions {
  /** The origins of the site whose admin may use it, e.g. http://localhost:4321. */
  origins: readonly string[];
  stdio?: StdioOptions;
  logLevel?: string;
  /** `fs`: write files, no commits (default). `git`: branches and commits, the editorial workflow. */
  mode?: 'fs' | 'git';
}

/** The origins a site served on `port` on this machine is opened at. */
export const localOrigins = (port: number) => [`http://localhost:${port}`, `http://127.0.0.1:${port}`];

export function spawnDecapServer(dir: string, port: number, options: DecapServerOptions): DecapServer {
  const child = spawn(process.execPath, [join(import.meta.dirname, 'cms-server.ts')], {
    cwd: dir,
    env: {
      ...process.env,
      PORT: String(port),
      GIT_REPO_DIRECTORY: dir,
      MODE: options.mode ?? 'fs',
      CMS_ORIGINS: options.origins.join(','),
      ...(options.logLevel ? { LOG_LEVEL: options.logLevel } : {}),
    },
    detached: true,
    stdio: options.stdio ?? 'ignore',
  });
  return {
    process: child,
    stop() {
      try {
        if (child.pid) process.kill(-child.pid, 'SIGTERM');
      } catch {
        // already stopped
      }
    },
  };
}
