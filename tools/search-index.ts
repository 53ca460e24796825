/**
 * What the build adds to each page before Pagefind indexes it, so that search understands the
 * site's Swedish (README, "Search"). The built files are left as they are: the build hands
 * Pagefind the enriched copy (`addHTMLFile`). Three metadata fields, which Pagefind searches and
 * ranks with the weights in `searchOptions` (src/lib/search.ts), are added before `</head>`:
 *
 * - `summary`: the page's description, so a word in the summary ranks above one in the body;
 * - `synonyms`: for each editors' synonym group (settings › Sök) with a word on the page, the
 *   group's other words ("suicid" on a page that says "självmord");
 * - `parts`: the parts of the Swedish page's compound words that the page does not already
 *   contain as words ("linjen" for "stödlinjen"), from tools/decompound.ts;
 * - `heading`: the synonyms and parts of the words of the page's `<h1>` alone, so that they weigh
 *   like the title ("sömnproblem" for "Sömn och återhämtning", "linjer" for "Stödlinjer").
 *
 * Metadata, not hidden body text: Pagefind would show hidden text in a result's excerpt.
 */
import { attr, childrenOf, isElement, isText, nameOf, parseHtml, textValue, type HtmlNode } from './html-tree.ts';
import type { Splitter } from './decompound.ts';

export interface PageText {
  lang: string;
  title: string;
  /** The text of the first `<h1>`: Pagefind's title of the page. */
  heading: string;
  description: string;
  /** The words editors gave the entry (`<meta name="keywords">`). */
  keywords: string;
  /** The text Pagefind indexes: `<main data-pagefind-body>` without `data-pagefind-ignore` parts. */
  body: string;
}

const skipped = new Set(['script', 'style', 'template', 'noscript']);

/** The parts of a built page that search reads (parsed with tools/html-tree.ts: every page is read). */
export function pageText(html: string): PageText {
  const page: PageText = { lang: '', title: '', heading: '', description: '', keywords: '', body: '' };
  const body: string[] = [];
  const textOf = (node: HtmlNode, into: string[]) => {
    if (isText(node)) into.push(textValue(node));
    if (!isElement(node)) return;
    const name = nameOf(node);
    if (name === 'h1' && !page.heading) {
      const heading: string[] = [];
      for (const child of node.children) textOf(child, heading);
      page.heading = heading.join('').replace(/\s+/g, ' ').trim();
    }
    if (skipped.has(name) || attr(node, 'data-pagefind-ignore') !== undefined) return;
    for (const child of node.children) textOf(child, into);
    into.push(' ');
  };
  const visit = (node: HtmlNode) => {
    if (isElement(node)) {
      const name = nameOf(node);
      if (name === 'html') page.lang = attr(node, 'lang') ?? '';
      if (name === 'title') page.title = node.children.map((c) => (isText(c) ? textValue(c) : '')).join('');
      if (name === 'meta' && attr(node, 'name') === 'description') page.description = attr(node, 'content') ?? '';
      if (name === 'meta' && attr(node, 'name') === 'keywords') page.keywords = attr(node, 'content') ?? '';
      if (attr(node, 'data-pagefind-body') !== undefined) {
        textOf(node, body);
        return;
      }
      // Nothing search reads is inside these (and a style's text is long).
      if (name === 'style' || name === 'script') return;
    }
    for (const child of childrenOf(node)) visit(child);
  };
  visit(parseHtml(html));
  page.body = body.join('').replace(/\s+/g, ' ').trim();
  return page;
}

/** The words of a text, lower-cased: letters and digits, with inner hyphens kept apart. */
export function words(text: string, locale = 'sv'): string[] {
  return text.toLocaleLowerCase(locale).match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * Whether a text (as words) contains one of a group's words: a word of four letters or more also
 * at the start of a longer word ("anhörig" in "anhöriga"), a shorter one whole ("oro", not "orolig").
 */
function groupMatches(group: readonly string[], textWords: readonly string[]): boolean {
  const padded = ` ${textWords.join(' ')} `;
  return group.some((term) => {
    const termWords = words(term);
    if (termWords.length === 1 && termWords[0]!.length >= 4) return padded.includes(` ${termWords[0]}`);
    return padded.includes(` ${termWords.join(' ')} `);
  });
}

/** The other words of every synonym group with a word in the text, leaving out what the text already finds. */
export function synonymsFor(text: string, groups: readonly (readonly string[])[]): string[] {
  const textWords = words(text);
  const found = new Set<string>();
  for (const group of groups) if (groupMatches(group, textWords)) for (const term of group) found.add(term);
  // A word the page has at the start of one of its words is found there already (Pagefind matches prefixes).
  return [...found].filter((term) => !words(term).every((w) => textWords.some((own) => own.startsWith(w))));
}

/** The compound parts of a text's words that are not words of the text themselves, each once. */
export function compoundParts(text: string, splitter: Splitter): string[] {
  const own = new Set(words(text));
  const parts = new Set<string>();
  for (const word of own) for (const part of splitter.split(word) ?? []) if (!own.has(part)) parts.add(part);
  return [...parts];
}

const escapeAttr = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

export interface EnrichOptions {
  /** Swedish compound splitter; pages in other languages are not split. */
  splitter?: Splitter;
  /** The editors' synonym groups. */
  synonyms: readonly (readonly string[])[];
}

/** The page with its search metadata added; a page without `data-pagefind-body` comes back as it was. */
export function enrichForSearch(html: string, options: EnrichOptions): { html: string; added: Record<string, string> } {
  if (!/data-pagefind-body/.test(html)) return { html, added: {} };
  const page = pageText(html);
  const all = `${page.heading} ${page.description} ${page.keywords} ${page.body}`;
  const split = options.splitter && page.lang.startsWith('sv') ? options.splitter : undefined;
  const extraOf = (text: string) => [...synonymsFor(text, options.synonyms), ...(split ? compoundParts(text, split) : [])];
  const added: Record<string, string> = {};
  if (page.description) added.summary = page.description;
  const heading = new Set(extraOf(page.heading));
  if (heading.size) added.heading = [...heading].join(', ');
  const synonyms = synonymsFor(all, options.synonyms).filter((term) => !heading.has(term));
  if (synonyms.length) added.synonyms = synonyms.join(', ');
  const parts = split ? compoundParts(all, split).filter((part) => !heading.has(part)) : [];
  if (parts.length) added.parts = parts.join(' ');
  const metas = Object.entries(added)
    .map(([name, value]) => `<meta data-pagefind-meta="${name}[content]" content="${escapeAttr(value)}">`)
    .join('');
  return { html: html.replace('</head>', `${metas}</head>`), added };
}
