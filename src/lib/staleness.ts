/**
 * Facts that go stale: a type whose registry entry has `staleness: { field, days }` records in
 * that field (a dot path) the partial date its facts were last checked. Entries checked longer
 * ago than `days`, or never, are listed by the build's staleness report (scripts/staleness-report.ts)
 * for editors to check again. Pure functions.
 */
import { daysSince } from './partial-date.ts';

/** The value at a dot path (`verification.lastChecked`). */
export function valueAtPath(data: unknown, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined), data);
}

export interface StaleEntry {
  key: string;
  name: string;
  file: string;
  lastChecked: string | undefined;
  /** Days since last check; undefined when no date is recorded (never checked). */
  days: number | undefined;
}

/** Entries whose facts were last checked more than `maxDays` ago, or never; undated first, then oldest first. */
export function staleEntries(
  entries: readonly { key: string; name: string; file: string; data: unknown }[],
  field: string,
  today: string,
  maxDays: number,
): StaleEntry[] {
  return entries
    .map(({ key, name, file, data }) => {
      const value = valueAtPath(data, field);
      const lastChecked = typeof value === 'string' ? value : undefined;
      return { key, name, file, lastChecked, days: lastChecked ? daysSince(lastChecked, today) : undefined };
    })
    .filter((e) => e.days === undefined || e.days > maxDays)
    .sort((a, b) => (b.days ?? Infinity) - (a.days ?? Infinity) || a.key.localeCompare(b.key));
}
