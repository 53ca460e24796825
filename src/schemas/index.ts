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
import { CourseSchema } from './course.ts';
import { CourseUiSchema, EventUiSchema } from './course-ui.ts';
import { checkCourseVersions, scheduleNeedsCare } from './course-checks.ts';
import { EventSchema } from './event.ts';
import { DocumentSchema, DocumentUiSchema, documentNeedsCare } from './document.ts';
import { GuideChapterSchema, GuidePartSchema, GuideUiSchema } from './guide.ts';
import { HelplineSchema, HelplineUiSchema, requireEmergencyLine } from './helpline.ts';
import { NewsSchema, NewsUiSchema } from './news.ts';
import { PageSchema } from './page.ts';
import { checkWorks, ResearchSchema, ResearchUiSchema } from './research.ts';
import { SearchUiSchema } from './search.ts';
import { SettingsSchema } from './settings.ts';
import { TermSchema } from './term.ts';
import { uiSchemaFor } from './ui.ts';
import { VenueSchema } from './venue.ts';
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
  /**
   * What "needs care" means for this type on the editors' Innehållsstatus page, beside what every
   * type gets from its other metadata (`staleness`; a missing English version when `translation` is
   * `files`): `updated` is the field with the date of the last update and after how many days the
   * entry counts as not updated; `needsCare` says, per entry, what an editor should look at.
   */
  care?: {
    updated?: { field: string; days: number };
    needsCare?: (entry: CheckedEntry, today: string) => CareNote[];
  };
}

/** One thing an editor should look at in one entry: a heading to group it under, and what to do. */
export interface CareNote {
  /** The group on the status page, e.g. "Anmälan står som öppen efter sista träffen". */
  heading: string;
  /** What is wrong and what to do, in the editor's words. */
  text: string;
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
  care: { updated: { field: 'updated', days: 365 } },
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
  nav: { order: 3 },
  staleness: { field: 'verification.lastChecked', days: 180 },
  ui: HelplineUiSchema,
  checkAll: requireEmergencyLine,
  schema: HelplineSchema,
} as const satisfies FolderType;

const courses = {
  name: 'courses',
  label: 'Kurser',
  labelSingular: 'Kurs',
  description:
    'Terminens kurser. En fil per kurs och språk; den engelska versionen är valfri. Varje kurs leds av minst en kursledare med egen erfarenhet och en yrkesverksam.',
  folder: 'content/courses',
  kind: 'folder',
  format: 'mdx',
  translation: 'files',
  identifierField: 'title',
  summaryField: 'summary',
  listSummary: '{{title}} · {{status}}',
  route: { sv: 'kurser', en: 'courses', pages: 'both' },
  slugField: 'slug',
  nav: { order: 1 },
  ui: CourseUiSchema,
  checkAll: checkCourseVersions,
  care: { needsCare: scheduleNeedsCare },
  schema: CourseSchema,
} as const satisfies FolderType;

const events = {
  name: 'events',
  label: 'Evenemang',
  labelSingular: 'Evenemang',
  description: 'Öppna föreläsningar, informationsträffar och inspirationsdagar. En fil per evenemang och språk; engelska är valfritt.',
  folder: 'content/events',
  kind: 'folder',
  format: 'mdx',
  translation: 'files',
  identifierField: 'title',
  summaryField: 'summary',
  listSummary: '{{title}} · {{status}}',
  route: { sv: 'evenemang', en: 'events', pages: 'both' },
  slugField: 'slug',
  ui: EventUiSchema,
  checkAll: checkCourseVersions,
  care: { needsCare: scheduleNeedsCare },
  schema: EventSchema,
} as const satisfies FolderType;

const venues = {
  name: 'venues',
  label: 'Lokaler',
  labelSingular: 'Lokal',
  description: 'Lokaler där kurser och evenemang hålls, med adress, vägbeskrivning och fakta om tillgänglighet. Båda språken i samma fil.',
  folder: 'content/venues',
  kind: 'folder',
  format: 'yaml',
  translation: 'fields',
  identifierField: 'name',
  listSummary: '{{name.sv}} · {{city}}',
  schema: VenueSchema,
} as const satisfies FolderType;

