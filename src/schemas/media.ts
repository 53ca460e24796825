import { uploadTypes } from '../rules/media.ts';
import { z } from './z.ts';

/**
 * Images and documents uploaded through the CMS live in public/media/ and are served at /media/.
 * An image is always a pair: the file and its alt text, which is required (WCAG 1.1.1): a schema
 * that shows an image uses `image({ title, description })`, never a bare path.
 */

/**
 * Address of an uploaded file with one of `extensions`: /media/ and a name in a–z, 0–9, - _ . /
 * (what the CMS writes), never `..` (which would point outside the media folder).
 */
function mediaPattern(extensions: readonly string[]): RegExp {
  return new RegExp(`^/media/(?!.*\\.\\.)[A-Za-z0-9._/-]+\\.(?:${extensions.join('|')})$`, 'i');
}

const byKind = (kind: 'image' | 'document') =>
  Object.entries(uploadTypes).flatMap(([extension, type]) => (type.kind === kind ? [[extension, type.label] as const] : []));

const imagePattern = mediaPattern(byKind('image').map(([extension]) => extension));

/** Document types a link may show its type for, by file extension: the documents the media library accepts. */
export const documentTypes: Readonly<Record<string, string>> = Object.fromEntries(byKind('document'));

export const documentPathPattern = mediaPattern(Object.keys(documentTypes));

/** An image with its alt text. */
export function image(meta: { title: string; description: string }) {
  return z
    .strictObject({
      src: z
        .string()
        .regex(imagePattern, { error: 'Välj en bild (jpg, png, webp, avif, gif eller svg) från mediebiblioteket.' })
        .meta({ title: 'Bild', description: 'Ladda upp eller välj en bild i mediebiblioteket.', widget: 'image', i18n: 'duplicate' }),
      alt: z
        .string()
        .min(3, { error: 'Skriv en alternativtext: beskriv kort vad bilden visar (minst 3 tecken).' })
        .max(250, { error: 'Alternativtexten får vara högst 250 tecken. Längre beskrivningar hör hemma i texten.' })
        .meta({
          title: 'Alternativtext',
          description:
            'Beskriv kort vad bilden visar för den som inte ser den, t.ex. "Två personer samtalar vid ett köksbord". Obligatorisk.',
          i18n: 'translate',
        }),
    })
    .meta(meta);
}

export const ImageSchema = image({ title: 'Bild', description: 'En bild med alternativtext.' });
export type ImageData = z.output<typeof ImageSchema>;
