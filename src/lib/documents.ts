/**
 * Documents as the documents page lists them: by kind (in the registry's order), then by year,
 * newest first; a language's name in the page's language; the documents the accessibility
 * statement must name. Pure: the caller hands in plain documents.
 */
import type { Locale } from './i18n.ts';

/** What grouping needs of a document. */
export interface Groupable {
  key: string;
  kind: string;
  date: Date;
}

export interface YearGroup<T> {
  year: number;
  documents: T[];
}

export interface KindGroup<T> {
  kind: string;
  years: YearGroup<T>[];
}

/**
 * Documents grouped by kind, in the order of `kinds` (kinds without documents left out), and
 * within a kind by year, newest year first; in a year the newest document first.
 */
export function groupByKindAndYear<T extends Groupable>(documents: readonly T[], kinds: readonly string[]): KindGroup<T>[] {
  const sorted = [...documents].sort((a, b) => b.date.getTime() - a.date.getTime() || a.key.localeCompare(b.key));
  return kinds.flatMap((kind) => {
    const own = sorted.filter((d) => d.kind === kind);
    if (own.length === 0) return [];
    const years = [...new Set(own.map((d) => d.date.getUTCFullYear()))];
    return [{ kind, years: years.map((year) => ({ year, documents: own.filter((d) => d.date.getUTCFullYear() === year) })) }];
  });
}

/** The id of a kind's heading on the documents page: `kindAnchor('annual-report')` → "sort-annual-report". */
export function kindAnchor(kind: string): string {
  return `sort-${kind}`;
}

const names: Partial<Record<Locale, Intl.DisplayNames>> = {};

/** A language's name in the page's language: `languageName('fi', 'sv')` → "finska", `languageName('sv', 'en')` → "Swedish". */
export function languageName(code: string, locale: Locale): string {
  names[locale] ??= new Intl.DisplayNames([locale === 'sv' ? 'sv-SE' : 'en-GB'], { type: 'language', fallback: 'code' });
  return names[locale].of(code) ?? code;
}

/** The documents whose file is not accessible, for the accessibility statement: by title. */
export function inaccessible<T extends { accessible: boolean; title: string }>(documents: readonly T[]): T[] {
  return documents.filter((d) => !d.accessible).sort((a, b) => a.title.localeCompare(b.title, 'sv'));
}
