/**
 * The search page's pure logic: Pagefind's options, when a query signals crisis, the address that
 * holds a search, and the result count in words. The page's script (src/components/search/) and
 * the tests use the same functions.
 */

/**
 * Pagefind's options for this site. Metadata is searched and its matches raise a page's rank by
 * its field's weight (Pagefind 1.5+): the title most, then the synonyms and compound parts of the
 * title's words (`heading`), the editors' keywords and the summary, then synonyms and compound
 * parts of the body (tools/search-index.ts) least, so a page that has the word itself ranks above
 * one that only contains it inside a compound.
 * `exactDiacritics` stays off: "angest" still finds "ångest", and an exact match ranks higher
 * (`diacriticSimilarity`); README "Search" has the evidence for "för/for", "här/har", "mår/mar".
 */
export const searchOptions = {
  excerptLength: 24,
  exactDiacritics: false,
  ranking: {
    diacriticSimilarity: 1,
    metaWeights: { title: 6, heading: 5, keywords: 4, summary: 2.5, synonyms: 1.5, parts: 1, type: 0, audience: 0 },
  },
} as const;

/** A query as compared with the crisis words: lower case, accents kept, one space between words. */
export function normalizeQuery(query: string): string {
  return query
    .toLocaleLowerCase('sv')
    .replace(/[^\p{L}\p{N}-]+/gu, ' ')
    .trim();
}

/** Without å, ä, ö and other accents: "sjalvmord" is "självmord" typed on a foreign keyboard. */
const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '');

/**
 * Whether a query signals crisis: it contains one of the crisis words at the start of a word,
 * accents ignored. "kris" matches "krisen" and "krisstöd"; "vill inte leva" matches "jag vill inte
 * leva längre"; "kris" does not match "akris".
 * `isCrisisQuery('Jag vill inte leva', ['vill inte leva'])` → true.
 */
export function isCrisisQuery(query: string, crisisTerms: readonly string[]): boolean {
  const text = ` ${fold(normalizeQuery(query))}`;
  return crisisTerms.some((term) => {
    const t = fold(normalizeQuery(term));
    return t.length > 0 && text.includes(` ${t}`);
  });
}

/** The state of a search, as kept in the address: `?q=ångest&typ=Kurs`. */
export interface SearchState {
  query: string;
  /** Chosen filters by Pagefind filter name (`type`, `audience`); absent = all. */
  filters: Record<string, string>;
}

/** Address parameter per filter: short and in the page's words would differ per language, so English keys everywhere. */
export const filterParams = ['type', 'audience'] as const;

/** The search state in an address's query string. `readState('?q=%C3%A5ngest&type=Kurs')` → `{ query: 'ångest', filters: { type: 'Kurs' } }`. */
export function readState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters: Record<string, string> = {};
  for (const name of filterParams) {
    const value = params.get(name);
    if (value) filters[name] = value;
  }
  return { query: (params.get('q') ?? '').trim(), filters };
}

/** The query string for a search state (empty parts left out). `writeState({ query: 'oro', filters: {} })` → `?q=oro`. */
export function writeState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  for (const name of filterParams) if (state.filters[name]) params.set(name, state.filters[name]);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Strings for the result count, with `{count}` and `{query}` placeholders. */
export interface CountStrings {
  count: string;
  countOne: string;
  none: string;
}

/** The sentence the live region announces: "3 träffar för ”ångest”". */
export function countText(strings: CountStrings, count: number, query: string): string {
  const template = count === 0 ? strings.none : count === 1 ? strings.countOne : strings.count;
  return template.replace('{count}', String(count)).replace('{query}', query);
}
