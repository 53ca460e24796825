/**
 * The body editor on what editors do, the evidence for choosing Decap's `markdown` widget over
 * `richtext` (README, "The body editor"): formatting from the toolbar with Swedish text and
 * characters MDX treats as code, a paste from Word, and opening and saving entries, whose bodies
 * must stay byte for byte. Every file it writes must build and show the text as typed. (Components
 * inserted from the editor: admin.spec.ts.) `RT_ALL=1` round-trips every Swedish entry with a body
 * instead of one of each kind (about 20 s an entry on this machine).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { contentTypes } from '../../src/schemas/index.ts';
import { buildWorkspace, decapWorkspace, openAdmin } from './admin-support.ts';

test.describe.configure({ mode: 'serial' });
test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const copy = decapWorkspace();

/** The text after the front matter. */
const bodyOf = (source: string) => source.slice(source.indexOf('\n---\n', 4) + 5).replace(/^\n/, '');

const pageFiles = () => readdirSync(join(copy.dir, 'content/pages/sv')).sort();

async function newPage(page: Page, title: string) {
  await page.goto('/admin/#/collections/pages/new');
  await page.getByRole('textbox', { name: 'Rubrik' }).first().fill(title);
  await page.getByRole('textbox', { name: 'Sammanfattning' }).first().fill('En sida skriven i textredigeraren.');
  await page.getByRole('textbox', { name: 'Senast uppdaterad' }).first().fill('2026-11-23');
}

