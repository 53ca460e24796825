/**
 * One way to read content: `getEntries(type, locale)` and `getEntry(type, key, locale)` return
 * plain, typed entries with their key (file name), language, address, addresses in the other
 * languages and data, for every registered folder type alike. The only code that reads folder
 * collections from `astro:content`; entries are read once per build (memo.ts). The files were
 * checked before Astro loaded them (schemas, references, checks across entries: the content guard
 * runs `validateContent` first), so nothing here checks again.
 */
import { getCollection, getEntry as astroEntry, render, type CollectionEntry } from 'astro:content';
import { entryPath, sectionPath, typeLocales } from '../lib/routes.ts';
import { contentType, locales, type FolderType, type FolderTypeName, type Locale } from '../schemas/index.ts';
import { memo } from './memo.ts';

export type Alternates = Partial<Record<Locale, string>>;

export interface Entry<N extends FolderTypeName = FolderTypeName> {
  type: N;
  /** Astro's id: the file's path in the type's folder without extension (`en/om`). */
  id: string;
  /** The file name shared by an entry's languages (`om`). */
  key: string;
  locale: Locale;
  /** Its own page, when the type has entry pages. */
  path: string | undefined;
  /** Its page in every language it exists in (itself included), for hreflang and the language switcher. */
  alternates: Alternates;
  data: CollectionEntry<N>['data'];
}

async function load<N extends FolderTypeName>(name: N): Promise<Entry<N>[]> {
  const type = contentType(name) as FolderType;
  const collection = (await getCollection(name)) as CollectionEntry<N>[];
  const entries = collection.flatMap((item) => {
    const versions: { key: string; locale: Locale }[] =
      type.translation === 'files'
        ? [{ locale: item.id.split('/')[0] as Locale, key: item.id.split('/').slice(1).join('/') }]
        : typeLocales(type).map((locale) => ({ locale, key: item.id }));
    return versions.map(({ key, locale }) => ({ type: name, id: item.id, key, locale, data: item.data }));
  });
  const alternates = new Map<string, Alternates>();
  const withPaths = entries.map((entry) => ({ ...entry, path: entryPath(type, entry) }));
  for (const entry of withPaths) if (entry.path) alternates.set(entry.key, { ...alternates.get(entry.key), [entry.locale]: entry.path });
  return withPaths
    .map((entry) => ({ ...entry, alternates: alternates.get(entry.key) ?? {} }))
    .sort((a, b) => a.key.localeCompare(b.key) || locales.indexOf(a.locale) - locales.indexOf(b.locale));
}

/** Every entry of a type (sorted by key), in one language or in all. */
export async function getEntries<N extends FolderTypeName>(name: N, locale?: Locale): Promise<Entry<N>[]> {
  const all = memo(`entries:${name}`, () => load(name));
  // Every page's layout asks for entries by language: filtered once, not once per page (5,000 pages × 8,000 entries).
  return locale ? memo(`entries:${name}:${locale}`, async () => (await all).filter((entry) => entry.locale === locale)) : all;
}

/** One entry by key in a language, or undefined. */
export async function getEntry<N extends FolderTypeName>(name: N, key: string, locale: Locale): Promise<Entry<N> | undefined> {
  const byKey = await memo(`entry:${name}:${locale}`, async () => new Map((await getEntries(name, locale)).map((e) => [e.key, e])));
  return byKey.get(key);
}

/** The MDX body of an entry, rendered (`const { Content } = await renderEntry(entry)`). */
export async function renderEntry(entry: Entry) {
  const item = await astroEntry(entry.type, entry.id);
  if (!item) throw new Error(`${entry.type}/${entry.id} finns inte längre.`);
  return render(item);
}

/** The section page's address in every language the type is published in. */
export function sectionAlternates(type: FolderType): Alternates {
  return Object.fromEntries(
    typeLocales(type).flatMap((locale) => {
      const path = sectionPath(type, locale);
      return path ? [[locale, path]] : [];
    }),
  );
}

/**
 * The types whose raw bodies pages read without rendering them (`entryBody`). An incremental
 * rebuild cannot see such a read, so these bodies are part of every page's key (build-key.ts);
 * `entryBody` refuses any other type, so a new use cannot make a page go stale unnoticed.
 */
export const bodiesReadRaw: ReadonlySet<FolderTypeName> = new Set<FolderTypeName>(['guide']);

/** The raw text (MDX body without front matter) of an entry, for what is computed from it (a chapter's reading time and exercises). */
export async function entryBody(entry: Entry): Promise<string> {
  if (!bodiesReadRaw.has(entry.type))
    throw new Error(
      `entryBody(${entry.type}): lägg till typen i bodiesReadRaw (src/data/entries.ts), annars kan en ombyggnad visa en gammal version.`,
    );
  const item = await astroEntry(entry.type, entry.id);
  return (item as { body?: string } | undefined)?.body ?? '';
}
