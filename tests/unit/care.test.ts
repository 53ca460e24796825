/**
 * Innehållsstatus: what needs care comes from registry metadata (src/lib/care.ts), and the page
 * lists it with a link to edit each entry (scripts/content-status.ts).
 */
import { describe, expect, it } from 'vitest';
import { careItems, editPath, type CareEntry } from '../../src/lib/care.ts';
import { contentType, type FolderType } from '../../src/schemas/index.ts';
import { careGroups, statusHtml } from '../../scripts/content-status.ts';

const today = '2026-11-30';
const base = {
  name: 'notices',
  label: 'Notiser',
  labelSingular: 'Notis',
  description: '',
  folder: 'content/notices',
  kind: 'folder',
  identifierField: 'title',
};
const type = (extra: Partial<FolderType>) =>
  ({ ...base, format: 'mdx', translation: 'files', schema: undefined, ...extra }) as unknown as FolderType;
const entry = (
  file: string,
  data: unknown,
  key = file
    .split('/')
    .pop()!
    .replace(/\.\w+$/, ''),
): CareEntry => ({ key, file, name: key, data });

describe('careItems: what every type gets from its metadata, and what a type adds', () => {
  it('a translated type lists Swedish entries without an English version, and only those', () => {
    const items = careItems(
      type({}),
      [entry('content/notices/sv/a.mdx', {}), entry('content/notices/en/a.mdx', {}), entry('content/notices/sv/b.mdx', {})],
      today,
    );
    expect(items.map((i) => [i.key, i.heading])).toEqual([['b', 'Saknar engelsk version']]);
  });

  it('a type translated in fields, or not at all, never lists a missing English version', () => {
    for (const translation of ['fields', 'none'] as const)
      expect(careItems(type({ translation }), [entry('content/notices/b.yaml', {})], today)).toEqual([]);
  });

  const staleness = { field: 'checked', days: 180 };
  const stale: { reason: string; checked: string | undefined; listed: boolean; says?: RegExp }[] = [
    { reason: 'checked 180 days ago', checked: '2026-06-03', listed: false },
    { reason: 'checked 181 days ago', checked: '2026-06-02', listed: true, says: /2 juni 2026, för 181 dagar sedan/ },
    {
      reason: 'a year only counts from its first day',
      checked: '2020',
      listed: true,
      says: /Senast kontrollerad 2020, för \d+ dagar sedan/,
    },
    { reason: 'never checked', checked: undefined, listed: true, says: /Inget datum/ },
  ];
  it.each(stale)('staleness: $reason → listed: $listed', ({ checked, listed, says }) => {
    const items = careItems(type({ translation: 'fields', staleness }), [entry('content/notices/x.yaml', { checked })], today);
    expect(items.length).toBe(listed ? 1 : 0);
    if (says) expect(items[0]!.text).toMatch(says);
    if (listed) expect(items[0]!.heading).toBe('Inte kontrollerade på 180 dagar');
  });

  it('care.updated lists entries not updated for the given days, dates as text or as YAML dates', () => {
    const t = type({ translation: 'none', care: { updated: { field: 'updated', days: 365 } } });
    const items = careItems(
      t,
      [
        entry('content/notices/new.mdx', { updated: '2026-01-01' }),
        entry('content/notices/old.mdx', { updated: '2025-11-29' }),
        entry('content/notices/date.mdx', { updated: new Date('2024-05-01T00:00:00Z') }),
        entry('content/notices/none.mdx', {}),
      ],
      today,
    );
    expect(items.map((i) => i.key)).toEqual(['old', 'date']);
    expect(items[0]!.text).toMatch(/29 november 2025, för 366 dagar sedan/);
  });

  it('care.needsCare adds the type’s own notes, with the entry they belong to', () => {
    const t = type({
      translation: 'none',
      care: {
        needsCare: (e) =>
          (e.data as { open?: boolean }).open ? [{ heading: 'Anmälan öppen efter sista träffen', text: 'Stäng anmälan.' }] : [],
      },
    });
    const items = careItems(t, [entry('content/notices/a.mdx', { open: true }), entry('content/notices/b.mdx', { open: false })], today);
    expect(items).toEqual([
      {
        type: 'notices',
        key: 'a',
        file: 'content/notices/a.mdx',
        name: 'a',
        heading: 'Anmälan öppen efter sista träffen',
        text: 'Stäng anmälan.',
      },
    ]);
  });

  it('the registry declares it for the shipped types: pages go stale after a year, helplines after 180 days', () => {
    expect(contentType('pages')).toMatchObject({ care: { updated: { field: 'updated', days: 365 } } });
    expect(contentType('helplines')).toMatchObject({ staleness: { field: 'verification.lastChecked', days: 180 } });
  });
});

