/**
 * Files below a folder, for the content check and the build key: a small module of its own, so the
 * site's build code can list files without loading the whole content check.
 *
 * Nothing here follows a symbolic link. The folder is read with `withFileTypes`, which says what
 * each entry itself is (lstat, never stat): a link to a file, to a folder, to itself or to nothing
 * is one entry of kind `link`, and a folder reached only through a link is never entered. So a
 * link `public/media/notes.txt -> ../../.git/config` is never read, a link loop cannot end the
 * listing, and the listing costs one `readdir` per folder and no `stat` per file.
 */
import { lstatSync, readdirSync, type Dirent } from 'node:fs';
import { join } from 'node:path';

/** Where uploads live: public/media/, served at /media/. */
export const MEDIA_DIR = 'public/media';

/** One entry below a folder that is not a folder: a plain file, a symbolic link, or anything else (a pipe, a socket, a device). */
export interface ListedEntry {
  path: string;
  kind: 'file' | 'link' | 'other';
}

function entriesBelow(dir: string, out: ListedEntry[]): void {
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) entriesBelow(path, out);
    else out.push({ path, kind: entry.isFile() ? 'file' : entry.isSymbolicLink() ? 'link' : 'other' });
  }
}

/**
 * Every entry below `dir` that is not a folder (none when `dir` does not exist, or is itself a
 * link: it is listed by the folder above it), in no particular order.
 */
export function listEntries(dir: string): ListedEntry[] {
  let isFolder = false;
  try {
    isFolder = lstatSync(dir).isDirectory();
  } catch {
    // Not there: nothing below it.
  }
  const out: ListedEntry[] = [];
  if (isFolder) entriesBelow(dir, out);
  return out;
}

/** Every plain file below `dir` (none when it does not exist), in no particular order; links and the like are left out (see listEntries). */
export function listFiles(dir: string): string[] {
  return listEntries(dir)
    .filter((entry) => entry.kind === 'file')
    .map((entry) => entry.path);
}
