import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { hoursUncertain, isPinned, matchesFilter, orderHelplines, type Helpline } from '../../src/lib/helplines.ts';
import { helplinesJsonSchema } from '../../src/lib/open-data-schema.ts';
import { staleEntries } from '../../src/lib/staleness.ts';
import { readEntries, validateContent } from '../../src/lib/validate-content.ts';
import { slugPattern } from '../../src/rules/slug.ts';
import { audiences, HelplineSchema, requireEmergencyLine, topics, type HelplineInput } from '../../src/schemas/helpline.ts';
import { HelplinesOpenDataSchema } from '../../src/schemas/helplines-open-data.ts';
import { contentType, UiSchema } from '../../src/schemas/index.ts';
import { staleReport } from '../../scripts/staleness-report.ts';

const dir = join(import.meta.dirname, '../../content/helplines');
const files = readdirSync(dir).filter((f) => f.endsWith('.yaml'));
const sources = Object.fromEntries(files.map((f) => [f.replace(/\.yaml$/, ''), readFileSync(join(dir, f), 'utf8')]));
const lines: Helpline[] = Object.entries(sources).map(([id, text]) => ({ ...HelplineSchema.parse(parse(text)), id }));
const byId = (id: string) => {
  const line = lines.find((l) => l.id === id);
  if (!line) throw new Error(`no line ${id}`);
  return line;
};

describe('the helplines in content/helplines/ are the facts of content-facts §1', () => {
  const cases = [
    { id: '112', tel: ['112'], hours: 'always', uncertain: [] },
    { id: '1177', tel: ['1177'], hours: 'always', uncertain: [] },
    { id: 'sjalvmordslinjen', tel: ['90101'], hours: 'always', uncertain: [] },
    { id: 'hjalplinjen', tel: ['90390', '+46852449910'], hours: 'always', uncertain: ['number'] },
    { id: 'jourhavande-medmanniska', tel: ['+4687021680'], hours: 'weekly', uncertain: [] },
    { id: 'jourhavande-prast', tel: ['112'], hours: 'weekly', uncertain: ['channels'] },
    { id: 'bris', tel: ['116111'], hours: 'always', uncertain: [] },
    { id: 'kvinnofridslinjen', tel: ['+4620505050'], hours: 'always', uncertain: [] },
    { id: 'foraldralinjen', tel: ['+4620852000'], hours: 'weekly', uncertain: ['hours'] },
    { id: 'aldrelinjen', tel: ['+4620222233'], hours: 'unknown', uncertain: ['hours'] },
    { id: 'spes', tel: ['+4620181800'], hours: 'weekly', uncertain: ['number'] },
    { id: 'anhoriglinjen', tel: ['+46200239500'], hours: 'weekly', uncertain: [] },
    { id: 'psykiatrisk-akutmottagning', tel: [], hours: 'unknown', uncertain: ['other'] },
  ];
  it('has exactly these lines', () => expect(lines.map((l) => l.id).sort()).toEqual(cases.map((c) => c.id).sort()));
  it.each(cases)('$id: numbers, kind of hours and uncertainty', ({ id, tel, hours, uncertain }) => {
    const line = byId(id);
    expect(line.phones.map((p) => p.tel)).toEqual(tel);
    expect(line.hours.type).toBe(hours);
    expect(line.uncertain.map((u) => u.about)).toEqual(uncertain);
  });

  it('overnight lines are 21:00–06:00 every night, SPES 19–22, Anhöriglinjen split days', () => {
    for (const id of ['jourhavande-medmanniska', 'jourhavande-prast']) {
      expect(byId(id).hours.weekly).toEqual([{ days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], from: '21:00', to: '06:00' }]);
    }
    expect(byId('spes').hours.weekly).toEqual([{ days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], from: '19:00', to: '22:00' }]);
    expect(byId('anhoriglinjen').hours.weekly).toEqual([
      { days: ['mon', 'tue', 'thu', 'fri'], from: '10:00', to: '15:00' },
      { days: ['wed', 'sun'], from: '18:00', to: '21:00' },
    ]);
  });

  it('lists nothing marked "do not list": not the closed 0771 line, not Suicide Zero or Hjärnkoll', () => {
    // The data, not the comments: hjalplinjen.yaml's comment names the old number so nobody re-adds it.
    const all = JSON.stringify(lines);
    expect(all).not.toMatch(/0771|\+46771/);
    expect(all).not.toMatch(/suicide ?zero|hjärnkoll/i);
  });

  it('names no invented number for the psychiatric emergency reception: it refers to 1177', () => {
    const line = byId('psykiatrisk-akutmottagning');
    expect(line.phones).toEqual([]);
    expect(line.referral).toBe('1177');
    expect(line.region).toBe('Region Exempel');
  });

  it.each(lines.map((l) => [l.id, l] as const))('%s: last checked is the date of its newest dated source, not a later day', (_id, line) => {
    const dated = line.verification.sources.map((s) => s.date).filter((d): d is string => Boolean(d));
    const newest = dated.sort().at(-1);
    expect(line.verification.lastChecked).toBe(newest);
  });

  it('112 is there, and no line refers to a line that does not exist', () => {
    expect(requireEmergencyLine(lines.map((data) => ({ data })))).toEqual([]);
    expect(requireEmergencyLine(lines.filter((l) => l.kind !== 'emergency').map((data) => ({ data })))).toHaveLength(1);
    expect(validateContent(join(import.meta.dirname, '../..')).filter((p) => p.file.startsWith('content/helplines'))).toEqual([]);
  });

  it('every file name is a valid id', () => {
    for (const f of files) {
      expect(f).toMatch(/\.yaml$/);
      expect(f.replace(/\.yaml$/, '')).toMatch(slugPattern);
    }
  });
});

