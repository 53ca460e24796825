/**
 * The CMS's last check before writing a file: each language version that will be written passes
 * the content type's full schema (the build's check), and the editor gets the schema's messages.
 */
import { describe, expect, it } from 'vitest';
import { describeProblems, entryProblems, EntryError } from '../../admin/cms/validate-entry.ts';
import { contentTypes, type ContentType } from '../../src/schemas/index.ts';

const type = (name: string) => (contentTypes as readonly ContentType[]).find((t) => t.name === name)!;
const page = {
  title: 'Om oss',
  description: 'En sida om vad Recovery College är och gör.',
  updated: '2026-11-23',
  sensitive: false,
  body: 'Text {x}',
};

describe('entryProblems', () => {
  const cases = [
    { reason: 'a complete page builds', name: 'pages', data: page, fields: [] },
    { reason: 'empty optional fields are left out, not refused', name: 'pages', data: { ...page, slug: '', navLabel: '' }, fields: [] },
    {
      reason: 'an English version without its summary',
      name: 'pages',
      data: { title: 'About', updated: '2026-11-23', body: 'x' },
      fields: ['Sammanfattning'],
    },
    { reason: 'a broken address', name: 'pages', data: { ...page, slug: 'Om Oss' }, fields: ['Adress'] },
  ];
  it.each(cases)('$reason', ({ name, data, fields }) => {
    expect(entryProblems(type(name), data).map((p) => p.field)).toEqual(fields);
  });

  it('catches a rule across fields that no field pattern can express (112 first)', () => {
    const settings = {
      organisation: 'Region Exempel',
      siteName: { sv: 'Recovery College' },
      region: 'Region Exempel',
      email: 'info@exempel.se',
      emergency: [{ display: '1177', tel: '1177', label: { sv: 'Ring' } }],
      footer: { sv: 'Sidfot' },
    };
    const problems = entryProblems(type('settings'), settings);
    expect(problems.map((p) => p.message)).toContain('Första numret i krisraden ska vara 112 (akut fara för liv).');
  });

  it('an empty required field is said plainly', () => {
    expect(entryProblems(type('pages'), { updated: '2026-11-23', description: page.description })).toEqual([
      { field: 'Rubrik', message: 'måste fyllas i.' },
    ]);
  });

  it('the error shows as its message alone (Decap prints the error as text)', () => {
    expect(`${new EntryError('rätta först det här: x')}`).toBe('rätta först det här: x');
  });

  it('names the language version and the field in one message', () => {
    const message = describeProblems(entryProblems(type('pages'), { ...page, title: 'A' }, 'body', 'en'));
    expect(message).toBe('rätta först det här: Rubrik (engelska): Rubriken behöver minst 3 tecken.');
    expect(describeProblems([])).toBeUndefined();
  });
});
