import { z } from './z.ts';

/**
 * A text that exists in Swedish (required) and English (optional, falls back to Swedish).
 * Used in data files (YAML) where one file holds both languages; MDX pages are translated as
 * separate files instead (content/pages/sv, content/pages/en).
 */
export function localized<T extends z.ZodType<string>>(inner: T, meta: { title: string; description: string }) {
  return z
    .object({
      // The group carries the field's help; each language says only where it shows (no help twice).
      sv: inner.meta({ title: 'Svenska', description: 'Visas på de svenska sidorna.' }),
      en: inner.optional().meta({
        title: 'English',
        description: 'Visas på de engelska sidorna. Lämna tomt för att visa den svenska texten där.',
      }),
    })
    .meta({ ...meta, i18n: 'none' });
}

export type Localized = { sv: string; en?: string | undefined };
