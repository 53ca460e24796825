/**
 * `npm run check:html`: the Nu HTML Checker (vnu-jar, needs Java) over every built HTML page in
 * $ASTRO_OUT_DIR (default dist/). Fails on any error; lists the warnings. The CMS page under
 * /admin/ is checked too: its HTML is ours (Decap only fills it in at run time).
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

interface VnuMessage {
  type: 'error' | 'info' | 'non-document-error';
  subType?: 'warning' | 'fatal' | 'io' | 'schema' | 'internal';
  url?: string;
  lastLine?: number;
  message: string;
  extract?: string;
}

export interface HtmlReport {
  files: number;
  errors: string[];
  warnings: string[];
}

/** The jar the vnu-jar package ships (its main export is the path). */
export const vnuJar = String(createRequire(import.meta.url)('vnu-jar'));

export function checkHtml(outDir: string): HtmlReport {
  const files = (readdirSync(outDir, { recursive: true }) as string[]).filter((f) => f.endsWith('.html')).map((f) => join(outDir, f));
  if (files.length === 0) throw new Error(`Inga HTML-sidor i ${outDir}: bygg först (npm run build).`);
  const result = spawnSync('java', ['-jar', vnuJar, '--format', 'json', ...files], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (result.error)
    throw new Error(`Kunde inte starta Java (${result.error.message}). Installera: apt-get install -y default-jre-headless`);
  // vnu writes the JSON report to stderr.
  const json = result.stderr.slice(result.stderr.indexOf('{'));
  const { messages } = JSON.parse(json) as { messages: VnuMessage[] };
  const where = (m: VnuMessage) => `${m.url ? relative(outDir, fileURLToPath(m.url)) : '?'}:${m.lastLine ?? '?'}`;
  const line = (m: VnuMessage) => `${where(m)}  ${m.message}${m.extract ? `\n      ${m.extract.replace(/\s+/g, ' ').trim()}` : ''}`;
  return {
    files: files.length,
    errors: messages.filter((m) => m.type !== 'info').map(line),
    // vnu reads the pages from disk, where the CSP source 'self' matches nothing, so it reports
    // every same-origin script and stylesheet as blocked. The browser sweep checks the real CSP.
    warnings: messages
      .filter((m) => m.type === 'info' && m.subType === 'warning')
      .filter((m) => !/^Resource violates Content Security Policy .*“\/[^/]/.test(m.message))
      // vnu hashes an inline <style> without its final newline, browsers hash the text as written
      // (Astro's inline CSS ends with one), so it reports every correctly hashed style as blocked.
      // tests/built/headers.test.ts checks each inline style's exact hash against the page's <meta>
      // CSP and the header, and the browser sweep counts CSP violations.
      .filter((m) => !/^Inline style violates Content Security Policy \(meta tag\)/.test(m.message))
      .map(line),
  };
}

if (import.meta.main) {
  const outDir = resolve(process.env.ASTRO_OUT_DIR ?? 'dist');
  const report = checkHtml(outDir);
  if (report.warnings.length) {
    // Grouped by message: the same warning on every page is one line with its pages.
    const groups = new Map<string, string[]>();
    for (const w of report.warnings) {
      const [where = '', message = ''] = w.split('\n')[0]!.split(/ {2}(.*)/s);
      groups.set(message, [...(groups.get(message) ?? []), where]);
    }
    const lines = [...groups].map(
      ([message, where]) =>
        `${message} (${where.length}×: ${[...new Set(where.map((x) => x.replace(/:\d+$/, '')))].slice(0, 4).join(', ')}${where.length > 4 ? ', …' : ''})`,
    );
    console.log(`Varningar (${report.warnings.length}):\n  ${lines.join('\n  ')}\n`);
  }
  if (report.errors.length) {
    console.error(`Nu HTML Checker: ${report.errors.length} fel i ${outDir}:\n  ${report.errors.join('\n  ')}`);
    process.exit(1);
  }
  console.log(`Nu HTML Checker: ${report.files} sidor, 0 fel, ${report.warnings.length} varningar.`);
}
