/**
 * What the browser sweeps need to know about the built site, read from the build itself so that a
 * page added later is covered without anyone editing a list: the addresses in the sitemap (plus
 * the 404 page), and the interface strings and emergency numbers the pages are built from.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';

export const outDir = resolve(process.env.ASTRO_OUT_DIR ?? 'dist');

function locs(xml: string): string[] {
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!.trim());
}

/** Every address in the built sitemap, then `/404.html`. */
export function sitemapPaths(): string[] {
  const index = join(outDir, 'sitemap-index.xml');
  if (!existsSync(index)) {
    throw new Error(`${index} saknas: bygg webbplatsen först (npm run build, eller ASTRO_OUT_DIR=<mapp> npm run build).`);
  }
  const paths = locs(readFileSync(index, 'utf8')).flatMap((sitemapUrl) => {
    const file = join(outDir, new URL(sitemapUrl).pathname);
    return locs(readFileSync(file, 'utf8')).map((loc) => new URL(loc).pathname);
  });
  return [...new Set([...paths.sort(), '/404.html'])];
}

interface Strings {
  skipLink: string;
  crisisStripLabel: string;
}

const read = (file: string) => parse(readFileSync(resolve(file), 'utf8'));

/** Interface strings per `<html lang>`. */
export const ui: Record<'sv' | 'en', Strings> = { sv: read('content/ui/sv.yaml'), en: read('content/ui/en.yaml') };

/** The numbers in the crisis strip (content/settings/site.yaml). */
export const emergencyNumbers: string[] = (read('content/settings/site.yaml').emergency as { tel: string }[]).map((n) => n.tel);
