/**
 * Swedish phone numbers as a helpline lists them: the form people read (`display`) and the form the
 * phone dials (`tel`). Short numbers (112, 1177, 90101, 116 111, 90 390) have no international form
 * and are dialled as they are; ordinary numbers are dialled as +46… and shown the Swedish way
 * (020-50 50 50). Rules without zod: the schema (src/schemas/phone-number.ts) validates with them
 * and components build their `tel:` links with them.
 */

/** Short numbers: 112, 1177, 11x xx (113 13, 114 14), 116 xxx (EU helplines), 5-digit 7xxxx/9xxxx numbers. */
export const shortNumberPattern = /^(?:112|1177|11\d{3}|116\d{3}|[79]\d{4})$/;

/** An ordinary Swedish number in international form: +46, then the number without its leading 0. */
export const internationalPattern = /^\+46[1-9]\d{6,8}$/;

/** A short number as shown: digits in groups of up to three, e.g. "116 111" or "90 390". */
const shortDisplayPattern = /^\d{2,3}(?: ?\d{2,3}){0,2}$/;

/** An ordinary number shown the Swedish way: area code, hyphen, groups: "08-702 16 80", "0200-239 500". */
const nationalDisplayPattern = /^0\d{1,3}-\d{2,3}(?: ?\d{2,3}){1,3}$/;

/** True when `tel` is dialable: a Swedish short number or +46 followed by the national number. */
export function isDialable(tel: string): boolean {
  return shortNumberPattern.test(tel) || internationalPattern.test(tel);
}

/** True when `display` is written the Swedish way (short number or area code with hyphen). */
export function isSwedishDisplay(display: string): boolean {
  return shortDisplayPattern.test(display) || nationalDisplayPattern.test(display);
}

/**
 * What a phone dials for a number written for people: spaces and hyphens go, a leading 0 becomes
 * +46, a number already in +… form is kept. `dialString('020-50 50 50')` → `+4620505050`,
 * `dialString('116 111')` → `116111`.
 */
export function dialString(display: string): string {
  const digits = display.replace(/[^\d+]/g, '');
  if (digits.startsWith('+')) return digits;
  if (digits.startsWith('0')) return `+46${digits.slice(1)}`;
  return digits;
}

/**
 * `tel:` value for a number written the Swedish way.
 * `telHref('08-702 16 80')` → `tel:+4687021680`; `telHref('116 111')` → `tel:116111`; `telHref('112')` → `tel:112`.
 */
export function telHref(display: string): string {
  return `tel:${dialString(display)}`;
}
