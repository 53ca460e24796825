/**
 * Saving loses nothing: every content file is already what the CMS writes when an editor opens the
 * entry and saves it unchanged (admin/cms/save.ts, the formats the admin registers), so a save
 * changes only what the editor changed. Comments, which no save could keep, are refused by the
 * content check instead; what they said lives in fields (a helpline's "Anteckningar för
 * redaktionen") and the editor's guide.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { cmsConfig } from '../../admin/cms/config.ts';
import { cachedReads, copyData, ReadCache, savedByCms } from '../../admin/cms/save.ts';
import { cleanYamlFormat } from '../../admin/cms/safe-mdx.ts';
import { commentOffsets } from '../../src/lib/content-file.ts';
import { contentRules } from '../../src/lib/mdx-safety.ts';
import { contentTypes, type ContentType } from '../../src/schemas/index.ts';
import { contentAsCmsSaves } from '../../scripts/cms-save-content.ts';

const files = contentAsCmsSaves();

describe('every content file is saved back unchanged by the CMS', () => {
  it('covers every kind of file (pages, helplines, settings, UI strings)', () => {
    for (const folder of ['content/pages/sv/', 'content/pages/en/', 'content/helplines/', 'content/settings/', 'content/ui/'])
      expect(
        files.some(({ file }) => file.startsWith(folder)),
        folder,
      ).toBe(true);
  });
  it.each(files.map((f) => [f.file, f] as const))('%s', (_file, { text, saved }) => {
    // If this fails after a hand edit: `npm run format:content` writes the file as the CMS would.
    expect(saved).toBe(text);
  });
});

describe('a change in the CMS changes only its own lines', () => {
  const ui: unknown = parseYaml(readFileSync('content/ui/sv.yaml', 'utf8'));
  const types = contentTypes as readonly ContentType[];
  const config = cmsConfig(types, [], { backend: { name: 'test-repo' } }, ui);
  it('a new summary in 112.yaml changes one line and nothing else', () => {
    const file = 'content/helplines/112.yaml';
    const text = readFileSync(file, 'utf8');
    const format = cleanYamlFormat();
    const data = format.fromFile(text) as { summary: { sv: string } };
    data.summary.sv = 'En ny sammanfattning som redaktören skrev.';
    const keys = (config.collections.find((c) => c.name === 'helplines')!.fields ?? []).map((f) => f.name);
    const before = text.split('\n');
    const after = format.toFile(data, keys).split('\n');
    expect(after.length).toBe(before.length);
    const changed = after.flatMap((line, i) => (line === before[i] ? [] : [line]));
    expect(changed).toEqual(['  sv: En ny sammanfattning som redaktören skrev.']);
    // And saving it unchanged again is the identity.
    expect(savedByCms(file, after.join('\n'), types, config, contentRules)).toBe(after.join('\n'));
  });
});

describe('commentOffsets finds YAML comments from the syntax tree, and nothing else', () => {
  const cases: { reason: string; yaml: string; comments: number }[] = [
    { reason: 'a comment line', yaml: '# Om linjen\nname: x\n', comments: 1 },
    { reason: 'a comment after a value', yaml: 'kind: support # inte vård\n', comments: 1 },
    { reason: 'a comment inside a list', yaml: 'audiences:\n  # först\n  - everyone\n', comments: 1 },
    { reason: 'an indented comment in a group', yaml: 'hours:\n  type: weekly\n  # helgdagar okända\n  holidays: unknown\n', comments: 1 },
    { reason: 'a # inside quotes', yaml: "title: 'Nummer # 1'\n", comments: 0 },
    { reason: 'a # in an address (no space before it)', yaml: 'url: https://exempel.se/sida#avsnitt\n', comments: 0 },
    { reason: 'a # at the start of a line in a block text', yaml: 'text: |\n  # Rubrik i texten\n  Mer text.\n', comments: 0 },
    { reason: 'a plain value with # after a letter', yaml: 'name: C#-kursen\n', comments: 0 },
  ];
  it.each(cases)('$reason → $comments', ({ yaml, comments }) => {
    expect(commentOffsets(yaml)).toHaveLength(comments);
  });
});

describe('cachedReads: a file text is parsed once, every reader gets its own copy', () => {
  const text = "name:\n  sv: Bris\n  en: Bris\nphones:\n  - number: '116 111'\n";
  it('reads the same data as the format itself, and parses a text seen before only once', () => {
    let parses = 0;
    const plain = cleanYamlFormat();
    const format = cachedReads({ ...plain, fromFile: (content) => (parses++, plain.fromFile(content)) });
    expect(format.fromFile(text)).toEqual(plain.fromFile(text));
    expect(format.fromFile(text)).toEqual(plain.fromFile(text));
    expect(parses).toBe(1);
    expect(format.toFile({ a: 'b' })).toBe(plain.toFile({ a: 'b' }));
  });
  it('a reader that changes its copy changes nothing for the next', () => {
    const format = cachedReads(cleanYamlFormat());
    const first = format.fromFile(text) as { name: { sv: string } };
    first.name.sv = 'ändrad';
    expect((format.fromFile(text) as { name: { sv: string } }).name.sv).toBe('Bris');
  });
  it('keeps at most its limit of texts, forgetting the oldest', () => {
    const format = cachedReads(cleanYamlFormat(), new ReadCache(2));
    for (const n of [1, 2, 3]) format.fromFile(`n: ${n}\n`);
    expect(format.cache.texts()).toEqual(['n: 2\n', 'n: 3\n']);
  });
  it('copyData copies objects and lists, keeps values', () => {
    const data = { a: [{ b: 'c' }, 1, true, null], d: { e: new Date(0) } };
    const copy = copyData(data);
    expect(copy).toEqual(data);
    expect(copy.a).not.toBe(data.a);
    expect(copy.a[0]).not.toBe(data.a[0]);
    expect(copy.d.e).not.toBe(data.d.e);
  });
});
