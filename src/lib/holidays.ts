/**
 * Swedish public holidays (allmänna helgdagar, lag 1989:253), computed for any year, plus the
 * three eves that Swedish working life treats as Sundays (midsommarafton, julafton, nyårsafton;
 * semesterlagen 3 §). Helplines with "weekdays" hours often close on these days, so the opening
 * hours logic asks this module. Pure: no time zone, dates are calendar dates (ÅÅÅÅ-MM-DD).
 */

export interface Holiday {
  /** ÅÅÅÅ-MM-DD */
  date: string;
  name: { sv: string; en: string };
  /** `holiday` = allmän helgdag; `eve` = midsommar-, jul- or nyårsafton (treated as a Sunday). */
  kind: 'holiday' | 'eve';
}

function iso(year: number, month: number, day: number): string {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.toISOString().slice(0, 10);
}

/** Easter Sunday (Gregorian calendar), by the anonymous Gregorian algorithm. `easterSunday(2026)` → `2026-04-05`. */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return iso(year, month, day);
}

/** The date `days` after (or before) `date`. `addDays('2026-12-31', 1)` → `2027-01-01`. */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return iso(y, m, d + days);
}

/** The Saturday on or after `month`-`day` (midsommardagen, alla helgons dag). */
function saturdayFrom(year: number, month: number, day: number): string {
  const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay(); // 0 = Sunday, 6 = Saturday
  return iso(year, month, day + ((6 - weekday + 7) % 7));
}

const cache = new Map<number, Holiday[]>();

/** Every Swedish public holiday and Sunday-like eve in `year`, in date order. */
export function swedishHolidays(year: number): Holiday[] {
  if (!Number.isInteger(year) || year < 1900 || year > 2200) throw new RangeError(`Året ${year} ligger utanför 1900–2200.`);
  const cached = cache.get(year);
  if (cached) return cached;
  const easter = easterSunday(year);
  const midsummer = saturdayFrom(year, 6, 20);
  const list: Holiday[] = [
    { date: iso(year, 1, 1), name: { sv: 'Nyårsdagen', en: "New Year's Day" }, kind: 'holiday' },
    { date: iso(year, 1, 6), name: { sv: 'Trettondedag jul', en: 'Epiphany' }, kind: 'holiday' },
    { date: addDays(easter, -2), name: { sv: 'Långfredagen', en: 'Good Friday' }, kind: 'holiday' },
    { date: easter, name: { sv: 'Påskdagen', en: 'Easter Sunday' }, kind: 'holiday' },
    { date: addDays(easter, 1), name: { sv: 'Annandag påsk', en: 'Easter Monday' }, kind: 'holiday' },
    { date: iso(year, 5, 1), name: { sv: 'Första maj', en: 'May Day' }, kind: 'holiday' },
    { date: addDays(easter, 39), name: { sv: 'Kristi himmelsfärdsdag', en: 'Ascension Day' }, kind: 'holiday' },
    { date: addDays(easter, 49), name: { sv: 'Pingstdagen', en: 'Whit Sunday' }, kind: 'holiday' },
    { date: iso(year, 6, 6), name: { sv: 'Sveriges nationaldag', en: 'National Day of Sweden' }, kind: 'holiday' },
    { date: addDays(midsummer, -1), name: { sv: 'Midsommarafton', en: 'Midsummer Eve' }, kind: 'eve' },
    { date: midsummer, name: { sv: 'Midsommardagen', en: 'Midsummer Day' }, kind: 'holiday' },
    { date: saturdayFrom(year, 10, 31), name: { sv: 'Alla helgons dag', en: "All Saints' Day" }, kind: 'holiday' },
    { date: iso(year, 12, 24), name: { sv: 'Julafton', en: 'Christmas Eve' }, kind: 'eve' },
    { date: iso(year, 12, 25), name: { sv: 'Juldagen', en: 'Christmas Day' }, kind: 'holiday' },
    { date: iso(year, 12, 26), name: { sv: 'Annandag jul', en: 'Boxing Day' }, kind: 'holiday' },
    { date: iso(year, 12, 31), name: { sv: 'Nyårsafton', en: "New Year's Eve" }, kind: 'eve' },
  ];
  list.sort((a, b) => a.date.localeCompare(b.date));
  cache.set(year, list);
  return list;
}

/** The holiday or Sunday-like eve on `date` (ÅÅÅÅ-MM-DD), if there is one. */
export function holidayOn(date: string): Holiday | undefined {
  return swedishHolidays(Number(date.slice(0, 4))).find((h) => h.date === date);
}
