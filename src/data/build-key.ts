/**
 * The key that lets a rebuild copy a page instead of rendering it again (Astro's experimental
 * incremental build, `experimental.incrementalBuild` in astro.config.mjs; README "Size and speed").
 *
 * Astro copies a page from its last build when the page's key is unchanged, the code it is built
 * from is unchanged (Astro hashes the route's modules, uploaded images included), and every entry
 * body the page rendered (`render()`) is unchanged. What Astro cannot see is the data a page reads,
 * so one key covers all of it, for every page alike:
 *
 * - every entry's fields, of every type (the menu, the footer, the crisis strip's numbers, a
 *   course's venue: any page can show any entry's fields);
 * - the raw text of the bodies read without rendering them (`entryBody`: a guide chapter's
 *   reading time on the guide's other pages);
 * - the files in the media library, by name, size and modification time (a document's size is
 *   shown on pages; an upload replacing a file changes its time), read from the folder's listing
 *   rather than by reading every file at each build;
 * - the hour in Stockholm: courses and events say upcoming, open or past as of the build, so a
 *   page is never copied from a build of another hour.
 *
 * So an edit to one page's text renders that page alone (and the pages that render its body), and
 * any other edit renders everything, as before. tests/build/incremental-build.test.ts builds each
 * kind of edit incrementally and from scratch and compares every page.
 */
import { createHash } from 'node:crypto';
import { lstatSync } from 'node:fs';
import { join } from 'node:path';
import { getCollection } from 'astro:content';
import { stockholmHour } from '../lib/opening-hours.ts';
import { listFiles, MEDIA_DIR } from '../lib/list-files.ts';
import { contentTypes } from '../schemas/index.ts';
import { bodiesReadRaw } from './entries.ts';
import { buildNow } from './courses.ts';
import { memo } from './memo.ts';

/** The key every page of this build gets (see above). */
export function buildKey(): Promise<string> {
  return memo('build-key', async () => {
    const hash = createHash('sha256');
    hash.update(`${stockholmHour(await buildNow())}\n`);
    for (const type of [...contentTypes].sort((a, b) => a.name.localeCompare(b.name))) {
      const entries = (await getCollection(type.name as never)) as { id: string; data: unknown; body?: string }[];
      for (const entry of [...entries].sort((a, b) => a.id.localeCompare(b.id))) {
        hash.update(`${type.name}/${entry.id}\n${JSON.stringify(entry.data)}\n`);
        if (bodiesReadRaw.has(type.name as never)) hash.update(`${entry.body ?? ''}\n`);
      }
    }
    for (const file of listFiles(join(process.cwd(), MEDIA_DIR)).sort()) {
      const { size, mtimeMs } = lstatSync(file);
      hash.update(`${file} ${size} ${mtimeMs}\n`);
    }
    return hash.digest('base64url');
  });
}
