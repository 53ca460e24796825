/**
 * Citations of the research library's works, made by citation-js (CSL processor citeproc-js with
 * the official CSL styles and locales), never by string templates:
 * - `toCsl` maps a work's front matter to CSL-JSON (the exchange format reference managers read);
 * - `formatReference` gives the reference in APA 7 or Vancouver, as HTML and as plain text;
 * - `formatInText` gives the in-text citation, "(Toney et al., 2019)";
 * - `toBibtex`, `toRis`, `toCslJson` write the export files.
 *
 * A Swedish work is formatted with the Swedish CSL locale (src/lib/csl/locales-sv-SE.xml) and a
 * Swedish variant of APA (`apa-sv`): names joined with "och" instead of "&", and role labels in
 * lower case ("red."), as Swedish APA guides write them. Other works use APA's own English.
 */
import { ELEMENT_NODE, transformSync, walkSync } from 'ultrahtml';
import sanitize from 'ultrahtml/transformers/sanitize';
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';
import type { ResearchData, WorkType } from '../schemas/research.ts';
import svLocale from './csl/locales-sv-SE.xml?raw';
import vancouverStyle from './csl/nlm-citation-sequence.csl?raw';

/** A CSL-JSON item as this site writes it (the fields it uses). */
export interface CslItem {
  id: string;
  type: string;
  title: string;
  author?: ({ family: string; given?: string } | { literal: string })[];
  issued?: { 'date-parts': number[][] };
  'container-title'?: string;
  publisher?: string;
  genre?: string;
  'collection-title'?: string;
  'collection-number'?: string;
  volume?: string;
  issue?: string;
  page?: string;
  DOI?: string;
  PMID?: string;
  ISBN?: string;
  URL?: string;
  language?: string;
  'citation-key'?: string;
  note?: string;
}

/** The work as the formatter needs it: its CSL item and whether authors beyond those listed exist. */
export interface CitableWork {
  item: CslItem;
  moreAuthors: boolean;
}

export type CitationStyle = 'apa' | 'vancouver';

const cslTypes: Record<WorkType, string> = {
  article: 'article-journal',
  report: 'report',
  thesis: 'thesis',
  // CSL has no type for guidance from an authority: it is a report, as reference managers file it.
  guidance: 'report',
  book: 'book',
  chapter: 'chapter',
  webpage: 'webpage',
};

/** Said in the exports when only the first authors are listed (CSL-JSON has no "et al." of its own). */
const MORE_AUTHORS_NOTE = 'Further authors are not listed.';

/** The CSL-JSON item of a work, keyed by its id (file name). Empty fields stay out. */
export function toCsl(key: string, data: ResearchData): CitableWork {
  const author = data.authors.map((a) =>
    a.organisation ? { literal: a.organisation } : { family: a.family ?? '', ...(a.given ? { given: a.given } : {}) },
  );
  const dateParts = data.issued?.split('-').map(Number);
  const moreAuthors = data.authorsKnown === 'some';
  const item: CslItem = {
    id: key,
    // BibTeX keys may not contain hyphens; citation-js would otherwise make up its own from author and title.
    'citation-key': key.replaceAll('-', '_'),
    type: cslTypes[data.type],
    title: data.title,
    ...(author.length ? { author } : {}),
    ...(dateParts ? { issued: { 'date-parts': [dateParts] } } : {}),
    ...(data.containerTitle ? { 'container-title': data.containerTitle } : {}),
    ...(data.publisher ? { publisher: data.publisher } : {}),
    ...(data.genre ? { genre: data.genre } : {}),
    ...(data.collectionTitle ? { 'collection-title': data.collectionTitle } : {}),
    ...(data.collectionNumber ? { 'collection-number': data.collectionNumber } : {}),
    ...(data.volume ? { volume: data.volume } : {}),
    ...(data.issue ? { issue: data.issue } : {}),
    ...(data.pages ? { page: data.pages } : {}),
    ...(data.doi ? { DOI: data.doi } : {}),
    ...(data.pmid ? { PMID: data.pmid } : {}),
    ...(data.isbn ? { ISBN: data.isbn } : {}),
    ...(data.url ? { URL: data.url } : {}),
    language: data.language,
    ...(moreAuthors ? { note: MORE_AUTHORS_NOTE } : {}),
  };
  return { item, moreAuthors };
}

