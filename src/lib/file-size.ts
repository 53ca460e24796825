/**
 * File sizes and types as a link to a document shows them: "(PDF, 1,2 MB)". Decimal units
 * (1 kB = 1000 byte) as Swedish public-sector sites write them.
 */
import { documentTypes } from '../schemas/media.ts';
import type { Locale } from './i18n.ts';

/** `formatFileSize(1_234_567, 'sv')` → "1,2 MB"; `formatFileSize(48_000, 'en')` → "48 kB". */
export function formatFileSize(bytes: number, locale: Locale): string {
  const number = (n: number, digits: number) =>
    new Intl.NumberFormat(locale === 'sv' ? 'sv-SE' : 'en-GB', { maximumFractionDigits: digits }).format(n);
  if (bytes < 1000) return `${number(bytes, 0)} B`;
  if (bytes < 1_000_000) return `${number(Math.round(bytes / 1000), 0)} kB`;
  return `${number(bytes / 1_000_000, 1)} MB`;
}

/** The document type for a file name: `rapport.PDF` → "PDF", `lista.xlsx` → "Excel". */
export function documentType(path: string): string {
  const extension = /\.([a-z0-9]+)$/i.exec(path)?.[1]?.toLowerCase() ?? '';
  return (documentTypes as Record<string, string>)[extension] ?? extension.toUpperCase();
}

/** "(PDF, 1,2 MB)" */
export function documentLabel(path: string, bytes: number, locale: Locale): string {
  return `(${documentType(path)}, ${formatFileSize(bytes, locale)})`;
}
