import { z } from './z.ts';

/**
 * A text that exists in Swedish (required) and English (optional, falls back to Swedish).
 * Used in data files (YAML) where one file holds both languages; MDX pages are translated as
 * separate files instead (content/pages/sv, content/pages/en).
 */
export function localized<T extends z.ZodType<string>>(inner: T, meta: { title: string; description: string }) {
  return z
    .object({
      sv: inner.meta({ title: 'Svenska', description: meta.description }),
      en: inner.optional().meta({ title: 'English', description: 'Engelsk översättning. Lämna tomt för att visa den svenska texten.' }),
    })
    .meta({ ...meta, i18n: 'none' });
}

export type Localized = { sv: string; en?: string | undefined };
