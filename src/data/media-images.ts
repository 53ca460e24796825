/**
 * Uploaded images as the build's image pipeline sees them: every raster file in public/media/ is
 * imported (Astro reads its size and format and converts it), every SVG read as text (for its
 * size). An address from content is looked up in these lists by `mediaImageKey`, so content can
 * name only files that are in the media folder; one that is not there fails the build with what
 * to do. The files stay in public/media/ as well: editors' addresses (`/media/bild.jpg`) keep
 * working, and the upload checks and the sandboxing headers of /media/ apply unchanged.
 */
import type { ImageMetadata } from 'astro';
import { mediaImageKey, svgSize } from '../lib/media-image.ts';
import { MissingMediaError } from './media.ts';

// Literal patterns (Vite needs them): both cases of each extension the media library accepts.
const rasters = import.meta.glob<ImageMetadata>('/public/media/**/*.{jpg,jpeg,png,webp,avif,gif,JPG,JPEG,PNG,WEBP,AVIF,GIF}', {
  import: 'default',
});
const svgs = import.meta.glob<string>('/public/media/**/*.{svg,SVG}', { query: '?raw', import: 'default' });

export type MediaImage = { kind: 'raster'; image: ImageMetadata } | { kind: 'svg'; src: string; width?: number; height?: number };

/**
 * The uploaded image at `src` (`/media/bild.jpg`), or undefined when `src` is not an address in
 * the media library (a file the project ships in public/, like `/favicon.svg`). Throws
 * MissingMediaError when it names an image that was not uploaded.
 */
export async function mediaImage(src: string): Promise<MediaImage | undefined> {
  const key = mediaImageKey(src);
  if (!key) return undefined;
  const raster = rasters[key];
  if (raster) return { kind: 'raster', image: await raster() };
  const svg = svgs[key];
  if (svg) return { kind: 'svg', src, ...svgSize(await svg()) };
  throw new MissingMediaError(
    `Bilden ${src} finns inte i public${decodeURIComponent(src)}. Ladda upp bilden i redigeringsverktygets mediebibliotek, eller välj en som finns.`,
  );
}
