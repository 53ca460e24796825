import { z } from './z.ts';

const message = 'Skriv datumet som ÅÅÅÅ-MM-DD, t.ex. 2026-11-23.';

/**
 * A calendar date written ÅÅÅÅ-MM-DD in content. YAML readers hand over either a Date or the
 * string; anything else ("23 november", which JavaScript's Date would happily guess at) is refused.
 */
export const DateSchema = z
  .union([z.date({ error: message }), z.iso.date({ error: message })], { error: message })
  .transform((value) => (typeof value === 'string' ? new Date(`${value}T00:00:00Z`) : value));
