import { describe, expect, it } from 'vitest';
import { identifierPrefix, isCountryCode, isDoi, isIsbn, isLanguageCode, isPmid, isPublicationYear } from '../../src/rules/identifiers.ts';

describe('isDoi: a bare DOI', () => {
  const valid = [
    { reason: 'a journal DOI', text: '10.1176/appi.ps.201600478' },
    { reason: 'a short suffix', text: '10.5334/aogh.2435' },
    { reason: 'capitals and digits in the suffix', text: '10.1017/S204579601800063X' },
    { reason: 'a five-digit registrant', text: '10.31234/osf.io/abc12' },
    { reason: 'a registrant with a sub-code', text: '10.1000.10/123456' },
    { reason: 'a suffix with hyphens and slashes', text: '10.1136/bmjopen-2018-025823' },
  ];
  it.each(valid)('accepts $reason: $text', ({ text }) => expect(isDoi(text)).toBe(true));
  const invalid = [
    { reason: 'a doi.org link', text: 'https://doi.org/10.2196/55882' },
    { reason: 'a "doi:" prefix', text: 'doi:10.2196/55882' },
    { reason: 'no prefix 10.', text: '11.2196/55882' },
    { reason: 'a registrant of three digits', text: '10.219/55882' },
    { reason: 'no suffix', text: '10.2196/' },
    { reason: 'no slash', text: '10.2196.55882' },
    { reason: 'a space in the suffix', text: '10.2196/558 82' },
    { reason: 'a PMID', text: '30951270' },
    { reason: 'empty', text: '' },
  ];
  it.each(invalid)('refuses $reason: $text', ({ text }) => expect(isDoi(text)).toBe(false));
});

describe('isPmid: a PubMed id', () => {
  it.each(['30951270', '1', '99999999'])('accepts %s', (text) => expect(isPmid(text)).toBe(true));
  const invalid = [
    { reason: 'a leading zero', text: '030951270' },
    { reason: 'nine digits', text: '309512701' },
    { reason: 'a prefix', text: 'PMID: 30951270' },
    { reason: 'letters', text: '3095127O' },
    { reason: 'zero', text: '0' },
    { reason: 'a DOI', text: '10.5334/aogh.2435' },
    { reason: 'empty', text: '' },
  ];
  it.each(invalid)('refuses $reason: $text', ({ text }) => expect(isPmid(text)).toBe(false));
});

describe('isIsbn: ISBN-10 and ISBN-13 with the right check digit', () => {
  const valid = [
    { reason: 'ISBN-13 with hyphens (Socialstyrelsen 2013)', text: '978-91-7555-064-0' },
    { reason: 'the same without hyphens', text: '9789175550640' },
    { reason: 'ISBN-13 with spaces', text: '978 0 306 40615 7' },
    { reason: 'ISBN-13 with prefix 979', text: '979-10-90636-07-1' },
    { reason: 'ISBN-10', text: '0-306-40615-2' },
    { reason: 'ISBN-10 with check digit X', text: '0-8044-2957-X' },
    { reason: 'ISBN-10 with a lower-case x', text: '080442957x' },
  ];
  it.each(valid)('accepts $reason: $text', ({ text }) => expect(isIsbn(text)).toBe(true));
  const invalid = [
    { reason: 'ISBN-13 with a wrong check digit', text: '978-91-7555-064-1' },
    { reason: 'ISBN-13 with two digits swapped', text: '978-91-7555-046-0' },
    { reason: 'ISBN-10 with a wrong check digit', text: '0-306-40615-3' },
    { reason: 'ISBN-10 with X in the middle', text: '0-30X-40615-2' },
    { reason: 'ISBN-13 with a prefix other than 978/979', text: '977-0-306-40615-7' },
    { reason: 'twelve digits', text: '978917555064' },
    { reason: 'a double hyphen', text: '978--91-7555-064-0' },
    { reason: 'an "ISBN" prefix', text: 'ISBN 978-91-7555-064-0' },
    { reason: 'empty', text: '' },
  ];
  it.each(invalid)('refuses $reason: $text', ({ text }) => expect(isIsbn(text)).toBe(false));
});

describe('identifierPrefix: what an editor pasted before the identifier', () => {
  const cases = [
    { text: 'https://doi.org/10.2196/55882', prefix: 'https://doi.org/' },
    { text: 'http://dx.doi.org/10.2196/55882', prefix: 'http://dx.doi.org/' },
    { text: 'doi:10.2196/55882', prefix: 'doi:' },
    { text: 'PMID: 30951270', prefix: 'PMID: ' },
    { text: 'https://pubmed.ncbi.nlm.nih.gov/30951270/', prefix: 'https://pubmed.ncbi.nlm.nih.gov/' },
    { text: 'ISBN 978-91-7555-064-0', prefix: 'ISBN ' },
    { text: '10.2196/55882', prefix: undefined },
  ];
  it.each(cases)('$text', ({ text, prefix }) => expect(identifierPrefix(text)).toBe(prefix));
});

describe('isPublicationYear: 1900 up to next year', () => {
  const today = new Date('2026-11-30T12:00:00Z');
  it.each([1900, 2013, 2026, 2027])('accepts %i', (year) => expect(isPublicationYear(year, today)).toBe(true));
  it.each([1899, 2028, 2019.5])('refuses %s', (year) => expect(isPublicationYear(year, today)).toBe(false));
});

describe('language and country codes', () => {
  it.each(['sv', 'en', 'no', 'da', 'fi'])('language %s', (code) => expect(isLanguageCode(code)).toBe(true));
  it.each(['SV', 'swe', 'xx', 's', ''])('not language "%s"', (code) => expect(isLanguageCode(code)).toBe(false));
  it.each(['SE', 'GB', 'CA', 'DE'])('country %s', (code) => expect(isCountryCode(code)).toBe(true));
  it.each(['se', 'SWE', 'XX', 'ZZ', ''])('not country "%s"', (code) => expect(isCountryCode(code)).toBe(false));
});
