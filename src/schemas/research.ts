import { isCountryCode, isDoi, isIsbn, isLanguageCode, isPmid, identifierPrefix, isPublicationYear } from '../rules/identifiers.ts';
import { PartialDateSchema } from './calendar-date.ts';
import { documentPathPattern } from './media.ts';
import { sectionTexts, uiText } from './ui.ts';
import { httpsUrl } from './url.ts';
import type { CheckedEntry, CrossProblem } from './index.ts';
import { z } from './z.ts';

/**
 * A work in the research library: one MDX file per work in content/research/sv/ (an English
 * version in content/research/en/ is optional), named by the work's id (`toney-2019.mdx` is
 * `<Cite id="toney-2019" />`). The front matter holds the bibliographic facts, close to CSL-JSON
 * (src/lib/citations.ts maps them); the body is a short summary written for this platform.
 * Record only what the sources confirm: leave a field empty rather than guess an author, a page
 * range or an identifier.
 */

/** Kinds of work. The labels live in content/ui/*.yaml (research.typeNames). */
export const workTypes = ['article', 'report', 'thesis', 'guidance', 'book', 'chapter', 'webpage'] as const;
export type WorkType = (typeof workTypes)[number];

/** What a work is about; a work has one or more. The labels live in content/ui/*.yaml (research.topicNames). */
export const researchTopics = [
  'peer-support',
  'recovery-college',
  'user-involvement',
  'co-production',
  'evaluation',
  'relatives',
  'recovery',
  'digital-support',
] as const;
export type ResearchTopic = (typeof researchTopics)[number];

/** How complete the list of authors is. */
export const authorCoverage = ['all', 'some', 'none'] as const;

const bare = (what: string, example: string) => `Skriv bara själva ${what}, utan länk eller prefix, t.ex. ${example}.`;

/** A field that must be written without a link or prefix; the message names what to remove. */
function identifier(check: (text: string) => boolean, what: string, example: string, wrong: string) {
  return z
    .string()
    .trim()
    .superRefine((value, ctx) => {
      if (check(value)) return;
      const prefix = identifierPrefix(value);
      ctx.addIssue({
        code: 'custom',
        message: prefix ? `Ta bort "${prefix.trim()}" i början. ${bare(what, example)}` : `${wrong} ${bare(what, example)}`,
      });
    });
}

export const AuthorSchema = z
  .strictObject({
    family: z
      .string()
      .min(1)
      .max(80)
      .optional()
      .meta({ title: 'Efternamn', description: 'Författarens efternamn, t.ex. "Eriksson". Lämna tomt för en organisation.' }),
    given: z.string().min(1).max(80).optional().meta({
      title: 'Förnamn eller initialer',
      description: 'Som källan skriver dem, t.ex. "E." eller "Erik". Lämna tomt om de inte är kända.',
    }),
    organisation: z.string().min(2).max(160).optional().meta({
      title: 'Organisation',
      description: 'När en organisation står som författare, t.ex. "Socialstyrelsen". Lämna då efternamn och förnamn tomma.',
    }),
  })
  .superRefine((author, ctx) => {
    if (author.organisation && (author.family || author.given))
      ctx.addIssue({
        code: 'custom',
        message:
          'Skriv antingen en person (efternamn och förnamn) eller en organisation, inte båda. Lägg till en författare till för den andra.',
      });
    else if (!author.organisation && !author.family)
      ctx.addIssue({
        code: 'custom',
        message: 'Skriv författarens efternamn, eller organisationens namn om en organisation är författare.',
      });
  })
  .meta({ title: 'Författare', description: 'En person eller en organisation.' });

