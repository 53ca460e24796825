/**
 * Checks across the files of courses and events that one file's schema cannot see: an English
 * version has the same dates, times, venue, term and status as its Swedish original (they are the
 * same course; the CMS copies them), and no entry takes an address the catalogue uses itself.
 */
import type { CheckedEntry, CrossProblem } from './index.ts';

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
