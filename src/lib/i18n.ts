/**
 * Languages: which there are, the other one, `<html lang>`, texts and dates in a language. Pure
 * functions: no content access here. Addresses are derived from the registry in routes.ts.
 */
import { defaultLocale, locales, type Locale } from '../schemas/index.ts';
import { localeFromPath } from './routes.ts';

export { defaultLocale, localeFromPath, locales, type Locale };

/** The other language (for the language switcher). */
export function otherLocale(locale: Locale): Locale {
  return locale === 'sv' ? 'en' : 'sv';
}

/** `<html lang>` / hreflang value for a locale. */
export function htmlLang(locale: Locale): string {
  return locale === 'sv' ? 'sv' : 'en';
}

/** Pick the text for `locale` from a `{ sv, en? }` value, falling back to Swedish. */
export function pick(text: { sv: string; en?: string | undefined }, locale: Locale): string {
  return locale === 'en' ? (text.en ?? text.sv) : text.sv;
}

// Creating an Intl formatter is costly; one per language serves every page of a build.
const longDate: Record<Locale, Intl.DateTimeFormat> = {
  sv: new Intl.DateTimeFormat('sv-SE', { dateStyle: 'long', timeZone: 'Europe/Stockholm' }),
  en: new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'Europe/Stockholm' }),
};

/** Long date in the page's language, in Swedish time: "23 november 2026". */
export function formatDate(date: Date, locale: Locale): string {
  return longDate[locale].format(date);
}

/** A text field of an entry in a language: plain text, or the language's value of a `{ sv, en }` text. */
export function textOf(data: unknown, field: string | undefined, locale: Locale): string | undefined {
  const value = field && data && typeof data === 'object' ? (data as Record<string, unknown>)[field] : undefined;
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && 'sv' in value) return pick(value as { sv: string; en?: string }, locale);
  return undefined;
}
