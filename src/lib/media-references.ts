/**
 * Uploaded files named in content fields: a field whose metadata asks for the CMS's `file` or
 * `image` widget holds an address under /media/ (a document's file, a news item's image). The
 * content check looks each one up in the media library, so a document whose file is missing stops
 * the build naming the file, the field and what to do. Pure: the caller checks existence.
 */
import type { z } from 'zod';
import { fieldsWithMeta, type FieldMeta } from './schema-walk.ts';

type AnySchema = z.core.$ZodType;

/** An uploaded file's address found in an entry's data. */
export interface MediaReference {
  path: (string | number)[];
  href: string;
}

const uploadWidget = (meta: FieldMeta) => (meta.widget === 'file' || meta.widget === 'image' ? meta.widget : undefined);

/** Every `/media/…` value of a `file` or `image` field in `data` (already parsed by `schema`). */
export function mediaReferencesIn(schema: AnySchema, data: unknown): MediaReference[] {
  return fieldsWithMeta(schema, data, uploadWidget).flatMap(({ path, value }) =>
    typeof value === 'string' && value.startsWith('/media/') ? [{ path, href: value }] : [],
  );
}
