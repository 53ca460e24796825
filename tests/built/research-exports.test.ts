/**
 * The research library's files for reference managers, read back by parsers that are not the
 * library that wrote them: BibTeX by @retorquere/bibtex-parser (Better BibTeX's parser), RIS by a
 * tag-line reader written here (RIS is `TY  - JOUR` lines; no independent npm parser is available
 * to this project), CSL-JSON by JSON.parse. Each file of all works has every work in
 * content/research/sv/, and every DOI and title survives; each work has files of its own.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { read } from './built.ts';

const dir = resolve('content/research/sv');
const works = readdirSync(dir)
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => {
    const front = readFileSync(join(dir, f), 'utf8').split(/^---$/m)[1] ?? '';
    const data = parseYaml(front) as { title: string; doi?: string };
    return { key: f.replace(/\.mdx$/, ''), title: data.title, doi: data.doi };
  });
const titles = works.map((w) => w.title).sort();
const dois = works.flatMap((w) => (w.doi ? [w.doi] : [])).sort();

/**
 * BibTeX through the parser, as written: no sentence-casing of English titles (the parser's
 * default for reference managers), and accents composed (`{\\r a}` decodes to a + ring).
 */
const bibtex = (text: string) => {
  const parsed = parseBibtex(text, { english: false });
  return { ...parsed, titles: parsed.entries.map((e) => String(e.fields.title).normalize('NFC')) };
};

const file = (path: string) => {
  const text = read(path);
  expect(text, `the build has ${path}`).toBeDefined();
  return text!;
};

/** RIS records: `XX  - value` lines from `TY` to `ER`; a line without a tag continues the value before it. */
function readRis(text: string): Record<string, string[]>[] {
  const records: Record<string, string[]>[] = [];
  let current: Record<string, string[]> | undefined;
  let last: { tag: string; index: number } | undefined;
  for (const line of text.split(/\r?\n/)) {
    const tagged = /^([A-Z][A-Z0-9]) {2}- ?(.*)$/.exec(line);
    if (!tagged) {
      if (current && last && line.trim()) current[last.tag]![last.index] += line;
      continue;
    }
    const [, tag, value] = tagged as unknown as [string, string, string];
    if (tag === 'TY') current = {};
    if (!current) throw new Error(`RIS: "${line}" before any TY line`);
    if (tag === 'ER') {
      records.push(current);
      current = undefined;
      continue;
    }
    (current[tag] ??= []).push(value.trim());
    last = { tag, index: current[tag]!.length - 1 };
  }
  expect(current, 'every RIS record ends with ER').toBeUndefined();
  return records;
}

describe('the research library’s exports, parsed back', () => {
  it('content/research/sv/ has works, some with a DOI', () => {
    expect(works.length).toBeGreaterThan(0);
    expect(dois.length).toBeGreaterThan(0);
  });

  it('/forskning/referenser.bib: every work, title and DOI (BibTeX parser)', () => {
    const parsed = bibtex(file('/forskning/referenser.bib'));
    expect(parsed.errors).toEqual([]);
    expect(parsed.entries.length).toBe(works.length);
    expect(parsed.titles.sort()).toEqual(titles);
    expect(parsed.entries.flatMap((e) => (e.fields.doi ? [String(e.fields.doi)] : [])).sort()).toEqual(dois);
    // The keys are the works' ids, so a citation key in a manuscript points back to the site.
    expect(parsed.entries.map((e) => e.key).sort()).toEqual(works.map((w) => w.key.replaceAll('-', '_')).sort());
  });

  it('/forskning/referenser.ris: every work, title and DOI (RIS tag lines)', () => {
    const records = readRis(file('/forskning/referenser.ris'));
    expect(records.length).toBe(works.length);
    expect(records.map((r) => (r.TI ?? r.T1)?.[0]).sort()).toEqual(titles);
    expect(records.flatMap((r) => r.DO ?? []).sort()).toEqual(dois);
    expect(records.every((r) => r.TY)).toBe(true);
  });

  it('/forskning/referenser.json: every work, title and DOI (CSL-JSON)', () => {
    const items = JSON.parse(file('/forskning/referenser.json')) as { id: string; type: string; title: string; DOI?: string }[];
    expect(items.length).toBe(works.length);
    expect(items.map((i) => i.title).sort()).toEqual(titles);
    expect(items.flatMap((i) => (i.DOI ? [i.DOI] : [])).sort()).toEqual(dois);
    expect(items.map((i) => i.id).sort()).toEqual(works.map((w) => w.key).sort());
  });

  it('each work has a file of each kind with itself only', () => {
    for (const work of works) {
      expect(bibtex(file(`/forskning/${work.key}.bib`)).titles, work.key).toEqual([work.title]);
      expect(
        readRis(file(`/forskning/${work.key}.ris`)).map((r) => r.TI?.[0]),
        work.key,
      ).toEqual([work.title]);
      expect(
        (JSON.parse(file(`/forskning/${work.key}.json`)) as { DOI?: string }[]).map((i) => i.DOI),
        work.key,
      ).toEqual([work.doi]);
    }
  });
});
