/**
 * The registry of content types. Each entry is the single description of a collection: where its
 * files live, their format, whether they are translated as separate files, and the zod schema.
 * `src/content.config.ts` (build), `scripts/validate-content.ts` (all errors in one run) and the
 * CMS config generator all read this list, so a new content type is added here once.
 */
import type { z } from './z.ts';
import { HelplineSchema } from './helpline.ts';
import { PageSchema } from './page.ts';
import { SettingsSchema } from './settings.ts';
import { UiSchema } from './ui.ts';

export const locales = ['sv', 'en'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'sv';

interface BaseType {
  /** Collection name used by Astro (`getCollection(name)`) and the CMS. */
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

export interface FolderType extends BaseType {
  kind: 'folder';
  /** `mdx`: front matter + MDX body; `yaml`: data only. */
  format: 'mdx' | 'yaml';
  /** Translated as separate files in `<folder>/sv/` and `<folder>/en/` with the same file name. */
  i18n: boolean;
  /** Field whose value names the file (slug) when an editor creates an entry. */
  identifierField: string;
  /**
   * How an entry is listed in the CMS (a Decap summary template with field paths), when the
   * identifier alone is not enough; e.g. the helplines list shows when each was last checked.
   */
  listSummary?: string;
}

export interface FilesType extends BaseType {
  kind: 'files';
  format: 'yaml';
  /** Fixed files (without extension) that make up the collection, with their editor labels. */
  files: { name: string; label: string }[];
}

export type ContentType = FolderType | FilesType;

export const contentTypes = [
  {
    name: 'pages',
    label: 'Sidor',
    labelSingular: 'Sida',
    description:
      'Informationssidor: om Recovery College, peer support, boka en peer, tillgänglighet, integritet. Filen start är startsidan.',
    folder: 'content/pages',
    kind: 'folder',
    format: 'mdx',
    i18n: true,
    identifierField: 'title',
    schema: PageSchema,
  },
  {
    name: 'settings',
    label: 'Inställningar',
    labelSingular: 'Inställningar',
    description: 'Organisationens namn, kontaktuppgifter, nödnummer i krisraden och sidfotstext.',
    folder: 'content/settings',
    kind: 'files',
    format: 'yaml',
    files: [{ name: 'site', label: 'Webbplatsen' }],
    schema: SettingsSchema,
  },
  {
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
  },
  {
    name: 'helplines',
    label: 'Stödlinjer',
    labelSingular: 'Stödlinje',
    description:
      'Nödnummer, stödlinjer och regionens akutmottagning. En fil per linje, båda språken i samma fil. Ange alltid källor och när uppgifterna senast kontrollerades.',
    folder: 'content/helplines',
    kind: 'folder',
    format: 'yaml',
    i18n: false,
    identifierField: 'name',
    listSummary: '{{name.sv}} · senast kontrollerad: {{verification.lastChecked}}',
    schema: HelplineSchema,
  },
] as const satisfies readonly ContentType[];

export type ContentTypeName = (typeof contentTypes)[number]['name'];
