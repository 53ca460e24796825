/**
 * Identifiers of published works: DOI, PubMed id (PMID) and ISBN. Rules without zod: the research
 * schema (src/schemas/research.ts) and its tests use them, each with its own Swedish message.
 * Editors often paste an identifier as a link or with a prefix ("https://doi.org/10.…",
 * "doi:10.…", "PMID: 30951270", "ISBN 978-…"); the schema asks for the bare form, which is what
 * citation formats and reference managers expect.
 */

/**
 * A bare DOI: "10.", a registrant code of at least four digits (optionally with dot-separated
 * sub-codes), "/", and a suffix without spaces: "10.1176/appi.ps.201600478". (DOI Handbook 2.2.)
 */
export const doiPattern = /^10\.\d{4,9}(?:\.\d+)*\/\S+$/;

/** True for a bare DOI ("10.5334/aogh.2435"); false for a link, a "doi:" prefix or a DOI with spaces. */
export function isDoi(text: string): boolean {
  return doiPattern.test(text);
}

/** A PubMed id: a positive whole number of one to eight digits, without leading zeros: "30951270". */
export const pmidPattern = /^[1-9]\d{0,7}$/;

export function isPmid(text: string): boolean {
  return pmidPattern.test(text);
}

/** The digits (and a final X) of an ISBN written with hyphens or spaces: "978-91-7555-064-0" → "9789175550640". */
export function isbnDigits(text: string): string {
  return text.replace(/[\s-]/g, '').toUpperCase();
}

/**
 * True for an ISBN-10 or ISBN-13 whose check digit is right, written with or without hyphens
 * (single hyphens or spaces between groups): "978-91-7555-064-0", "91-7555-064-X".
 * ISBN-10: the digits weighted 10…1 sum to a multiple of 11 (X = 10, last place only).
 * ISBN-13: the digits weighted 1, 3, 1, 3 … sum to a multiple of 10, and the prefix is 978 or 979.
 */
export function isIsbn(text: string): boolean {
  if (!/^[0-9Xx]+(?:[- ][0-9Xx]+)*$/.test(text)) return false;
  const digits = isbnDigits(text);
  if (/^\d{9}[\dX]$/.test(digits)) {
    const sum = [...digits].reduce((total, c, i) => total + (c === 'X' ? 10 : Number(c)) * (10 - i), 0);
    return sum % 11 === 0;
  }
  if (/^97[89]\d{10}$/.test(digits)) {
    const sum = [...digits].reduce((total, c, i) => total + Number(c) * (i % 2 === 0 ? 1 : 3), 0);
    return sum % 10 === 0;
  }
  return false;
}

/**
 * What an editor pasted instead of a bare identifier, so the message can say what to remove:
 * a link or a prefix. Undefined when there is nothing to strip.
 */
export function identifierPrefix(text: string): string | undefined {
  return /^(?:https?:\/\/(?:dx\.)?doi\.org\/|https?:\/\/pubmed\.ncbi\.nlm\.nih\.gov\/|doi:\s*|pmid:?\s*|isbn:?\s*)/i.exec(text)?.[0];
}

/** A publication year is plausible from 1900 up to next year (a work "in press" may carry next year's date). */
export function isPublicationYear(year: number, today: Date = new Date()): boolean {
  return Number.isInteger(year) && year >= 1900 && year <= today.getUTCFullYear() + 1;
}

/** A two-letter language code the platform can name (ISO 639-1, as Intl knows it): "sv", "en". */
export function isLanguageCode(code: string): boolean {
  if (!/^[a-z]{2}$/.test(code)) return false;
  return new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' }).of(code) !== undefined;
}

/** A two-letter country code (ISO 3166-1 alpha-2, as Intl knows it): "SE", "GB". */
export function isCountryCode(code: string): boolean {
  // ZZ is the code for "unknown region", not a country.
  if (!/^[A-Z]{2}$/.test(code) || code === 'ZZ') return false;
  const name = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' }).of(code);
  return name !== undefined && name !== code;
}
