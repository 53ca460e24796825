import { DateSchema } from './date.ts';
import { localized } from './localized.ts';
import { documentPathPattern } from './media.ts';
import { sectionTexts, uiText } from './ui.ts';
import { siteOrHttpsUrl } from './url.ts';
import type { CareNote, CheckedEntry } from './index.ts';
import { z } from './z.ts';

/**
 * A document the organisation publishes (a report, a brochure, an annual report, a form): one YAML
 * file per document in content/documents/, both languages in the same file. The file itself is
 * uploaded to the media library; the build refuses a document whose file is not there, and the
 * page shows the file's type and size ("PDF, 1,2 MB"). Whether the file is accessible is recorded,
 * so the accessibility statement can list the documents that are not.
 */

/** Kinds of document, in the order the documents page lists them. The labels live in content/ui/*.yaml (documents.kinds). */
export const documentKinds = ['report', 'brochure', 'annual-report', 'form', 'other'] as const;
export type DocumentKind = (typeof documentKinds)[number];

/**
 * Languages a document may be written in (BCP 47): Swedish, English, the national minority
 * languages Finnish, Meänkieli, Northern Sami, Romani and Yiddish, and languages Swedish regions
 * often translate information into. Their names come from the browser's language data
 * (`Intl.DisplayNames`), so no list of names needs translating.
 */
export const documentLanguages = ['sv', 'en', 'fi', 'fit', 'se', 'rom', 'yi', 'ar', 'fa', 'so', 'ti', 'pl', 'uk'] as const;

export const DocumentSchema = z.strictObject({
  title: localized(
    z.string().min(3, { error: 'Titeln behöver minst 3 tecken.' }).max(120, { error: 'Titeln får vara högst 120 tecken.' }),
    { title: 'Titel', description: 'Dokumentets titel, som den står på dokumentet, t.ex. "Årsrapport 2025".' },
  ),
  kind: z.enum(documentKinds, { error: 'Välj en sort i listan: rapport, broschyr, årsrapport, blankett eller annat.' }).meta({
    title: 'Sort',
    description: 'Vad för slags dokument det är. Dokumentsidan listar dokumenten sort för sort.',
    optionLabels: { report: 'Rapport', brochure: 'Broschyr', 'annual-report': 'Årsrapport', form: 'Blankett', other: 'Annat' },
  }),
  date: DateSchema.meta({
    title: 'Datum',
    description: 'När dokumentet gavs ut (ÅÅÅÅ-MM-DD). Dokumentsidan sorterar efter år.',
    widget: 'datetime',
  }),
  file: z
    .string()
    .regex(documentPathPattern, {
      error: 'Välj filen från mediebiblioteket (en fil under /media/, t.ex. .pdf, .docx, .xlsx).',
    })
    .meta({
      title: 'Fil',
      description: 'Ladda upp eller välj dokumentet i mediebiblioteket. Typ och storlek visas automatiskt.',
      widget: 'file',
      examples: ['/media/exempel-arsrapport-2025.pdf'],
    }),
  language: z
    .enum(documentLanguages, { error: 'Välj dokumentets språk i listan.' })
    .default('sv')
    .meta({
      title: 'Dokumentets språk',
      description: 'Språket dokumentet är skrivet på. Länken till filen säger det till den som läser.',
      optionLabels: {
        sv: 'Svenska',
        en: 'Engelska',
        fi: 'Finska',
        fit: 'Meänkieli',
        se: 'Nordsamiska',
        rom: 'Romani',
        yi: 'Jiddisch',
        ar: 'Arabiska',
        fa: 'Persiska',
        so: 'Somaliska',
        ti: 'Tigrinja',
        pl: 'Polska',
        uk: 'Ukrainska',
      } satisfies Record<(typeof documentLanguages)[number], string>,
    }),
  summary: localized(
    z
      .string()
      .min(20, { error: 'Sammanfattningen behöver minst 20 tecken.' })
      .max(300, { error: 'Sammanfattningen får vara högst 300 tecken.' }),
    { title: 'Sammanfattning', description: 'En eller två meningar om vad dokumentet innehåller. 20–300 tecken.' },
  ),
  accessible: z.boolean().default(false).meta({
    title: 'Filen är tillgänglig',
    description:
      'Slå på bara om filen är kontrollerad: rubriker, läsordning, alternativtexter och språk är rätt (en taggad PDF). Annars står dokumentet i tillgänglighetsredogörelsen.',
  }),
  accessibleVersion: siteOrHttpsUrl().optional().meta({
    title: 'Tillgänglig version',
    description:
      'Om innehållet finns i ett tillgängligt format någon annanstans, t.ex. som en sida här (/…) eller på en annan webbplats (https://…). Lämna tomt annars.',
  }),
});

export type DocumentInput = z.input<typeof DocumentSchema>;
export type DocumentData = z.output<typeof DocumentSchema>;

/** The interface strings of documents: `documents:` in content/ui/<lang>.yaml. */
export const DocumentUiSchema = z.strictObject({
  ...sectionTexts('Dokument'),
  typeName: uiText('Dokument: ordet för ett dokument, som sökningens filter och "Läs också" visar det'),
  kindsTitle: uiText('Dokument: skärmläsarnamn på listan med sorter överst'),
  download: uiText('Dokument: länktext för att hämta filen, {title} blir dokumentets titel'),
  language: uiText('Dokument: etikett för dokumentets språk'),
  published: uiText('Dokument: etikett för utgivningsdatum'),
  accessibleYes: uiText('Dokument: filen är tillgänglig'),
  accessibleNo: uiText('Dokument: filen är inte tillgänglighetsanpassad, och hur man får innehållet på annat sätt'),
  accessibleVersion: uiText('Dokument: länktext till en tillgänglig version'),
  inaccessibleNone: uiText('Tillgänglighetsredogörelsen: när alla dokument är tillgängliga'),
  empty: uiText('Dokument: när det inte finns några dokument'),
  kinds: z
    .strictObject({
      report: uiText('Sort: rapporter'),
      brochure: uiText('Sort: broschyrer'),
      'annual-report': uiText('Sort: årsrapporter'),
      form: uiText('Sort: blanketter'),
      other: uiText('Sort: övriga dokument'),
    } satisfies Record<DocumentKind, z.ZodType>)
    .meta({ title: 'Sorter', description: 'Rubrikerna för varje sort av dokument på dokumentsidan.' }),
});

/**
 * Innehållsstatus: a document whose file is not accessible and that offers no accessible version.
 * The accessibility statement lists it already; the editor should make or link an accessible one.
 */
export function documentNeedsCare(entry: CheckedEntry, _today?: string): CareNote[] {
  const data = entry.data as { accessible?: boolean; accessibleVersion?: string };
  if (data.accessible || data.accessibleVersion) return [];
  return [
    {
      heading: 'Saknar tillgänglig version',
      text: 'Filen är inte tillgänglighetsanpassad och ingen tillgänglig version är länkad. Ladda upp en tillgänglig fil, eller länka en version i fältet för tillgänglig version.',
    },
  ];
}
