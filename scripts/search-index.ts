/**
 * The search index: every built page through tools/search-index.ts (summary, synonyms and Swedish
 * compound parts as metadata) into Pagefind, one index per `<html lang>`, written to
 * `<outDir>/pagefind`. Step 2 of `npm run build`; on its own, after a build, it re-indexes:
 * `npm exec -- node scripts/search-index.ts`.
 */
import { readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import * as pagefind from 'pagefind';
import { parseYamlData } from '../src/lib/content-yaml.ts';
import { SettingsSchema } from '../src/schemas/settings.ts';
import { swedishSplitter } from '../tools/decompound-sv.ts';
import { enrichForSearch } from '../tools/search-index.ts';

/** The editors' synonym groups (content/settings/site.yaml, `search.synonyms`), as the schema reads them. */
export function readSynonyms(root: string): string[][] {
  const settings = SettingsSchema.parse(
    parseYamlData(readFileSync(join(root, 'content/settings/site.yaml'), 'utf8'), 'content/settings/site.yaml'),
  );
  return settings.search.synonyms.map((group) => group.terms);
}

export async function buildSearchIndex(root: string, outDir: string): Promise<{ pages: number; enriched: number }> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind kunde inte starta: ${errors.join(', ')}`);
  const synonyms = readSynonyms(root);
  const splitter = await swedishSplitter();
  // The admin is built after this step; a stale copy from an earlier build is never indexed.
  const files = (await readdir(outDir, { recursive: true }))
    .filter((file) => file.endsWith('.html') && !file.startsWith('admin/') && !file.startsWith('pagefind/'))
    .sort();
  let enriched = 0;
  // Pagefind indexes in its own process: keep it busy with the next pages while this one reads the
  // following (on two cores about 40 % faster than one page at a time; README "Performance").
  // Failures are collected, not thrown inside the queue: a page still waiting there would end the
  // process as an unhandled rejection instead of this step's message.
  const inFlight: Promise<void>[] = [];
  const failures: string[] = [];
  for (const file of files) {
    const { html, added } = enrichForSearch(readFileSync(join(outDir, file), 'utf8'), { splitter, synonyms });
    if (added.synonyms || added.parts || added.heading) enriched++;
    inFlight.push(
      index.addHTMLFile({ sourcePath: file, content: html }).then(
        (result) => void (result.errors.length && failures.push(`${file}: ${result.errors.join(', ')}`)),
        (error: Error) => void failures.push(`${file}: ${error.message}`),
      ),
    );
    if (inFlight.length >= 32) await inFlight.shift();
  }
  await Promise.all(inFlight);
  if (failures.length) throw new Error(`Pagefind kunde inte läsa ${failures.length} sidor:\n  ${failures.join('\n  ')}`);
  const written = await index.writeFiles({ outputPath: resolve(outDir, 'pagefind') });
  if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join(', ')}`);
  await pagefind.close();
  return { pages: files.length, enriched };
}

if (import.meta.main) {
  const outDir = resolve(process.env.ASTRO_OUT_DIR ?? 'dist');
  const { pages, enriched } = await buildSearchIndex(process.cwd(), outDir);
  console.log(`Sökindex: ${pages} sidor lästa, ${enriched} med synonymer eller orddelar, i ${outDir}/pagefind`);
}
