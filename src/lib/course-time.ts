/**
 * Swedish wall-clock time to instants and back, with the platform's time-zone data (Intl,
 * Europe/Stockholm): course sessions are written as local dates and times, the calendar and the
 * page's clock work with instants. Pure; also runs in the browser.
 */
import { stockholmTime } from './opening-hours.ts';

const MINUTE = 60_000;

/** The offset of Swedish time from UTC at an instant, in minutes (60 in winter, 120 in summer). */
export function stockholmOffset(instant: Date): number {
  const local = stockholmTime(instant);
  const [y, m, d] = local.date.split('-').map(Number) as [number, number, number];
  const wall = Date.UTC(y, m - 1, d) + local.minutes * MINUTE;
  return Math.round((wall - Math.floor(instant.getTime() / MINUTE) * MINUTE) / MINUTE);
}

/**
 * The instant of a Swedish date and time. `stockholmInstant('2027-03-27', '18:00')` →
 * 2027-03-27T17:00:00Z (winter), `stockholmInstant('2027-03-29', '18:00')` → 2027-03-29T16:00:00Z
 * (summer). A time the clocks skip (02:30 on the last Sunday of March) comes out an hour later.
 */
export function stockholmInstant(date: string, time: string): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [h, min] = time.split(':').map(Number) as [number, number];
  const wall = Date.UTC(y, m - 1, d, h, min);
  const first = wall - stockholmOffset(new Date(wall)) * MINUTE;
  return new Date(wall - stockholmOffset(new Date(first)) * MINUTE);
}

/** The instant a Swedish calendar day begins: `startOfDay('2027-02-01')` → 2027-01-31T23:00:00Z. */
export const startOfDay = (date: string): Date => stockholmInstant(date, '00:00');

/** The instant the day after `date` begins in Sweden: when a last day (such as enrolment's) has passed. */
export function endOfDay(date: string): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return startOfDay(new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10));
}
