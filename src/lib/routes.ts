/**
 * Every address of the site, derived from the content-type registry (src/schemas/index.ts): a
 * type's `route` says where it lives in each language, and these functions make the section page,
 * an entry's page and the counterpart in the other language from it. Swedish lives at `/`, English
 * under `/en/`. Pure functions over the registry: no content access here.
 */
import { defaultLocale, locales, type FolderType, type Locale } from '../schemas/index.ts';

/** `''` for Swedish, `/en` for English. */
export function localePrefix(locale: Locale): string {
  return locale === defaultLocale ? '' : `/${locale}`;
}

/** An address from segments in a language: `localePath('en', 'helplines')` → `/en/helplines/`; no segments → the home page. */
export function localePath(locale: Locale, ...segments: string[]): string {
  const path = segments.filter(Boolean).join('/');
  return path ? `${localePrefix(locale)}/${path}/` : `${localePrefix(locale)}/`;
}

/** The home page in a language: `/` or `/en/`. */
export const homePath = (locale: Locale): string => localePath(locale);

/** The languages a type is published in: translated types in every language, the rest in Swedish only. */
export function typeLocales(type: FolderType): readonly Locale[] {
  return type.translation === 'none' ? [defaultLocale] : locales;
}

/** Whether the type has a section page (`/hjalplinjer/`) and pages per entry. */
export function hasSectionPage(type: FolderType): boolean {
  return type.route?.pages === 'section' || type.route?.pages === 'both';
}
export function hasEntryPages(type: FolderType): boolean {
  return type.route?.pages === 'entries' || type.route?.pages === 'both';
}

/** The section page of a type in a language, e.g. `/hjalplinjer/`, `/en/helplines/`; undefined when it has none. */
export function sectionPath(type: FolderType, locale: Locale): string | undefined {
  if (!type.route || !hasSectionPage(type) || !typeLocales(type).includes(locale)) return undefined;
  return localePath(locale, type.route[locale]);
}

/** What an address is made from: the entry's file name (`key`), its language and its data. */
export interface AddressableEntry {
  key: string;
  locale: Locale;
  data: unknown;
}

/**
 * The page of one entry: `/<route>/<slug>/`, where the slug is the entry's `slugField` value or its
 * file name; the type's `indexKey` entry lives at the section's own address (`start` → `/`).
 * Undefined when the type has no entry pages.
 */
export function entryPath(type: FolderType, entry: AddressableEntry): string | undefined {
  if (!type.route || !hasEntryPages(type) || !typeLocales(type).includes(entry.locale)) return undefined;
  const base = type.route[entry.locale];
  if (entry.key === type.indexKey) return localePath(entry.locale, base);
  const own = type.slugField ? (entry.data as Record<string, unknown> | undefined)?.[type.slugField] : undefined;
  return localePath(entry.locale, base, typeof own === 'string' && own ? own : entry.key);
}

/** Language of a path: `/en/…` is English, everything else Swedish. */
export function localeFromPath(pathname: string): Locale {
  return pathname === '/en' || pathname.startsWith('/en/') ? 'en' : 'sv';
}

/** The search page in each language (src/pages/sok.astro, src/pages/en/search.astro). */
export const searchPaths = { sv: '/sok/', en: '/en/search/' } as const satisfies Record<Locale, string>;

/**
 * First address segments the site itself uses: the CMS, the search index and the search page,
 * uploads, built assets, the service worker's offline page, and `en` (English lives under /en/).
 * No content may take them.
 */
export const reservedSegments = ['admin', 'pagefind', 'media', '_astro', 'offline', 'en', 'sok', 'search'] as const;
