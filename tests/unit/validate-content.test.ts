import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatProblems } from '../../src/lib/content-errors.ts';
import { readEntries, validateContent } from '../../src/lib/validate-content.ts';
import { contentTypes } from '../../src/schemas/index.ts';

const fixtures = join(import.meta.dirname, '../fixtures/bad-content');

describe('validateContent on the repository content', () => {
  it('finds no problem in the content that ships', () => {
    const problems = validateContent(process.cwd());
    expect(problems, formatProblems(problems)).toEqual([]);
  });
});

describe('validateContent reports every bad file in one run', () => {
  let root: string;
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'rc-validate-'));
    cpSync(join(process.cwd(), 'content'), join(root, 'content'), { recursive: true });
    for (const name of ['bad-title', 'bad-date-and-slug', 'expression', 'import', 'unknown-field', 'broken-yaml']) {
      cpSync(join(fixtures, `${name}.mdx`), join(root, 'content/pages/sv', `${name}.mdx`));
    }
    // A file name that is not a slug.
    cpSync(join(fixtures, 'bad-title.mdx'), join(root, 'content/pages/sv/Boka En Peer.mdx'));
    // An English page without its Swedish original.
    cpSync(join(fixtures, 'bad-title.mdx'), join(root, 'content/pages/en/only-english.mdx'));
    // Settings: a crisis number with a space and an e-mail that is not one.
    const settingsPath = join(root, 'content/settings/site.yaml');
    const settings = readFileSync(settingsPath, 'utf8')
      .replace("tel: '112'", "tel: '11 2'")
      .replace(/^email: .*$/m, 'email: inte-en-adress');
    writeFileSync(settingsPath, settings);
    // UI strings: a string missing in English.
    const uiPath = join(root, 'content/ui/en.yaml');
    writeFileSync(uiPath, readFileSync(uiPath, 'utf8').replace(/^skipLink: .*\n/m, ''));
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  const expectations: { reason: string; file: string; field: string; found?: RegExp; expected?: RegExp; line?: number }[] = [
    {
      reason: 'a too short title names the field and its label',
      file: 'content/pages/sv/bad-title.mdx',
      field: 'title',
      found: /"Om"/,
      expected: /minst 3 tecken/,
    },
    {
      reason: 'a slug with spaces explains the allowed form',
      file: 'content/pages/sv/bad-date-and-slug.mdx',
      field: 'slug',
      found: /Boka en peer/,
      expected: /små bokstäver/,
    },
    {
      reason: 'a date in words asks for ÅÅÅÅ-MM-DD',
      file: 'content/pages/sv/bad-date-and-slug.mdx',
      field: 'updated',
      found: /23 november/,
      expected: /ÅÅÅÅ-MM-DD/,
    },
    {
      reason: 'an MDX expression is refused with its line',
      file: 'content/pages/sv/expression.mdx',
      field: 'body',
      found: /Måsvingar/,
      line: 9,
    },
    { reason: 'an import line is refused with its line', file: 'content/pages/sv/import.mdx', field: 'body', found: /import/, line: 6 },
    { reason: 'an unknown component is refused', file: 'content/pages/sv/import.mdx', field: 'body', found: /<Karusell>/, line: 8 },
    {
      reason: 'an unknown front matter field is named',
      file: 'content/pages/sv/unknown-field.mdx',
      field: 'författare',
      found: /okända fält: författare/,
    },
    { reason: 'YAML that cannot be read says where', file: 'content/pages/sv/broken-yaml.mdx', field: '', found: /YAML/ },
    {
      reason: 'a file name must be a slug, with a suggestion',
      file: 'content/pages/sv/Boka En Peer.mdx',
      field: '',
      found: /filnamnet/,
      expected: /små bokstäver/,
    },
    { reason: 'an English page needs its Swedish original', file: 'content/pages/en/only-english.mdx', field: '', expected: /svensk fil/ },
    {
      reason: 'a crisis number with a space',
      file: 'content/settings/site.yaml',
      field: 'emergency.0.tel',
      found: /"11 2"/,
      expected: /utan mellanslag/,
    },
    {
      reason: 'an invalid e-mail address',
      file: 'content/settings/site.yaml',
      field: 'email',
      found: /inte-en-adress/,
      expected: /e-postadress/,
    },
    { reason: 'a missing interface string fails', file: 'content/ui/en.yaml', field: 'skipLink', found: /saknas/ },
  ];

  it.each(expectations)('$reason', ({ file, field, found, expected, line }) => {
    const problems = validateContent(root).filter((p) => p.file === file && p.field === field);
    expect(problems.length, formatProblems(validateContent(root))).toBeGreaterThan(0);
    const match = problems.find(
      (p) => (!found || found.test(p.found)) && (!expected || expected.test(p.expected)) && (!line || p.line === line),
    );
    expect(match, formatProblems(problems)).toBeDefined();
  });

  it('labels fields with the schema’s Swedish editor label', () => {
    const problem = validateContent(root).find((p) => p.file === 'content/settings/site.yaml' && p.field === 'emergency.0.tel');
    expect(problem?.label).toBe('Nödnummer i krisraden › Nummer att ringa');
  });

  it('formats a report with file, field, found, expected and fix', () => {
    const report = formatProblems(validateContent(root));
    expect(report).toMatch(/content\/pages\/sv\/expression\.mdx:9/);
    expect(report).toMatch(/hittade: /);
    expect(report).toMatch(/förväntat: /);
    expect(report).toMatch(/åtgärd: /);
  });
});

