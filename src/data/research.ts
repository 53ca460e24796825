/**
 * The research library for templates, the export files and the `Cite` content component, read
 * through the one content reader (entries.ts). A work's facts live in its Swedish file; an English
 * file, when there is one, adds the English summary and the English page. References are
 * formatted once per build (citeproc is slow to start).
 */
import { getEntry as astroEntry } from 'astro:content';
import { formatInText, formatReference, toCsl, type CitableWork, type FormattedReference } from '../lib/citations.ts';
import { contentRules, inspectMdx } from '../lib/mdx-safety.ts';
import { yearOf } from '../lib/research.ts';
import { defaultLocale, type Locale } from '../schemas/index.ts';
import type { ResearchData } from '../schemas/research.ts';
import { getEntries, type Entry } from './entries.ts';
import { memo } from './memo.ts';

export interface Work {
  /** The work's id: its file name, as `<Cite id>` names it. */
  key: string;
  data: ResearchData;
  citable: CitableWork;
  apa: FormattedReference;
  vancouver: FormattedReference;
  year: number | undefined;
  /** Its Swedish entry, and its English one when translated. */
  entries: Partial<Record<Locale, Entry<'research'>>>;
}

/** Every work, sorted by id. */
export function getWorks(): Promise<Work[]> {
  return memo('research', async () => {
    const [sv, en] = await Promise.all([getEntries('research', 'sv'), getEntries('research', 'en')]);
    return sv.map((entry) => {
      const citable = toCsl(entry.key, entry.data);
      return {
        key: entry.key,
        data: entry.data,
        citable,
        apa: formatReference(citable, 'apa'),
        vancouver: formatReference(citable, 'vancouver'),
        year: yearOf(entry.data.issued),
        entries: { sv: entry, en: en.find((e) => e.key === entry.key) },
      };
    });
  });
}

/** One work by id, or a build error that lists the ids there are (for `<Cite id="…" />`). */
export async function getWork(key: string): Promise<Work> {
  const works = await getWorks();
  const work = works.find((w) => w.key === key);
  if (!work)
    throw new Error(
      `<Cite id="${key}" />: det finns inget verk med id "${key}" i Forskning. Välj ett av: ${works.map((w) => w.key).join(', ')}.`,
    );
  return work;
}

/** The entry whose page and summary a visitor reading in `locale` gets: the translation, or the Swedish original. */
export function workEntry(work: Work, locale: Locale): Entry<'research'> {
  return work.entries[locale] ?? work.entries[defaultLocale]!;
}

/** The in-text citation in a page's language: "(Wenzer, 2018)". */
export function inTextCitation(work: Work, locale: Locale): Promise<string> {
  return memo(`cite:${work.key}:${locale}`, async () => formatInText(work.citable, locale));
}

/** The works an entry's MDX body cites with `<Cite id>`, in the order first cited, each once. */
export async function citedWorks(entry: Entry): Promise<Work[]> {
  const item = await astroEntry(entry.type, entry.id);
  const body = item?.body ?? '';
  if (!body.includes('<Cite')) return [];
  const ids = inspectMdx(body, contentRules)
    .components.filter((c) => c.name === 'Cite' && typeof c.props.id === 'string')
    .map((c) => c.props.id as string);
  return Promise.all([...new Set(ids)].map((id) => getWork(id)));
}
