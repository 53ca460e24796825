/**
 * What the browser sweeps need to know about the built site, read from the build itself so that a
 * page added later is covered without anyone editing a list: the addresses in the sitemap (plus
 * the 404 page and the offline fallback), and the interface strings and emergency numbers the
 * pages are built from.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { builtSitemapPaths } from '../../tools/sitemap.ts';

export const outDir = resolve(process.env.ASTRO_OUT_DIR ?? 'dist');

/** The offline fallback pages (answered by the service worker; kept out of the sitemap). */
export const offlinePaths = ['/offline/', '/en/offline/'];

/** Every address in the built sitemap, then `/404.html` and the offline fallback pages. */
export function sitemapPaths(): string[] {
  return [...builtSitemapPaths(outDir), '/404.html', ...offlinePaths];
}

interface Strings {
  skipLink: string;
  crisisStripLabel: string;
  mainNavLabel: string;
  menuButton: string;
  offlineTitle: string;
  helplines: { title: string; quickTitle: string };
  search: { label: string; button: string };
}

const read = (file: string) => parse(readFileSync(resolve(file), 'utf8'));

/** Interface strings per `<html lang>`. */
export const ui: Record<'sv' | 'en', Strings> = { sv: read('content/ui/sv.yaml'), en: read('content/ui/en.yaml') };

/** The numbers in the crisis strip (content/settings/site.yaml). */
export const emergencyNumbers: string[] = (read('content/settings/site.yaml').emergency as { tel: string }[]).map((n) => n.tel);
