/**
 * `npm run check:links`: every internal link, `#anchor` and asset referred to by the built HTML
 * and CSS in $ASTRO_OUT_DIR (default dist/) must exist in the build. External links are not
 * fetched (no network in CI, and other sites' uptime is not our test): they are listed in
 * reports/external-links.md for a person to review.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkLinks, type LinkReport } from '../tools/link-check.ts';

/** Origins the site is published at: its canonical address (from the sitemap) and $SITE_URL. */
function siteOrigins(outDir: string): string[] {
  const origins = new Set<string>();
  const index = join(outDir, 'sitemap-index.xml');
  const loc = existsSync(index) ? /<loc>([^<]+)<\/loc>/.exec(readFileSync(index, 'utf8'))?.[1] : undefined;
  if (loc) origins.add(new URL(loc).origin);
  if (process.env.SITE_URL) origins.add(new URL(process.env.SITE_URL).origin);
  return [...origins];
}

export function checkBuiltLinks(outDir: string): LinkReport {
  const files = new Map<string, string>();
  for (const file of readdirSync(outDir, { recursive: true }) as string[]) {
    const path = file.replace(/\\/g, '/');
    if (statSync(join(outDir, file)).isDirectory()) continue;
    files.set(path, /\.(html|css)$/.test(path) ? readFileSync(join(outDir, file), 'utf8') : '');
  }
  return checkLinks(files, siteOrigins(outDir));
}

function externalReport(report: LinkReport, outDir: string): string {
  const rows = [...report.external].sort(([a], [b]) => a.localeCompare(b)).map(([url, pages]) => `| <${url}> | ${pages.join(', ')} |`);
  return [
    '# External links',
    '',
    `Listed by \`npm run check:links\` from ${outDir}; not fetched. Check them by hand now and then.`,
    '',
    '| Address | Linked from |',
    '| --- | --- |',
    ...rows,
    '',
  ].join('\n');
}

if (import.meta.main) {
  const outDir = resolve(process.env.ASTRO_OUT_DIR ?? 'dist');
  if (!existsSync(join(outDir, 'index.html'))) {
    console.error(`Ingen byggd webbplats i ${outDir}: kör npm run build först.`);
    process.exit(1);
  }
  const report = checkBuiltLinks(outDir);
  mkdirSync('reports', { recursive: true });
  writeFileSync('reports/external-links.md', externalReport(report, outDir));
  console.log(`Länkar: ${report.checked} interna kontrollerade, ${report.external.size} externa listade i reports/external-links.md.`);
  if (report.broken.length) {
    const lines = report.broken.map(({ ref, reason }) => `${ref.file}: ${ref.via} "${ref.url}": ${reason}`);
    console.error(`${report.broken.length} trasiga länkar:\n  ${lines.join('\n  ')}`);
    process.exit(1);
  }
}