export const ResearchSchema = z
  .strictObject({
    title: z.string().min(3, { error: 'Titeln behöver minst 3 tecken.' }).max(300, { error: 'Titeln får vara högst 300 tecken.' }).meta({
      title: 'Titel',
      description: 'Verkets titel som den står i källan, med undertitel efter kolon. Översätt den inte.',
      i18n: 'duplicate',
    }),
    type: z.enum(workTypes, { error: `Välj en av: ${workTypes.join(', ')}.` }).meta({
      title: 'Typ av verk',
      description: 'Vilken sorts verk det är, som det visas på sidan och används i referensen och filtren.',
      i18n: 'duplicate',
      optionLabels: 'research.typeNames',
    }),
    authors: z.array(AuthorSchema).default([]).meta({
      title: 'Författare',
      description: 'I den ordning källan anger dem. En organisation kan vara författare. Lämna tomt om ingen författare är bekräftad.',
      i18n: 'duplicate',
    }),
    authorsKnown: z
      .enum(authorCoverage, { error: 'Välj all, some eller none.' })
      .default('all')
      .meta({
        title: 'Är författarna kända?',
        description:
          'Står bara de första författarna ovan får referensen "et al.". Är ingen författare bekräftad börjar referensen med titeln.',
        i18n: 'duplicate',
        optionLabels: {
          all: 'Ja, alla står ovan',
          some: 'Bara de första är kända',
          none: 'Nej, ingen är bekräftad',
        },
      }),
    issued: PartialDateSchema.optional()
      .refine((value) => value === undefined || isPublicationYear(Number(value.slice(0, 4))), {
        error: 'Utgivningsåret ska vara mellan 1900 och nästa år.',
      })
      .meta({
        title: 'Utgiven',
        description:
          'År (2019), eller år och månad (2019-03) eller hela datumet (2019-03-15) om källan anger det. Lämna tomt om året inte är bekräftat.',
        widget: 'string',
        i18n: 'duplicate',
      }),
    containerTitle: z.string().min(2).max(200).optional().meta({
      title: 'Tidskrift eller bok',
      description:
        'Tidskriftens namn för en artikel ("Psychiatric Services"), bokens titel för ett kapitel, webbplatsens namn för en webbsida.',
      i18n: 'duplicate',
    }),
    publisher: z.string().min(2).max(200).optional().meta({
      title: 'Utgivare',
      description: 'Organisation, lärosäte eller förlag som gav ut verket, t.ex. "Socialstyrelsen" eller "Lunds universitet".',
      i18n: 'duplicate',
    }),
    genre: z.string().min(2).max(80).optional().meta({
      title: 'Slag av rapport eller avhandling',
      description: 'Valfritt, som källan skriver det, t.ex. "Doktorsavhandling" eller "Slutrapport".',
      i18n: 'duplicate',
    }),
    collectionTitle: z.string().min(2).max(200).optional().meta({
      title: 'Serie',
      description: 'Skriftserie, t.ex. "Lund Dissertations in Social Work".',
      i18n: 'duplicate',
    }),
    collectionNumber: z.string().min(1).max(20).optional().meta({
      title: 'Nummer i serien',
      description: 'T.ex. "47".',
      i18n: 'duplicate',
    }),
    volume: z
      .string()
      .min(1)
      .max(20)
      .optional()
      .meta({ title: 'Volym', description: 'Tidskriftens volym (årgång), t.ex. "85".', i18n: 'duplicate' }),
    issue: z
      .string()
      .min(1)
      .max(20)
      .optional()
      .meta({ title: 'Nummer', description: 'Tidskriftens nummer, t.ex. "1".', i18n: 'duplicate' }),
    pages: z
      .string()
      .regex(/^[A-Za-z]?\d+(?:[–-][A-Za-z]?\d+)?$/, { error: 'Skriv sidorna som 289–295, eller artikelnumret, t.ex. 53 eller e025823.' })
      .optional()
      .meta({
        title: 'Sidor eller artikelnummer',
        description: 'Sidorna (289–295) eller artikelnumret (e025823) som källan anger. Lämna tomt om de inte är kända.',
        i18n: 'duplicate',
      }),
    doi: identifier(
      isDoi,
      'DOI',
      '10.1176/appi.ps.201600478',
      'Det här ser inte ut som en DOI (den börjar med 10. och ett snedstreck följer).',
    )
      .optional()
      .meta({ title: 'DOI', description: 'Verkets DOI utan https://doi.org/, t.ex. 10.1176/appi.ps.201600478.', i18n: 'duplicate' }),
    pmid: identifier(isPmid, 'PMID-numret', '30951270', 'Ett PMID är ett heltal på högst 8 siffror.')
      .optional()
      .meta({ title: 'PMID', description: 'PubMed-numret, bara siffrorna, t.ex. 30951270.', i18n: 'duplicate' }),
    isbn: identifier(
      isIsbn,
      'ISBN',
      '978-91-7555-064-0',
      'ISBN-numret stämmer inte: kontrollera siffrorna (den sista är en kontrollsiffra).',
    )
      .optional()
      .meta({
        title: 'ISBN',
        description: 'ISBN-10 eller ISBN-13, med eller utan bindestreck, t.ex. 978-91-7555-064-0.',
        i18n: 'duplicate',
      }),
    url: httpsUrl()
      .optional()
      .meta({ title: 'Webbadress', description: 'Var verket finns att läsa, om det inte har en DOI (https://…).', i18n: 'duplicate' }),
    language: z
      .string()
      .refine(isLanguageCode, { error: 'Skriv språkkoden med två små bokstäver, t.ex. sv för svenska eller en för engelska.' })
      .meta({
        title: 'Språk',
        description: 'Verkets språk som kod med två bokstäver, t.ex. sv för svenska och en för engelska.',
        i18n: 'duplicate',
      }),
    country: z
      .string()
      .refine(isCountryCode, { error: 'Skriv landskoden med två stora bokstäver, t.ex. SE för Sverige eller GB för Storbritannien.' })
      .optional()
      .meta({
        title: 'Land',
        description: 'Landet studien eller rapporten gäller, som kod: SE, GB, CA, DE … Lämna tomt om det inte är känt.',
        i18n: 'duplicate',
      }),
    topics: z
      .array(z.enum(researchTopics, { error: `Välj bland: ${researchTopics.join(', ')}.` }))
      .min(1, { error: 'Välj minst ett ämne.' })
      .meta({
        title: 'Ämnen',
        description: 'Vad verket handlar om. Används för grupperna och filtren på sidan Forskning.',
        i18n: 'duplicate',
        optionLabels: 'research.topicNames',
      }),
    peerReviewed: z.boolean().optional().meta({
      title: 'Vetenskapligt granskad',
      description: 'Slå på om verket är granskat av andra forskare före publicering (peer review). Lämna orört om det inte är känt.',
      i18n: 'duplicate',
    }),
    pdf: z.string().regex(documentPathPattern, { error: 'Välj en PDF från mediebiblioteket (en fil under /media/).' }).optional().meta({
      title: 'PDF',
      description: 'Ladda bara upp verket om upphovsrätten tillåter att vi sprider det (t.ex. en öppen licens eller utgivarens tillstånd).',
      widget: 'file',
      i18n: 'duplicate',
    }),
    note: z.string().min(10).max(300).optional().meta({
      title: 'Att observera',
      description:
        'Valfritt: uppgifter som inte är bekräftade eller där källorna är oense, t.ex. "Källorna anger olika författare." Visas på sidan.',
      widget: 'text',
      i18n: 'translate',
    }),
  })
  .superRefine((work, ctx) => {
    if (work.authorsKnown !== 'none' && work.authors.length === 0)
      ctx.addIssue({
        code: 'custom',
        path: ['authors'],
        message:
          'Ange minst en författare eller en organisation. Är ingen författare bekräftad, välj "none" i "Är författarna kända?" och förklara i "Att observera".',
      });
    if (work.authorsKnown === 'none' && work.authors.length > 0)
      ctx.addIssue({
        code: 'custom',
        path: ['authorsKnown'],
        message: 'Du har angett författare men valt "none". Välj "all" eller "some", eller ta bort författarna.',
      });
  });

