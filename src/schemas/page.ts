import { slugPattern } from '../rules/slug.ts';
import { DateSchema } from './date.ts';
import { searchKeywordsField } from './search.ts';
import { z } from './z.ts';

/** A URL segment: lowercase ASCII letters, digits and single hyphens (å, ä, ö become a, a, o). */
export const SlugSchema = z.string().regex(slugPattern, {
  error: 'Använd bara små bokstäver a–z, siffror och bindestreck (skriv a och o i stället för å, ä, ö), t.ex. "boka-en-peer".',
});

/** Information page (Om oss, Peer support, Boka en peer, Tillgänglighetsredogörelse, Integritet …). */
export const PageSchema = z.strictObject({
  title: z
    .string()
    .min(3, { error: 'Rubriken behöver minst 3 tecken.' })
    .max(90, { error: 'Rubriken får vara högst 90 tecken. Korta den och lägg resten i texten.' })
    .meta({ title: 'Rubrik', description: 'Sidans huvudrubrik. Högst 90 tecken.', i18n: 'translate' }),
  description: z
    .string()
    .min(20, { error: 'Sammanfattningen behöver minst 20 tecken.' })
    .max(200, { error: 'Sammanfattningen får vara högst 200 tecken.' })
    .meta({
      title: 'Sammanfattning',
      description: 'En eller två meningar om vad sidan handlar om. Visas under rubriken, i sökresultat och när sidan delas. 20–200 tecken.',
      widget: 'text',
      i18n: 'translate',
    }),
  slug: SlugSchema.optional().meta({
    title: 'Adress',
    description:
      'Sidans adress, t.ex. "boka-en-peer" blir /boka-en-peer/ (på engelska /en/book-a-peer/). Lämna tomt för att använda filnamnet.',
    i18n: 'translate',
  }),
  navOrder: z.number().int().min(1).max(20).optional().meta({
    title: 'Plats i huvudmenyn',
    description: 'Ett nummer 1–20 om sidan ska synas i huvudmenyn (lägre nummer först). Lämna tomt för att inte visa den i menyn.',
    i18n: 'duplicate',
  }),
  navLabel: z.string().min(2).max(30, { error: 'Menynamnet får vara högst 30 tecken.' }).optional().meta({
    title: 'Namn i menyn',
    description: 'Kort namn i huvudmenyn, t.ex. "Om oss". Lämna tomt för att använda rubriken.',
    i18n: 'translate',
  }),
  sensitive: z.boolean().default(false).meta({
    title: 'Känslig sida',
    description: 'Slå på för sidor om våld, självmord eller annat känsligt: då visas knappen "Lämna sidan snabbt".',
    i18n: 'duplicate',
  }),
  updated: DateSchema.meta({
    title: 'Senast uppdaterad',
    description: 'Datum då innehållet senast sågs över (ÅÅÅÅ-MM-DD).',
    widget: 'datetime',
    i18n: 'duplicate',
  }),
  keywords: searchKeywordsField,
});

export type PageInput = z.input<typeof PageSchema>;
export type PageData = z.output<typeof PageSchema>;
