/**
 * Staleness report: for every content type whose registry entry has `staleness: { field, days }`
 * (helplines today), lists the entries whose facts were last checked longer ago than that, or
 * never. Run by `npm run build` after the site is built; it warns and never fails the build (a
 * fact with an old date is still better shown, with its date, than hidden).
 *
 *   npm exec -- node scripts/staleness-report.ts [--today=ÅÅÅÅ-MM-DD]
 */
import { resolve } from 'node:path';
import { textOf } from '../src/lib/i18n.ts';
import { stockholmTime } from '../src/lib/opening-hours.ts';
import { formatPartialDate } from '../src/lib/partial-date.ts';
import { staleEntries, type StaleEntry } from '../src/lib/staleness.ts';
import { readEntries } from '../src/lib/validate-content.ts';
import { contentTypes, type ContentType, type FolderType } from '../src/schemas/index.ts';

const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];

/** One type's part of the report, as text. */
export function staleSection(type: FolderType, stale: readonly StaleEntry[], total: number, today: string): string {
  const days = type.staleness!.days;
  if (stale.length === 0) return `${type.label}: alla ${total} kontrollerade de senaste ${days} dagarna.`;
  const rows = stale.map((s) => {
    const when = s.lastChecked
      ? `senast kontrollerad ${formatPartialDate(s.lastChecked, 'sv')} (${s.days} dagar sedan)`
      : 'inget datum för kontroll';
    return `  ⚠ ${s.name.padEnd(28)} ${when}  [${s.file}]`;
  });
  return [
    `${type.label}: ${stale.length} av ${total} har inte kontrollerats på mer än ${days} dagar (i dag ${today}):`,
    ...rows,
    `Kontrollera uppgifterna mot källan och sätt ${type.staleness!.field} till det datumet.`,
  ].join('\n');
}

/** The whole report for the content below `root`. */
export function staleReport(root: string, today: string): string {
  const types = (contentTypes as readonly ContentType[]).filter((t): t is FolderType => t.kind === 'folder' && Boolean(t.staleness));
  return types
    .map((type) => {
      const entries = readEntries(type, root, { data: true }).map((e) => ({
        ...e,
        name: textOf(e.data, type.identifierField, 'sv') ?? e.key,
      }));
      return staleSection(type, staleEntries(entries, type.staleness!.field, today, type.staleness!.days), entries.length, today);
    })
    .join('\n\n');
}

if (import.meta.main) console.log(staleReport(resolve('.'), arg('today') ?? stockholmTime(new Date()).date));
