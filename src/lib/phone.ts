/**
 * Swedish phone numbers. Short numbers (112, 1177, 90101, 116 111) are dialled as they are;
 * ordinary numbers are dialled in international form (+46…) and shown the Swedish way.
 */

/**
 * `tel:` value for a number written the Swedish way.
 * `telHref('08-702 16 80')` → `tel:+4687021680`; `telHref('116 111')` → `tel:116111`; `telHref('112')` → `tel:112`.
 */
export function telHref(display: string): string {
  const digits = display.replace(/[^\d+]/g, '');
  if (digits.startsWith('+')) return `tel:${digits}`;
  if (digits.startsWith('0')) return `tel:+46${digits.slice(1)}`;
  return `tel:${digits}`;
}