describe('references and checks across entries, for every type by the same code', () => {
  let root: string;
  const edit = (file: string, change: (text: string) => string) =>
    writeFileSync(join(root, file), change(readFileSync(join(root, file), 'utf8')));
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'rc-refs-'));
    cpSync(join(process.cwd(), 'content'), join(root, 'content'), { recursive: true });
    // A referral to a line that does not exist, and one to the line itself.
    edit('content/helplines/psykiatrisk-akutmottagning.yaml', (t) => t.replace(/^referral: .*$/m, 'referral: finns-inte'));
    edit('content/helplines/spes.yaml', (t) => `${t.trimEnd()}\nreferral: spes\n`);
    // The 112 line gone.
    rmSync(join(root, 'content/helplines/112.yaml'));
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('a reference to a missing entry names the file, the field and the missing key, and lists the keys there are', () => {
    const problem = validateContent(root).find((p) => p.file === 'content/helplines/psykiatrisk-akutmottagning.yaml');
    expect(problem).toMatchObject({ field: 'referral', label: 'Hänvisning via' });
    expect(problem!.found).toBe('"finns-inte", som inte finns i helplines');
    expect(problem!.expected).toMatch(/^ett av: 1177, aldrelinjen, /);
    expect(problem!.fix).toContain('content/helplines/finns-inte');
  });
  it('an entry cannot refer to itself', () => {
    const problem = validateContent(root).find((p) => p.file === 'content/helplines/spes.yaml');
    expect(problem).toMatchObject({ field: 'referral' });
    expect(problem!.found).toContain('filens eget id');
  });
  it("a type's own check across entries: the crisis path needs 112", () => {
    const problem = validateContent(root).find((p) => p.file === 'content/helplines/');
    expect(problem!.found).toContain('emergency');
    expect(formatProblems(validateContent(root))).toContain('content/helplines/112.yaml');
  });
});

describe('a fault in the check itself', () => {
  it('says it is not the content, and how to report it', async () => {
    const { internalErrorMessage } = await import('../../src/lib/content-errors.ts');
    const message = internalErrorMessage(new TypeError("Cannot read properties of undefined (reading 'x')"));
    expect(message).toMatch(/^Internt fel i innehållskontrollen: det här beror inte på ditt innehåll\./);
    expect(message).toContain('Rapportera felet');
    expect(message).toContain("reading 'x'");
  });
});

describe('readEntries for reports reads the fields without parsing bodies again', () => {
  it.each(contentTypes.filter((t) => t.kind === 'folder').map((t) => [t.name, t] as const))(
    '%s: the same entries and data',
    (_name, type) => {
      const full = readEntries(type, '.');
      const data = readEntries(type, '.', { data: true });
      expect(full.length).toBeGreaterThan(0);
      expect(data.map(({ key, file, data }) => ({ key, file, data }))).toEqual(full.map(({ key, file, data }) => ({ key, file, data })));
    },
  );
});