describe('the page order', () => {
  it('112 first, then 1177 and always-open lines, then the region, then the rest', () => {
    const ordered = orderHelplines(lines, 'Region Exempel');
    expect(ordered.emergency.map((l) => l.id)).toEqual(['112']);
    expect(ordered.always[0]?.id).toBe('1177');
    expect(ordered.always.length, 'always-open lines after 1177').toBeGreaterThan(1);
    expect(ordered.rest.length).toBeGreaterThan(0);
    expect(ordered.always.slice(1).every((l) => l.hours.type === 'always')).toBe(true);
    expect(ordered.local.map((l) => l.id)).toEqual(['psykiatrisk-akutmottagning']);
    expect(ordered.rest.every((l) => l.hours.type !== 'always' && l.coverage === 'national')).toBe(true);
    const total = ordered.emergency.length + ordered.always.length + ordered.local.length + ordered.rest.length;
    expect(total).toBe(lines.length);
  });
  it("another region's site does not show this region's reception", () => {
    const ordered = orderHelplines(lines, 'Region Annan');
    expect([...ordered.always, ...ordered.local, ...ordered.rest].map((l) => l.id)).not.toContain('psykiatrisk-akutmottagning');
  });
  it('the region setting is matched without regard to case or spaces', () => {
    expect(orderHelplines(lines, ' region exempel ').local.map((l) => l.id)).toEqual(['psykiatrisk-akutmottagning']);
  });
});

describe('volunteer lines are never the only option', () => {
  const filters = [
    ...audiences.map((audience) => ({ audience, topic: undefined })),
    ...topics.map((topic) => ({ audience: undefined, topic })),
  ];
  it('there are audiences and topics to filter by', () => {
    expect(audiences.length).toBeGreaterThan(0);
    expect(topics.length).toBeGreaterThan(0);
  });
  it.each(filters)('filter %o keeps a line answered by professionals', (filter) => {
    const shown = lines.filter((l) => matchesFilter(l, filter));
    expect(shown.some((l) => l.staffing === 'professionals' && isPinned(l))).toBe(true);
  });
  it('"everyone" lines match every audience; topics must match', () => {
    const jm = byId('jourhavande-medmanniska');
    expect(matchesFilter(jm, { audience: 'older' })).toBe(true);
    expect(matchesFilter(jm, { topic: 'violence' })).toBe(false);
    expect(matchesFilter(byId('bris'), { audience: 'older' })).toBe(false);
  });
});

describe('uncertain hours stop the open-now claim', () => {
  it.each([
    ['foraldralinjen', true],
    ['aldrelinjen', true],
    ['jourhavande-prast', false],
    ['sjalvmordslinjen', false],
  ] as const)('%s → %s', (id, expected) => expect(hoursUncertain(byId(id))).toBe(expected));
});

