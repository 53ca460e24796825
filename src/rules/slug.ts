/**
 * Slugs: URL segments and the ids of entries (file names without extension). Rules without zod:
 * the schemas and the content check use the one pattern, each with its own Swedish message.
 */

/** Lowercase ASCII letters, digits and single hyphens between them (å, ä, ö are written a, a, o): "boka-en-peer". */
export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A suggestion for a slug: "Boka en Peer!" → "boka-en-peer", "Återhämtning" → "aterhamtning". */
export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
