/**
 * Files below a folder, for the content check and the build key: a small module of its own, so the
 * site's build code can list files without loading the whole content check.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Where uploads live: public/media/, served at /media/. */
export const MEDIA_DIR = 'public/media';

/** Every file below `dir` (none when it does not exist), in no particular order. */
export function listFiles(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}
