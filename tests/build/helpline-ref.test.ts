/**
 * `<HelplineRef>` in a page's text shows what the helpline card shows: the line's name, a tel: link
 * for each of its numbers (or the number of the line it refers to), every note to check, and the
 * volunteer note when volunteers answer. A real build of a page that uses it, read with parse5.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse as parseHtml, type Node } from 'parse5';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { HelplineSchema } from '../../src/schemas/helpline.ts';
import { buildWorkspace, makeWorkspace, removeWorkspace } from '../support/workspace.ts';

const contentDir = resolve('content/helplines');
const lines = readdirSync(contentDir)
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => ({ ...HelplineSchema.parse(parse(readFileSync(join(contentDir, f), 'utf8'))), id: f.replace(/\.yaml$/, '') }));
const line = (id: string) => lines.find((l) => l.id === id)!;
/** The tel: links a line must offer: its own numbers, or the first of the line it refers to. */
const telsOf = (id: string): string[] => {
  const phones = line(id).phones.length ? line(id).phones : line(line(id).referral!).phones.slice(0, 1);
  return phones.map((p) => `tel:${p.tel}`);
};
const ui = parse(readFileSync(resolve('content/ui/sv.yaml'), 'utf8')) as { helplines: { volunteerNote: string } };

// A volunteer line, a line with notes to check, and a line reached through another's number.
const ids = ['sjalvmordslinjen', 'jourhavande-prast', 'psykiatrisk-akutmottagning'];

function* elements(node: Node): Generator<Node> {
  if (node.tagName !== undefined) yield node;
  for (const child of node.childNodes ?? []) yield* elements(child);
}
const attr = (node: Node, name: string) => node.attrs?.find((a) => a.name === name)?.value;
/** An element's textContent, white space collapsed (as Playwright's toContainText compares). */
const textOf = (node: Node): string =>
  (node.nodeName === '#text' ? (node.value ?? '') : (node.childNodes ?? []).map(textOf).join('')).replace(/\s+/g, ' ');
const collapse = (text: string) => text.replace(/\s+/g, ' ');

describe('<HelplineRef> in page text', () => {
  let workspace: string;
  let main: Node;
  beforeAll(() => {
    workspace = makeWorkspace('rc-helplineref-');
    const refs = ids.map((id) => `<HelplineRef id="${id}" />`).join('\n\n');
    const front = 'title: Stödlinjer i text\ndescription: En sida som visar stödlinjer mitt i texten.\nupdated: 2026-11-23';
    writeFileSync(join(workspace, 'content/pages/sv/linjer-i-text.mdx'), `---\n${front}\n---\n\nRing någon.\n\n${refs}\n`);
    const { status, output } = buildWorkspace(workspace);
    expect(status, output).toBe(0);
    const document = parseHtml(readFileSync(join(workspace, 'dist/linjer-i-text/index.html'), 'utf8'));
    main = [...elements(document)].find((e) => e.tagName === 'main')!;
    expect(main, 'the page has a <main>').toBeDefined();
  });
  afterAll(() => {
    if (workspace) removeWorkspace(workspace);
  });

  it('the lines chosen cover a volunteer line, notes to check and a referral', () => {
    expect(ids.some((id) => line(id).staffing === 'volunteers')).toBe(true);
    expect(ids.some((id) => line(id).uncertain.length > 0)).toBe(true);
    expect(ids.some((id) => line(id).phones.length === 0 && line(id).referral)).toBe(true);
  });

  it.each(ids)('%s: the number, every note to check and the volunteer note, as the card shows them', (id) => {
    const found = [...elements(main)].filter((e) => attr(e, 'data-helpline') === id);
    expect(found, `one <HelplineRef id="${id}"> in <main>`).toHaveLength(1);
    const ref = found[0]!;
    const text = textOf(ref);
    expect(text).toContain(collapse(line(id).name.sv));
    const hrefs = [...elements(ref)].filter((e) => e.tagName === 'a').map((a) => attr(a, 'href'));
    expect(hrefs).toEqual(expect.arrayContaining(telsOf(id)));
    for (const u of line(id).uncertain) expect(text).toContain(collapse(u.text.sv));
    if (line(id).staffing === 'volunteers') expect(text).toContain(collapse(ui.helplines.volunteerNote));
    else expect(text).not.toContain(collapse(ui.helplines.volunteerNote));
  });
});
