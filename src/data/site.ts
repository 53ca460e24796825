/**
 * Settings and interface strings for templates: the two fixed-file collections, read once per
 * build (memo.ts), so components receive plain data.
 */
import { getEntry } from 'astro:content';
import type { Locale } from '../lib/i18n.ts';
import type { UiStrings } from '../schemas/index.ts';
import type { SettingsData } from '../schemas/settings.ts';
import { memo } from './memo.ts';

export function getSettings(): Promise<SettingsData> {
  return memo('settings', async () => {
    const entry = await getEntry('settings', 'site');
    if (!entry) throw new Error('content/settings/site.yaml saknas.');
    return entry.data;
  });
}

export function getUi(locale: Locale): Promise<UiStrings> {
  return memo(`ui:${locale}`, async () => {
    const entry = await getEntry('ui', locale);
    if (!entry) throw new Error(`content/ui/${locale}.yaml saknas.`);
    return entry.data;
  });
}
