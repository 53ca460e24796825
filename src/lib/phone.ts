/**
 * Swedish phone numbers. Short numbers (112, 1177, 90101, 116 111, 90 390) are dialled as they are;
 * ordinary numbers are dialled in international form (+46…) and shown the Swedish way. The rules
 * themselves live in src/schemas/phone-number.ts, which the content schema validates with.
 */
import { dialString, isDialable, isSwedishDisplay } from '../schemas/phone-number.ts';

export { dialString, isDialable, isSwedishDisplay };

/**
 * `tel:` value for a number written the Swedish way.
 * `telHref('08-702 16 80')` → `tel:+4687021680`; `telHref('116 111')` → `tel:116111`; `telHref('112')` → `tel:112`.
 */
export function telHref(display: string): string {
  return `tel:${dialString(display)}`;
}

/** True when the number shown and the number dialled are the same number. `numbersAgree('90 390', '90390')` → true. */
export function numbersAgree(display: string, tel: string): boolean {
  return isSwedishDisplay(display) && isDialable(tel) && dialString(display) === tel;
}