/** The name of the export files with every work (`/forskning/referenser.bib`): no work may have it as its id. */
export const ALL_WORKS_FILE = 'referenser';

/** Checks across the works: no work may take the name of the files with every work. */
export function checkWorks(entries: readonly CheckedEntry[]): CrossProblem[] {
  return entries
    .filter((entry) => entry.key === ALL_WORKS_FILE)
    .map((entry) => ({
      found: `${entry.file}: ett verk med id "${ALL_WORKS_FILE}"`,
      expected: `ett annat filnamn: /forskning/${ALL_WORKS_FILE}.bib och de andra filerna med alla verk har det namnet`,
      fix: 'Byt namn på filen, t.ex. till författarens efternamn och året ("wenzer-2018").',
    }));
}

export type ResearchInput = z.input<typeof ResearchSchema>;
export type ResearchData = z.output<typeof ResearchSchema>;

/** The research library's interface strings: `research:` in content/ui/<lang>.yaml. */
export const ResearchUiSchema = z.strictObject({
  ...sectionTexts('Forskning'),
  singular: uiText('Forskning: typens namn i sökfiltret, t.ex. "Forskning"'),
  typeNames: z.strictObject(
    Object.fromEntries(workTypes.map((t) => [t, uiText(`Forskning: typen ${t}`)])) as Record<WorkType, ReturnType<typeof uiText>>,
  ),
  topicNames: z.strictObject(
    Object.fromEntries(researchTopics.map((t) => [t, uiText(`Forskning: ämnet ${t}`)])) as Record<ResearchTopic, ReturnType<typeof uiText>>,
  ),
  byTopic: uiText('Forskning: rubrik "Efter ämne" och filtrets namn'),
  byType: uiText('Forskning: filtrets namn för typ av verk'),
  byLanguage: uiText('Forskning: filtrets namn för språk'),
  byYear: uiText('Forskning: filtrets namn för år'),
  filterAll: uiText('Forskning: filtervalet "alla"'),
  filterTitle: uiText('Forskning: rubrik över filtren'),
  filterCount: uiText('Forskning: antal visade verk, {count} och {total} blir siffror'),
  filterNone: uiText('Forskning: när inget verk matchar filtren'),
  contents: uiText('Forskning: rubrik över ämnesförteckningen utan JavaScript'),
  workCount: uiText('Forskning: antal verk i ett ämne, {count} blir siffran'),
  summary: uiText('Forskning: rubrik "Sammanfattning"'),
  summaryInSwedish: uiText('Forskning: på engelska sidor, att sammanfattningen bara finns på svenska'),
  citation: uiText('Forskning: rubrik "Så refererar du"'),
  apa: uiText('Forskning: namnet på referensstilen APA 7'),
  vancouver: uiText('Forskning: namnet på referensstilen Vancouver'),
  copy: uiText('Forskning: knappen som kopierar referensen'),
  copied: uiText('Forskning: besked när referensen är kopierad'),
  copyFailed: uiText('Forskning: besked när kopieringen inte fungerar'),
  downloads: uiText('Forskning: rubrik "Ladda ner"'),
  downloadBib: uiText('Forskning: länk till BibTeX-filen'),
  downloadRis: uiText('Forskning: länk till RIS-filen'),
  downloadJson: uiText('Forskning: länk till CSL-JSON-filen'),
  downloadPdf: uiText('Forskning: länk till verket som PDF'),
  downloadsAll: uiText('Forskning: text före länkarna till hela listan för referenshanterare'),
  facts: uiText('Forskning: rubrik över faktauppgifterna'),
  factType: uiText('Forskning: "Typ"'),
  factLanguage: uiText('Forskning: "Språk"'),
  factCountry: uiText('Forskning: "Land"'),
  factTopics: uiText('Forskning: "Ämnen"'),
  factPeerReviewed: uiText('Forskning: "Vetenskapligt granskad"'),
  yesText: uiText('Forskning: "Ja"'),
  noText: uiText('Forskning: "Nej"'),
  unknown: uiText('Forskning: "Inte känt"'),
  note: uiText('Forskning: rubrik "Att observera"'),
  readMore: uiText('Forskning: länk från listan till verkets sida'),
  openWork: uiText('Forskning: länk till verket hos utgivaren'),
  allWorks: uiText('Forskning: länk tillbaka till hela listan'),
  references: uiText('Källhänvisningar: rubrik "Källor" över referenslistan i slutet av en sida'),
});
