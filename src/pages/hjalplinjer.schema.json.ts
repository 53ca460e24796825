/** /hjalplinjer.schema.json: the JSON Schema of /hjalplinjer.json, generated from the zod schema. */
import type { APIRoute } from 'astro';
import { helplinesJsonSchema } from '../lib/open-data-schema.ts';

export const GET: APIRoute = () => {
  const schema = helplinesJsonSchema(new URL('/hjalplinjer.schema.json', import.meta.env.SITE).href);
  return new Response(`${JSON.stringify(schema, null, 2)}\n`, { headers: { 'Content-Type': 'application/schema+json' } });
};
