/**
 * News, documents and the newsletter setting through their real schemas: what an editor may write
 * and what is refused, each case with its reason. And the "one line per collection" promise: a
 * news item's relation to courses (which arrive with another branch) is one `relatedList` field,
 * checked like the others, so a news item referring to a missing course is refused with the file,
 * the field and the key.
 */
import { describe, expect, it } from 'vitest';
import { checkReferences, referencesIn } from '../../src/lib/references.ts';
import { DocumentSchema } from '../../src/schemas/document.ts';
import { NewsSchema } from '../../src/schemas/news.ts';
import { NewsletterSchema } from '../../src/schemas/newsletter.ts';
import { relatedList } from '../../src/schemas/related.ts';
import { SettingsSchema } from '../../src/schemas/settings.ts';

const news = { title: 'En nyhet', date: '2026-05-04', summary: 'En sammanfattning som är lång nog för schemat.' };
const document = {
  title: { sv: 'Rapport om kurserna' },
  kind: 'report',
  date: '2026-05-04',
  file: '/media/rapport.pdf',
  summary: { sv: 'En rapport om hur kurserna gick under våren.' },
};

describe('news', () => {
  const cases: { reason: string; data: Record<string, unknown>; ok: boolean; path?: string }[] = [
    { reason: 'title, date and summary are enough', data: {}, ok: true },
    { reason: 'an image with alt text from the media library', data: { image: { src: '/media/a.png', alt: 'Två personer' } }, ok: true },
    { reason: 'related news and documents by key', data: { relatedNews: ['annan'], relatedDocuments: ['rapport'] }, ok: true },
    { reason: 'an image without alt text', data: { image: { src: '/media/a.png' } }, ok: false, path: 'image.alt' },
    { reason: 'an image from another site', data: { image: { src: 'https://x.se/a.png', alt: 'Bild' } }, ok: false, path: 'image.src' },
    { reason: 'a PDF as the image', data: { image: { src: '/media/a.pdf', alt: 'Bild' } }, ok: false, path: 'image.src' },
    { reason: 'a related key that is not a file name', data: { relatedNews: ['En Nyhet'] }, ok: false, path: 'relatedNews.0' },
    {
      reason: 'more than six related documents',
      data: { relatedDocuments: ['a', 'b', 'c', 'd', 'e', 'f', 'g'] },
      ok: false,
      path: 'relatedDocuments',
    },
    { reason: 'a date in words', data: { date: '4 maj 2026' }, ok: false, path: 'date' },
    { reason: 'a summary of one word', data: { summary: 'Kort' }, ok: false, path: 'summary' },
    { reason: 'a field the schema does not know', data: { author: 'Anna' }, ok: false, path: '' },
  ];
  it.each(cases)('$reason', ({ data, ok, path }) => {
    const result = NewsSchema.safeParse({ ...news, ...data });
    expect(result.success).toBe(ok);
    if (!ok) expect(result.error!.issues.map((i) => i.path.join('.'))).toContain(path);
  });

  it('defaults the related lists to empty, so templates need no checks', () => {
    expect(NewsSchema.parse(news)).toMatchObject({ relatedNews: [], relatedDocuments: [] });
  });
});

describe('documents', () => {
  const cases: { reason: string; data: Record<string, unknown>; ok: boolean; path?: string }[] = [
    { reason: 'the required fields', data: {}, ok: true },
    { reason: 'a Word file in English, accessible', data: { file: '/media/a.docx', language: 'en', accessible: true }, ok: true },
    { reason: 'an accessible version on this site', data: { accessibleVersion: '/om/' }, ok: true },
    { reason: 'an accessible version on another site', data: { accessibleVersion: 'https://exempel.se/rapport' }, ok: true },
    { reason: 'a kind there is not', data: { kind: 'rapport' }, ok: false, path: 'kind' },
    { reason: 'a file outside the media library', data: { file: 'https://exempel.se/a.pdf' }, ok: false, path: 'file' },
    { reason: 'a file that climbs out of the media folder', data: { file: '/media/../secret.pdf' }, ok: false, path: 'file' },
    { reason: 'an image as the file', data: { file: '/media/a.png' }, ok: false, path: 'file' },
    { reason: 'a program as the file', data: { file: '/media/a.exe' }, ok: false, path: 'file' },
    { reason: 'a language that is not on the list', data: { language: 'svenska' }, ok: false, path: 'language' },
    {
      reason: 'an accessible version by javascript:',
      data: { accessibleVersion: 'javascript:alert(1)' },
      ok: false,
      path: 'accessibleVersion',
    },
    { reason: 'an accessible version over http', data: { accessibleVersion: 'http://exempel.se/' }, ok: false, path: 'accessibleVersion' },
    {
      reason: 'an accessible version at another host by //',
      data: { accessibleVersion: '//exempel.se/' },
      ok: false,
      path: 'accessibleVersion',
    },
    { reason: 'a title only in English', data: { title: { en: 'Report' } }, ok: false, path: 'title.sv' },
  ];
  it.each(cases)('$reason', ({ data, ok, path }) => {
    const result = DocumentSchema.safeParse({ ...document, ...data });
    expect(result.success).toBe(ok);
    if (!ok) expect(result.error!.issues.map((i) => i.path.join('.'))).toContain(path);
  });

  it('counts a file as not accessible and Swedish unless the editor says otherwise', () => {
    expect(DocumentSchema.parse(document)).toMatchObject({ accessible: false, language: 'sv' });
  });
});

