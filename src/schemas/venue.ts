/**
 * A venue where courses and events take place: one YAML file per venue in content/venues/, both
 * languages in the file. Accessibility is written as facts a visitor can plan by (a step-free
 * entrance, a lift, metres to the stop), never as adjectives ("accessible"). No embedded map: a
 * map from another site would send the visitor's address to a third party.
 */
import { localized } from './localized.ts';
import { z } from './z.ts';

const factLabels = { yes: 'Ja', no: 'Nej', unknown: 'Vet inte' };

const fact = (title: string, description: string) =>
  z
    .enum(['yes', 'no', 'unknown'], { error: 'Välj yes, no eller unknown.' })
    .default('unknown')
    .meta({
      title,
      description: `${description} Vet du inte, välj "Vet inte": sidan säger då "Uppgift saknas".`,
      optionLabels: factLabels,
    });

const optionalText = (inner: z.ZodType<string>, meta: { title: string; description: string }) =>
  localized(inner, meta)
    .optional()
    .meta({ ...meta, i18n: 'none' });

export const AccessibilitySchema = z
  .strictObject({
    stepFreeEntrance: fact('Entré utan trappsteg', 'Kan man ta sig in utan trappsteg eller med ramp?'),
    lift: z
      .enum(['yes', 'no', 'not-needed', 'unknown'], { error: 'Välj yes, no, not-needed eller unknown.' })
      .default('unknown')
      .meta({
        title: 'Hiss',
        description: 'Finns hiss till lokalen? Ligger allt i entréplan behövs ingen.',
        optionLabels: { ...factLabels, 'not-needed': 'Behövs inte, allt är i entréplan' },
      }),
    accessibleToilet: fact('Tillgänglig toalett', 'Finns en toalett anpassad för rullstol?'),
    hearingLoop: fact('Hörslinga', 'Finns hörslinga i rummet?'),
    quietRoom: fact('Rum för vila', 'Finns ett lugnt rum att gå undan till?'),
    parking: fact('Parkering för rörelsehindrade', 'Finns parkering för rörelsehindrade nära entrén?'),
    transitStop: z.string().min(2).max(80).optional().meta({
      title: 'Närmaste hållplats',
      description: 'Namnet på närmaste hållplats för buss, spårvagn eller tåg.',
    }),
    transitMetres: z.number().int().min(0).max(5000).optional().meta({
      title: 'Meter till hållplatsen',
      description: 'Ungefär hur många meter det är att gå från hållplatsen till entrén.',
    }),
    note: optionalText(z.string().min(5).max(300), {
      title: 'Mer om tillgängligheten',
      description: 'Valfritt: andra fakta, t.ex. "Dörrarna är minst 90 cm breda" eller "Ledarhund är välkommen".',
    }),
  })
  .meta({ title: 'Tillgänglighet', description: 'Fakta om lokalens tillgänglighet, inte omdömen.' });

export const VenueSchema = z
  .strictObject({
    name: localized(z.string().min(2).max(80), { title: 'Namn', description: 'Lokalens namn, t.ex. "Kunskapens hus".' }),
    street: z.string().min(2).max(80).meta({ title: 'Gatuadress', description: 'T.ex. "Storgatan 12".' }),
    postalCode: z
      .string()
      .regex(/^\d{3} ?\d{2}$/, { error: 'Skriv postnumret med fem siffror, t.ex. 123 45.' })
      .meta({ title: 'Postnummer', description: 'T.ex. "123 45".' }),
    city: z.string().min(2).max(60).meta({ title: 'Ort', description: 'T.ex. "Exempelstad".' }),
    directions: localized(z.string().min(10).max(400), {
      title: 'Hitta hit',
      description: 'Hur man tar sig dit och hittar in: hållplats, entré, våning, skyltning.',
    }),
    accessibility: AccessibilitySchema,
  })
  .meta({ title: 'Lokal', description: 'En lokal där kurser och evenemang hålls.' });

export type VenueData = z.output<typeof VenueSchema>;
export type AccessibilityData = z.output<typeof AccessibilitySchema>;
