/**
 * A term ("Vårterminen 2027"): one YAML file per term in content/terms/, named by its id
 * (`vt-2027.yaml`). Courses and events name their term; the catalogue shows the term's dates and
 * when enrolment opens.
 */
import { CalendarDateSchema } from './calendar-date.ts';
import { localized } from './localized.ts';
import { z } from './z.ts';

export const TermSchema = z
  .strictObject({
    name: localized(z.string().min(3).max(60), { title: 'Namn', description: 'Terminens namn, t.ex. "Vårterminen 2027".' }),
    start: CalendarDateSchema.meta({ title: 'Terminen börjar', description: 'Första dagen (ÅÅÅÅ-MM-DD).' }),
    end: CalendarDateSchema.meta({ title: 'Terminen slutar', description: 'Sista dagen (ÅÅÅÅ-MM-DD).' }),
    enrolmentOpens: CalendarDateSchema.meta({
      title: 'Anmälan öppnar',
      description: 'Dagen då anmälan till terminens kurser öppnar (ÅÅÅÅ-MM-DD).',
    }),
  })
  .superRefine((term, ctx) => {
    if (term.end < term.start) {
      ctx.addIssue({
        code: 'custom',
        path: ['end'],
        message: `Terminen slutar (${term.end}) innan den börjar (${term.start}). Rätta datumen.`,
      });
    }
  })
  .meta({ title: 'Termin', description: 'En termin med datum och när anmälan öppnar.' });

export type TermData = z.output<typeof TermSchema>;
