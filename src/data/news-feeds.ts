/**
 * The news feeds, RSS 2.0 and Atom, in each language: their addresses (next to the news page,
 * `/aktuellt/rss.xml`, `/en/news/atom.xml`), the autodiscovery links every page carries
 * (feeds.ts), and what they contain: the newest news items with title, date, summary and link.
 * A feed reader fetches them like any page: nothing identifies the reader.
 */
import { pick, type Locale } from '../lib/i18n.ts';
import { sectionPath } from '../lib/routes.ts';
import { contentType } from '../schemas/index.ts';
import type { Feed } from './feeds.ts';
import { getNews } from './news.ts';
import { getSettings, getUi } from './site.ts';

export const newsFeedFormats = {
  rss: { file: 'rss.xml', type: 'application/rss+xml', label: 'RSS' },
  atom: { file: 'atom.xml', type: 'application/atom+xml', label: 'Atom' },
} as const;
export type NewsFeedFormat = keyof typeof newsFeedFormats;

/** How many of the newest items a feed carries. */
export const NEWS_FEED_ITEMS = 20;

/** `/aktuellt/rss.xml`, `/en/news/atom.xml`. */
export function newsFeedPath(locale: Locale, format: NewsFeedFormat): string {
  return `${sectionPath(contentType('news'), locale)}${newsFeedFormats[format].file}`;
}

/** The feeds' title in a language: "Recovery College Exempelregionen: Aktuellt". */
async function feedTitle(locale: Locale): Promise<string> {
  const [ui, settings] = await Promise.all([getUi(locale), getSettings()]);
  return ui.news.feedTitle.replace('{site}', pick(settings.siteName, locale));
}

/** The autodiscovery links of the news feeds in a language. */
export async function newsFeeds(locale: Locale): Promise<Feed[]> {
  const title = await feedTitle(locale);
  return (Object.keys(newsFeedFormats) as NewsFeedFormat[]).map((format) => ({
    title: `${title} (${newsFeedFormats[format].label})`,
    href: newsFeedPath(locale, format),
    type: newsFeedFormats[format].type,
  }));
}

export interface NewsFeedContent {
  title: string;
  description: string;
  /** The news page, relative to the site. */
  page: string;
  author: string;
  items: { title: string; path: string; date: Date; summary: string }[];
}

/** What a news feed in a language contains; addresses are made absolute by the endpoint. */
export async function newsFeedContent(locale: Locale): Promise<NewsFeedContent> {
  const [title, ui, settings, news] = await Promise.all([feedTitle(locale), getUi(locale), getSettings(), getNews(locale)]);
  return {
    title,
    description: ui.news.intro,
    page: sectionPath(contentType('news'), locale)!,
    author: settings.organisation,
    items: news.slice(0, NEWS_FEED_ITEMS).map(({ title: itemTitle, path, date, summary }) => ({ title: itemTitle, path, date, summary })),
  };
}
