/**
 * Courses and events through the real content check (`npm run validate` and the build): a good
 * course passes, and every kind of bad course is refused naming its file, its field (with line)
 * and what to do. The cases are written into a copy of the content, so references to venues and
 * terms are checked against real files.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ContentProblem } from '../../src/lib/content-errors.ts';
import { validateContent } from '../../src/lib/validate-content.ts';
import { CourseSchema } from '../../src/schemas/course.ts';
import { course } from '../fixtures/bad-content-corpus.ts';
import { parseMdxFile } from '../../src/lib/validate-content.ts';

/** The corpus's frozen valid course (tests/fixtures/bad-content-corpus.ts) with a second session. */
const goodCourse = course.replace(
  "    end: '19:00'\n---",
  "    end: '19:00'\n  - date: 2027-02-10\n    start: '17:00'\n    end: '19:00'\n---",
);

const change = (find: string, replace: string) => {
  if (!goodCourse.includes(find)) throw new Error(`"${find}" finns inte i testkursen`);
  return goodCourse.replace(find, replace);
};

const cases: { name: string; reason: string; text: string; field: string; says: RegExp; fix: RegExp; missing?: boolean }[] = [
  {
    name: 'ingen-peer',
    reason: 'no peer trainer: co-production is what makes a Recovery College course',
    text: change('  - role: peer-trainer\n', '  - role: professional\n'),
    field: 'facilitators',
    says: /peer-trainer/,
    fix: /rollen peer-trainer/,
  },
  {
    name: 'ingen-yrkesverksam',
    reason: 'no professional',
    text: change('  - role: professional\n', '  - role: peer-trainer\n'),
    field: 'facilitators',
    says: /professional/,
    fix: /rollen professional/,
  },
  {
    name: 'slutar-fore-start',
    reason: 'a session that ends before it starts',
    text: change("start: '17:00'\n    end: '19:00'", "start: '17:00'\n    end: '16:00'"),
    field: 'sessions.0.end',
    says: /efter starttiden 17:00/,
    fix: /sluttid efter starttiden/,
  },
  {
    name: 'anmalan-efter-sista',
    reason: 'enrolment closing after the last session',
    text: change('closes: 2027-02-01', 'closes: 2027-02-20'),
    field: 'enrolment.closes',
    says: /senast 2027-02-10/,
    fix: /2027-02-10 eller tidigare/,
  },
  {
    name: 'okand-lokal',
    reason: 'a venue that does not exist',
    text: change('venue: kunskapens-hus', 'venue: slottet'),
    field: 'venue',
    says: /slottet/,
    fix: /content\/venues\/slottet/,
  },
  {
    name: 'okand-termin',
    reason: 'a term that does not exist',
    text: change('term: vt-2027', 'term: vt-2031'),
    field: 'term',
    says: /vt-2031/,
    fix: /content\/terms\/vt-2031/,
  },
  {
    name: 'fel-formular',
    reason: 'an enrolment form that is not https',
    text: change('  email: recoverycollege@exempel.se', '  form: http://exempel.se/anmalan'),
    field: 'enrolment.form',
    says: /https:\/\//,
    fix: /Skriv en hel adress/,
  },
  {
    name: 'fel-epost',
    reason: 'an enrolment e-mail that is not one',
    text: change('email: recoverycollege@exempel.se', 'email: recoverycollege-at-exempel.se'),
    field: 'enrolment.email',
    says: /e-postadress/,
    fix: /Skriv en giltig e-postadress/,
  },
  {
    name: 'inget-satt-att-anmala',
    reason: 'no way to enrol at all',
    text: change('  email: recoverycollege@exempel.se\n', ''),
    field: 'enrolment.form',
    says: /minst ett sätt att anmäla sig/,
    fix: /Anmälningsformulär/,
  },
  {
    name: 'krockande-tillfallen',
    reason: 'two sessions overlapping on one day',
    text: change("  - date: 2027-02-10\n    start: '17:00'", "  - date: 2027-02-03\n    start: '18:00'"),
    field: 'sessions.1.start',
    says: /krockar med tillfälle 1|inte krockar med tillfälle 1/,
    fix: /Rätta tiderna/,
  },
  {
    name: 'utan-lokal',
    reason: 'a course on site without a venue',
    text: change('venue: kunskapens-hus\n', ''),
    field: 'venue',
    says: /lokal/,
    fix: /Välj en lokal/,
    // A missing field has no line of its own: the message names the file's first line.
    missing: true,
  },
  {
    name: 'tid-utan-citattecken',
    reason: 'a time written as a number (unquoted in some YAML readers)',
    text: change("start: '17:00'", 'start: 1020'),
    field: 'sessions.0.start',
    says: /citattecken/,
    fix: /Skriv klockslaget inom citattecken/,
  },
];

