import { uiText } from './ui.ts';
import { z } from './z.ts';

/** A word or a few words people may type: lower or upper case, letters, spaces and hyphens. */
const searchTerm = z
  .string()
  .trim()
  .min(2, { error: 'Skriv minst två bokstäver.' })
  .max(40, { error: 'Skriv högst 40 tecken: ett ord eller några få.' });

/**
 * Words for search that an entry's text does not contain but people type: "närstående" on a page
 * that says "anhörig". Shared by every type with pages; indexed as weighted metadata, never shown.
 */
export const searchKeywordsField = z
  .array(searchTerm)
  .max(20, { error: 'Högst 20 sökord. Välj de ord folk faktiskt skriver.' })
  .optional()
  .meta({
    title: 'Sökord',
    description:
      'Ord som besökare kan söka på men som inte står i texten, t.ex. "närstående" på en sida som säger "anhörig". Syns inte på sidan.',
    i18n: 'translate',
  });

/** Words that mean the same for search, site-wide: a page with one of them is also found by the others. */
export const SynonymGroupSchema = z.strictObject({
  terms: z
    .array(searchTerm)
    .min(2, { error: 'En grupp behöver minst två ord som betyder samma sak.' })
    .max(12)
    .meta({ title: 'Ord med samma betydelse', description: 'T.ex. "självmord", "suicid" och "suicide". Ett ord per rad.' }),
});

/** Search settings for the whole site (content/settings/site.yaml, `search:`; its label is given there). */
export const SearchSettingsSchema = z.strictObject({
  crisisTerms: z.array(searchTerm).min(1, { error: 'Ange minst ett krisord, t.ex. "självmord".' }).meta({
    title: 'Krisord',
    description:
      'När en sökning innehåller något av orden visas 112, 1177 och de stödlinjer som har öppet just nu överst, före träffarna. Början av ett ord räcker: "kris" gäller också "krisen".',
  }),
  synonyms: z.array(SynonymGroupSchema).default([]).meta({
    title: 'Synonymer',
    description: 'Grupper av ord som betyder samma sak. En sida som innehåller ett av orden hittas också med de andra.',
  }),
});

export type SearchSettings = z.output<typeof SearchSettingsSchema>;

/** Used when the settings file has no `search:` group: the crisis words no site should be without. */
export const defaultSearchSettings: SearchSettings = {
  crisisTerms: ['självmord', 'självmordstankar', 'vill inte leva', 'ta livet av mig', 'kris', 'suicid', 'suicide', 'kill myself'],
  synonyms: [],
};

/** Interface strings of the search page and the search field in the header. */
export const SearchUiSchema = z.strictObject({
  label: uiText('Sök: etikett för sökfältet i sidhuvudet och på söksidan'),
  button: uiText('Sök: knappen bredvid sökfältet'),
  title: uiText('Söksidan: rubrik'),
  intro: uiText('Söksidan: inledning'),
  noScript: uiText('Söksidan: förklaring när sökningen inte kan köras (utan JavaScript)'),
  noScriptLinks: uiText('Söksidan: rubrik för länkarna när sökningen inte kan köras'),
  typeFilter: uiText('Söksidan: filtret för typ av innehåll'),
  audienceFilter: uiText('Söksidan: filtret för målgrupp'),
  allTypes: uiText('Söksidan: filtervalet "alla"'),
  results: uiText('Söksidan: rubrik för träffarna'),
  count: uiText('Söksidan: antal träffar, {count} blir antalet och {query} sökordet'),
  countOne: uiText('Söksidan: en träff, {query} blir sökordet'),
  none: uiText('Söksidan: inga träffar, {query} blir sökordet'),
  noneHelp: uiText('Söksidan: tips när inget hittades'),
  loading: uiText('Söksidan: medan sökningen pågår'),
  failed: uiText('Söksidan: när sökningen inte gick att ladda'),
  keyboardHint: uiText('Söksidan: hur man använder tangentbordet'),
  crisisTitle: uiText('Söksidan: rubrik för hjälpen som visas vid krisord'),
  crisisText: uiText('Söksidan: text före numren vid krisord'),
  crisisOpenNow: uiText('Söksidan: rubrik för stödlinjer som har öppet nu'),
  crisisAll: uiText('Söksidan: länk till alla stödlinjer'),
  more: uiText('Söksidan: knapp som visar fler träffar'),
  pageType: uiText('Söksidan: typ för informationssidor i träfflistan och filtret, t.ex. "Sida"'),
  helplineType: uiText('Söksidan: typ för stödlinjesidan i träfflistan och filtret, t.ex. "Stödlinje"'),
  worksheetType: uiText('Söksidan: typ för guidens arbetsblad i träfflistan och filtret, t.ex. "Arbetsblad"'),
});
