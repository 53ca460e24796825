/**
 * References between entries, declared once in the schema: a field whose metadata has
 * `relation: { collection }` holds the key (file name) of an entry of that collection (a helpline's
 * referral, later a course's venue or a chapter's helplines). The same code checks them for every
 * type, so a reference to a missing entry stops the build and `npm run validate` naming the file,
 * the field and the missing key. Pure: the caller hands in the parsed entries.
 */
import type { z } from 'zod';
import { describeValue, fieldLabel, type ContentProblem } from './content-errors.ts';
import { fieldsWithMeta, type FieldMeta } from './schema-walk.ts';

type AnySchema = z.core.$ZodType;

/** A reference found in an entry's data. */
export interface Reference {
  /** Path of the field, e.g. `['referral']` or `['helplines', 0]`. */
  path: (string | number)[];
  /** The collection it points into. */
  collection: string;
  value: string;
}

const relationOf = (meta: FieldMeta) => (meta.relation as { collection: string } | undefined)?.collection;

/** Every reference in `data` (already parsed by `schema`), found through the schema's `relation` metadata. */
export function referencesIn(schema: AnySchema, data: unknown): Reference[] {
  return fieldsWithMeta(schema, data, relationOf).flatMap(({ path, picked, value }) =>
    typeof value === 'string' ? [{ path, collection: picked, value }] : [],
  );
}

/** An entry as the check sees it. */
export interface ReferringEntry {
  /** The entry's collection. */
  type: string;
  /** Its key: the file name without extension (and without the language folder). */
  key: string;
  file: string;
  schema: AnySchema;
  data: unknown;
}

/**
 * Problems with references: a key no entry of the target collection has, or an entry that points
 * at itself. `collections` holds every collection's folder and keys, by name.
 */
export function checkReferences(
  entries: readonly ReferringEntry[],
  collections: ReadonlyMap<string, { folder: string; keys: ReadonlySet<string> }>,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const entry of entries) {
    for (const ref of referencesIn(entry.schema, entry.data)) {
      const field = ref.path.join('.');
      const label = fieldLabel(entry.schema, ref.path);
      const target = collections.get(ref.collection);
      const known = target?.keys ?? new Set<string>();
      if (ref.collection === entry.type && ref.value === entry.key) {
        problems.push({
          file: entry.file,
          field,
          label,
          found: `${describeValue(ref.value)}, filens eget id`,
          expected: 'ett annat inlägg än det här',
          fix: 'Ett inlägg kan inte hänvisa till sig självt. Välj ett annat eller lämna fältet tomt.',
        });
      } else if (!known.has(ref.value)) {
        const list = [...known].sort();
        problems.push({
          file: entry.file,
          field,
          label,
          found: `${describeValue(ref.value)}, som inte finns i ${ref.collection}`,
          expected: list.length ? `ett av: ${list.join(', ')}` : `ett inlägg i ${ref.collection} (det finns inga än)`,
          fix: target
            ? `Välj ett befintligt inlägg, eller skapa ${target.folder}/${ref.value} först.`
            : `Det finns ingen innehållstyp "${ref.collection}": rätta relation.collection i schemat.`,
        });
      }
    }
  }
  return problems;
}
