/**
 * Content access for templates: settings, interface strings and pages. Everything that touches
 * `astro:content` goes through here, so components receive plain data.
 */
import { getCollection, getEntry, render } from 'astro:content';
import type { CollectionEntry } from 'astro:content';
import { pagePath, type Locale } from '../lib/i18n.ts';
import type { SettingsData } from '../schemas/settings.ts';
import type { UiStrings } from '../schemas/ui.ts';

export async function getSettings(): Promise<SettingsData> {
  const entry = await getEntry('settings', 'site');
  if (!entry) throw new Error('content/settings/site.yaml saknas.');
  return entry.data;
}

export async function getUi(locale: Locale): Promise<UiStrings> {
  const entry = await getEntry('ui', locale);
  if (!entry) throw new Error(`content/ui/${locale}.yaml saknas.`);
  return entry.data;
}

export interface PageRef {
  entry: CollectionEntry<'pages'>;
  locale: Locale;
  /** File name without language folder and extension: the key shared by translations. */
  key: string;
  path: string;
}

/** The file name that makes up the home page. */
export const HOME_KEY = 'start';

export async function getPages(): Promise<PageRef[]> {
  const entries = await getCollection('pages');
  return entries.map((entry) => {
    const [locale, ...rest] = entry.id.split('/') as [Locale, ...string[]];
    const key = rest.join('/');
    const slug = key === HOME_KEY ? '' : (entry.data.slug ?? key);
    return { entry, locale, key, path: pagePath(locale, slug) };
  });
}

/** Addresses of the same page in each language, for hreflang and the language switcher. */
export function alternatesOf(page: PageRef, all: PageRef[]): Partial<Record<Locale, string>> {
  return Object.fromEntries(all.filter((p) => p.key === page.key).map((p) => [p.locale, p.path]));
}

export { render };

/** Pages an editor has given a place in the main menu, in menu order. */
export async function getMenuPages(locale: Locale): Promise<PageRef[]> {
  const pages = await getPages();
  return pages
    .filter((p) => p.locale === locale && p.entry.data.navOrder !== undefined)
    .sort((a, b) => (a.entry.data.navOrder ?? 0) - (b.entry.data.navOrder ?? 0));
}