const terms = {
  name: 'terms',
  label: 'Terminer',
  labelSingular: 'Termin',
  description: 'Terminer med datum och när anmälan öppnar, t.ex. vt-2027 för Vårterminen 2027.',
  folder: 'content/terms',
  kind: 'folder',
  format: 'yaml',
  translation: 'fields',
  identifierField: 'name',
  listSummary: '{{name.sv}}',
  schema: TermSchema,
} as const satisfies FolderType;

const research = {
  name: 'research',
  label: 'Forskning',
  labelSingular: 'Verk',
  description:
    'Forskningsbiblioteket: en fil per artikel, rapport eller avhandling, med referensuppgifter och en kort sammanfattning. Skriv bara uppgifter som källan bekräftar.',
  folder: 'content/research',
  kind: 'folder',
  format: 'mdx',
  translation: 'files',
  identifierField: 'title',
  listSummary: '{{title}} ({{issued}})',
  route: { sv: 'forskning', en: 'research', pages: 'both' },
  nav: { order: 7 },
  ui: ResearchUiSchema,
  checkAll: checkWorks,
  schema: ResearchSchema,
} as const satisfies FolderType;

/**
 * Återhämtningsguiden's parts: each has a page of its own (/arbetsblad/<del>/) with its chapters
 * and every question of the part as a worksheet to print, e.g. for a group.
 */
const guideParts = {
  name: 'guideParts',
  label: 'Återhämtningsguiden: delar',
  labelSingular: 'Del av guiden',
  description: 'Guidens delar, t.ex. "För dig som mår dåligt" och "För dig som är anhörig". Kapitlen väljer själva vilken del de hör till.',
  folder: 'content/guide-parts',
  kind: 'folder',
  format: 'mdx',
  translation: 'files',
  identifierField: 'title',
  summaryField: 'summary',
  listSummary: '{{order}}. {{title}}',
  route: { sv: 'arbetsblad', en: 'worksheets', pages: 'entries' },
  slugField: 'slug',
  schema: GuidePartSchema,
} as const satisfies FolderType;

/** Återhämtningsguiden's chapters: the guide's index page and a page per chapter. */
const guide = {
  name: 'guide',
  label: 'Återhämtningsguiden: kapitel',
  labelSingular: 'Kapitel',
  description:
    'Guidens kapitel med text, reflektionsfrågor (komponenten Reflektionsfråga), anteckningar för samtalsledare, stödlinjer och källa.',
  folder: 'content/guide',
  kind: 'folder',
  format: 'mdx',
  translation: 'files',
  identifierField: 'title',
  summaryField: 'summary',
  listSummary: '{{part}} {{order}}. {{title}}',
  route: { sv: 'aterhamtningsguiden', en: 'recovery-guide', pages: 'both' },
  slugField: 'slug',
  nav: { order: 2 },
  ui: GuideUiSchema,
  schema: GuideChapterSchema,
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
  nav: { order: 8 },
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
  care: { needsCare: documentNeedsCare },
  ui: DocumentUiSchema,
  schema: DocumentSchema,
} as const satisfies FolderType;

/** The types with interface strings of their own; each is a group in content/ui/<lang>.yaml. */
export const UiSchema = uiSchemaFor({ helplines, courses, events, research, guide, news, documents }).extend({
  search: SearchUiSchema.meta({ title: 'Sök', description: 'Texter i sökfältet och på söksidan.' }),
});

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
export const contentTypes = [
  pages,
  settings,
  ui,
  helplines,
  courses,
  events,
  venues,
  terms,
  research,
  guideParts,
  guide,
  news,
  documents,
] as const satisfies readonly ContentType[];

export type ContentTypeName = (typeof contentTypes)[number]['name'];
export type FolderTypeName = Extract<(typeof contentTypes)[number], { kind: 'folder' }>['name'];
export type UiStrings = z.output<typeof UiSchema>;

/** A registered type by name. */
export function contentType<N extends ContentTypeName>(name: N): Extract<(typeof contentTypes)[number], { name: N }> {
  const type = contentTypes.find((t) => t.name === name);
  if (!type) throw new Error(`Okänd innehållstyp "${name}".`);
  return type as Extract<(typeof contentTypes)[number], { name: N }>;
}
