/**
 * The days of the week as written in content (`mon` … `sun`, Monday first as in Sweden).
 * A rule without zod, so browser code (the "open now" script) can import it without the schema library.
 */
export const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof weekdays)[number];
