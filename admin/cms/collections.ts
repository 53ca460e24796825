/**
 * Decap CMS collections generated from the content-type registry (src/schemas/index.ts). A new
 * entry in the registry appears in the CMS with its fields, translation mode and preview without
 * any CMS code: folder types become folder collections (translated ones as `multiple_folders`,
 * content/<type>/sv/x and content/<type>/en/x, which is what the site's loaders read), files types
 * become file collections.
 */
import type { CmsCollection, CmsCollectionFile, CmsField } from 'decap-cms-core';
import { defaultLocale, type ContentType, type FolderType } from '../../src/schemas/index.ts';
import type { z } from '../../src/schemas/z.ts';
import { fieldsFromZod, unwrap } from './fields.ts';

/** Custom Decap formats registered by the admin (admin/main.ts). */
export const formats = {
  /** MDX with YAML front matter; the body is escaped on save so any text builds (safe-mdx.ts). */
  mdx: 'safe-mdx',
  /** YAML without empty optional values, which the schemas would refuse (safe-mdx.ts). */
  yaml: 'clean-yaml',
} as const;

/** Name of the Markdown body field of MDX entries. */
export const BODY_FIELD = 'body';

/** Body images need alt text: refuse `![](…)` with an empty description. */
export const bodyImagePattern: [string, string] = [
  '^(?![\\s\\S]*!\\[\\s*\\]\\()',
  'Varje bild i texten behöver en alternativtext: beskriv kort vad bilden visar (infoga bilden med knappen Bild).',
];

export interface CollectionOptions {
  /** Editor components offered in Markdown bodies (ids registered with the CMS). */
  editorComponents: readonly string[];
  /** The Swedish UI strings (content/ui/sv.yaml): the labels of choices the site shows too. */
  ui?: unknown;
}

function bodyField(type: ContentType, options: CollectionOptions): CmsField {
  const translated = type.kind === 'folder' && type.translation === 'files';
  return {
    name: BODY_FIELD,
    label: 'Brödtext',
    hint: 'Sidans text. Skriv som vanligt; komponenter (t.ex. Faktaruta) infogas med plustecknet.',
    widget: 'markdown',
    modes: ['rich_text', 'raw'],
    editor_components: [...options.editorComponents],
    // A page may be front matter only (the build accepts it).
    required: false,
    pattern: bodyImagePattern,
    ...(translated ? { i18n: 'translate' as const } : {}),
  };
}

/**
 * The field that names a new entry's file. A bilingual text (`{ sv, en }`) names it by its
 * Swedish value: `name` → `name.sv`.
 */
export function identifierPath(type: FolderType): string {
  const field = (type.schema.shape as Record<string, z.core.$ZodType>)[type.identifierField];
  const def = field ? (unwrap(field).inner._zod.def as { type: string; shape?: Record<string, unknown> }) : undefined;
  return def?.type === 'object' && def.shape && defaultLocale in def.shape
    ? `${type.identifierField}.${defaultLocale}`
    : type.identifierField;
}

/** One Decap collection for one registered content type. */
export function collectionFromType(type: ContentType, options: CollectionOptions): CmsCollection {
  const base = { name: type.name, label: type.label, label_singular: type.labelSingular, description: type.description };
  if (type.kind === 'files') {
    const fields = fieldsFromZod(type.schema, { i18n: false, ui: options.ui });
    const files: CmsCollectionFile[] = type.files.map((file) => ({
      name: file.name,
      label: file.label,
      file: `${type.folder}/${file.name}.yaml`,
      fields,
    }));
    return { ...base, files, format: formats.yaml, extension: 'yaml', editor: { preview: true } } as CmsCollection;
  }
  const fields = fieldsFromZod(type.schema, { i18n: type.translation === 'files', ui: options.ui });
  if (type.format === 'mdx') fields.push(bodyField(type, options));
  const identifier = identifierPath(type);
  return {
    ...base,
    folder: type.folder,
    create: true,
    delete: true,
    extension: type.format === 'mdx' ? 'mdx' : 'yaml',
    format: formatName(type),
    identifier_field: identifier,
    summary: type.listSummary ?? `{{${identifier}}}`,
    slug: '{{slug}}',
    ...(type.translation === 'files' ? { i18n: true } : {}),
    fields,
  };
}

export function collectionsFromRegistry(types: readonly ContentType[], options: CollectionOptions): CmsCollection[] {
  return types.map((type) => collectionFromType(type, options));
}

/**
 * The format a folder type is saved with. A translated type gets its own (`safe-mdx-pages`), which
 * knows the type's translated fields: a language version with none of them filled in is not written.
 */
export function formatName(type: FolderType): string {
  const base = type.format === 'mdx' ? formats.mdx : formats.yaml;
  return type.translation === 'files' ? `${base}-${type.name}` : base;
}

/**
 * A collection's fields that are translated per language (Decap `i18n: translate`): a group's by
 * their path (`image.alt`, not the image's copied file), a list as a whole (its items are in one language).
 */
export function translatedFieldNames(collection: CmsCollection): string[] {
  return translatedPaths((collection.fields ?? []) as CmsField[], '');
}

function translatedPaths(fields: readonly CmsField[], prefix: string): string[] {
  return fields.flatMap((field) => {
    const path = `${prefix}${field.name}`;
    if (field.i18n === 'translate') return [path];
    if (field.i18n !== true || copied(field)) return [];
    const group = field as { widget?: string; fields?: CmsField[] };
    return group.widget === 'object' && group.fields ? translatedPaths(group.fields, `${path}.`) : [path];
  });
}

function copied(field: CmsField): boolean {
  if (field.i18n === 'duplicate') return true;
  const nested = field as { fields?: CmsField[]; field?: CmsField };
  const children = nested.fields ?? (nested.field ? [nested.field] : []);
  return field.i18n === true && children.length > 0 && children.every(copied);
}
