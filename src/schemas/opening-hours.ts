import { CalendarDateSchema } from './calendar-date.ts';
import { localized } from './localized.ts';
import { weekdays, type Weekday } from '../rules/weekdays.ts';
import { z } from './z.ts';

/**
 * Opening hours of a helpline, in Swedish wall-clock time (Europe/Stockholm). Structured so that
 * the site can say "open now" and write the hours in words in both languages from one source.
 *
 * - `always`: open day and night, every day.
 * - `weekly`: intervals per weekday. An interval whose end is at or before its start runs past
 *   midnight (21:00–06:00 opens on the evening of the given day and closes the next morning).
 * - `unknown`: the hours are not known (or the sources disagree); the page never claims a state.
 *
 * Public holidays and per-date exceptions change what opens on a given date; an interval belongs
 * to the day it starts on.
 */

export { weekdays, type Weekday };

const timeMessage = 'Skriv tiden som TT:MM med 24-timmarsklocka, t.ex. 09:00 eller 21:30.';

/** A start time, 00:00–23:59. */
export const TimeSchema = z.string().regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/, { error: timeMessage });

/** An end time, 00:00–24:00 (24:00 = midnight at the end of the day). */
export const EndTimeSchema = z.string().regex(/^(?:(?:[01]\d|2[0-3]):[0-5]\d|24:00)$/, {
  error: `${timeMessage} Som sluttid går även 24:00 (midnatt).`,
});

const fromField = TimeSchema.meta({ title: 'Öppnar', description: 'Klockslag då linjen öppnar, t.ex. 21:00.', examples: ['21:00'] });
const toField = EndTimeSchema.meta({
  title: 'Stänger',
  description: 'Klockslag då linjen stänger, t.ex. 06:00. Är det tidigare än öppningstiden stänger linjen nästa dag (över natten).',
  examples: ['06:00'],
});

function differentEnds(interval: { from: string; to: string }): boolean {
  return interval.from !== interval.to && !(interval.from === '00:00' && interval.to === '24:00');
}
const sameEndsMessage = 'Öppnar och stänger kan inte vara samma klockslag. Är linjen öppen hela dygnet, välj "Öppet dygnet runt".';

/** A time interval on one day (exceptions). */
export const IntervalSchema = z
  .strictObject({ from: fromField, to: toField })
  .refine(differentEnds, { error: sameEndsMessage, path: ['to'] })
  .meta({ title: 'Öppettid', description: 'Ett tidsintervall.' });

/** An interval that repeats on the given weekdays. */
export const WeeklyIntervalSchema = z
  .strictObject({
    days: z
      .array(z.enum(weekdays, { error: 'Veckodagar skrivs mon, tue, wed, thu, fri, sat, sun.' }))
      .min(1, { error: 'Välj minst en veckodag.' })
      .meta({
        title: 'Dagar',
        description: 'Veckodagarna intervallet börjar på.',
        optionLabels: { mon: 'Måndag', tue: 'Tisdag', wed: 'Onsdag', thu: 'Torsdag', fri: 'Fredag', sat: 'Lördag', sun: 'Söndag' },
      }),
    from: fromField,
    to: toField,
  })
  .refine(differentEnds, { error: sameEndsMessage, path: ['to'] })
  .meta({ title: 'Öppettid', description: 'Dagar och klockslag, t.ex. måndag–fredag 10:00–15:00 eller varje dag 21:00–06:00.' });

const noteMeta = { title: 'Kommentar', description: 'Valfri förklaring, t.ex. "Julafton: öppet kortare tid".' };

/** A date with other hours than usual (closed, or other intervals). */
export const ExceptionSchema = z
  .strictObject({
    date: CalendarDateSchema.meta({ title: 'Datum', description: 'Dagen som har andra tider (ÅÅÅÅ-MM-DD).', widget: 'string' }),
    closed: z.boolean().default(false).meta({ title: 'Stängt hela dagen', description: 'Slå på om linjen är stängd den här dagen.' }),
    intervals: z
      .array(IntervalSchema)
      .default([])
      .meta({ title: 'Öppettider den dagen', description: 'Tiderna som gäller den här dagen i stället för de vanliga.' }),
    note: localized(z.string().min(2).max(160), noteMeta)
      .optional()
      .meta({ ...noteMeta, i18n: 'none' }),
  })
  .refine((e) => e.closed !== e.intervals.length > 0, {
    error: 'Välj antingen "Stängt hela dagen" eller ange öppettider för dagen, inte båda och inte ingetdera.',
    path: ['intervals'],
  })
  .meta({ title: 'Avvikande dag', description: 'En dag med andra öppettider än vanligt.' });

export const OpeningHoursSchema = z
  .strictObject({
    type: z
      .enum(['always', 'weekly', 'unknown'], { error: 'Välj "always" (dygnet runt), "weekly" (vissa tider) eller "unknown" (okänt).' })
      .meta({
        title: 'Sort av öppettider',
        description: 'Välj "Okänt" när tiderna inte är kända eller källorna säger olika: sidan visar då inte "öppet nu".',
        optionLabels: { always: 'Dygnet runt, alla dagar', weekly: 'Bestämda tider per veckodag', unknown: 'Okänt' },
      }),
    weekly: z.array(WeeklyIntervalSchema).default([]).meta({
      title: 'Tider per veckodag',
      description: 'Bara för "Bestämda tider per veckodag". Ett intervall per rad; samma dag kan ha flera intervall.',
    }),
    holidays: z
      .enum(['normal', 'closed', 'sunday', 'unknown'], { error: 'Välj normal, closed, sunday eller unknown.' })
      .default('unknown')
      .meta({
        title: 'Helgdagar',
        description:
          'Vad som gäller på röda dagar och på midsommar-, jul- och nyårsafton. Är det okänt visar sidan inte "öppet nu" de dagarna.',
        optionLabels: { normal: 'Samma tider som andra dagar', closed: 'Stängt', sunday: 'Söndagens tider', unknown: 'Okänt' },
      }),
    exceptions: z.array(ExceptionSchema).default([]).meta({
      title: 'Avvikande dagar',
      description: 'Enskilda datum med andra tider, t.ex. julafton. Gäller före regeln för helgdagar.',
    }),
  })
  .superRefine((hours, ctx) => {
    if (hours.type === 'weekly' && hours.weekly.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['weekly'], message: 'Ange minst en öppettid, eller välj "always" eller "unknown".' });
    }
    if (hours.type !== 'weekly' && hours.weekly.length > 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['weekly'],
        message: `Tider per veckodag används bara med "weekly". Ta bort dem eller byt sort (nu "${hours.type}").`,
      });
    }
    const seen = new Set<string>();
    hours.exceptions.forEach((e, i) => {
      if (seen.has(e.date)) {
        ctx.addIssue({ code: 'custom', path: ['exceptions', i, 'date'], message: `Datumet ${e.date} finns redan bland avvikande dagar.` });
      }
      seen.add(e.date);
    });
  })
  .meta({ title: 'Öppettider', description: 'Svensk tid. Används för texten om öppettider och för "Öppet nu".' });

export type OpeningHours = z.output<typeof OpeningHoursSchema>;
export type OpeningHoursInput = z.input<typeof OpeningHoursSchema>;
export type WeeklyInterval = z.output<typeof WeeklyIntervalSchema>;
export type Interval = z.output<typeof IntervalSchema>;
