import { dayPattern, isRealDate, partialDatePattern } from '../rules/dates.ts';
import { z } from './z.ts';

/**
 * Dates in data files, kept as text so the open data (hjalplinjer.json) shows exactly what the
 * editor wrote. YAML readers differ: Astro's reader turns an unquoted 2020-05-28 into a Date and
 * 2017 into a number, the `yaml` package keeps them as text. Both are normalised to text first.
 */
function normalise(value: unknown): unknown {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? value : value.toISOString().slice(0, 10);
  if (typeof value === 'number' && Number.isInteger(value)) return String(value);
  return value;
}

const dayMessage = 'Skriv datumet som ÅÅÅÅ-MM-DD, t.ex. 2026-12-24.';

/** A whole calendar day, ÅÅÅÅ-MM-DD (e.g. a day with other opening hours). */
export const CalendarDateSchema = z.preprocess(
  normalise,
  z
    .string({ error: dayMessage })
    .regex(dayPattern, { error: dayMessage })
    .refine(isRealDate, { error: 'Datumet finns inte i kalendern. Kontrollera månad och dag.' }),
);

const partialMessage = 'Skriv datumet som ÅÅÅÅ-MM-DD. Anger källan bara månad eller år, skriv ÅÅÅÅ-MM eller ÅÅÅÅ.';

/**
 * A date as precise as the source is: a day (2020-05-28), a month (2018-09) or a year (2017).
 * Sources often give only a month or a year; writing 2017-01-01 would invent a precision the source
 * does not have.
 */
export const PartialDateSchema = z.preprocess(
  normalise,
  z
    .string({ error: partialMessage })
    .regex(partialDatePattern, { error: partialMessage })
    .refine(isRealDate, { error: 'Datumet finns inte i kalendern. Kontrollera år, månad och dag.' }),
);
