/**
 * Innehållsstatus: the editors' page at /admin/innehallsstatus/, written by `npm run build` after
 * the admin (it changes with content, the admin bundle does not). It lists what needs care in every
 * content type (src/lib/care.ts, from registry metadata) with a link to edit each entry, so editors
 * see what the build log reports. No scripts; the admin's guide stylesheet.
 *
 *   npm exec -- node scripts/content-status.ts [--today=ÅÅÅÅ-MM-DD] [--out=dist/admin]
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { adminDocumentCsp } from '../admin/cms/deploy.ts';
import { careItems, editPath, type CareItem } from '../src/lib/care.ts';
import { textOf } from '../src/lib/i18n.ts';
import { stockholmTime } from '../src/lib/opening-hours.ts';
import { formatPartialDate } from '../src/lib/partial-date.ts';
import { readEntries } from '../src/lib/validate-content.ts';
import { contentTypes, type ContentType, type FolderType } from '../src/schemas/index.ts';

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

export interface CareGroup {
  /** "Stödlinjer: inte kontrollerade på 180 dagar". */
  heading: string;
  items: CareItem[];
}

/** Everything that needs care below `root`, grouped by type and heading, in registry order. */
export function careGroups(root: string, today: string): CareGroup[] {
  const folderTypes = (contentTypes as readonly ContentType[]).filter((t): t is FolderType => t.kind === 'folder');
  const groups = new Map<string, CareGroup>();
  for (const type of folderTypes) {
    const entries = readEntries(type, root, { data: true }).map((e) => ({
      ...e,
      name: textOf(e.data, type.identifierField, 'sv') ?? e.key,
    }));
    for (const item of careItems(type, entries, today)) {
      const heading = `${type.label}: ${item.heading.charAt(0).toLowerCase()}${item.heading.slice(1)}`;
      if (!groups.has(heading)) groups.set(heading, { heading, items: [] });
      groups.get(heading)!.items.push(item);
    }
  }
  return [...groups.values()];
}

const slugOf = (text: string) =>
  text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** The page, as HTML. `stylesheet`: the admin's guide stylesheet, when there is one. */
export function statusHtml(groups: readonly CareGroup[], today: string, stylesheet?: string): string {
  const total = groups.reduce((sum, g) => sum + g.items.length, 0);
  const toc = groups
    .map((g) => `<li><a href="#${slugOf(g.heading)}">${escapeHtml(g.heading)}</a> (${g.items.length})</li>`)
    .join('\n        ');
  const sections = groups
    .map((g) => {
      const rows = g.items
        .map(
          (i) =>
            `<li><a href="${escapeHtml(editPath({ name: i.type }, i.key))}">${escapeHtml(i.name)}</a>: ${escapeHtml(i.text)} <small>(${escapeHtml(i.file)})</small></li>`,
        )
        .join('\n        ');
      return `<section aria-labelledby="${slugOf(g.heading)}">
      <h2 id="${slugOf(g.heading)}">${escapeHtml(g.heading)} (${g.items.length})</h2>
      <ul>
        ${rows}
      </ul>
    </section>`;
    })
    .join('\n    ');
  return `<!doctype html>
<html lang="sv">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta http-equiv="Content-Security-Policy" content="${adminDocumentCsp}" />
    <meta name="robots" content="noindex, nofollow" />
    <title>Innehållsstatus – redigeringsverktyget</title>
    ${stylesheet ? `<link rel="stylesheet" href="${escapeHtml(stylesheet)}" />` : ''}
  </head>
  <body>
    <main id="main">
    <article class="prose">
    <h1>Innehållsstatus</h1>
    <p>Det här behöver ses över enligt bygget ${escapeHtml(formatPartialDate(today, 'sv'))}: ${total === 0 ? 'ingenting just nu.' : `${total} saker.`} Sidan görs om varje gång webbplatsen byggs. Följ en länk för att öppna posten i redigeringsverktyget. <a href="/admin/">Tillbaka till redigeringsverktyget</a>.</p>
    ${groups.length ? `<nav aria-label="Innehållsstatus"><ul>\n        ${toc}\n      </ul></nav>` : ''}
    ${sections}
    <section aria-labelledby="stoppas-av-bygget">
      <h2 id="stoppas-av-bygget">Bilder utan alternativtext och hänvisningar till poster som inte finns</h2>
      <p>Inga. Sådana fel stoppar bygget, så de kan inte finnas på den publicerade webbplatsen. Redigeringsverktyget säger till när du sparar, och <code>npm run validate</code> visar dem med fil och rad.</p>
    </section>
    </article>
    </main>
  </body>
</html>
`;
}

/** Writes <adminDir>/innehallsstatus/index.html; returns the number of items listed. */
export function writeContentStatus(root: string, adminDir: string, today: string): number {
  const groups = careGroups(root, today);
  const guide = join(adminDir, 'redaktorsguide/index.html');
  const stylesheet = existsSync(guide) ? /<link rel="stylesheet" href="([^"]+)"/.exec(readFileSync(guide, 'utf8'))?.[1] : undefined;
  mkdirSync(join(adminDir, 'innehallsstatus'), { recursive: true });
  writeFileSync(join(adminDir, 'innehallsstatus/index.html'), statusHtml(groups, today, stylesheet));
  return groups.reduce((sum, g) => sum + g.items.length, 0);
}

if (import.meta.main) {
  const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
  const today = arg('today') ?? stockholmTime(new Date()).date;
  const out = resolve(arg('out') ?? join(process.env.ASTRO_OUT_DIR ?? 'dist', 'admin'));
  console.log(`Innehållsstatus: ${writeContentStatus(resolve('.'), out, today)} saker att se över, ${out}/innehallsstatus/`);
}
