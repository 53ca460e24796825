/**
 * The main menu, the home page's cards and the 404 page's links, from the registry and the
 * entries: a type's section page has a place when its registry entry says `nav.order`, and an
 * entry has one when it fills in the type's `nav.entryOrderField` (information pages' "Plats i
 * huvudmenyn"). Nothing here lists pages by hand.
 */
import { textOf, type Locale } from '../lib/i18n.ts';
import { homePath, sectionPath } from '../lib/routes.ts';
import { sectionStrings } from '../lib/section-strings.ts';
import { contentTypes, type FolderType } from '../schemas/index.ts';
import { getEntries } from './entries.ts';
import { memo } from './memo.ts';
import { getUi } from './site.ts';

export interface MenuItem {
  /** The name in the menu. */
  label: string;
  /** Title and summary on the home page's cards. */
  title: string;
  text: string;
  href: string;
}

const folderTypes = (contentTypes as readonly { kind: string }[]).filter((t): t is FolderType => t.kind === 'folder');

async function load(locale: Locale): Promise<MenuItem[]> {
  const ui = await getUi(locale);
  const places: (MenuItem & { order: number })[] = [];
  for (const type of folderTypes) {
    const strings = sectionStrings(ui, type.name);
    const href = sectionPath(type, locale);
    if (type.nav?.order !== undefined && strings && href) {
      places.push({ label: strings.nav, title: strings.nav, text: strings.intro, href, order: type.nav.order });
    }
  }
  for (const type of folderTypes) {
    const { entryOrderField, entryLabelField } = type.nav ?? {};
    if (!entryOrderField) continue;
    for (const entry of await getEntries(type.name as never, locale)) {
      const order = (entry.data as Record<string, unknown>)[entryOrderField];
      if (typeof order !== 'number' || !entry.path) continue;
      const title = textOf(entry.data, type.identifierField, locale) ?? entry.key;
      const label = textOf(entry.data, entryLabelField, locale) ?? title;
      places.push({ label, title, text: textOf(entry.data, type.summaryField, locale) ?? '', href: entry.path, order });
    }
  }
  // Stable: at the same place, sections come before entries.
  return places.sort((a, b) => a.order - b.order).map(({ order: _order, ...item }) => item);
}

/** The main menu in a language: the home page, then every section and entry with a place, in order. */
export async function getMenu(locale: Locale): Promise<MenuItem[]> {
  const [ui, items] = await Promise.all([getUi(locale), memo(`menu:${locale}`, () => load(locale))]);
  return [{ label: ui.navHome, title: ui.navHome, text: '', href: homePath(locale) }, ...items];
}

/** The home page's cards: everything in the menu but the home page itself. */
export async function getOffers(locale: Locale): Promise<MenuItem[]> {
  return (await getMenu(locale)).slice(1);
}

/** The 404 page's links in a language: each section that has a link text for it, then the home page. */
export async function getNotFoundLinks(locale: Locale): Promise<{ label: string; href: string }[]> {
  const ui = await getUi(locale);
  const links = folderTypes.flatMap((type) => {
    const label = sectionStrings(ui, type.name)?.notFoundLink;
    const href = sectionPath(type, locale);
    return label && href ? [{ label, href }] : [];
  });
  return [...links, { label: ui.notFoundHome, href: homePath(locale) }];
}