describe('the newsletter setting', () => {
  const privacy = { sv: 'Anmälan görs hos vår leverantör, som sparar bara din e-postadress.' };
  const cases: { reason: string; data: unknown; ok: boolean }[] = [
    { reason: 'an https sign-up page and a privacy sentence', data: { url: 'https://exempel.se/nyhetsbrev', privacy }, ok: true },
    { reason: 'an http address', data: { url: 'http://exempel.se/nyhetsbrev', privacy }, ok: false },
    { reason: 'a javascript: address', data: { url: 'javascript:alert(1)', privacy }, ok: false },
    { reason: 'an address with a user name', data: { url: 'https://user:pw@exempel.se/', privacy }, ok: false },
    { reason: 'no privacy sentence', data: { url: 'https://exempel.se/nyhetsbrev' }, ok: false },
    { reason: 'an embedded form instead of an address', data: { url: '<iframe src="https://x.se">', privacy }, ok: false },
  ];
  it.each(cases)('$reason', ({ data, ok }) => {
    expect(NewsletterSchema.safeParse(data).success).toBe(ok);
  });

  it('is optional in the settings', () => {
    const shape = SettingsSchema.shape.newsletter;
    expect(shape.safeParse(undefined).success).toBe(true);
  });
});

describe('a relation to another collection is one line, checked like the others', () => {
  // What src/schemas/news.ts gains after the merge with courses: one field.
  const WithCourses = NewsSchema.extend({
    relatedCourses: relatedList('courses', { title: 'Relaterade kurser', description: 'Kurser.', searchField: 'title' }),
  });
  const collections = new Map([
    ['news', { folder: 'content/news', keys: new Set(['nyhet']) }],
    ['documents', { folder: 'content/documents', keys: new Set(['rapport']) }],
    ['courses', { folder: 'content/courses', keys: new Set(['somn', 'hopp']) }],
  ]);
  const check = (data: Record<string, unknown>) =>
    checkReferences(
      [
        {
          type: 'news',
          key: 'nyhet',
          file: 'content/news/sv/nyhet.mdx',
          schema: WithCourses,
          data: WithCourses.parse({ ...news, ...data }),
        },
      ],
      collections,
    );

  it('finds every reference of a news item, in field order', () => {
    const data = WithCourses.parse({ ...news, relatedDocuments: ['rapport'], relatedCourses: ['hopp'] });
    expect(referencesIn(WithCourses, data).map((r) => `${r.collection}:${r.value}`)).toEqual(['courses:hopp', 'documents:rapport']);
  });
  it('a news item referring to a missing course is refused naming the file, the field and the key', () => {
    const [problem, ...rest] = check({ relatedCourses: ['hopp', 'finns-inte'] });
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ file: 'content/news/sv/nyhet.mdx', field: 'relatedCourses.1', label: 'Relaterade kurser' });
    expect(problem!.found).toBe('"finns-inte", som inte finns i courses');
    expect(problem!.expected).toBe('ett av: hopp, somn');
  });
  it('a news item referring to a missing document is refused', () => {
    expect(check({ relatedDocuments: ['arsrapport-1999'] })[0]).toMatchObject({ field: 'relatedDocuments.0' });
  });
  it('accepts references that exist', () => {
    expect(check({ relatedDocuments: ['rapport'], relatedCourses: ['somn'] })).toEqual([]);
  });
});
