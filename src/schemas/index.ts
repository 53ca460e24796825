/**
 * The registry of content types. Each entry is the single description of a type: where its files
 * live and in which format, how it is translated, where it is published in each language, whether
 * it has a place in the main menu, which of its facts go stale, its interface strings and its zod
 * schema. Everything else reads this list: the collections (`src/content.config.ts`), the
 * addresses (`src/lib/routes.ts`), content access (`src/data/entries.ts`), the one route that
 * renders every type (`src/pages/[...slug].astro` with `src/templates/index.ts`), the menu, the
 * validation (`npm run validate` and the build), the staleness report, the CMS, the bench and
 * Lighthouse. A new type is a schema file, an entry here, a template, content and tests.
 */
import { DocumentSchema, DocumentUiSchema } from './document.ts';
import { HelplineSchema, HelplineUiSchema, requireEmergencyLine } from './helpline.ts';
import { NewsSchema, NewsUiSchema } from './news.ts';
import { PageSchema } from './page.ts';
import { SettingsSchema } from './settings.ts';
import { uiSchemaFor } from './ui.ts';
import type { z } from './z.ts';

export const locales = ['sv', 'en'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'sv';

/** An entry as checks across files see it: its key (file name) and its parsed data. */
export interface CheckedEntry {
  key: string;
  file: string;
  data: unknown;
}

/** A problem found across a type's entries, in the editor's words. */
export interface CrossProblem {
  found: string;
  expected: string;
  fix?: string;
}

interface BaseType {
  /** Collection name used by Astro (`getCollection(name)`), the CMS and the UI strings group. */
  name: string;
  /** Editor-facing plural label (Swedish). */
  label: string;
  /** Editor-facing singular label (Swedish). */
  labelSingular: string;
  /** One sentence for the editor: what this content is. */
  description: string;
  /** Folder below the repository root. */
  folder: string;
  schema: z.ZodObject;
}

/**
 * How a type is translated:
 * - `files`: one file per language with the same name, `<folder>/sv/x` and `<folder>/en/x`;
 * - `fields`: both languages in one file (`{ sv, en }` texts), published in both languages;
 * - `none`: Swedish only.
 */
export type Translation = 'files' | 'fields' | 'none';

export interface FolderType extends BaseType {
  kind: 'folder';
  /** `mdx`: front matter + MDX body; `yaml`: data only. */
  format: 'mdx' | 'yaml';
  translation: Translation;
  /** Field whose value names the file (slug) when an editor creates an entry; also the entry's title. */
  identifierField: string;
  /** Field with the entry's one- or two-sentence summary (home page cards, listings). */
  summaryField?: string;
  /**
   * How an entry is listed in the CMS (a Decap summary template with field paths), when the
   * identifier alone is not enough; e.g. the helplines list shows when each was last checked.
   */
  listSummary?: string;
  /**
   * Where the type is published: the first address segment in each language ('' = at the site's
   * root, as information pages are), and which pages it has: a `section` page listing the type
   * (`/hjalplinjer/`), a page per `entries`, or `both`. Without it the type has no pages.
   */
  route?: { sv: string; en: string; pages: 'section' | 'entries' | 'both' };
  /** Front matter field that overrides the file name in an entry's address (`slug: about`). */
  slugField?: string;
  /** The entry with this file name is published at the section's own address (`start` → `/`). */
  indexKey?: string;
  /**
   * The main menu. `order`: the section page's place. `entryOrderField` / `entryLabelField`: an entry
   * that fills in the order field has a place of its own (information pages' "Plats i huvudmenyn").
   */
  nav?: { order?: number; entryOrderField?: string; entryLabelField?: string };
  /**
   * Facts that go stale: the field (dot path) with the partial date they were last checked, and
   * after how many days the build's staleness report lists the entry.
   */
  staleness?: { field: string; days: number };
  /** Interface strings of this type, in content/ui/<lang>.yaml under the type's name. */
  ui?: z.ZodObject;
  /**
   * The section page lists the entries in pages of this many, newest first: `/aktuellt/`, then
   * `/aktuellt/sida/2/` (`/en/news/page/2/`). The field with the date that orders them.
   */
  paginate?: { pageSize: number; dateField: string };
  /** Checks across the type's entries that no single file's schema can see; messages for the editor. */
  checkAll?: (entries: readonly CheckedEntry[]) => CrossProblem[];
}

export interface FilesType extends BaseType {
  kind: 'files';
  format: 'yaml';
  /** Fixed files (without extension) that make up the collection, with their editor labels. */
  files: { name: string; label: string }[];
}

export type ContentType = FolderType | FilesType;

const pages = {
  name: 'pages',
  label: 'Sidor',
  labelSingular: 'Sida',
  description: 'Informationssidor: om Recovery College, peer support, boka en peer, tillgänglighet, integritet. Filen start är startsidan.',
  folder: 'content/pages',
  kind: 'folder',
  format: 'mdx',
  translation: 'files',
  identifierField: 'title',
  summaryField: 'description',
  route: { sv: '', en: '', pages: 'entries' },
  slugField: 'slug',
  indexKey: 'start',
  nav: { entryOrderField: 'navOrder', entryLabelField: 'navLabel' },
  schema: PageSchema,
} as const satisfies FolderType;

const settings = {
  name: 'settings',
  label: 'Inställningar',
  labelSingular: 'Inställningar',
  description: 'Organisationens namn, kontaktuppgifter, nödnummer i krisraden och sidfotstext.',
  folder: 'content/settings',
  kind: 'files',
  format: 'yaml',
  files: [{ name: 'site', label: 'Webbplatsen' }],
  schema: SettingsSchema,
} as const satisfies FilesType;

const helplines = {
  name: 'helplines',
  label: 'Stödlinjer',
  labelSingular: 'Stödlinje',
  description:
    'Nödnummer, stödlinjer och regionens akutmottagning. En fil per linje, båda språken i samma fil. Ange alltid källor och när uppgifterna senast kontrollerades.',
  folder: 'content/helplines',
  kind: 'folder',
  format: 'yaml',
  translation: 'fields',
  identifierField: 'name',
  listSummary: '{{name.sv}} · senast kontrollerad: {{verification.lastChecked}}',
  route: { sv: 'hjalplinjer', en: 'helplines', pages: 'section' },
  nav: { order: 2 },
  staleness: { field: 'verification.lastChecked', days: 180 },
  ui: HelplineUiSchema,
  checkAll: requireEmergencyLine,
  schema: HelplineSchema,
} as const satisfies FolderType;

const news = {
  name: 'news',
  label: 'Aktuellt',
  labelSingular: 'Nyhet',
  description: 'Nyheter på svenska och engelska: en ny termin, en öppen föreläsning, en ny rapport. Den senaste visas först.',
  folder: 'content/news',
  kind: 'folder',
  format: 'mdx',
  translation: 'files',
  identifierField: 'title',
  summaryField: 'summary',
  listSummary: '{{title}} · {{date}}',
  route: { sv: 'aktuellt', en: 'news', pages: 'both' },
  nav: { order: 6 },
  paginate: { pageSize: 10, dateField: 'date' },
  ui: NewsUiSchema,
  schema: NewsSchema,
} as const satisfies FolderType;

const documents = {
  name: 'documents',
  label: 'Dokument',
  labelSingular: 'Dokument',
  description:
    'Rapporter, broschyrer, årsrapporter och blanketter. Ladda upp filen i mediebiblioteket och ange om den är tillgänglig. En fil per dokument, båda språken i samma fil.',
  folder: 'content/documents',
  kind: 'folder',
  format: 'yaml',
  translation: 'fields',
  identifierField: 'title',
  summaryField: 'summary',
  listSummary: '{{title.sv}} · {{kind}} · {{date}}',
  route: { sv: 'dokument', en: 'documents', pages: 'both' },
  ui: DocumentUiSchema,
  schema: DocumentSchema,
} as const satisfies FolderType;

/** The types with interface strings of their own; each is a group in content/ui/<lang>.yaml. */
export const UiSchema = uiSchemaFor({ helplines, news, documents });

const ui = {
  name: 'ui',
  label: 'Gränssnittstexter',
  labelSingular: 'Gränssnittstexter',
  description: 'Knappar, menyer och andra korta texter på svenska och engelska. Alla texter måste finnas på båda språken.',
  folder: 'content/ui',
  kind: 'files',
  format: 'yaml',
  files: [
    { name: 'sv', label: 'Svenska' },
    { name: 'en', label: 'English' },
  ],
  schema: UiSchema,
} as const satisfies FilesType;

/** Every content type, in the order the CMS lists them. */
export const contentTypes = [pages, settings, ui, helplines, news, documents] as const satisfies readonly ContentType[];

export type ContentTypeName = (typeof contentTypes)[number]['name'];
export type FolderTypeName = Extract<(typeof contentTypes)[number], { kind: 'folder' }>['name'];
export type UiStrings = z.output<typeof UiSchema>;

/** A registered type by name. */
export function contentType<N extends ContentTypeName>(name: N): Extract<(typeof contentTypes)[number], { name: N }> {
  const type = contentTypes.find((t) => t.name === name);
  if (!type) throw new Error(`Okänd innehållstyp "${name}".`);
  return type as Extract<(typeof contentTypes)[number], { name: N }>;
}
