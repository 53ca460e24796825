/**
 * Helplines for templates, the open data endpoint and the `HelplineRef` content component.
 * The only code that reads the `helplines` collection. Checks across files (a referral to a line
 * that does not exist) fail the build here, with the file and the fix.
 */
import { getCollection } from 'astro:content';
import { crossCheck, orderHelplines, type Helpline, type OrderedHelplines } from '../lib/helplines.ts';
import { SlugSchema } from '../schemas/page.ts';
import { getSettings } from './site.ts';

async function load(): Promise<Helpline[]> {
  const entries = await getCollection('helplines');
  const lines = entries.map((entry) => {
    if (!SlugSchema.safeParse(entry.id).success) {
      throw new Error(
        `content/helplines/${entry.id}.yaml: filnamnet är linjens id och får bara ha små bokstäver a–z, siffror och bindestreck (t.ex. jourhavande-prast.yaml).`,
      );
    }
    return { ...entry.data, id: entry.id };
  });
  const problems = crossCheck(lines);
  if (problems.length) throw new Error(`Stödlinjerna går inte att bygga:\n${problems.join('\n')}`);
  return lines.sort((a, b) => a.id.localeCompare(b.id));
}

// The helplines page asks for the lines twice per language and every <HelplineRef> once more:
// read, check and sort them once per build. In `astro dev` content changes, so no cache.
let linesOnce: Promise<Helpline[]> | undefined;

/** Every helpline, sorted by id (the open data order). */
export function getHelplines(): Promise<Helpline[]> {
  if (import.meta.env.DEV) return load();
  return (linesOnce ??= load());
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
