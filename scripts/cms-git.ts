/**
 * decap-server's Git mode commits every save with `git add .` and `git commit`
 * (decap-server/src/middlewares/localGit: `commit()`), so whatever lies untracked in the working copy
 * (a `.env` with a token, private notes, a key) went into the draft's commit and, on publishing,
 * into the current branch; and an untracked file committed on a draft branch vanished from the
 * working copy when decap-server switched back. The CMS server (scripts/cms-server.ts) loads
 * decap-server with its `simple-git` replaced by this wrapper: the same simple-git, whose `add('.')`
 * stages exactly the files the request wrote (checked and listed by scripts/cms-guard.ts) and, for a
 * draft save, the uploads Decap removed from that draft: tracked files gone from the working copy
 * that the draft had changed against its base branch. Any other `add` fails, so nothing is ever
 * staged by accident. No file in node_modules is edited.
 *
 * The files of the request travel with it in an AsyncLocalStorage: the filter runs the rest of
 * express's chain (decap-server's handler, its mutex and git calls) inside `staging.run(…)`.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { createRequire } from 'node:module';

export interface Staging {
  /** Repository-relative files the request writes or deletes. */
  writes: readonly string[];
  /** A draft save: the branch the draft is based on. */
  draftBase?: string;
  /** Whether a path may be committed at all (a content or upload path). */
  committable: (path: string) => boolean;
}

export const staging = new AsyncLocalStorage<Staging>();

interface Git {
  add(files: string | string[]): Promise<unknown>;
  raw(args: string[]): Promise<string>;
}
type SimpleGitModule = ((...args: unknown[]) => Git) & { default: (...args: unknown[]) => Git; simpleGit: (...args: unknown[]) => Git };

const lines = (text: string) => text.split('\0').filter(Boolean);

/** What `git add .` stands for in this request: its own files, and the uploads removed from its draft. */
async function stageWritten(git: Git, files: string | string[]): Promise<void> {
  const context = staging.getStore();
  if (files !== '.' || !context) throw new Error('CMS-servern lägger bara till de filer en sparning skrev (git add av annat stoppades).');
  const paths = new Set(context.writes);
  if (context.draftBase) {
    const deleted = lines(await git.raw(['ls-files', '--deleted', '-z']));
    const drafted = new Set(lines(await git.raw(['diff', '--name-only', '-z', context.draftBase, 'HEAD', '--'])));
    for (const path of deleted) if (drafted.has(path) && context.committable(path)) paths.add(path);
  }
  if (paths.size === 0) return;
  // update-index: a file that exists is added or updated, one that is gone is removed from the
  // index, one that never was is skipped; .gitignore plays no part (these are the saved files).
  await git.raw(['update-index', '--add', '--remove', '--', ...paths]);
}

/**
 * Puts the wrapper in the module cache where decap-server's `require("simple-git")` finds it; call
 * before decap-server's middlewares are first required.
 */
export function installStagingGit(decapMiddlewares: string): void {
  const decapRequire = createRequire(decapMiddlewares);
  const file = decapRequire.resolve('simple-git');
  const real = decapRequire('simple-git') as SimpleGitModule;
  const wrap = (...args: unknown[]): Git => {
    const git = real.default(...args);
    git.add = (files) => stageWritten(git, files);
    return git;
  };
  const wrapped = Object.assign(wrap, real, { default: wrap, simpleGit: wrap, __esModule: true });
  const cached = decapRequire.cache[file];
  if (!cached) throw new Error(`simple-git finns inte i modulcachen (${file}).`);
  cached.exports = wrapped;
}
