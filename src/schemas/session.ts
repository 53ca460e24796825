/**
 * What courses and events share: their sessions (a date and Swedish wall-clock times, a room or an
 * online link, each cancelled or moved on its own) and how to enrol. Times are written as the
 * visitor reads them (`17:30`, Swedish time); the site and the calendar convert them to instants
 * (src/lib/course-time.ts), so daylight saving time needs nothing from editors.
 */
import { clockPattern } from '../rules/clock.ts';
import { CalendarDateSchema } from './calendar-date.ts';
import { PhoneNumberSchema } from './phone-number.ts';
import { httpsUrl } from './url.ts';
import { z } from './z.ts';

const clockMessage = 'Skriv klockslaget inom citattecken som TT:MM, t.ex. "17:30".';

/** A wall-clock time, `HH:MM`. Unquoted 17:30 can reach us as a number from some YAML readers: refused with the fix. */
export const ClockSchema = z.string({ error: clockMessage }).regex(clockPattern, { error: clockMessage });

type Ctx = z.core.$RefinementCtx;

/** Refuses a value with what is expected and, separately, what to do (shown as "åtgärd"). */
export function refuse(ctx: Ctx, path: (string | number)[], message: string, fix: string): void {
  ctx.addIssue({ code: 'custom', path, message, params: { fix } });
}

export const MovedFromSchema = z
  .strictObject({
    date: CalendarDateSchema.meta({ title: 'Ursprungligt datum', description: 'Datumet tillfället först hade (ÅÅÅÅ-MM-DD).' }),
    start: ClockSchema.meta({ title: 'Ursprunglig starttid', description: 'Starttiden tillfället först hade, t.ex. "17:00".' }),
  })
  .meta({
    title: 'Flyttat från',
    description:
      'Fyll i när ett tillfälle flyttas: den tid det hade först. Ändra sedan datum och tider ovan till de nya. Kalendrar som redan har tillfället uppdateras då i stället för att få ett nytt.',
  });

export const SessionSchema = z
  .strictObject({
    date: CalendarDateSchema.meta({ title: 'Datum', description: 'Tillfällets datum (ÅÅÅÅ-MM-DD).', i18n: 'duplicate' }),
    start: ClockSchema.meta({ title: 'Börjar', description: 'Starttid i svensk tid, t.ex. "17:00".', i18n: 'duplicate' }),
    end: ClockSchema.meta({
      title: 'Slutar',
      description: 'Sluttid i svensk tid, t.ex. "19:00". Senare än starttiden samma dag.',
      i18n: 'duplicate',
    }),
    room: z.string().min(2).max(80).optional().meta({
      title: 'Rum',
      description: 'Valfritt: rummet i lokalen, t.ex. "Sal 2, plan 3", om det skiljer sig från kursens vanliga.',
    }),
    online: httpsUrl().optional().meta({
      title: 'Länk till mötet',
      description: 'Valfritt: länken till det digitala mötet (https://…). Oftast skickas den efter anmälan.',
    }),
    cancelled: z
      .boolean()
      .default(false)
      .meta({ title: 'Inställt', description: 'Slå på om just det här tillfället är inställt. Det står kvar, markerat som inställt.' }),
    movedFrom: MovedFromSchema.optional(),
  })
  .superRefine((session, ctx) => {
    if (session.end <= session.start) {
      refuse(ctx, ['end'], `en sluttid efter starttiden ${session.start}`, 'Skriv en sluttid efter starttiden samma dag, t.ex. "19:00".');
    }
  })
  .meta({ title: 'Tillfälle', description: 'Ett kurstillfälle: datum, tider och var.' });

export const EnrolmentSchema = z
  .strictObject({
    form: httpsUrl()
      .optional()
      .meta({ title: 'Anmälningsformulär', description: 'Adress till regionens eget anmälningsformulär (https://…).', i18n: 'duplicate' }),
    email: z
      .email({ error: 'Skriv en giltig e-postadress, t.ex. recoverycollege@region.se.' })
      .optional()
      .meta({ title: 'E-post för anmälan', description: 'E-postadress dit man anmäler sig.', i18n: 'duplicate' }),
    phone: PhoneNumberSchema.optional().meta({
      title: 'Telefon för anmälan',
      description: 'Nummer dit man ringer för att anmäla sig.',
      i18n: 'duplicate',
    }),
    opens: CalendarDateSchema.meta({
      title: 'Anmälan öppnar',
      description: 'Första dagen man kan anmäla sig (ÅÅÅÅ-MM-DD).',
      i18n: 'duplicate',
    }),
    closes: CalendarDateSchema.meta({
      title: 'Sista anmälningsdag',
      description: 'Sista dagen man kan anmäla sig (ÅÅÅÅ-MM-DD). Senast dagen för sista tillfället.',
      i18n: 'duplicate',
    }),
    cancel: z.string().min(10).max(300).meta({
      title: 'Så avanmäler du dig',
      description: 'Hur man lämnar sin plats, t.ex. "Mejla eller ring oss om du inte kan komma, så får någon på väntelistan platsen."',
    }),
    waitingList: z
      .boolean()
      .default(false)
      .meta({ title: 'Väntelista', description: 'Slå på om det finns en väntelista när kursen är full.', i18n: 'duplicate' }),
  })
  .superRefine((enrolment, ctx) => {
    if (!enrolment.form && !enrolment.email && !enrolment.phone) {
      refuse(
        ctx,
        ['form'],
        'minst ett sätt att anmäla sig: formulärets adress, en e-postadress eller ett telefonnummer',
        'Fyll i Anmälningsformulär, E-post för anmälan eller Telefon för anmälan.',
      );
    }
    if (enrolment.closes < enrolment.opens) {
      refuse(
        ctx,
        ['closes'],
        `en sista anmälningsdag från och med ${enrolment.opens}, dagen anmälan öppnar`,
        'Byt plats på datumen eller rätta dem.',
      );
    }
  })
  .meta({ title: 'Anmälan', description: 'Hur och när man anmäler sig, och hur man lämnar sin plats.' });

export type SessionData = z.output<typeof SessionSchema>;
export type EnrolmentData = z.output<typeof EnrolmentSchema>;

/**
 * Checks over a list of sessions that one session cannot see: two sessions of the same course at
 * overlapping times on one day, and enrolment closing after the last session.
 */
export function checkSessions(sessions: readonly SessionData[], enrolment: EnrolmentData | undefined, ctx: Ctx): void {
  sessions.forEach((a, i) => {
    sessions.slice(0, i).forEach((b, j) => {
      if (a.date === b.date && a.start < b.end && b.start < a.end) {
        refuse(
          ctx,
          ['sessions', i, 'start'],
          `tider som inte krockar med tillfälle ${j + 1} (${b.date} ${b.start}–${b.end})`,
          'Rätta tiderna, eller ta bort det ena tillfället om det står två gånger.',
        );
      }
    });
  });
  const last = sessions
    .map((s) => s.date)
    .sort()
    .at(-1);
  if (enrolment && last && enrolment.closes > last) {
    refuse(
      ctx,
      ['enrolment', 'closes'],
      `en sista anmälningsdag senast ${last}, dagen för sista tillfället`,
      `Sätt Sista anmälningsdag till ${last} eller tidigare.`,
    );
  }
}
