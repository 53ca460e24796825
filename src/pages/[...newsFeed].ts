/**
 * The news feeds: RSS 2.0 (made by @astrojs/rss) and Atom (src/lib/atom.ts) in each language,
 * next to the news page: /aktuellt/rss.xml, /aktuellt/atom.xml, /en/news/rss.xml,
 * /en/news/atom.xml. Every page advertises them (src/data/feeds.ts); addresses are absolute.
 */
import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { newsFeedContent, newsFeedFormats, newsFeedPath, type NewsFeedFormat } from '../data/news-feeds.ts';
import { escapeXml, atomFeed } from '../lib/atom.ts';
import { htmlLang, locales, type Locale } from '../lib/i18n.ts';

export const getStaticPaths = (() =>
  locales.flatMap((locale) =>
    (Object.keys(newsFeedFormats) as NewsFeedFormat[]).map((format) => ({
      params: { newsFeed: newsFeedPath(locale, format).slice(1) },
      props: { locale, format },
    })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const { locale, format } = props as { locale: Locale; format: NewsFeedFormat };
  const base = site ?? new URL(import.meta.env.SITE);
  const feed = await newsFeedContent(locale);
  const self = new URL(newsFeedPath(locale, format), base).href;
  const page = new URL(feed.page, base).href;
  if (format === 'atom') {
    const body = atomFeed({
      self,
      link: page,
      title: feed.title,
      subtitle: feed.description,
      language: htmlLang(locale),
      author: feed.author,
      entries: feed.items.map((item) => {
        const link = new URL(item.path, base).href;
        return { id: link, link, title: item.title, date: item.date, summary: item.summary };
      }),
    });
    return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
  }
  return rss({
    title: feed.title,
    description: feed.description,
    site: page,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>${htmlLang(locale)}</language><atom:link href="${escapeXml(self)}" rel="self" type="application/rss+xml"/>`,
    items: feed.items.map((item) => ({
      title: item.title,
      link: new URL(item.path, base).href,
      pubDate: item.date,
      description: item.summary,
    })),
  });
};