describe('the status page', () => {
  it('lists the example site’s helplines not checked for 180 days, each with a link to edit it', () => {
    const groups = careGroups('.', today);
    const helplines = groups.find((g) => g.heading === 'Stödlinjer: inte kontrollerade på 180 dagar');
    expect(helplines?.items.map((i) => i.key)).toEqual(expect.arrayContaining(['112', '1177', 'sjalvmordslinjen']));
    const html = statusHtml(groups, today, '/admin/assets/global.css');
    expect(html).toContain(`<a href="${editPath({ name: 'helplines' }, '112')}">Nödnummer 112</a>`);
    expect(editPath({ name: 'pages' }, 'boka-en-peer')).toBe('/admin/#/collections/pages/entries/boka-en-peer');
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'self'[^"]*"/);
    expect(html).not.toMatch(/<script/i);
  });

  it('escapes what editors wrote', () => {
    const html = statusHtml(
      [
        {
          heading: 'Sidor: x',
          items: [
            {
              type: 'pages',
              key: 'a"b',
              file: 'content/pages/sv/a.mdx',
              name: '<img src=x onerror=alert(1)>',
              heading: 'x',
              text: 'a & b',
            },
          ],
        },
      ],
      today,
    );
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('entries/a%22b');
    expect(html).toContain('a &amp; b');
  });

  it('says so when nothing needs care', () => {
    expect(statusHtml([], today)).toMatch(/ingenting just nu/);
  });
});

describe('courses and events: enrolment still open after the last session', () => {
  const course = (file: string, status: string, dates: (string | Date)[]) => ({
    key: 'k',
    file,
    data: { status, sessions: dates.map((date) => ({ date })) },
  });
  it.each([
    {
      reason: 'open, last session yesterday',
      entry: course('content/courses/sv/k.mdx', 'open', ['2026-11-01', '2026-11-29']),
      listed: true,
    },
    { reason: 'open, last session today', entry: course('content/courses/sv/k.mdx', 'open', ['2026-11-30']), listed: false },
    {
      reason: 'open, a YAML date object in the past',
      entry: course('content/courses/sv/k.mdx', 'open', [new Date('2026-10-01T00:00:00Z')]),
      listed: true,
    },
    { reason: 'full after the last session', entry: course('content/courses/sv/k.mdx', 'full', ['2026-11-01']), listed: false },
    { reason: 'cancelled', entry: course('content/courses/sv/k.mdx', 'cancelled', ['2026-11-01']), listed: false },
    {
      reason: 'the English version (the Swedish one is listed)',
      entry: course('content/courses/en/k.mdx', 'open', ['2026-11-01']),
      listed: false,
    },
  ])('$reason → listed: $listed', ({ entry, listed }) => {
    const notes = contentType('courses').care!.needsCare!(entry, today);
    expect(notes.length).toBe(listed ? 1 : 0);
    if (listed) expect(notes[0]!.text).toMatch(/Öppen för anmälan/);
    expect(contentType('events').care?.needsCare).toBe(contentType('courses').care?.needsCare);
  });
});

describe('documents without an accessible version', () => {
  it.each([
    { reason: 'not accessible, no accessible version', data: { accessible: false }, listed: true },
    {
      reason: 'not accessible, an accessible version linked',
      data: { accessible: false, accessibleVersion: '/media/x.docx' },
      listed: false,
    },
    { reason: 'accessible', data: { accessible: true }, listed: false },
  ])('$reason → listed: $listed', ({ data, listed }) => {
    const notes = contentType('documents').care!.needsCare!({ key: 'd', file: 'content/documents/d.yaml', data }, today);
    expect(notes.length).toBe(listed ? 1 : 0);
  });
});