async function publish(page: Page, before: string[], marker: string): Promise<{ file: string; source: string }> {
  await page.getByRole('button', { name: 'Publicera', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Publicera nu' }).click();
  const newFile = () => pageFiles().find((f) => !before.includes(f));
  const read = () => readFileSync(join(copy.dir, 'content/pages/sv', newFile()!), 'utf8');
  await expect.poll(() => (newFile() ? read() : ''), { timeout: 45_000 }).toContain(marker);
  return { file: newFile()!, source: read() };
}

/** Word puts this on the clipboard (trimmed): classes, mso- styles, <o:p>, conditional comments, fake list bullets. */
const wordHtml = `<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word"><head><meta name=Generator content="Microsoft Word 15"><style>p.MsoNormal{mso-style-parent:"";margin:0cm;font-family:"Calibri",sans-serif;}</style></head><body lang=SV style='tab-interval:65.2pt'><!--StartFragment--><p class=MsoNormal><b><span style='font-size:14.0pt;mso-bidi-font-size:11.0pt'>Viktigt om kursen</span></b><o:p></o:p></p><p class=MsoNormal>Vi ses på tisdag kl. 10 – ta med ”fika” och {namn} &lt;om du vill&gt;.<o:p></o:p></p><p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp; </span></span><![endif]>Första punkten<o:p></o:p></p><p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp; </span></span><![endif]>Andra punkten<o:p></o:p></p><p class=MsoNormal>Läs mer hos <a href="https://www.1177.se/">1177 Vårdguiden</a>.<o:p></o:p></p><!--EndFragment--></body></html>`;
const wordText =
  'Viktigt om kursen\nVi ses på tisdag kl. 10 – ta med ”fika” och {namn} <om du vill>.\n·    Första punkten\n·    Andra punkten\nLäs mer hos 1177 Vårdguiden.';

/** A real paste: the clipboard holds Word's HTML and plain text, and the editor gets Ctrl+V. */
async function paste(page: Page, html: string, text: string) {
  await page.evaluate(
    ([html, text]) =>
      navigator.clipboard.write([
        new ClipboardItem({
          'text/html': new Blob([html!], { type: 'text/html' }),
          'text/plain': new Blob([text!], { type: 'text/plain' }),
        }),
      ]),
    [html, text],
  );
  await page.keyboard.press('Control+v');
}

function builtMain(file: string): string {
  const { status, output } = buildWorkspace(copy.dir);
  expect(status, output).toBe(0);
  const html = readFileSync(join(copy.dir, 'dist', file.replace(/\.mdx$/, ''), 'index.html'), 'utf8');
  return /<main[\s\S]*<\/main>/.exec(html)![0];
}

test('formatting from the toolbar and Swedish text with code characters is written as Markdown and shows as typed', async ({ page }) => {
  test.setTimeout(180_000);
  await openAdmin(page);
  const before = pageFiles();
  await newPage(page, 'Formatering');
  await page.locator('[data-slate-editor="true"]').first().click();
  await page.getByRole('button', { name: 'Rubriker' }).first().click();
  await page.getByRole('menuitem', { name: 'Rubrik 2' }).click();
  await page.keyboard.type('Så går kursen till');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Ta med ');
  await page.keyboard.press('Control+b');
  await page.keyboard.type('{namn}');
  await page.keyboard.press('Control+b');
  await page.keyboard.type(' och <dåligt> humör: 3 < 5, ”citat” åäö ÅÄÖ é.');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Punktlista' }).first().click();
  await page.keyboard.type('första');
  await page.keyboard.press('Enter');
  await page.keyboard.type('andra');
  const { file, source } = await publish(page, before, 'updated:');
  expect(bodyOf(source)).toBe(
    '## Så går kursen till\n\nTa med **\\{namn\\}** och \\<dåligt> humör: 3 \\< 5, ”citat” åäö ÅÄÖ é.\n\n* första\n* andra\n',
  );
  const main = builtMain(file);
  expect(main).toContain('<h2 id="så-går-kursen-till">Så går kursen till</h2>');
  expect(main).toContain('<p>Ta med <strong>{namn}</strong> och &lt;dåligt&gt; humör: 3 &lt; 5, ”citat” åäö ÅÄÖ é.</p>');
  expect(main.replace(/\s+/g, '')).toContain('<ul><li>första</li><li>andra</li></ul>');
});

test('a paste from Word', async ({ page }) => {
  test.setTimeout(180_000);
  await openAdmin(page);
  const before = pageFiles();
  await newPage(page, 'Klistrat från Word');
  await page.locator('[data-slate-editor="true"]').first().click();
  await paste(page, wordHtml, wordText);
  const { file, source } = await publish(page, before, 'Vårdguiden');
  const body = bodyOf(source);
  // Word's markup is gone: no classes, styles, Office tags or comments reach the file…
  for (const trace of ['mso-', 'Mso', 'class=', 'style=', '<o:p>', '<!--', '<span', 'font-family']) expect(body).not.toContain(trace);
  // …the text, the link and the escapes stay. (Word's bold is lost and its bullets stay "·" text:
  // the editor's guide says to redo lists with the Punktlista button.)
  expect(body).toContain('Vi ses på tisdag kl. 10 – ta med ”fika” och \\{namn\\} \\<om du vill>.');
  expect(body).toContain('Läs mer hos [1177 Vårdguiden](https://www.1177.se/).');
  const main = builtMain(file);
  expect(main).toContain('ta med ”fika” och {namn} &lt;om du vill&gt;.');
  expect(main).toContain('<a href="https://www.1177.se/" rel="noreferrer">1177 Vårdguiden</a>');
});

/** One of each kind of body: lists and a Faktaruta, a Stödlinje, Min plan, a reflection, a course with a Källhänvisning, a news item with an image, an event. */
const sample = [
  'pages/om',
  'pages/peer-support',
  'guide/min-plan',
  'guide/det-som-hjalpt-andra',
  'courses/recovery-college-sa-fungerar-det',
  'news/exempel-varterminens-kurser',
  'events/informationstraff-varterminen',
];

function entriesToSave(): string[] {
  if (!process.env.RT_ALL) return sample;
  return ['pages', 'guide', 'courses', 'news', 'events'].flatMap((type) =>
    readdirSync(join(copy.dir, contentTypes.find((t) => t.name === type)!.folder, 'sv'))
      .filter((f) => f.endsWith('.mdx'))
      .map((f) => `${type}/${f.replace(/\.mdx$/, '')}`),
  );
}

test('opening an entry and saving a change to its summary keeps its body byte for byte', async ({ page }) => {
  const entries = entriesToSave();
  test.setTimeout(60_000 + entries.length * 60_000);
  await openAdmin(page);
  const changed: string[] = [];
  for (const entry of entries) {
    const [type, slug] = entry.split('/') as [string, string];
    const path = join(copy.dir, contentTypes.find((t) => t.name === type)!.folder, 'sv', `${slug}.mdx`);
    const before = readFileSync(path, 'utf8');
    await page.goto(`/admin/#/collections/${type}/entries/${slug}`);
    // This entry's form, not the last one's still on screen.
    const title = (parse(before.slice(4, before.indexOf('\n---\n', 4))) as { title: string }).title;
    await expect(page.getByRole('textbox', { name: 'Rubrik' }).first()).toHaveValue(title, { timeout: 30_000 });
    // One character of the summary changes (same length, so no length rule refuses it).
    const summary = page.getByRole('textbox', { name: 'Sammanfattning' }).first();
    const old = await summary.inputValue();
    const edited = old.slice(0, -1) + (old.endsWith('!') ? '.' : '!');
    await summary.fill(edited);
    await page.getByRole('button', { name: 'Publicera', exact: true }).click();
    await page.getByRole('menuitem', { name: 'Publicera nu' }).click();
    // The whole new file (the server truncates before it writes).
    const saved = () => {
      const text = readFileSync(path, 'utf8');
      return text.includes(edited) && text.endsWith('\n') ? text : '';
    };
    await expect.poll(saved, { timeout: 45_000, message: `${entry} was not saved` }).not.toBe('');
    const after = saved();
    if (bodyOf(after) !== bodyOf(before)) {
      const [a, b] = [bodyOf(before).split('\n'), bodyOf(after).split('\n')];
      const lines = Math.max(a.length, b.length);
      const diff = Array.from({ length: lines }, (_, i) => i).flatMap((i) =>
        a[i] === b[i] ? [] : [`  - ${a[i] ?? ''}\n  + ${b[i] ?? ''}`],
      );
      changed.push(`${entry}\n${diff.slice(0, 6).join('\n')}`);
    }
    // A fresh load for each entry: a hash change alone left the last entry's form on screen.
    await page.goto('about:blank');
  }
  console.log(`${entries.length} entries saved, ${changed.length} bodies changed`);
  expect(changed).toEqual([]);
});
