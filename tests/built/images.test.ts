/**
 * Images on the built site: every `<img>` has its size (no layout shift), alt text and a loading
 * choice; an uploaded raster image is a `<picture>` of AVIF and WebP files at several widths that
 * exist and are what they say; the news item's lead image loads at once, images in text lazily.
 * The bytes per format and width go to reports/images.md (README "Performance").
 */
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { pageImages, srcsetCandidates } from '../../tools/page-images.ts';
import { outDir, publicPages } from './built.ts';

const bytes = (path: string) => statSync(join(outDir, path)).size;
const magic = (path: string) => readFileSync(join(outDir, path)).subarray(0, 12);
const isAvif = (b: Buffer) => b.toString('latin1', 4, 12) === 'ftypavif';
const isWebp = (b: Buffer) => b.toString('latin1', 0, 4) === 'RIFF' && b.toString('latin1', 8, 12) === 'WEBP';
const isJpeg = (b: Buffer) => b[0] === 0xff && b[1] === 0xd8;

const page = (path: string) => {
  const found = publicPages.find((p) => p.path === path);
  if (!found) throw new Error(`${path} is not in the build`);
  return found;
};

const withImages = publicPages.flatMap((p) => pageImages(p.html).map((image) => ({ path: p.path, image })));

describe('every <img> on a public page', () => {
  it('the build has images (the checks below would pass on none)', () => expect(withImages.length).toBeGreaterThan(3));
  it.each(withImages.map(({ path, image }) => [`${path} ${image.img.src}`, image] as const))('%s', (_name, { img }) => {
    expect(Number(img.width), 'width').toBeGreaterThan(0);
    expect(Number(img.height), 'height').toBeGreaterThan(0);
    expect(img.alt?.trim().length, 'alt text').toBeGreaterThanOrEqual(3);
    expect(['lazy', 'eager'], 'loading').toContain(img.loading);
    // Only a lead image is eager, and then with high priority.
    if (img.loading === 'eager') expect(img.fetchpriority).toBe('high');
  });
});

const rows: string[] = [];

describe.each(['/aktuellt/exempel-varterminens-kurser/', '/en/news/exempel-varterminens-kurser/'])(
  'the news item with an image: %s',
  (path) => {
    const images = pageImages(page(path).html);
    const lead = images.find((i) => i.img.class?.split(' ').includes('news-image'));

    it('its image is a <picture>: AVIF, then WebP, with a JPEG <img> of the upload’s size', () => {
      expect(lead, 'the lead image').toBeDefined();
      expect(lead!.sources.map((s) => s.type)).toEqual(['image/avif', 'image/webp']);
      expect([lead!.img.width, lead!.img.height]).toEqual(['1600', '900']);
      expect(lead!.img.alt).toMatch(/stig|path/i);
      expect(lead!.img.src).toMatch(/^\/_astro\/exempel-stig\.[\w-]+\.jpg$/);
    });

    it('it loads at once, with high priority (it is at the top of the page)', () => {
      expect([lead!.img.loading, lead!.img.fetchpriority]).toEqual(['eager', 'high']);
    });

    it('every format has the widths 360–1440 with sizes, each file exists and is of its type', () => {
      const checks = { 'image/avif': isAvif, 'image/webp': isWebp, 'image/jpeg': isJpeg } as const;
      const sets = [...lead!.sources, { type: 'image/jpeg', srcset: lead!.img.srcset ?? '', sizes: lead!.img.sizes }];
      for (const { type, srcset, sizes } of sets) {
        expect(sizes, `${type} sizes`).toMatch(/42rem/);
        const candidates = srcsetCandidates(srcset);
        expect(
          candidates.map((c) => c.width),
          `${type} widths`,
        ).toEqual([360, 720, 1080, 1440]);
        for (const c of candidates) {
          expect(checks[type as keyof typeof checks](magic(c.url)), `${c.url} is ${type}`).toBe(true);
          if (path.startsWith('/aktuellt/')) rows.push(`| ${String(type).replace('image/', '')} | ${c.width} | ${bytes(c.url)} |`);
        }
      }
    });

    it('a phone (AVIF, 720 px) downloads a fraction of the upload', () => {
      const avif720 = srcsetCandidates(lead!.sources[0]!.srcset).find((c) => c.width === 720)!;
      expect(bytes(avif720.url)).toBeLessThan(bytes('/media/exempel-stig.jpg') / 4);
    });
  },
);

describe('an image in page text', () => {
  it('an SVG is shown as uploaded, lazily, with its size from the file', () => {
    const svg = pageImages(page('/aktuellt/exempel-oppen-forelasning/').html).find((i) => i.img.src === '/media/exempel-samtal.svg');
    expect(svg, 'the SVG in the text').toBeDefined();
    expect([svg!.img.width, svg!.img.height, svg!.img.loading, svg!.sources]).toEqual(['640', '320', 'lazy', []]);
  });
});

afterAll(() => {
  if (rows.length === 0) return;
  mkdirSync('reports', { recursive: true });
  writeFileSync(
    'reports/images.md',
    [
      '# The example image as served (bytes)',
      '',
      `Upload: public/media/exempel-stig.jpg, 1600 × 900, ${bytes('/media/exempel-stig.jpg')} bytes.`,
      '',
      '| Format | Width | Bytes |',
      '| --- | ---: | ---: |',
      ...rows,
      '',
    ].join('\n'),
  );
});
