import { z } from './z.ts';
import { localized } from './localized.ts';
import { NewsletterSchema } from './newsletter.ts';
import { defaultSearchSettings, SearchSettingsSchema } from './search.ts';

/** A number shown in the crisis strip on every page (112, 1177). */
export const EmergencyNumberSchema = z.strictObject({
  display: z
    .string()
    .min(2)
    .max(20)
    .meta({ title: 'Nummer som det visas', description: 'Så som numret skrivs på sidan, t.ex. "112" eller "1177".', examples: ['112'] }),
  tel: z
    .string()
    .regex(/^(\+[1-9]\d{6,14}|\d{3,8})$/, {
      error: 'Skriv numret utan mellanslag: ett kortnummer (t.ex. 112, 1177) eller ett nummer med landsnummer (t.ex. +46850505050).',
    })
    .meta({
      title: 'Nummer att ringa',
      description: 'Numret som telefonen ringer, utan mellanslag: kortnummer som 112, eller +46… för vanliga nummer.',
    }),
  label: localized(z.string().min(2).max(60), {
    title: 'Text',
    description: 'Kort text som står före numret, t.ex. "Akut fara: ring".',
  }),
});

/** Organisation-wide settings: one file, content/settings/site.yaml. */
export const SettingsSchema = z.strictObject({
  organisation: z
    .string()
    .min(2)
    .max(120)
    .meta({ title: 'Organisationens namn', description: 'Visas i sidhuvudet, sidfoten och i tillgänglighetsredogörelsen.' }),
  siteName: localized(z.string().min(2).max(80), { title: 'Webbplatsens namn', description: 'T.ex. "Recovery College Exempelregionen".' }),
  region: z.string().min(2).max(80).meta({
    title: 'Region',
    description: 'Regionen webbplatsen gäller, t.ex. "Region Exempel". Lokala hjälplinjer för den här regionen visas först.',
  }),
  email: z
    .email({ error: 'Skriv en giltig e-postadress, t.ex. info@exempel.se.' })
    .meta({ title: 'E-post', description: 'Allmän kontaktadress.' }),
  phone: z
    .string()
    .regex(/^0\d{1,3}-\d{2,3}( ?\d{2}){1,3}$/, { error: 'Skriv telefonnumret på svenskt sätt, t.ex. 036-32 40 00.' })
    .optional()
    .meta({ title: 'Telefon', description: 'Växel eller kontaktnummer, på svenskt sätt: 036-32 40 00.' }),
  address: z.string().max(200).optional().meta({ title: 'Postadress', description: 'Gatuadress, postnummer och ort.', widget: 'text' }),
  emergency: z
    .array(EmergencyNumberSchema)
    .min(1, { error: 'Ange minst ett nödnummer (112).' })
    .max(3, { error: 'Högst tre nummer får plats i krisraden.' })
    .refine((list) => list[0]?.tel === '112', { error: 'Första numret i krisraden ska vara 112 (akut fara för liv).' })
    .meta({ title: 'Nödnummer i krisraden', description: 'Numren som syns överst på varje sida. 112 ska alltid stå först.' }),
  footer: localized(z.string().min(2).max(400), { title: 'Sidfotstext', description: 'Kort text längst ned på varje sida.' }),
  newsletter: NewsletterSchema.optional().meta({
    title: 'Nyhetsbrev',
    description: 'Fyll i om organisationen har ett nyhetsbrev: då visas en länk till anmälan på sidan Aktuellt. Lämna tomt annars.',
  }),
  search: SearchSettingsSchema.default(defaultSearchSettings).meta({
    title: 'Sök',
    description: 'Krisord och synonymer för sökningen på hela webbplatsen. Ändringar gäller när webbplatsen har byggts om.',
  }),
});

export type SettingsData = z.output<typeof SettingsSchema>;
