/**
 * Checks across the files of courses and events that one file's schema cannot see: an English
 * version has the same dates, times, venue, term and status as its Swedish original (they are the
 * same course; the CMS copies them), and no entry takes an address the catalogue uses itself.
 */
import type { CareNote, CheckedEntry, CrossProblem } from './index.ts';

/** Fields a translation shares with its Swedish original. */
const shared = ['sessions', 'status', 'venue', 'term', 'format', 'enrolment.opens', 'enrolment.closes'] as const;

/** Addresses below /kurser/ and /en/courses/ (and the events') that the site itself uses. */
export const reservedCourseSlugs = ['kursprogram', 'prospectus', 'kalender', 'calendar'] as const;

const at = (data: unknown, path: string) =>
  path
    .split('.')
    .reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined), data);

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export function checkCourseVersions(entries: readonly CheckedEntry[]): CrossProblem[] {
  const problems: CrossProblem[] = [];
  const swedish = new Map(entries.filter((e) => /\/sv\//.test(e.file)).map((e) => [e.key, e]));
  for (const entry of entries) {
    const slug = (at(entry.data, 'slug') as string | undefined) ?? entry.key;
    if ((reservedCourseSlugs as readonly string[]).includes(slug)) {
      problems.push({
        found: `${entry.file}: adressen "${slug}"`,
        expected: `en adress som inte är någon av ${reservedCourseSlugs.join(', ')} (dem använder webbplatsen själv)`,
        fix: 'Byt filnamn eller fyll i fältet Adress med något annat.',
      });
    }
    if (!/\/en\//.test(entry.file)) continue;
    const original = swedish.get(entry.key);
    if (!original) continue;
    for (const field of shared) {
      if (!same(at(entry.data, field), at(original.data, field))) {
        problems.push({
          found: `${entry.file}: fältet ${field} skiljer sig från den svenska versionen`,
          expected: `samma ${field} som i ${original.file}`,
          fix: `Kopiera ${field} från den svenska versionen: datum, tider, lokal och status gäller båda språken.`,
        });
      }
    }
  }
  return problems;
}

const dayOf = (value: unknown): string | undefined =>
  value instanceof Date ? value.toISOString().slice(0, 10) : typeof value === 'string' ? value.slice(0, 10) : undefined;

/**
 * Innehållsstatus: a course or event whose status still says "Öppen för anmälan" after its last
 * session. The pages already show it as past (by the build date and the visitor's clock); the
 * entry itself should be updated or moved to the archive by the editor. Swedish versions only.
 */
export function scheduleNeedsCare(entry: CheckedEntry, today: string): CareNote[] {
  if (!/\/sv\//.test(entry.file)) return [];
  const status = at(entry.data, 'status');
  const sessions = at(entry.data, 'sessions');
  if (status !== 'open' || !Array.isArray(sessions) || sessions.length === 0) return [];
  const last = sessions
    .map((s) => dayOf(at(s, 'date')))
    .filter((d): d is string => Boolean(d))
    .sort()
    .at(-1);
  if (!last || last >= today) return [];
  return [
    {
      heading: 'Anmälan står som öppen efter sista tillfället',
      text: `Sista tillfället var ${last}, men Status är fortfarande "Öppen för anmälan". Ändra status, eller lägg in nya tillfällen om kursen går igen.`,
    },
  ];
}
