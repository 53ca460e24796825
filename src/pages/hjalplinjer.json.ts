/**
 * /hjalplinjer.json: every helpline as open data (numbers, hours, verification), described by
 * /hjalplinjer.schema.json. The data is what the build validated, so it matches the schema.
 */
import type { APIRoute } from 'astro';
import { getHelplines } from '../data/helplines.ts';
import { getSettings } from '../data/site.ts';
import type { HelplinesOpenData } from '../schemas/helplines-open-data.ts';

export const GET: APIRoute = async () => {
  const [helplines, settings] = await Promise.all([getHelplines(), getSettings()]);
  const document: HelplinesOpenData = {
    $schema: new URL('/hjalplinjer.schema.json', import.meta.env.SITE).href,
    region: settings.region,
    // The id first: it is what a reader looks for.
    helplines: helplines.map(({ id, ...rest }) => ({ id, ...rest })),
  };
  return new Response(`${JSON.stringify(document, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
