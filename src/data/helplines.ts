/**
 * Helplines for templates, the open data endpoint and the `HelplineRef` content component, read
 * through the one content reader (entries.ts). Helplines are bilingual in one file, so each line
 * is one entry per language with the same data; the lines here are the Swedish entries.
 */
import { orderHelplines, type Helpline, type OrderedHelplines } from '../lib/helplines.ts';
import { defaultLocale } from '../schemas/index.ts';
import { getEntries } from './entries.ts';
import { memo } from './memo.ts';
import { getSettings } from './site.ts';

/** Every helpline, sorted by id (the open data order). */
export function getHelplines(): Promise<Helpline[]> {
  return memo('helplines', async () => (await getEntries('helplines', defaultLocale)).map((entry) => ({ ...entry.data, id: entry.key })));
}

/** The lines in the page's order for the site's region. */
export async function getOrderedHelplines(): Promise<OrderedHelplines & { region: string }> {
  const [lines, settings] = await Promise.all([getHelplines(), getSettings()]);
  return { ...orderHelplines(lines, settings.region), region: settings.region };
}

/** One helpline by id, or a build error that lists the ids there are (for `<HelplineRef id="…" />`). */
export async function getHelpline(id: string): Promise<Helpline> {
  const lines = await getHelplines();
  const line = lines.find((l) => l.id === id);
  if (!line) {
    throw new Error(
      `<HelplineRef id="${id}" />: det finns ingen stödlinje med id "${id}". Välj ett av: ${lines.map((l) => l.id).join(', ')}.`,
    );
  }
  return line;
}
