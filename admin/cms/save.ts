/**
 * How the CMS writes each content type's files: the custom formats registered with Decap
 * (admin/main.ts), and what saving an entry unchanged writes. Pure: no browser, no CMS import.
 */
import type { CmsCollection, CmsConfig, CmsField } from 'decap-cms-core';
import type { ContentType } from '../../src/schemas/index.ts';
import { BODY_FIELD, formatName, formats, translatedFieldNames } from './collections.ts';
import { cleanYamlFormat, safeMdxFormat, type Formatter, type SafeMdxRules } from './safe-mdx.ts';

/** Entries kept by a read cache, at most: a bound on memory, far above any collection here. */
export const READ_CACHE_LIMIT = 20_000;

/**
 * Parsed file texts by text, one cache per kind of file: every MDX format reads a file the same way
 * (and so does every YAML format); the formats differ only in what they write.
 */
export class ReadCache {
  readonly #entries = new Map<string, Record<string, unknown>>();
  readonly limit: number;
  /** Texts the formats parsed themselves, on the page (not found read ahead or read before). */
  parsedHere = 0;
  constructor(limit = READ_CACHE_LIMIT) {
    this.limit = limit;
  }
  get(text: string): Record<string, unknown> | undefined {
    return this.#entries.get(text);
  }
  set(text: string, data: Record<string, unknown>): void {
    if (this.#entries.has(text)) return;
    if (this.#entries.size >= this.limit) this.#entries.delete(this.#entries.keys().next().value!);
    this.#entries.set(text, data);
  }
  has(text: string): boolean {
    return this.#entries.has(text);
  }
  texts(): string[] {
    return [...this.#entries.keys()];
  }
}

export interface ReadCaches {
  mdx: ReadCache;
  yaml: ReadCache;
}
export const readCaches = (): ReadCaches => ({ mdx: new ReadCache(), yaml: new ReadCache() });

/** A copy of parsed data (plain objects, lists, strings, numbers, booleans): strings are shared, not copied. */
export function copyData<T>(value: T): T {
  if (Array.isArray(value)) return value.map(copyData) as T;
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const copy: Record<string, unknown> = {};
    for (const key of Object.keys(value)) copy[key] = copyData((value as Record<string, unknown>)[key]);
    return copy as T;
  }
  return value instanceof Date ? (new Date(value) as T) : value;
}

/**
 * The same format, reading each distinct file text once. Decap parses every entry of a collection
 * again for each list, search, sort and relation query (the relation field asks on every keystroke),
 * and parsing is most of that time (YAML and the MDX body: about 1.4 s of a 1,000-page list on a
 * loaded 2-core machine). A file's text determines its fields, so a text seen before gets a copy of
 * its earlier result (a copy: Decap may change what it is given). The cache may also be filled
 * ahead, off the main thread (admin/cms/read-ahead.ts).
 */
export function cachedReads(format: Formatter, cache = new ReadCache()): Formatter & { cache: ReadCache } {
  return {
    cache,
    fromFile(content) {
      let data = cache.get(content);
      if (!data) {
        cache.parsedHere++;
        data = format.fromFile(content);
        cache.set(content, data);
      }
      return copyData(data);
    },
    toFile: (data, sortedKeys) => format.toFile(data, sortedKeys),
  };
}

/** Every custom format by its registered name, with the file extension Decap gives it. */
export function cmsFormats(
  types: readonly ContentType[],
  config: CmsConfig,
  rules: SafeMdxRules,
  caches: ReadCaches = readCaches(),
): { name: string; extension: 'mdx' | 'yaml'; format: Formatter; translatedFields?: string[] }[] {
  const list: ReturnType<typeof cmsFormats> = [
    { name: formats.mdx, extension: 'mdx', format: cachedReads(safeMdxFormat(rules, BODY_FIELD), caches.mdx) },
    { name: formats.yaml, extension: 'yaml', format: cachedReads(cleanYamlFormat(), caches.yaml) },
  ];
  // A translated type has its own format, which does not write a language version nobody translated.
  for (const type of types) {
    if (type.kind !== 'folder' || type.translation !== 'files') continue;
    const collection = config.collections.find((c) => c.name === type.name)!;
    // The body field is among them (it is translated too).
    const translatedFields = translatedFieldNames(collection);
    // Reading does not depend on the translated fields (only writing does): one cache per kind.
    const format =
      type.format === 'mdx'
        ? cachedReads(safeMdxFormat(rules, BODY_FIELD, { translatedFields }), caches.mdx)
        : cachedReads(cleanYamlFormat({ translatedFields }), caches.yaml);
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
  // The type whose folder holds the file (a folder need not be named like its type: content/guide-parts).
  const type = types.find((t) => file.startsWith(`${t.folder}/`));
  const collection = config.collections.find((c) => c.name === type?.name) as CmsCollection | undefined;
  if (!type || !collection) throw new Error(`${file}: filen ligger inte i någon innehållstyps mapp.`);
  const fields = (collection.files ? collection.files.find((f) => f.file === file)?.fields : collection.fields) as CmsField[] | undefined;
  if (!fields) throw new Error(`${file}: filen hör inte till samlingen "${type.name}".`);
  const name = type.kind === 'folder' ? formatName(type) : formats.yaml;
  const { format } = cmsFormats(types, config, rules).find((f) => f.name === name)!;
  return format.toFile(
    format.fromFile(text),
    fields.map((field) => field.name),
  );
}
