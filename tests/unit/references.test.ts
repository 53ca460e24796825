import { describe, expect, it } from 'vitest';
import { checkReferences, referencesIn } from '../../src/lib/references.ts';
import { z } from '../../src/schemas/z.ts';

const relation = (collection: string) => ({ relation: { collection, valueField: '{{slug}}', searchFields: ['name'] } });
const Course = z.strictObject({
  title: z.string(),
  venue: z.string().meta({ title: 'Lokal', description: 'Var kursen hålls.', ...relation('venues') }),
  helplines: z
    .array(z.string().meta(relation('helplines')))
    .default([])
    .meta({ title: 'Stödlinjer', description: 'Linjer.' }),
  related: z
    .string()
    .optional()
    .meta({ title: 'Liknande kurs', description: 'En annan kurs.', ...relation('courses') }),
  sessions: z.array(
    z.strictObject({
      room: z
        .string()
        .optional()
        .meta({ title: 'Rum', description: 'Rum.', ...relation('venues') }),
    }),
  ),
});

const collections = new Map([
  ['venues', { folder: 'content/venues', keys: new Set(['huset', 'biblioteket']) }],
  ['helplines', { folder: 'content/helplines', keys: new Set(['112', '1177']) }],
  ['courses', { folder: 'content/courses', keys: new Set(['somn', 'hopp']) }],
]);
const entry = (data: unknown) => ({ type: 'courses', key: 'somn', file: 'content/courses/sv/somn.mdx', schema: Course, data });

describe('references are found through the schema, at any depth', () => {
  it('in fields, lists and groups inside lists', () => {
    const refs = referencesIn(
      Course,
      Course.parse({ title: 't', venue: 'huset', helplines: ['112'], sessions: [{ room: 'biblioteket' }, {}] }),
    );
    expect(refs).toEqual([
      { path: ['venue'], collection: 'venues', value: 'huset' },
      { path: ['helplines', 0], collection: 'helplines', value: '112' },
      { path: ['sessions', 0, 'room'], collection: 'venues', value: 'biblioteket' },
    ]);
  });
});

describe('a reference to a missing entry names the file, the field and the missing key', () => {
  const cases = [
    { reason: 'a missing venue', data: { venue: 'slottet' }, field: 'venue', found: /"slottet", som inte finns i venues/, label: 'Lokal' },
    {
      reason: 'a missing line in a list',
      data: { helplines: ['112', '9999'] },
      field: 'helplines.1',
      found: /"9999"/,
      label: 'Stödlinjer',
    },
    { reason: 'a missing room deep in a list', data: { sessions: [{ room: 'x' }] }, field: 'sessions.0.room', found: /"x"/, label: 'Rum' },
    { reason: 'an entry pointing at itself', data: { related: 'somn' }, field: 'related', found: /filens eget id/, label: 'Liknande kurs' },
  ];
  it.each(cases)('$reason', ({ data, field, found, label }) => {
    const problems = checkReferences([entry({ title: 't', venue: 'huset', helplines: [], sessions: [], ...data })], collections);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'content/courses/sv/somn.mdx', field });
    expect(problems[0]!.found).toMatch(found);
    expect(problems[0]!.label).toContain(label);
  });
  it('lists the keys there are, and says where to create a new one', () => {
    const [problem] = checkReferences([entry({ title: 't', venue: 'slottet', helplines: [], sessions: [] })], collections);
    expect(problem!.expected).toBe('ett av: biblioteket, huset');
    expect(problem!.fix).toContain('content/venues/slottet');
  });
  it('accepts references that exist', () => {
    expect(
      checkReferences(
        [entry({ title: 't', venue: 'huset', helplines: ['1177'], related: 'hopp', sessions: [{ room: 'huset' }] })],
        collections,
      ),
    ).toEqual([]);
  });
});
