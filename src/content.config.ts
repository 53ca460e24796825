import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { contentTypes, locales, type ContentType } from './schemas/index.ts';

/** Files an entry of this type is loaded from, relative to its folder. */
function pattern(type: ContentType): string {
  if (type.kind === 'files') {
    // A brace group of one name is not expanded by the glob matcher: write it plainly.
    const names = type.files.map((f) => f.name);
    return names.length === 1 ? `${names[0]}.yaml` : `{${names.join(',')}}.yaml`;
  }
  const ext = type.format === 'mdx' ? 'mdx' : 'yaml';
  return type.translation === 'files' ? `{${locales.join(',')}}/**/*.${ext}` : `**/*.${ext}`;
}

function collectionFor<T extends ContentType>(type: T) {
  return defineCollection({
    loader: glob({
      pattern: pattern(type),
      base: `./${type.folder}`,
      // The id is the file path without extension ("en/om"), never the front matter's `slug`:
      // Astro's default takes `slug` as the id, which would drop the language folder from
      // translated pages ("en/om" with `slug: about` became "about").
      generateId: ({ entry }) => entry.replace(/\.[^./]+$/, ''),
    }),
    schema: type.schema as T['schema'],
  });
}

type Registered = (typeof contentTypes)[number];

/**
 * One collection per registered content type, keyed by its name: a new type in
 * src/schemas/index.ts is a collection without an edit here. (Picking types by position broke
 * silently when the registry was reordered.) The mapped type keeps each collection's own schema
 * type for `getCollection()`.
 */
export const collections = Object.fromEntries(contentTypes.map((type) => [type.name, collectionFor(type)])) as {
  [T in Registered as T['name']]: ReturnType<typeof collectionFor<T>>;
};
