/**
 * The JSON Schema of /hjalplinjer.json, generated from the zod schema so it can never drift.
 *
 * `io: 'output'`: the file publishes data as the build outputs it (defaults filled in, dates
 * normalised to text), so fields with defaults are required and the schema states what a reader
 * actually gets. (`input` would describe what an editor may write instead.) Our own metadata keys
 * for the CMS (widget, i18n, relation) are left out; titles and descriptions stay, in Swedish.
 */
import { z } from 'zod';
import { HelplinesOpenDataSchema } from '../schemas/helplines-open-data.ts';

const cmsKeys = ['widget', 'i18n', 'relation'] as const;

export function helplinesJsonSchema(id: string): Record<string, unknown> {
  const schema = z.toJSONSchema(HelplinesOpenDataSchema, {
    io: 'output',
    target: 'draft-2020-12',
    override: (ctx) => {
      for (const key of cmsKeys) delete (ctx.jsonSchema as Record<string, unknown>)[key];
    },
  }) as Record<string, unknown>;
  return { $schema: schema.$schema, $id: id, ...schema };
}
