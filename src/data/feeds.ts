/**
 * The feeds every page advertises with autodiscovery links (`<link rel="alternate">` in the base
 * layout). A content type with a feed adds its entry to `feedsByType` under its registry name;
 * the layout renders them all, in every language that has the feed.
 */
import type { Locale } from '../lib/i18n.ts';
import type { FolderTypeName } from '../schemas/index.ts';
import { courseFeeds } from './course-feed.ts';
import { newsFeeds } from './news-feeds.ts';

export interface Feed {
  /** The feed's title as a feed reader shows it, in the page's language. */
  title: string;
  /** The feed's address on this site (absolute path). */
  href: string;
  type: 'application/rss+xml' | 'application/atom+xml' | 'application/feed+json';
}

type FeedsOf = (locale: Locale) => Promise<Feed[]> | Feed[];

export const feedsByType: Partial<Record<FolderTypeName, FeedsOf>> = {
  courses: courseFeeds,
  news: newsFeeds,
};

/** Every feed to advertise on a page in this language. */
export async function getFeeds(locale: Locale): Promise<Feed[]> {
  const lists = await Promise.all(Object.values(feedsByType).map((feedsOf) => feedsOf(locale)));
  return lists.flat();
}
