/**
 * decap-server (Decap's local backend) editing the files of `dir`, for `npm start` and the admin's
 * browser tests. File-system mode: it writes into `dir` and makes no commits. It runs in its own
 * process group and `stop()` ends the whole group, so its port is freed (npx and node wrappers
 * would otherwise keep it).
 */
import { spawn, type ChildProcess, type StdioOptions } from 'node:child_process';
import { join } from 'node:path';

export interface DecapServer {
  process: ChildProcess;
  stop(): void;
}

export function spawnDecapServer(dir: string, port: number, options: { stdio?: StdioOptions; logLevel?: string } = {}): DecapServer {
  const root = join(import.meta.dirname, '..');
  const child = spawn(process.execPath, [join(root, 'node_modules/decap-server/dist/index.js')], {
    cwd: dir,
    env: {
      ...process.env,
      PORT: String(port),
      GIT_REPO_DIRECTORY: dir,
      MODE: 'fs',
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
