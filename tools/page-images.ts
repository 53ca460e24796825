/**
 * The images of a built page and which file a browser downloads for each: every `<img>` with the
 * `<source>`s of its `<picture>`, and the candidate a phone picks from a `srcset`. Used by the byte
 * budgets and the image gates over the built site. Pure: HTML in, addresses out.
 */
import { scanTags } from './html-scan.ts';

export interface PageImage {
  /** The `<img>`'s attributes. */
  img: Record<string, string>;
  /** The `<source>`s before it in its `<picture>`, in order (the browser takes the first whose type it supports). */
  sources: { type?: string; srcset: string; sizes?: string }[];
}

/** Every `<img>` of `html` with the `<source>`s of its `<picture>`. */
export function pageImages(html: string): PageImage[] {
  const images: PageImage[] = [];
  let sources: PageImage['sources'] = [];
  for (const tag of scanTags(html)) {
    if (tag.name === 'picture') sources = [];
    else if (tag.name === 'source' && tag.attrs.srcset !== undefined)
      sources.push({ type: tag.attrs.type, srcset: tag.attrs.srcset, sizes: tag.attrs.sizes });
    else if (tag.name === 'img') {
      images.push({ img: tag.attrs, sources });
      sources = [];
    }
  }
  return images;
}

/** `srcsetCandidates('a.avif 360w, b.avif 720w')` → `[{ url: 'a.avif', width: 360 }, { url: 'b.avif', width: 720 }]` (width descriptors only). */
export function srcsetCandidates(srcset: string): { url: string; width: number }[] {
  return srcset
    .split(',')
    .map((candidate) => /^\s*(\S+)\s+(\d+)w\s*$/.exec(candidate))
    .flatMap((m) => (m ? [{ url: m[1]!, width: Number(m[2]) }] : []));
}

/**
 * The file a browser downloads from a `srcset` for a slot `slotWidth` CSS pixels wide at `dpr`
 * device pixels per CSS pixel: the narrowest candidate at least that many pixels wide, else the
 * widest. `pickCandidate('a 360w, b 720w, c 1080w', 328, 2)` → `'b'`.
 */
export function pickCandidate(srcset: string, slotWidth: number, dpr: number): string | undefined {
  const candidates = srcsetCandidates(srcset).sort((a, b) => a.width - b.width);
  const needed = slotWidth * dpr;
  return (candidates.find((c) => c.width >= needed) ?? candidates.at(-1))?.url;
}

/**
 * The file a phone downloads for `image`: from the first `<source>` (the most modern format; every
 * current phone browser supports AVIF), else the `<img>`'s `srcset`, else its `src`.
 */
export function downloadedFile(image: PageImage, slotWidth: number, dpr: number): string | undefined {
  const srcset = image.sources[0]?.srcset ?? image.img.srcset;
  return (srcset && pickCandidate(srcset, slotWidth, dpr)) || image.img.src;
}
