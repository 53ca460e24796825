/**
 * Staleness report for helplines: lists every line whose facts were last checked more than 180
 * days ago (or never). Run by `npm run build` after the site is built; it warns and never fails the
 * build (a line with old facts is still better shown, with its date, than hidden).
 *
 *   npm exec -- node scripts/helplines-report.ts [--today=ÅÅÅÅ-MM-DD] [--days=180]
 *
 * Reads content/helplines/*.yaml itself (the build's content guard has already validated them).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { formatPartialDate, STALE_AFTER_DAYS, staleHelplines, type Helpline } from '../src/lib/helplines.ts';
import { stockholmTime } from '../src/lib/opening-hours.ts';
import { HelplineSchema } from '../src/schemas/helpline.ts';

const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];

export function readHelplines(root: string): Helpline[] {
  const dir = join(root, 'content/helplines');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .flatMap((file) => {
      const result = HelplineSchema.safeParse(parse(readFileSync(join(dir, file), 'utf8')));
      return result.success ? [{ ...result.data, id: file.replace(/\.yaml$/, '') }] : [];
    });
}

/** The report as text; `today` is a Swedish calendar date. */
export function staleReport(lines: readonly Helpline[], today: string, days = STALE_AFTER_DAYS): string {
  const stale = staleHelplines(lines, today, days);
  if (stale.length === 0) return `Stödlinjer: alla ${lines.length} kontrollerade de senaste ${days} dagarna.`;
  const rows = stale.map((s) => {
    const when = s.lastChecked
      ? `senast kontrollerad ${formatPartialDate(s.lastChecked, 'sv')} (${s.days} dagar sedan)`
      : 'inget datum för kontroll';
    return `  ⚠ ${s.name.padEnd(28)} ${when}  [content/helplines/${s.id}.yaml]`;
  });
  return [
    `Stödlinjer: ${stale.length} av ${lines.length} har inte kontrollerats på mer än ${days} dagar (i dag ${today}):`,
    ...rows,
    'Kontrollera uppgifterna mot organisationens egen sida och sätt verification.lastChecked till det datumet.',
  ].join('\n');
}

if (import.meta.main) {
  const today = arg('today') ?? stockholmTime(new Date()).date;
  const days = Number(arg('days') ?? STALE_AFTER_DAYS);
  console.log(staleReport(readHelplines(resolve('.')), today, days));
}
