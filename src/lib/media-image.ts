/**
 * How an uploaded image is shown: which file in public/media/ an address names, how it is
 * converted and at which widths, and an SVG's size. Pure (no files, no Astro): the build reads the
 * files (src/data/media-images.ts) and the component renders (src/components/content/MediaImage.astro).
 *
 * Editors' addresses stay `/media/name.jpg`; the build serves a raster image as AVIF and WebP at
 * several widths with a fallback in its own format, and an SVG or GIF as uploaded.
 */
import type { ImageOutputFormat } from 'astro';

/** Raster formats the build converts (`sharp`): everything the media library accepts but SVG and GIF. */
const converted = ['jpg', 'jpeg', 'png', 'webp', 'avif'] as const;

/**
 * The key of an uploaded image in the build's list of files (`import.meta.glob` keys), or
 * undefined when `src` is not an uploaded image: `/media/bild.jpg` → `/public/media/bild.jpg`.
 * The key is only ever looked up in that list, so no address reaches a file outside the media
 * folder; `..`, `.` segments, backslashes and queries are refused here as well.
 */
export function mediaImageKey(src: string): string | undefined {
  let path: string;
  try {
    path = decodeURIComponent(src);
  } catch {
    return undefined;
  }
  if (!/^\/media\/[^?#\\]+\.(?:jpe?g|png|webp|avif|gif|svg)$/i.test(path)) return undefined;
  const segments = path.slice(1).split('/');
  return segments.some((segment) => segment === '..' || segment === '.' || segment === '') ? undefined : `/public${path}`;
}

export type ImageTreatment =
  | { kind: 'picture'; formats: ImageOutputFormat[]; fallbackFormat: ImageOutputFormat }
  | { kind: 'gif'; formats: ImageOutputFormat[]; fallbackFormat: ImageOutputFormat }
  | { kind: 'as-is' };

/**
 * What the build does with an image, by its extension. `imageTreatment('foto.jpg')` →
 * AVIF and WebP with a JPEG fallback; a PNG keeps PNG as its fallback (it may be transparent); a
 * WebP or AVIF upload falls back to WebP; a GIF becomes an animated WebP with the GIF as fallback
 * (AVIF would keep only its first frame); an SVG is served as uploaded (a drawing, not pixels).
 */
export function imageTreatment(name: string): ImageTreatment {
  const extension = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  if (extension === 'gif') return { kind: 'gif', formats: ['webp'], fallbackFormat: 'gif' };
  if (!extension || !(converted as readonly string[]).includes(extension)) return { kind: 'as-is' };
  const fallbackFormat: ImageOutputFormat = extension === 'png' ? 'png' : extension === 'webp' || extension === 'avif' ? 'webp' : 'jpg';
  return { kind: 'picture', formats: ['avif', 'webp'], fallbackFormat };
}

/**
 * Widths in `srcset`: a phone at 1× and 2×, the text column (42rem = 672 px) at 1× and 2×.
 * Never wider than the upload (no upscaling); an upload narrower than the smallest is served at its own width.
 */
export const IMAGE_WIDTHS = [360, 720, 1080, 1440] as const;

/** `srcsetWidths(1600)` → `[360, 720, 1080, 1440]`; `srcsetWidths(800)` → `[360, 720, 800]`; `srcsetWidths(200)` → `[200]`. */
export function srcsetWidths(originalWidth: number): number[] {
  const widths: number[] = IMAGE_WIDTHS.filter((w) => w < originalWidth);
  if (widths.length < IMAGE_WIDTHS.length) widths.push(originalWidth);
  return widths;
}

/** The width an image takes on the page: the text column (42rem), less the page's side padding (1rem each) on narrow screens. */
export const IMAGE_SIZES = '(min-width: 44rem) 42rem, calc(100vw - 2rem)';

const svgLength = (value: string | undefined) => {
  const match = value === undefined ? null : /^\s*(\d+(?:\.\d+)?)\s*(px)?\s*$/.exec(value);
  return match ? Number(match[1]) : undefined;
};

/**
 * An SVG's intrinsic size in CSS pixels, for the `<img>`'s width and height (no layout shift): its
 * `width` and `height` when both are plain numbers (or px), else its `viewBox`; undefined when it
 * has neither. `svgSize('<svg viewBox="0 0 640 320">')` → `{ width: 640, height: 320 }`.
 */
export function svgSize(text: string): { width: number; height: number } | undefined {
  const tag = /<svg\b[^>]*>/i.exec(text)?.[0];
  if (!tag) return undefined;
  const attr = (name: string) =>
    new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`, 'i')
      .exec(tag)
      ?.slice(1)
      .find((v) => v !== undefined);
  const width = svgLength(attr('width'));
  const height = svgLength(attr('height'));
  if (width && height) return { width, height };
  const box = attr('viewBox')
    ?.trim()
    .split(/[\s,]+/)
    .map(Number);
  if (box?.length === 4 && box.every(Number.isFinite) && box[2]! > 0 && box[3]! > 0) {
    const [, , boxWidth, boxHeight] = box as [number, number, number, number];
    // One given side scales the other by the viewBox's proportions, as a browser does.
    if (width) return { width, height: Math.round((width * boxHeight) / boxWidth) };
    if (height) return { width: Math.round((height * boxWidth) / boxHeight), height };
    return { width: Math.round(boxWidth), height: Math.round(boxHeight) };
  }
  return undefined;
}
