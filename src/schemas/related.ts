import { slugPattern } from '../rules/slug.ts';
import { z } from './z.ts';

/**
 * A list of references to entries of one collection, by key (file name without extension). The
 * `relation` metadata makes the CMS offer a picker and makes the build check every key
 * (src/lib/references.ts): a key that no entry has stops the build naming the file and field.
 */
export function relatedList(collection: string, meta: { title: string; description: string; searchField: string }) {
  return z
    .array(
      z
        .string()
        .regex(slugPattern, { error: 'Välj ett inlägg i listan (filnamnet utan ändelse, t.ex. "arsrapport-2025").' })
        .meta({
          title: meta.title,
          description: 'Välj i listan. Sök på rubriken.',
          relation: { collection, valueField: '{{slug}}', searchFields: [meta.searchField], displayFields: [meta.searchField] },
        }),
    )
    .max(6, { error: 'Välj högst sex. Fler gör listan svår att överblicka.' })
    .default([])
    .meta({ title: meta.title, description: meta.description, i18n: 'duplicate' });
}