let registered = false;

/** Registers the Swedish locale, Swedish APA and Vancouver with citation-js, once. */
function register() {
  if (registered) return;
  const config = plugins.config.get('@csl') as {
    locales: { add(name: string, xml: string): void };
    styles: { add(name: string, xml: string): void; get(name: string): string };
  };
  config.locales.add('sv-SE', svLocale);
  config.styles.add('apa-sv', swedishApa(config.styles.get('apa')));
  config.styles.add('nlm-vancouver', vancouverStyle);
  registered = true;
}

/**
 * APA 7 for Swedish works, from citation-js's bundled APA: names joined by the locale's word for
 * "and" ("och") instead of "&", and role labels as the locale writes them ("red.", not "Red.").
 * Throws if the bundled style changes so that a replacement no longer applies.
 */
export function swedishApa(apa: string): string {
  const joined = apa.replaceAll('and="symbol"', 'and="text"');
  // Swedish puts no comma before "och": "Perkins, R., Repper, J. och Brown, H.".
  const serial = joined.replaceAll('delimiter-precedes-last="always"', 'delimiter-precedes-last="never"');
  const labels = serial.replace(/(<label\b[^>]*?) text-case="(?:title|capitalize-first)"/g, '$1');
  if (joined === apa || serial === joined || labels === serial)
    throw new Error('citation-js APA style changed: the Swedish variant needs a new look.');
  return labels;
}

/** The CSL locale a work is formatted in: Swedish for Swedish works, English otherwise. */
export function cslLocale(item: CslItem): 'sv-SE' | 'en-US' {
  return item.language === 'sv' ? 'sv-SE' : 'en-US';
}

const styleName = (style: CitationStyle, lang: 'sv-SE' | 'en-US') =>
  style === 'vancouver' ? 'nlm-vancouver' : lang === 'sv-SE' ? 'apa-sv' : 'apa';

/** The "et al." word of a locale: what stands for the authors not listed. */
const etAl = (lang: 'sv-SE' | 'en-US') => (lang === 'sv-SE' ? 'm.fl.' : 'et al.');
/** A placeholder name for the authors not listed; replaced after formatting. */
const MORE = 'MOREAUTHORSPLACEHOLDER';

function withPlaceholder({ item, moreAuthors }: CitableWork): CslItem {
  const { note: _note, ...rest } = item;
  return moreAuthors ? { ...rest, author: [...(item.author ?? []), { literal: MORE }] } : rest;
}

/**
 * Replaces the placeholder, the "and" before it and the full stop the style puts after a name
 * (the word has its own): "Toney, R., & MORE." → "Toney, R., et al.".
 */
function resolvePlaceholder(text: string, lang: 'sv-SE' | 'en-US', inText: boolean): string {
  return text.replace(new RegExp(`,? (?:(?:&#38;|&amp;|&|och|and) )?${MORE}\\.?`, 'g'), inText ? ` ${etAl(lang)}` : `, ${etAl(lang)}`);
}

/** The inside of citeproc's entry markup: no wrapping `<div>`s, no Vancouver list number. */
function entryHtml(html: string): string {
  return safeReferenceHtml(
    html
      .replace(/<div class="csl-left-margin">[^<]*<\/div>/g, '')
      .replace(/<\/?div\b[^>]*>/g, '')
      .trim(),
  );
}

/**
 * citeproc escapes a title but writes an organisation's or a person's name, and a link's address,
 * into its HTML as given; the reference reaches the page as HTML (`set:html`). So the reference is
 * parsed and kept to what a reference uses: italics and the like, and links to https:// addresses
 * (with rel="noreferrer").
 * Any other element is dropped with its content; any other attribute is dropped.
 */