describe('staleness', () => {
  const { field, days } = contentType('helplines').staleness;
  const asEntries = (list: Helpline[]) =>
    list.map((l) => ({ key: l.id, name: l.name.sv, file: `content/helplines/${l.id}.yaml`, data: l }));
  it('the registry says helplines go stale after 180 days, from verification.lastChecked', () => {
    expect({ field, days }).toEqual({ field: 'verification.lastChecked', days: 180 });
  });
  it('on 2026-11-23 every line is older than 180 days (the sources are): undated first, then oldest', () => {
    const stale = staleEntries(asEntries(lines), field, '2026-11-23', days);
    expect(stale).toHaveLength(lines.length);
    expect(stale.slice(0, 2).map((s) => s.key)).toEqual(['1177', 'psykiatrisk-akutmottagning']);
    expect(stale.at(-1)?.key).toBe('bris');
  });
  const cases = [
    { reason: 'a day 180 days ago is not yet stale', checked: '2026-05-27', today: '2026-11-23', stale: false },
    { reason: 'a day 181 days ago is stale', checked: '2026-05-26', today: '2026-11-23', stale: true },
    { reason: 'a month counts from its first day (2026-06 → 1 June, 175 days)', checked: '2026-06', today: '2026-11-23', stale: false },
    { reason: 'a month counts from its first day (2026-05 → 1 May, 206 days)', checked: '2026-05', today: '2026-11-23', stale: true },
    { reason: 'a year counts from 1 January', checked: '2026', today: '2026-11-23', stale: true },
  ];
  it.each(cases)('$reason', ({ checked, today, stale }) => {
    const line = { ...byId('bris'), verification: { ...byId('bris').verification, lastChecked: checked } };
    expect(staleEntries(asEntries([line]), field, today, days).length === 1).toBe(stale);
  });
  it('the build report names each stale line with its file, and warns instead of failing', () => {
    const root = join(import.meta.dirname, '../..');
    expect(readEntries(contentType('helplines'), root)).toHaveLength(13);
    const report = staleReport(root, '2026-11-23');
    expect(report).toContain('Stödlinjer: 13 av 13');
    expect(report).toContain('[content/helplines/bris.yaml]');
    expect(report).toContain('inget datum för kontroll');
    expect(report).toContain('sätt verification.lastChecked till det datumet');
  });
});

const valid: HelplineInput = {
  name: { sv: 'Testlinjen' },
  organisation: 'Testföreningen',
  kind: 'support',
  summary: { sv: 'En linje för att testa schemat.' },
  phones: [{ display: '020-50 50 50', tel: '+4620505050' }],
  hours: { type: 'weekly', weekly: [{ days: ['mon'], from: '21:00', to: '06:00' }] },
  audiences: ['everyone'],
  topics: ['crisis'],
  verification: {
    sources: [{ url: 'https://exempel.se/', title: 'Exempel', date: '2026-01' }],
    lastChecked: '2026-01',
    checkedBy: 'Redaktionen',
  },
};

