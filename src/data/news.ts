/**
 * News for templates, the home page and the feeds: newest first, with what a list, a card or a
 * feed item shows, and the entries a news item refers to ("Läs också"), resolved for any
 * collection its schema points at (documents and news now; courses, events and research works
 * need only their field in src/schemas/news.ts).
 */
import { textOf, type Locale } from '../lib/i18n.ts';
import { newestFirst } from '../lib/pagination.ts';
import { referencesIn } from '../lib/references.ts';
import { sectionPath } from '../lib/routes.ts';
import { contentType, contentTypes, defaultLocale, type FolderType, type FolderTypeName } from '../schemas/index.ts';
import type { ImageData } from '../schemas/media.ts';
import { getDocument } from './documents.ts';
import { getEntries, getEntry, type Entry } from './entries.ts';
import { memo } from './memo.ts';
import { getUi } from './site.ts';

export interface NewsItem {
  key: string;
  path: string;
  title: string;
  summary: string;
  date: Date;
  image?: ImageData | undefined;
}

const toItem = (entry: Entry<'news'>): NewsItem => ({
  key: entry.key,
  path: entry.path!,
  title: entry.data.title,
  summary: entry.data.summary,
  date: entry.data.date,
  image: entry.data.image,
});

/** Every news item in a language, newest first. */
export function getNews(locale: Locale): Promise<NewsItem[]> {
  return memo(`news:${locale}`, async () =>
    newestFirst(await getEntries('news', locale), contentType('news').paginate.dateField).map(toItem),
  );
}

/** The newest `count` news items in a language (the home page shows three). */
export async function getLatestNews(locale: Locale, count = 3): Promise<NewsItem[]> {
  return (await getNews(locale)).slice(0, count);
}

export interface RelatedItem {
  /** The kind of thing, in the page's language ("Dokument", "Nyhet"), from the type's `typeName` string. */
  typeName: string | undefined;
  title: string;
  href: string;
  /** Shown after the link, e.g. a document's "PDF, 1,2 MB". */
  detail?: string | undefined;
  /** The language of the target when it is not the page's (an untranslated news item). */
  lang?: Locale | undefined;
}

/** Extra facts a related item of a type shows after its link. */
const detailsByType: Partial<Record<FolderTypeName, (key: string, locale: Locale) => Promise<string | undefined>>> = {
  documents: async (key, locale) => (await getDocument(key, locale))?.fileLabel,
};

/**
 * The entries a news item refers to, in its schema's field order, in the page's language (or in
 * Swedish when an entry has no translation). Every key was checked by the content check.
 */
export async function getRelated(entry: Entry<'news'>): Promise<RelatedItem[]> {
  const ui = (await getUi(entry.locale)) as unknown as Record<string, { typeName?: string; singular?: string } | undefined>;
  const refs = referencesIn(contentType('news').schema, entry.data);
  const items = await Promise.all(
    refs.map(async ({ collection, value }) => {
      const type = (contentTypes as readonly { name: string }[]).find((t) => t.name === collection) as FolderType | undefined;
      if (!type) return [];
      const name = type.name as FolderTypeName;
      const target = (await getEntry(name, value, entry.locale)) ?? (await getEntry(name, value, defaultLocale));
      if (!target) return [];
      const href = target.path ?? sectionPath(type, target.locale);
      if (!href) return [];
      return [
        {
          typeName: ui[collection]?.typeName ?? ui[collection]?.singular,
          title: textOf(target.data, type.identifierField, target.locale) ?? target.key,
          href,
          detail: await detailsByType[name]?.(value, entry.locale),
          lang: target.locale === entry.locale ? undefined : target.locale,
        },
      ];
    }),
  );
  return items.flat();
}
