/** The site's search settings (content/settings/site.yaml, `search:`), as the schema reads them, for the build. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { SettingsSchema } from '../src/schemas/settings.ts';

/** Crisis words and synonym groups (each group as a list of words). */
export function readSearchSettings(root: string): { crisisTerms: string[]; synonyms: string[][] } {
  const settings = SettingsSchema.parse(parse(readFileSync(join(root, 'content/settings/site.yaml'), 'utf8')));
  return { crisisTerms: settings.search.crisisTerms, synonyms: settings.search.synonyms.map((group) => group.terms) };
}