describe('HelplineSchema refuses what would mislead, with a Swedish message at the field', () => {
  const cases: { reason: string; input: unknown; path: (string | number)[]; message: RegExp }[] = [
    {
      reason: 'display and tel are different numbers',
      input: { ...valid, phones: [{ display: '020-50 50 50', tel: '+4620505051' }] },
      path: ['phones', 0, 'tel'],
      message: /ska ringas som \+4620505050/,
    },
    {
      reason: 'tel written with the leading 0',
      input: { ...valid, phones: [{ display: '020-50 50 50', tel: '020505050' }] },
      path: ['phones', 0, 'tel'],
      message: /\+46/,
    },
    { reason: 'a chat on http', input: { ...valid, chat: 'http://exempel.se/chatt' }, path: ['chat'], message: /https:\/\// },
    {
      reason: 'a time like 9.00',
      input: { ...valid, hours: { type: 'weekly', weekly: [{ days: ['mon'], from: '9.00', to: '15:00' }] } },
      path: ['hours', 'weekly', 0, 'from'],
      message: /TT:MM/,
    },
    {
      reason: 'weekly without times',
      input: { ...valid, hours: { type: 'weekly' } },
      path: ['hours', 'weekly'],
      message: /minst en öppettid/,
    },
    {
      reason: '24/7 with weekly times as well',
      input: { ...valid, hours: { type: 'always', weekly: [{ days: ['mon'], from: '10:00', to: '12:00' }] } },
      path: ['hours', 'weekly'],
      message: /bara med "weekly"/,
    },
    {
      reason: 'opens and closes at the same time',
      input: { ...valid, hours: { type: 'weekly', weekly: [{ days: ['mon'], from: '10:00', to: '10:00' }] } },
      path: ['hours', 'weekly', 0, 'to'],
      message: /samma klockslag/,
    },
    {
      reason: 'an exception both closed and with hours',
      input: {
        ...valid,
        hours: { ...valid.hours, exceptions: [{ date: '2026-12-24', closed: true, intervals: [{ from: '10:00', to: '12:00' }] }] },
      },
      path: ['hours', 'exceptions', 0, 'intervals'],
      message: /antingen/,
    },
    {
      reason: 'the same exception date twice',
      input: {
        ...valid,
        hours: {
          ...valid.hours,
          exceptions: [
            { date: '2026-12-24', closed: true },
            { date: '2026-12-24', closed: true },
          ],
        },
      },
      path: ['hours', 'exceptions', 1, 'date'],
      message: /finns redan/,
    },
    {
      reason: 'a date that does not exist',
      input: { ...valid, verification: { ...valid.verification, lastChecked: '2026-02-30' } },
      path: ['verification', 'lastChecked'],
      message: /finns inte i kalendern/,
    },
    {
      reason: 'a date in words',
      input: { ...valid, verification: { ...valid.verification, lastChecked: 'maj 2020' } },
      path: ['verification', 'lastChecked'],
      message: /ÅÅÅÅ-MM-DD/,
    },
    {
      reason: 'no source',
      input: { ...valid, verification: { ...valid.verification, sources: [] } },
      path: ['verification', 'sources'],
      message: /minst en källa/,
    },
    {
      reason: 'a national line without a number',
      input: { ...valid, phones: [], referral: '1177' },
      path: ['phones'],
      message: /rikstäckande/,
    },
    { reason: 'a regional line without its region', input: { ...valid, coverage: 'region' }, path: ['region'], message: /Region Exempel/ },
    {
      reason: 'a local line with neither a number nor a referral',
      input: { ...valid, coverage: 'region', region: 'Region Exempel', phones: [] },
      path: ['referral'],
      message: /hänvisar hit/,
    },
    {
      reason: 'an audience that does not exist',
      input: { ...valid, audiences: ['teenagers'] },
      path: ['audiences', 0],
      message: /Välj bland/,
    },
    { reason: 'no topic', input: { ...valid, topics: [] }, path: ['topics'], message: /minst ett ämne/ },
    { reason: 'a misspelt field', input: { ...valid, phone: [] }, path: [], message: /phone/ },
  ];
  it.each(cases)('$reason', ({ input, path, message }) => {
    const result = HelplineSchema.safeParse(input);
    expect(result.success).toBe(false);
    const issue = result.error?.issues.find((i) => JSON.stringify(i.path) === JSON.stringify(path));
    expect(issue, JSON.stringify(result.error?.issues.map((i) => [i.path, i.message]))).toBeDefined();
    expect(issue?.message).toMatch(message);
  });

  it('accepts the valid line, with dates from either YAML reader', () => {
    expect(HelplineSchema.safeParse(valid).success).toBe(true);
    const fromAstro = {
      ...valid,
      verification: {
        ...valid.verification,
        lastChecked: new Date('2026-01-15T00:00:00Z'),
        sources: [{ url: 'https://exempel.se/', title: 'Exempel', date: 2017 }],
      },
    };
    const parsed = HelplineSchema.parse(fromAstro);
    expect(parsed.verification.lastChecked).toBe('2026-01-15');
    expect(parsed.verification.sources[0]?.date).toBe('2017');
  });
});

describe('UI labels exist for every audience and topic, in both languages', () => {
  const ui = ['sv', 'en'].map((lang) =>
    UiSchema.parse(parse(readFileSync(join(import.meta.dirname, `../../content/ui/${lang}.yaml`), 'utf8'))),
  );
  it.each(audiences)('audience %s', (audience) => {
    for (const strings of ui) expect(strings.helplines.audienceNames[audience]).toMatch(/\S/);
  });
  it.each(topics)('topic %s', (topic) => {
    for (const strings of ui) expect(strings.helplines.topicNames[topic]).toMatch(/\S/);
  });
  it('the words search must find are in the Swedish labels', () => {
    const sv = ui[0]!;
    expect(sv.helplines.topicNames['suicidal-thoughts']).toMatch(/självmord/i);
    expect(sv.helplines.topicNames.loneliness).toMatch(/ensam\b/i);
    expect(sv.helplines.topicNames.violence).toMatch(/våld/i);
    expect(sv.helplines.audienceNames.relatives).toMatch(/anhörig/i);
    expect(sv.helplines.emergencyTitle).toBe('Vid akut fara för liv: ring 112');
  });
});

describe('open data', () => {
  const document = { $schema: 'https://recoverycollege.example.se/hjalplinjer.schema.json', region: 'Region Exempel', helplines: lines };
  it('the published JSON parses with the schema it is described by', () => {
    expect(HelplinesOpenDataSchema.safeParse(JSON.parse(JSON.stringify(document))).success).toBe(true);
  });
  it('the JSON Schema is generated from zod, describes the output, and carries no CMS-only keys', () => {
    const schema = helplinesJsonSchema('https://recoverycollege.example.se/hjalplinjer.schema.json');
    const text = JSON.stringify(schema);
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe('https://recoverycollege.example.se/hjalplinjer.schema.json');
    expect(text).not.toMatch(/"widget"|"i18n"|"relation"/);
    const item = (
      schema as { properties: { helplines: { items: { required: string[]; properties: Record<string, { title?: string }> } } } }
    ).properties.helplines.items;
    // io: 'output': fields with defaults are always present in the data, so they are required.
    expect(item.required).toEqual(expect.arrayContaining(['id', 'phones', 'hours', 'uncertain', 'verification', 'coverage']));
    expect(item.properties.verification?.title).toBe('Kontroll av uppgifterna');
  });
});
