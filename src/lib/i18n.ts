/**
 * Languages and addresses. Swedish lives at `/` without a prefix, English under `/en/`.
 * Pure functions: no content access here.
 */
import { defaultLocale, locales, type Locale } from '../schemas/index.ts';

export { defaultLocale, locales, type Locale };

/** Fixed routes of the site's own templates, per language (ASCII Swedish slugs). */
export const routes = {
  home: { sv: '/', en: '/en/' },
  helplines: { sv: '/hjalplinjer/', en: '/en/helplines/' },
  accessibility: { sv: '/tillganglighet/', en: '/en/accessibility/' },
  privacy: { sv: '/integritet/', en: '/en/privacy/' },
} as const satisfies Record<string, Record<Locale, string>>;

export type RouteName = keyof typeof routes;

/** Language of a path: `/en/…` is English, everything else Swedish. */
export function localeFromPath(pathname: string): Locale {
  return pathname === '/en' || pathname.startsWith('/en/') ? 'en' : 'sv';
}

/** The other language (for the language switcher). */
export function otherLocale(locale: Locale): Locale {
  return locale === 'sv' ? 'en' : 'sv';
}

/** Address of a content page: `pagePath('sv', 'om')` → `/om/`, `pagePath('en', 'about')` → `/en/about/`. */
export function pagePath(locale: Locale, slug: string): string {
  const prefix = locale === defaultLocale ? '' : `/${locale}`;
  return slug === '' ? `${prefix}/` : `${prefix}/${slug}/`;
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
