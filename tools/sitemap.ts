/**
 * The addresses in a built site's sitemap (sitemap-index.xml and the sitemaps it lists), as
 * paths: what the sitemap-driven gates and Lighthouse take as "every page".
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

function locs(xml: string): string[] {
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!.trim());
}

/** Sorted, unique paths of every page in the sitemap of the build in `outDir`. */
export function builtSitemapPaths(outDir: string): string[] {
  const index = join(outDir, 'sitemap-index.xml');
  if (!existsSync(index)) {
    throw new Error(`${index} saknas: bygg webbplatsen först (npm run build, eller ASTRO_OUT_DIR=<mapp> npm run build).`);
  }
  const paths = locs(readFileSync(index, 'utf8')).flatMap((sitemapUrl) =>
    locs(readFileSync(join(outDir, new URL(sitemapUrl).pathname), 'utf8')).map((loc) => new URL(loc).pathname),
  );
  return [...new Set(paths)].sort();
}