export function safeReferenceHtml(html: string): string {
  const cleaned = transformSync(html, [
    sanitize({
      allowElements: ['i', 'b', 'em', 'strong', 'span', 'sup', 'sub', 'a'],
      allowAttributes: { href: ['a'] },
    }),
  ]);
  return transformSync(cleaned, [
    (doc) => {
      walkSync(doc, (node) => {
        if (node.type !== ELEMENT_NODE) return;
        // Only a link's address stays, and only an https:// one that cannot leave its attribute; it
        // leads to another site (a DOI, a journal), so it gets rel="noreferrer" like every such link.
        const href = node.name === 'a' ? node.attributes.href : undefined;
        node.attributes = href && /^https:\/\/[^\s"'<>]+$/.test(href) ? { href, rel: 'noreferrer' } : {};
      });
      return doc;
    },
  ]);
}

export interface FormattedReference {
  /** The reference as HTML (italics, DOI and address as links). */
  html: string;
  /** The same as plain text, to copy. */
  text: string;
}

/** A work's reference in APA 7 or Vancouver, in the work's own language (Swedish works in Swedish). */
export function formatReference(work: CitableWork, style: CitationStyle): FormattedReference {
  register();
  const lang = cslLocale(work.item);
  const cite = new Cite(withPlaceholder(work));
  const options = { style: styleName(style, lang), lang };
  const [[, html] = ['', '']] = cite.format('bibliography', { ...options, format: 'html', hyperlinks: true, asEntryArray: true }) as [
    string,
    string,
  ][];
  const text = String(cite.format('bibliography', { ...options, format: 'text' })).trim();
  return {
    html: resolvePlaceholder(entryHtml(html), lang, false),
    // Vancouver numbers its list: a single reference copied on its own carries no number.
    text: resolvePlaceholder(style === 'vancouver' ? text.replace(/^1\.\s*/, '') : text, lang, false),
  };
}

/** The APA in-text citation of a work in a page's language: "(Toney et al., 2019)", "(Socialstyrelsen, 2013)". */
export function formatInText(work: CitableWork, pageLocale: 'sv' | 'en'): string {
  register();
  const lang = pageLocale === 'sv' ? 'sv-SE' : 'en-US';
  const text = String(new Cite(withPlaceholder(work)).format('citation', { style: styleName('apa', lang), lang, format: 'text' }));
  return resolvePlaceholder(text, lang, true);
}

/** BibTeX for reference managers (citation-js's BibTeX output; keys are the works' ids). */
export function toBibtex(works: readonly CitableWork[]): string {
  return String(new Cite(works.map((w) => w.item)).format('bibtex', { format: 'text' }));
}

/**
 * RIS for reference managers: the records citation-js makes, one `TAG  - value` line each. The
 * lines are written here because citation-js's text output breaks values after 70 characters,
 * and a reference manager that reads such a continuation line as a new word splits a title
 * ("UP SIDES"); RIS lines may be 255 characters and more.
 */
export function toRis(works: readonly CitableWork[]): string {
  const records = new Cite(works.map((w) => w.item)).format('ris', { format: 'object' }) as Record<string, unknown>[];
  const lines = records.flatMap(({ TY, ...tags }) => [
    `TY  - ${String(TY)}`,
    ...Object.entries(tags).flatMap(([tag, value]) =>
      (Array.isArray(value) ? value : [value]).map((v) => `${tag}  - ${String(v).replace(/\s+/g, ' ')}`),
    ),
    'ER  - ',
  ]);
  return `${lines.join('\r\n')}\r\n`;
}

/** CSL-JSON: the works as an array of CSL items (what Zotero and citeproc read). */
export function toCslJson(works: readonly CitableWork[]): string {
  const items = new Cite(works.map((w) => w.item)).format('data', { format: 'object' }) as CslItem[];
  return `${JSON.stringify(items, null, 2)}\n`;
}
