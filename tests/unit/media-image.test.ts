/**
 * Uploaded images through the build's image pipeline: which addresses name a file in the media
 * library (and nothing outside it), how each type is served, the widths in `srcset`, and an SVG's
 * size for its `<img>`.
 */
import { describe, expect, it } from 'vitest';
import { MissingMediaError } from '../../src/data/media.ts';
import { mediaImage } from '../../src/data/media-images.ts';
import { IMAGE_WIDTHS, imageTreatment, mediaImageKey, srcsetWidths, svgSize } from '../../src/lib/media-image.ts';

describe('mediaImageKey: an address names a file in public/media/ or nothing', () => {
  const cases = [
    { reason: 'an upload', src: '/media/bild.jpg', expected: '/public/media/bild.jpg' },
    { reason: 'a subfolder of the media folder', src: '/media/2026/bild.png', expected: '/public/media/2026/bild.png' },
    { reason: 'upper-case extension', src: '/media/BILD.JPG', expected: '/public/media/BILD.JPG' },
    { reason: 'an SVG', src: '/media/ritning.svg', expected: '/public/media/ritning.svg' },
    { reason: 'percent-encoded name, decoded as the server does', src: '/media/bild%20ett.jpg', expected: '/public/media/bild ett.jpg' },
    { reason: 'up out of the media folder', src: '/media/../package.json', expected: undefined },
    { reason: 'up out of it to an image elsewhere', src: '/media/../../etc/bild.jpg', expected: undefined },
    { reason: 'up out of it, percent-encoded', src: '/media/%2e%2e/src/bild.jpg', expected: undefined },
    { reason: 'a dot segment', src: '/media/./bild.jpg', expected: undefined },
    { reason: 'an empty segment', src: '/media//bild.jpg', expected: undefined },
    { reason: 'a backslash', src: '/media/..\\bild.jpg', expected: undefined },
    { reason: 'a query (Vite would read the file as text)', src: '/media/bild.jpg?raw', expected: undefined },
    { reason: 'broken percent-encoding', src: '/media/%E0%A4%A.jpg', expected: undefined },
    { reason: 'a file the project ships, not an upload', src: '/favicon.svg', expected: undefined },
    { reason: 'a document', src: '/media/rapport.pdf', expected: undefined },
    { reason: 'another site', src: 'https://example.com/media/bild.jpg', expected: undefined },
    { reason: 'a relative path', src: 'media/bild.jpg', expected: undefined },
  ];
  it.each(cases)('$reason: $src', ({ src, expected }) => {
    expect(mediaImageKey(src)).toBe(expected);
  });
});

describe('imageTreatment: how each upload type is served', () => {
  const cases = [
    {
      reason: 'a photo: AVIF, WebP, JPEG fallback',
      name: 'foto.jpg',
      expected: { kind: 'picture', formats: ['avif', 'webp'], fallbackFormat: 'jpg' },
    },
    { reason: '.jpeg, upper case', name: 'FOTO.JPEG', expected: { kind: 'picture', formats: ['avif', 'webp'], fallbackFormat: 'jpg' } },
    {
      reason: 'a PNG keeps PNG as fallback (transparency)',
      name: 'logo.png',
      expected: { kind: 'picture', formats: ['avif', 'webp'], fallbackFormat: 'png' },
    },
    {
      reason: 'a WebP upload falls back to WebP',
      name: 'x.webp',
      expected: { kind: 'picture', formats: ['avif', 'webp'], fallbackFormat: 'webp' },
    },
    {
      reason: 'an AVIF upload falls back to WebP',
      name: 'x.avif',
      expected: { kind: 'picture', formats: ['avif', 'webp'], fallbackFormat: 'webp' },
    },
    {
      reason: 'a GIF stays animated: WebP, GIF fallback',
      name: 'x.gif',
      expected: { kind: 'gif', formats: ['webp'], fallbackFormat: 'gif' },
    },
    { reason: 'an SVG is served as uploaded', name: 'x.svg', expected: { kind: 'as-is' } },
  ] as const;
  it.each(cases)('$reason', ({ name, expected }) => {
    expect(imageTreatment(name)).toEqual(expected);
  });
});

describe('srcsetWidths: never wider than the upload', () => {
  const cases = [
    { reason: 'a large upload gets every width', width: 4000, expected: [...IMAGE_WIDTHS] },
    { reason: 'exactly the largest width', width: 1440, expected: [360, 720, 1080, 1440] },
    { reason: 'between widths: its own width is the largest', width: 800, expected: [360, 720, 800] },
    { reason: 'narrower than the smallest: only its own width', width: 200, expected: [200] },
  ];
  it.each(cases)('$reason ($width px)', ({ width, expected }) => {
    expect(srcsetWidths(width)).toEqual(expected);
  });
});

describe('svgSize: width and height for an SVG <img>', () => {
  const cases = [
    {
      reason: 'width and height',
      svg: '<svg xmlns="http://www.w3.org/2000/svg" width="640" height="320">',
      expected: { width: 640, height: 320 },
    },
    { reason: 'px units', svg: "<svg width='64px' height='32px'>", expected: { width: 64, height: 32 } },
    { reason: 'only a viewBox', svg: '<svg viewBox="0 0 800 450">', expected: { width: 800, height: 450 } },
    { reason: 'viewBox with commas and decimals', svg: '<svg viewBox="0,0,100.4,50.2">', expected: { width: 100, height: 50 } },
    {
      reason: 'percent width: the viewBox decides',
      svg: '<svg width="100%" viewBox="0 0 300 150">',
      expected: { width: 300, height: 150 },
    },
    {
      reason: 'one side given: the other from the viewBox',
      svg: '<svg width="600" viewBox="0 0 300 150">',
      expected: { width: 600, height: 300 },
    },
    {
      reason: 'after an XML declaration and a comment',
      svg: '<?xml version="1.0"?><!-- x --><svg viewBox="0 0 10 20">',
      expected: { width: 10, height: 20 },
    },
    { reason: 'em units and no viewBox: unknown', svg: '<svg width="10em" height="5em">', expected: undefined },
    { reason: 'a zero viewBox: unknown', svg: '<svg viewBox="0 0 0 0">', expected: undefined },
    { reason: 'not an SVG', svg: '<html>', expected: undefined },
  ];
  it.each(cases)('$reason', ({ svg, expected }) => {
    expect(svgSize(svg)).toEqual(expected);
  });
});

describe('mediaImage: the build finds uploads only in the media folder', () => {
  it('a raster upload is imported with its size (the example image)', async () => {
    const found = await mediaImage('/media/exempel-stig.jpg');
    expect(found?.kind).toBe('raster');
    expect(found?.kind === 'raster' && [found.image.width, found.image.height, found.image.format]).toEqual([1600, 900, 'jpg']);
  });
  it('an SVG upload has its size from the file', async () => {
    expect(await mediaImage('/media/exempel-samtal.svg')).toEqual({
      kind: 'svg',
      src: '/media/exempel-samtal.svg',
      width: 640,
      height: 320,
    });
  });
  it('an image that was not uploaded stops the build with what to do', async () => {
    await expect(mediaImage('/media/finns-inte.jpg')).rejects.toThrow(MissingMediaError);
    await expect(mediaImage('/media/finns-inte.jpg')).rejects.toThrow(/Ladda upp bilden/);
  });
  it('an address that leaves the media folder is never looked up (not an upload)', async () => {
    expect(await mediaImage('/media/../src/assets/x.png')).toBeUndefined();
    expect(await mediaImage('/favicon.svg')).toBeUndefined();
  });
});
