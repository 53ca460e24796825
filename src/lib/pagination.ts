/**
 * A section page listed in pages (news): how many pages, which items each shows, and their
 * addresses. The first page is the section itself (`/aktuellt/`); the rest follow it
 * (`/aktuellt/sida/2/`, `/en/news/page/2/`). Pure.
 */
import type { Locale } from './i18n.ts';

/** The word before a page number in an address, per language. */
export const pageSegment: Record<Locale, string> = { sv: 'sida', en: 'page' };

/** `pageCount(23, 10)` → 3; an empty list still has its one (empty) page. */
export function pageCount(items: number, pageSize: number): number {
  if (!Number.isInteger(pageSize) || pageSize < 1) throw new RangeError(`pageSize must be a positive integer, got ${pageSize}`);
  return Math.max(1, Math.ceil(items / pageSize));
}

/** The items on page `number` (1-based): `pageItems([a, b, c], 2, 2)` → `[c]`. */
export function pageItems<T>(items: readonly T[], pageSize: number, number: number): T[] {
  return items.slice((number - 1) * pageSize, number * pageSize);
}

/** `pagePath('/aktuellt/', 'sv', 1)` → `/aktuellt/`; `pagePath('/en/news/', 'en', 3)` → `/en/news/page/3/`. */
export function pagePath(sectionPath: string, locale: Locale, number: number): string {
  return number <= 1 ? sectionPath : `${sectionPath}${pageSegment[locale]}/${number}/`;
}

/** Where a page of a listing stands: its number, how many there are, and its neighbours' addresses. */
export interface Pagination {
  number: number;
  total: number;
  previous?: string | undefined;
  next?: string | undefined;
}

/** Page `number` of `total` in a section: previous is newer, next is older. */
export function pagination(sectionPath: string, locale: Locale, number: number, total: number): Pagination {
  return {
    number,
    total,
    previous: number > 1 ? pagePath(sectionPath, locale, number - 1) : undefined,
    next: number < total ? pagePath(sectionPath, locale, number + 1) : undefined,
  };
}

/** Newest first by a date field, then by key so equal dates keep a stable order. */
export function newestFirst<T extends { key: string; data: unknown }>(entries: readonly T[], dateField: string): T[] {
  const time = (entry: T) => {
    const value = (entry.data as Record<string, unknown>)[dateField];
    return value instanceof Date ? value.getTime() : typeof value === 'string' ? Date.parse(value) : Number.NEGATIVE_INFINITY;
  };
  return [...entries].sort((a, b) => time(b) - time(a) || a.key.localeCompare(b.key));
}
