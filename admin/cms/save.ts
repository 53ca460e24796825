/**
 * How the CMS writes each content type's files: the custom formats registered with Decap
 * (admin/main.ts), and what saving an entry unchanged writes. Pure: no browser, no CMS import.
 */
import type { CmsCollection, CmsConfig, CmsField } from 'decap-cms-core';
import type { ContentType } from '../../src/schemas/index.ts';
import { BODY_FIELD, formatName, formats, translatedFieldNames } from './collections.ts';
import { cleanYamlFormat, safeMdxFormat, type Formatter, type SafeMdxRules } from './safe-mdx.ts';

/** Every custom format by its registered name, with the file extension Decap gives it. */
export function cmsFormats(
  types: readonly ContentType[],
  config: CmsConfig,
  rules: SafeMdxRules,
): { name: string; extension: 'mdx' | 'yaml'; format: Formatter; translatedFields?: string[] }[] {
  const list: ReturnType<typeof cmsFormats> = [
    { name: formats.mdx, extension: 'mdx', format: safeMdxFormat(rules, BODY_FIELD) },
    { name: formats.yaml, extension: 'yaml', format: cleanYamlFormat() },
  ];
  // A translated type has its own format, which does not write a language version nobody translated.
  for (const type of types) {
    if (type.kind !== 'folder' || type.translation !== 'files') continue;
    const collection = config.collections.find((c) => c.name === type.name)!;
    // The body field is among them (it is translated too).
    const translatedFields = translatedFieldNames(collection);
    const format = type.format === 'mdx' ? safeMdxFormat(rules, BODY_FIELD, { translatedFields }) : cleanYamlFormat({ translatedFields });
    list.push({ name: formatName(type), extension: type.format === 'mdx' ? 'mdx' : 'yaml', format, translatedFields });
  }
  return list;
}

/**
 * What the CMS writes when an editor opens this content file and saves it without changing
 * anything: the file read by its type's format, then written with the top-level fields in form
 * order (Decap's `sortedKeys`). `file` is relative to the project root (`content/helplines/112.yaml`).
 */
export function savedByCms(file: string, text: string, types: readonly ContentType[], config: CmsConfig, rules: SafeMdxRules): string {
  const typeName = file.split('/')[1];
  const type = types.find((t) => t.name === typeName);
  const collection = config.collections.find((c) => c.name === typeName) as CmsCollection | undefined;
  if (!type || !collection) throw new Error(`${file}: ingen innehållstyp heter "${typeName}".`);
  const fields = (collection.files ? collection.files.find((f) => f.file === file)?.fields : collection.fields) as CmsField[] | undefined;
  if (!fields) throw new Error(`${file}: filen hör inte till samlingen "${typeName}".`);
  const name = type.kind === 'folder' ? formatName(type) : formats.yaml;
  const { format } = cmsFormats(types, config, rules).find((f) => f.name === name)!;
  return format.toFile(
    format.fromFile(text),
    fields.map((field) => field.name),
  );
}
