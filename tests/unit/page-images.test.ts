/** Which image file a page makes a phone download (tools/page-images.ts, used by the byte budgets). */
import { describe, expect, it } from 'vitest';
import { downloadedFile, pageImages, pickCandidate, srcsetCandidates } from '../../tools/page-images.ts';

const picture =
  '<p>x</p><picture><source srcset="/a-360.avif 360w, /a-720.avif 720w" type="image/avif" sizes="100vw">' +
  '<source srcset="/a-360.webp 360w, /a-720.webp 720w" type="image/webp"><img src="/a.jpg" srcset="/a-360.jpg 360w" alt="A" width="720" height="405"></picture>' +
  '<img src="/b.svg" alt="B" width="64" height="32" loading="lazy">';

describe('pageImages', () => {
  it('pairs each <img> with the <source>s of its own <picture> only', () => {
    const images = pageImages(picture);
    expect(images.map((i) => [i.img.src, i.sources.map((s) => s.type)])).toEqual([
      ['/a.jpg', ['image/avif', 'image/webp']],
      ['/b.svg', []],
    ]);
  });
});

describe('pickCandidate: the narrowest file wide enough for the slot at the screen density', () => {
  const srcset = '/c.avif 1080w, /a.avif 360w, /b.avif 720w';
  const cases = [
    { reason: 'a phone at 2×: 328 px slot needs 656 px', slot: 328, dpr: 2, expected: '/b.avif' },
    { reason: 'a phone at 1×', slot: 328, dpr: 1, expected: '/a.avif' },
    { reason: 'exactly a candidate width', slot: 360, dpr: 1, expected: '/a.avif' },
    { reason: 'wider than every candidate: the widest', slot: 672, dpr: 2, expected: '/c.avif' },
  ];
  it.each(cases)('$reason', ({ slot, dpr, expected }) => {
    expect(pickCandidate(srcset, slot, dpr)).toBe(expected);
  });
  it('reads only width descriptors', () => {
    expect(srcsetCandidates('/x.png 1x, /y.png 2x, /z.png 400w')).toEqual([{ url: '/z.png', width: 400 }]);
  });
});

describe('downloadedFile', () => {
  it('takes the first <source> (AVIF), then the srcset, then src', () => {
    const [withSources, plain] = pageImages(picture);
    expect(downloadedFile(withSources!, 328, 2)).toBe('/a-720.avif');
    expect(downloadedFile({ img: withSources!.img, sources: [] }, 328, 2)).toBe('/a-360.jpg');
    expect(downloadedFile(plain!, 328, 2)).toBe('/b.svg');
  });
});
