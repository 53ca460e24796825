import { DateSchema } from './date.ts';
import { image } from './media.ts';
import { relatedList } from './related.ts';
import { sectionTexts, uiText } from './ui.ts';
import { z } from './z.ts';

/**
 * A news item ("Aktuellt"): one MDX file per language, content/news/sv/x.mdx and
 * content/news/en/x.mdx. Listed newest first on /aktuellt/ (/en/news/), the latest three on the
 * home page, and in the news feeds (RSS and Atom).
 */
export const NewsSchema = z.strictObject({
  title: z
    .string()
    .min(3, { error: 'Rubriken behöver minst 3 tecken.' })
    .max(90, { error: 'Rubriken får vara högst 90 tecken. Korta den och lägg resten i texten.' })
    .meta({ title: 'Rubrik', description: 'Nyhetens rubrik. Högst 90 tecken.', i18n: 'translate' }),
  date: DateSchema.meta({
    title: 'Datum',
    description: 'Dagen nyheten publiceras (ÅÅÅÅ-MM-DD). Listan och flödena visar den senaste först.',
    widget: 'datetime',
    i18n: 'duplicate',
  }),
  summary: z
    .string()
    .min(20, { error: 'Sammanfattningen behöver minst 20 tecken.' })
    .max(240, { error: 'Sammanfattningen får vara högst 240 tecken.' })
    .meta({
      title: 'Sammanfattning',
      description: 'En eller två meningar om vad nyheten handlar om. Visas i listan, på startsidan och i nyhetsflödena. 20–240 tecken.',
      widget: 'text',
      i18n: 'translate',
    }),
  image: image({ title: 'Bild', description: 'En bild till nyheten, med alternativtext.' })
    .optional()
    .meta({ title: 'Bild', description: 'En bild till nyheten (valfri), med alternativtext. Visas överst på nyhetens sida.' }),
  // One line per collection a news item may point at; the page lists them under "Läs också".
  relatedCourses: relatedList('courses', {
    title: 'Relaterade kurser',
    description: 'Kurser som nyheten handlar om (valfritt).',
    searchField: 'title',
  }),
  relatedEvents: relatedList('events', {
    title: 'Relaterade evenemang',
    description: 'Föreläsningar och andra evenemang som nyheten handlar om (valfritt).',
    searchField: 'title',
  }),
  relatedWorks: relatedList('research', {
    title: 'Relaterad forskning',
    description: 'Studier och rapporter i Forskning som nyheten handlar om (valfritt).',
    searchField: 'title',
  }),
  relatedNews: relatedList('news', {
    title: 'Relaterade nyheter',
    description: 'Andra nyheter som hör ihop med den här (valfritt).',
    searchField: 'title',
  }),
  relatedDocuments: relatedList('documents', {
    title: 'Relaterade dokument',
    description: 'Rapporter, broschyrer eller blanketter som nyheten handlar om (valfritt).',
    searchField: 'title.sv',
  }),
});

export type NewsInput = z.input<typeof NewsSchema>;
export type NewsData = z.output<typeof NewsSchema>;

/** The interface strings of news: `news:` in content/ui/<lang>.yaml. */
export const NewsUiSchema = z.strictObject({
  ...sectionTexts('Aktuellt'),
  typeName: uiText('Aktuellt: ordet för en nyhet, som sökningens filter och "Läs också" visar det'),
  published: uiText('Nyheter: "Publicerad" före datumet'),
  latestTitle: uiText('Startsidan: rubrik för de senaste nyheterna'),
  allNews: uiText('Startsidan: länk till alla nyheter'),
  relatedTitle: uiText('Nyheter: rubrik för relaterade kurser, nyheter och dokument'),
  pagination: uiText('Nyhetslistan: skärmläsarnamn på sidnumreringen'),
  pageOf: uiText('Nyhetslistan: "Sida {page} av {total}"'),
  previous: uiText('Nyhetslistan: länk till nyare nyheter'),
  next: uiText('Nyhetslistan: länk till äldre nyheter'),
  empty: uiText('Nyhetslistan: när det inte finns några nyheter'),
  followTitle: uiText('Nyheter: rubrik för att följa nyheterna'),
  followText: uiText('Nyheter: text om nyhetsflöden (RSS och Atom) utan spårning'),
  rss: uiText('Nyheter: länktext till RSS-flödet'),
  atom: uiText('Nyheter: länktext till Atom-flödet'),
  feedTitle: uiText('Nyhetsflödet: flödets namn i en flödesläsare, {site} blir webbplatsens namn'),
  newsletterLink: uiText('Nyhetsbrev: länktext till anmälan'),
  documentsLink: uiText('Nyheter: länk till alla dokument'),
});
