/**
 * The interface strings of a type's section (its name in the menu, the page's heading and
 * introduction, the 404 page's link), looked up by the type's name in the UI strings.
 */
import type { UiStrings } from '../schemas/index.ts';

export interface SectionStrings {
  nav: string;
  title: string;
  intro: string;
  notFoundLink?: string | undefined;
}

/** The section strings of type `name`, or undefined when the type has none. */
export function sectionStrings(ui: UiStrings, name: string): SectionStrings | undefined {
  const group = (ui as unknown as Record<string, unknown>)[name];
  if (!group || typeof group !== 'object' || !('nav' in group) || !('title' in group) || !('intro' in group)) return undefined;
  return group as SectionStrings;
}
