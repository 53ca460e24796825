/**
 * Media: an image is always a file and a required alt text, also in the CMS form; a document
 * link says its type and size.
 */
import { describe, expect, it } from 'vitest';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { MissingMediaError, mediaFileSize } from '../../src/data/media.ts';
import { bodyImagePattern } from '../../admin/cms/collections.ts';
import { fieldFromZod } from '../../admin/cms/fields.ts';
import { entryProblems } from '../../admin/cms/validate-entry.ts';
import { contentType } from '../../src/schemas/index.ts';
import { documentLabel, documentType, formatFileSize } from '../../src/lib/file-size.ts';
import { documentPathPattern, image, ImageSchema } from '../../src/schemas/media.ts';

describe('formatFileSize', () => {
  const cases = [
    { reason: 'bytes under a kilobyte', bytes: 612, locale: 'sv', expected: '612 B' },
    { reason: 'kilobytes are whole', bytes: 48_400, locale: 'sv', expected: '48 kB' },
    { reason: 'megabytes with one decimal, Swedish comma', bytes: 1_234_567, locale: 'sv', expected: '1,2 MB' },
    { reason: 'English decimal point', bytes: 1_234_567, locale: 'en', expected: '1.2 MB' },
    { reason: 'a round megabyte has no decimal', bytes: 3_000_000, locale: 'sv', expected: '3 MB' },
  ] as const;
  it.each(cases)('$reason', ({ bytes, locale, expected }) => {
    expect(formatFileSize(bytes, locale)).toBe(expected);
  });
});

describe('documentType and documentLabel', () => {
  const cases = [
    { reason: 'PDF', path: '/media/rapport.pdf', expected: 'PDF' },
    { reason: 'upper-case extension', path: '/media/RAPPORT.PDF', expected: 'PDF' },
    { reason: 'Word', path: '/media/brev.docx', expected: 'Word' },
    { reason: 'an unknown extension is shown as it is', path: '/media/data.csv', expected: 'CSV' },
  ];
  it.each(cases)('$reason', ({ path, expected }) => {
    expect(documentType(path)).toBe(expected);
  });
  it('labels a link the way it is shown', () => {
    expect(documentLabel('/media/arsrapport.pdf', 1_234_567, 'sv')).toBe('(PDF, 1,2 MB)');
  });
  it('accepts only documents from the media folder', () => {
    expect(documentPathPattern.test('/media/arsrapport-2025.pdf')).toBe(true);
    expect(documentPathPattern.test('https://example.com/a.pdf')).toBe(false);
    expect(documentPathPattern.test('/media/bild.jpg')).toBe(false);
    // `..` would reach files outside public/media/ (the build reads the size of what the link names).
    expect(documentPathPattern.test('/media/../../package.pdf')).toBe(false);
    expect(ImageSchema.safeParse({ src: '/media/../bild.jpg', alt: 'En bild' }).success).toBe(false);
  });
});

describe('images in page text', () => {
  const refuses = (body: string) => !RegExp(bodyImagePattern[0]).test(body);
  const cases = [
    { reason: 'an image with alt text', body: 'Text.\n\n![Två personer vid ett bord](/media/samtal.jpg)', refused: false },
    { reason: 'an image without alt text', body: 'Text.\n\n![](/media/samtal.jpg)', refused: true },
    { reason: 'alt text of only spaces', body: '![  ](/media/samtal.jpg)', refused: true },
    { reason: 'no image at all', body: 'Bara text, [en länk]() och ![inte en bild.', refused: false },
  ];
  it.each(cases)('$reason', ({ body, refused }) => {
    expect(refuses(body)).toBe(refused);
  });
  it('says what to write', () => {
    expect(bodyImagePattern[1]).toMatch(/^Varje bild i texten behöver en alternativtext/);
  });
});

describe('image fields', () => {
  it('refuses an image without alt text, with a message that says what to write', () => {
    const result = ImageSchema.safeParse({ src: '/media/samtal.jpg', alt: '' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/^Skriv en alternativtext/);
  });

  it('becomes an image widget and a required alt text in the CMS form', () => {
    const field = fieldFromZod('hero', image({ title: 'Toppbild', description: 'Bild överst.' }), { i18n: true }) as unknown as Record<
      string,
      unknown
    >;
    const [src, alt] = field.fields as Record<string, unknown>[];
    expect(field).toMatchObject({ widget: 'object', label: 'Toppbild' });
    expect(src).toMatchObject({ name: 'src', widget: 'image' });
    expect(alt).toMatchObject({ name: 'alt', widget: 'string' });
    expect(alt!.required).toBeUndefined(); // Decap's default: required
    expect((alt!.pattern as string[])[1]).toMatch(/^Skriv en alternativtext/);
  });

  it('the image itself has no form pattern: Decap would test it against the file name alone and refuse every upload', () => {
    const field = fieldFromZod('hero', image({ title: 'Toppbild', description: 'Bild överst.' }), { i18n: true }) as unknown as Record<
      string,
      unknown
    >;
    expect((field.fields as Record<string, unknown>[])[0]!.pattern).toBeUndefined();
  });

  const news = { title: 'En nyhet', date: '2026-11-25', summary: 'En nyhet med en bild som laddats upp i mediebiblioteket.' };
  const problems = (img: unknown) => entryProblems(contentType('news'), { ...news, image: img, body: 'Text.' });
  it.each([
    { reason: 'an upload with its alt text is saved', img: { src: '/media/bild.jpg', alt: 'En stig genom skogen.' }, expected: [] },
    {
      reason: 'an upload without alt text is refused before saving',
      img: { src: '/media/bild.jpg' },
      expected: [{ field: 'Bild › Alternativtext', message: 'måste fyllas i.' }],
    },
    {
      reason: 'a file name without the media folder is refused before saving',
      img: { src: 'bild.jpg', alt: 'En stig genom skogen.' },
      expected: [{ field: 'Bild › Bild', message: expect.stringMatching(/från mediebiblioteket/) }],
    },
    {
      reason: 'an address out of the media folder is refused before saving',
      img: { src: '/media/../src/bild.jpg', alt: 'En stig genom skogen.' },
      expected: [{ field: 'Bild › Bild', message: expect.stringMatching(/från mediebiblioteket/) }],
    },
  ])('news image: $reason', ({ img, expected }) => {
    expect(problems(img)).toEqual(expected);
  });
});

describe('mediaFileSize (the size a document link shows, read at build time)', () => {
  it('reads the size of an uploaded file from public/media/', () => {
    const bytes = statSync(join(process.cwd(), 'public/media/exempel-broschyr.pdf')).size;
    expect(mediaFileSize('/media/exempel-broschyr.pdf')).toBe(bytes);
  });

  it('a link to a file that was never uploaded stops the build and says what to do', () => {
    expect(() => mediaFileSize('/media/finns-inte.pdf')).toThrow(MissingMediaError);
    expect(() => mediaFileSize('/media/finns-inte.pdf')).toThrow(/finns inte i public\/media\/finns-inte\.pdf\. Ladda upp filen/);
  });
});
