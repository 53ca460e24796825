/**
 * Wall-clock times as content writes them: `HH:MM`, 24-hour, Swedish time. Rules without zod,
 * shared by the course schemas (src/schemas/session.ts) and the course logic (src/lib/course-time.ts).
 */

/** `HH:MM`, 00:00–23:59, e.g. `17:30`. */
export const clockPattern = /^(?:[01]\d|2[0-3]):[0-5]\d$/;

/** Minutes after midnight of a valid `HH:MM`: `clockMinutes('17:30')` → 1050. */
export function clockMinutes(time: string): number {
  const [h, m] = time.split(':').map(Number) as [number, number];
  return h * 60 + m;
}
