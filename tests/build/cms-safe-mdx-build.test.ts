/**
 * What the CMS saves builds, and the page shows the text as typed: every tricky text, and a
 * Faktaruta with tricky props and text, is written with the CMS's own format into a copy of the
 * project, and a real `astro build` renders it.
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildWorkspace, makeWorkspace, removeWorkspace } from '../support/workspace.ts';
import { editorComponentFrom } from '../../admin/cms/editor-components.ts';
import { safeMdxFormat } from '../../admin/cms/safe-mdx.ts';
import { formatFileSize } from '../../src/lib/file-size.ts';
import { contentRules } from '../../src/lib/mdx-safety.ts';
import { contentComponents } from '../../src/schemas/content-components.ts';
import { trickyTexts } from '../fixtures/cms/tricky-texts.ts';

const project = process.cwd();
const dir = makeWorkspace('rc-cms-build-');
afterAll(() => removeWorkspace(dir));

/** Text content of HTML: tags out, character references decoded, as a reader sees it. */
function visibleText(html: string): string {
  return html
    .replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|lt|gt|amp|quot|apos|nbsp);/gi, (_, e: string) => {
      const named: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'", nbsp: '\u00a0' };
      if (e[0] !== '#') return named[e.toLowerCase()]!;
      return String.fromCodePoint(e[1]?.toLowerCase() === 'x' ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
    });
}

// SmartyPants is off (astro.config.mjs), so straight quotes, -- and ... render exactly as typed.
describe('the CMS’s files build and show what the editor typed', () => {
  it('a real astro build of a page with every tricky text and a Faktaruta', () => {
    const callout = editorComponentFrom('Callout', contentComponents.Callout, () => '');
    const calloutProps = { type: 'warning', title: 'Obs: {viktigt} & ”citat” <här>', children: 'Inne i rutan: {x} <y> & 🌱' };
    const document = editorComponentFrom('Document', contentComponents.Document, () => '');
    const documentBlock = document.toBlock({ href: '/media/exempel-broschyr.pdf', title: 'Exempelbroschyr {2026}' });
    const body = [...trickyTexts.map((t) => t.markdown), callout.toBlock(calloutProps), documentBlock].join('\n\n');
    const format = safeMdxFormat(contentRules, 'body', { translatedFields: ['title', 'description'] });
    const file = format.toFile(
      {
        title: 'Klamrar {och} <taggar> åäö',
        description: 'En sida skriven genom redigeringsverktyget, med tecken som betyder något i MDX.',
        updated: '2026-11-23',
        body,
      },
      ['title', 'description', 'updated', 'body'],
    );
    writeFileSync(join(dir, 'content/pages/sv/cms-test.mdx'), file);

    const result = buildWorkspace(dir);
    expect(result.status, result.output).toBe(0);

    const html = readFileSync(join(dir, 'dist/cms-test/index.html'), 'utf8');
    const text = visibleText(html);
    expect(text).toContain('Klamrar {och} <taggar> åäö');
    const missing = trickyTexts.filter((t) => !text.includes(t.shown ?? t.markdown));
    expect(missing.map((t) => t.reason)).toEqual([]);
    // The Faktaruta rendered as a component, its title and text as typed.
    expect(html).toMatch(/<aside class="callout callout--warning"/);
    expect(text).toContain('Obs: {viktigt} & ”citat” <här>');
    expect(text).toContain('Inne i rutan: {x} <y> & 🌱');
    // A document link says its type and size, read from the file at build time.
    const bytes = statSync(join(project, 'public/media/exempel-broschyr.pdf')).size;
    expect(text).toContain(`Exempelbroschyr {2026} (PDF, ${formatFileSize(bytes, 'sv')})`);
    expect(html).toContain('href="/media/exempel-broschyr.pdf"');
    // Nothing ran: no build-machine details, no script element from the text.
    expect(html).not.toContain(process.version);
    expect(html).not.toMatch(/<script>alert/);
  });
});
