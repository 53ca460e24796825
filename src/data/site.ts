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

async function loadPages(): Promise<PageRef[]> {
  const entries = await getCollection('pages');
  return entries.map((entry) => {
    const [locale, ...rest] = entry.id.split('/') as [Locale, ...string[]];
    const key = rest.join('/');
    const slug = key === HOME_KEY ? '' : (entry.data.slug ?? key);
    return { entry, locale, key, path: pagePath(locale, slug) };
  });
}

// Every page's layout asks for the menu: computed once per build, not once per page (which made
// the build grow with the square of the page count). In `astro dev` content changes, so no cache.
let pagesOnce: Promise<PageRef[]> | undefined;
const menuOnce = new Map<Locale, Promise<PageRef[]>>();

export function getPages(): Promise<PageRef[]> {
  if (import.meta.env.DEV) return loadPages();
  return (pagesOnce ??= loadPages());
}

/** Pages an editor has given a place in the main menu, in menu order. */
export function getMenuPages(locale: Locale): Promise<PageRef[]> {
  const load = async () =>
    (await getPages())
      .filter((p) => p.locale === locale && p.entry.data.navOrder !== undefined)
      .sort((a, b) => (a.entry.data.navOrder ?? 0) - (b.entry.data.navOrder ?? 0));
  if (import.meta.env.DEV) return load();
  const cached = menuOnce.get(locale) ?? load();
  menuOnce.set(locale, cached);
  return cached;
}

/** Addresses of each page in every language it exists in, keyed by the translation key. */
export function alternatesByKey(all: PageRef[]): Map<string, Partial<Record<Locale, string>>> {
  const byKey = new Map<string, Partial<Record<Locale, string>>>();
  for (const page of all) byKey.set(page.key, { ...byKey.get(page.key), [page.locale]: page.path });
  return byKey;
}

export { render };
