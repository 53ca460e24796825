/**
 * Uploaded files named in content fields: a field whose metadata asks for the CMS's `file` or
 * `image` widget holds an address under /media/ (a document's file, a news item's image). The
 * content check looks each one up in the media library, so a document whose file is missing stops
 * the build naming the file, the field and what to do. Pure: the caller checks existence.
 */
import type { z } from 'zod';

type AnySchema = z.core.$ZodType;

interface Def {
  type: string;
  innerType?: AnySchema;
  in?: AnySchema;
  shape?: Record<string, AnySchema>;
  element?: AnySchema;
}

/** An uploaded file's address found in an entry's data. */
export interface MediaReference {
  path: (string | number)[];
  href: string;
}

const widgetOf = (schema: AnySchema) => ((schema as z.ZodType).meta?.() as { widget?: string } | undefined)?.widget;

/** Every `/media/…` value of a `file` or `image` field in `data` (already parsed by `schema`). */
export function mediaReferencesIn(schema: AnySchema, data: unknown, path: (string | number)[] = []): MediaReference[] {
  let current = schema;
  let widget = widgetOf(current);
  for (let i = 0; i < 20; i++) {
    const def = current._zod.def as unknown as Def;
    const next = def.innerType ?? (def.type === 'pipe' ? def.in : undefined);
    if (!next) break;
    current = next;
    widget ??= widgetOf(current);
  }
  if (widget === 'file' || widget === 'image') {
    return typeof data === 'string' && data.startsWith('/media/') ? [{ path, href: data }] : [];
  }
  const def = current._zod.def as unknown as Def;
  if (def.type === 'object' && def.shape && data && typeof data === 'object') {
    return Object.entries(def.shape).flatMap(([key, field]) =>
      mediaReferencesIn(field, (data as Record<string, unknown>)[key], [...path, key]),
    );
  }
  if (def.type === 'array' && def.element && Array.isArray(data)) {
    const element = def.element;
    return data.flatMap((item, i) => mediaReferencesIn(element, item, [...path, i]));
  }
  return [];
}
