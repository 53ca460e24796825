/**
 * A corpus of broken content, one file per kind of mistake an editor makes (in the CMS or by hand),
 * each checked for the exact file, line and field in the message, and for words an editor can
 * act on: no stack trace, no "undefined", no "[object Object]", no library wording. Then content
 * that looks odd but is fine (CRLF, a byte order mark, trailing spaces, Swedish quotes, empty
 * optional fields) passes. Each case runs `validateContent` on a copy of the content with that one
 * file written (or changed, or removed); tests/build/bad-content-build.test.ts builds a sample.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatProblems } from '../../src/lib/content-errors.ts';
import { checkContent } from '../../src/lib/validate-content.ts';
import { bris, cases, H, helpline, P, page, valid, withBody, type Case } from '../fixtures/bad-content-corpus.ts';

/** The words a message must never contain. */
const forbidden = [/undefined/, /\[object Object\]/, /Ogiltig inmatning/, /förväntat string/, /\n\s+at .+:\d+:\d+/];

const roots: string[] = [];
// Over a hundred copies of the content: removing them takes more than the default 10 s on a busy machine.
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
}, 120_000);

/** A copy of the content and media with one case applied; the result of the check. */
export function runCase(c: Case) {
  const root = mkdtempSync(join(tmpdir(), 'rc-corpus-'));
  roots.push(root);
  cpSync('content', join(root, 'content'), { recursive: true });
  cpSync('public/media', join(root, 'public/media'), { recursive: true });
  const path = join(root, c.file);
  if (c.content === null) rmSync(path);
  else {
    mkdirSync(dirname(path), { recursive: true });
    const text = typeof c.content === 'function' ? c.content(readFileSync(path, 'utf8')) : c.content;
    writeFileSync(path, text);
  }
  return checkContent(root, '2026-11-29');
}

describe('the corpus', () => {
  it('has at least 80 kinds of mistake, each its own', () => {
    expect(cases.length).toBeGreaterThanOrEqual(80);
    expect(new Set(cases.map((c) => c.kind)).size).toBe(cases.length);
  });
});

describe('every mistake is refused with the file, the line and the field, in words an editor can act on', () => {
  it.each(cases)('$kind ($file)', (c) => {
    const { problems } = runCase(c);
    const file = c.reported ?? c.file;
    const own = problems.filter((p) => p.file === file);
    const report = formatProblems(problems);
    expect(own.length, report).toBeGreaterThan(0);
    const match = own.find((p) => p.field === c.field && c.says.test(`${p.found} ${p.expected} ${p.fix ?? ''}`));
    expect(match, report).toBeDefined();
    expect(match!.line, report).toBe(c.line);
    if (c.line) expect(report).toContain(`[${file}:${c.line}]`);
    for (const word of forbidden) expect(report).not.toMatch(word);
  });
});

describe('odd but fine: accepted as written', () => {
  const accepted: Case[] = [
    { kind: 'Windows line ends', file: P('crlf'), content: withBody('Text.').replace(/\n/g, '\r\n'), field: '', says: /./ },
    { kind: 'a byte order mark', file: P('bom'), content: `\uFEFF${withBody('Text.')}`, field: '', says: /./ },
    { kind: 'a byte order mark in YAML', file: H('bom'), content: `\uFEFF${bris}`, field: '', says: /./ },
    { kind: 'trailing spaces after the fences', file: P('mellanslag'), content: `--- \n${valid}\n---  \n\nText.\n`, field: '', says: /./ },
    {
      kind: 'Swedish quotes and dashes',
      file: P('citattecken'),
      content: withBody('Hon sa: ”Det går bra” – och log. ’Så’ säger vi.'),
      field: '',
      says: /./,
    },
    { kind: 'empty optional fields left out', file: P('tomma-falt'), content: page(valid), field: '', says: /./ },
    { kind: 'an escaped brace and angle', file: P('escape'), content: withBody('Skriv \\{ och \\< som tecken.'), field: '', says: /./ },
    {
      kind: 'an image with alt text from the media library',
      file: P('bild'),
      content: withBody('![Två personer vid ett bord](/media/bild.png)'),
      field: '',
      says: /./,
    },
    {
      kind: 'a Document that exists',
      // Not "dokument": /dokument/ is the documents' section page.
      file: P('dokument-finns'),
      content: withBody('<Document href="/media/exempel-broschyr.pdf" title="Broschyr" />'),
      field: '',
      says: /./,
    },
  ];
  it.each(accepted)('$kind', (c) => {
    const { problems } = runCase(c);
    expect(problems, formatProblems(problems)).toEqual([]);
  });
});

describe('warnings: allowed, but worth a look', () => {
  it.each([
    { kind: 'a very large page', file: P('stor'), content: withBody('Ett stycke text om återhämtning. '.repeat(17_000)), says: /kB/ },
    { kind: 'a very long word', file: P('langt-ord'), content: withBody(`Kod: ${'x'.repeat(150)}`), says: /utan mellanslag/ },
    {
      kind: 'a last-checked date in the future',
      file: H('framtid'),
      content: helpline((t) => t.replace('lastChecked: 2025-08-20', 'lastChecked: 2027-01-01')),
      says: /i framtiden/,
    },
  ])('$kind', (c) => {
    const { problems, warnings } = runCase({ ...c, field: '' });
    expect(problems).toEqual([]);
    expect(
      warnings.some((w) => w.file === c.file && c.says.test(w.found)),
      formatProblems(warnings, 'warning'),
    ).toBe(true);
  });
});
