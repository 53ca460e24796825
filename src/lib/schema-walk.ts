/**
 * One walk over an entry's data along its zod schema: every value whose field (through optional,
 * default and pipe layers) carries metadata the caller picks, with the field's path. References
 * between entries (`relation`, src/lib/references.ts) and uploaded files (`file`/`image` widgets,
 * src/lib/media-references.ts) are both found this way. Pure.
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

export type FieldMeta = Record<string, unknown>;

export interface Found<T> {
  /** Path of the field, e.g. `['referral']` or `['helplines', 0]`. */
  path: (string | number)[];
  /** What `pick` returned for the field. */
  picked: T;
  /** The value in the data. */
  value: unknown;
}

const metaOf = (schema: AnySchema) => ((schema as z.ZodType).meta?.() ?? {}) as FieldMeta;

/**
 * Every value in `data` (already parsed by `schema`) whose field's metadata `pick` accepts (returns
 * something other than undefined), outermost metadata first. Objects and arrays are walked into.
 */
export function fieldsWithMeta<T>(
  schema: AnySchema,
  data: unknown,
  pick: (meta: FieldMeta) => T | undefined,
  path: (string | number)[] = [],
): Found<T>[] {
  let current = schema;
  let picked = pick(metaOf(current));
  for (let i = 0; i < 20; i++) {
    const def = current._zod.def as unknown as Def;
    const next = def.innerType ?? (def.type === 'pipe' ? def.in : undefined);
    if (!next) break;
    current = next;
    picked ??= pick(metaOf(current));
  }
  if (picked !== undefined) return [{ path, picked, value: data }];
  const def = current._zod.def as unknown as Def;
  if (def.type === 'object' && def.shape && data && typeof data === 'object') {
    return Object.entries(def.shape).flatMap(([key, field]) =>
      fieldsWithMeta(field, (data as Record<string, unknown>)[key], pick, [...path, key]),
    );
  }
  if (def.type === 'array' && def.element && Array.isArray(data)) {
    const element = def.element;
    return data.flatMap((item, i) => fieldsWithMeta(element, item, pick, [...path, i]));
  }
  return [];
}