let root = '';
let problems: ContentProblem[] = [];
const C = (name: string) => `content/courses/sv/${name}.mdx`;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'rc-courses-'));
  cpSync(join(process.cwd(), 'content'), join(root, 'content'), { recursive: true });
  writeFileSync(join(root, C('bra-kurs')), goodCourse);
  for (const c of cases) writeFileSync(join(root, C(c.name)), c.text);
  // An English version whose dates differ from the Swedish original's.
  writeFileSync(join(root, 'content/courses/en/bra-kurs.mdx'), goodCourse.replace('2027-02-10', '2027-02-11'));
  // A course taking the prospectus's address.
  writeFileSync(join(root, C('kursprogram')), goodCourse);
  problems = validateContent(root);
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('a good course', () => {
  it('passes the schema on its own', () => {
    expect(CourseSchema.safeParse(parseMdxFile(goodCourse).data).success).toBe(true);
  });
  it('passes the whole content check', () => {
    expect(problems.filter((p) => p.file === C('bra-kurs'))).toEqual([]);
  });
  it('the shipped content has none of these problems', () => {
    expect(validateContent(process.cwd())).toEqual([]);
  });
});

describe('bad courses are refused with the file, the field, its line and the fix', () => {
  it.each(cases)('$name: $reason', ({ name, field, says, fix, missing }) => {
    const mine = problems.filter((p) => p.file === C(name));
    const problem = mine.find((p) => p.field === field);
    expect(problem, `${name}: ${JSON.stringify(mine, null, 1)}`).toBeDefined();
    expect(`${problem!.found} ${problem!.expected}`).toMatch(says);
    // What to do: the rule's own fix, or for a wrong format the expected form written as an instruction.
    expect(problem!.fix ?? problem!.expected).toMatch(fix);
    expect(problem!.line, `${name}: the line of ${field}`).toBeGreaterThan(missing ? 0 : 1);
    // One mistake: nothing else in the file is reported (the URL rule may add its own reason for the same field).
    expect(mine.filter((p) => p.field !== field)).toEqual([]);
  });
});

describe('checks across files', () => {
  it('an English version with other dates than its Swedish original', () => {
    const problem = problems.find((p) => p.found.includes('content/courses/en/bra-kurs.mdx'));
    expect(problem?.found).toMatch(/sessions/);
    expect(problem?.fix).toMatch(/Kopiera sessions/);
  });
  it('a course at an address the catalogue uses itself', () => {
    const problem = problems.find((p) => p.found.includes(C('kursprogram')));
    expect(problem?.expected).toMatch(/kursprogram/);
    expect(problem?.fix).toMatch(/Byt filnamn/);
  });
});

describe('the CMS form of courses and events', () => {
  it('gives list and object fields a true/false translation setting, as Decap’s list and object widgets require', async () => {
    const { cmsConfig } = await import('../../admin/cms/config.ts');
    const { contentTypes } = await import('../../src/schemas/index.ts');
    const config = cmsConfig(contentTypes as never, [], { backend: { name: 'test-repo' } } as never) as {
      collections: { name: string; fields?: { name: string; widget?: string; i18n?: unknown }[] }[];
    };
    const groups = config.collections
      .filter((c) => c.name === 'courses' || c.name === 'events')
      .flatMap((c) =>
        (c.fields ?? []).filter((f) => f.widget === 'list' || f.widget === 'object').map((f) => [`${c.name}.${f.name}`, f.i18n]),
      );
    expect(groups.length).toBeGreaterThan(5);
    for (const [name, i18n] of groups) expect(typeof i18n, String(name)).toBe('boolean');
  });
});
