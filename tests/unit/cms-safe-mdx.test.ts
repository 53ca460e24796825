/**
 * The CMS's save format for MDX bodies: whatever an editor types is written so that the content
 * guard accepts it (and so it builds), markup the site allows survives, and loading the file
 * gives the editor back what they typed, without backslashes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanYamlFormat, markdownToMdx, mdxToMarkdown, safeMdxFormat, untranslated, withoutEmpty } from '../../admin/cms/safe-mdx.ts';
import { cmsConfig } from '../../admin/cms/config.ts';
import { translatedFieldNames } from '../../admin/cms/collections.ts';
import { checkMdx, contentRules } from '../../src/lib/mdx-safety.ts';
import { allowedMarkup, trickyTexts } from '../fixtures/cms/tricky-texts.ts';
import { contentTypes, type ContentType } from '../../src/schemas/index.ts';

const toMdx = (md: string) => markdownToMdx(md, contentRules);
const toMd = (mdx: string) => mdxToMarkdown(mdx, contentRules);

describe('markdownToMdx: anything typed passes the content guard', () => {
  it.each(trickyTexts)('$reason', ({ markdown }) => {
    // Unescaped, most of these would be refused (the corpus is only useful if it is tricky).
    const mdx = toMdx(markdown);
    expect(checkMdx(mdx, contentRules)).toEqual([]);
    // Saving what was loaded changes nothing: the file is stable across edits.
    expect(toMdx(toMd(mdx))).toBe(mdx);
  });

  it('the corpus is tricky: most texts would be refused if saved as typed', () => {
    const refused = trickyTexts.filter(({ markdown }) => checkMdx(markdown, contentRules).length > 0);
    expect(refused.length).toBeGreaterThan(trickyTexts.length / 2);
  });

  it.each(trickyTexts.map((t) => ({ ...t, joined: `Inledning.\n\n${t.markdown}\n\n- punkt ${t.markdown}\n\n## Rubrik ${t.markdown}` })))(
    'in paragraphs, lists and headings: $reason',
    ({ joined }) => {
      expect(checkMdx(toMdx(joined), contentRules)).toEqual([]);
    },
  );
});

describe('mdxToMarkdown: the editor sees no escapes', () => {
  const cases = [
    { reason: 'braces', mdx: 'a \\{b\\} c', markdown: 'a {b} c' },
    { reason: '< before a space or digit is text in CommonMark too', mdx: '3 \\< 5 och \\<3', markdown: '3 < 5 och <3' },
    { reason: '< before a letter would start HTML in CommonMark: the escape stays', mdx: '\\<b>', markdown: '\\<b>' },
    { reason: 'an escaped backslash before a brace', mdx: '\\\\\\{', markdown: '\\\\{' },
    { reason: 'import at a line start', mdx: '&#105;mport x', markdown: 'import x' },
    { reason: 'code keeps its backslashes', mdx: '`\\{`', markdown: '`\\{`' },
    {
      reason: 'component tags untouched',
      mdx: '<Callout title="{x}">\n\\{y\\}\n</Callout>',
      markdown: '<Callout title="{x}">\n{y}\n</Callout>',
    },
  ];
  it.each(cases)('$reason', ({ mdx, markdown }) => {
    expect(toMd(mdx)).toBe(markdown);
  });

  it('escapes at line starts, after code and after blank lines are all found (the reader skips plain text in one piece)', () => {
    expect(toMd('a\n&#105;mport x\n\n&#101;xport y `\\{` \\} z\r\n\\{')).toBe('a\nimport x\n\nexport y `\\{` } z\n{');
    expect(toMd('`kod`\n&#105;mport x')).toBe('`kod`\nimport x');
    expect(toMd('\n&#105;mport x \\a \\{')).toBe('\nimport x \\a {');
  });

  it('a body without escapes is read as it is (the common case, which a long list reads for every entry)', () => {
    const body = `## Rubrik\r\n\nText med \\* stjärna, \`kod\`, <strong>fet</strong> & mer.\n\n<Callout type="tip">\nRåd\n</Callout>\n\n\`\`\`\n{x}\n\`\`\``;
    expect(toMd(body)).toBe(body.replace(/\r\n/g, '\n'));
  });

  it.each(trickyTexts)('round trip gives back the typed text: $reason', ({ markdown }) => {
    const back = toMd(toMdx(markdown));
    // Autolinks come back as the equivalent Markdown link; a "<" before a letter and a javascript:
    // link keep their escape (CommonMark would read them as HTML or a link); all else as typed.
    if (/<(?:https?:|[^>\s]+@)/.test(markdown)) expect(toMdx(back)).toBe(toMdx(markdown));
    else if (/<[A-Za-z/!]|\]\(javascript:/.test(markdown)) expect(back.replace(/\\([<(])/g, '$1')).toBe(markdown);
    else expect(back).toBe(markdown);
  });
});

describe('allowed markup survives', () => {
  it.each(allowedMarkup)('$reason', ({ markdown, mdx }) => {
    expect(toMdx(markdown)).toBe(mdx);
    expect(checkMdx(mdx, contentRules)).toEqual([]);
  });
});

describe('safe-mdx format', () => {
  const format = safeMdxFormat(contentRules);

  it('writes front matter in field order, leaves out empty optional fields and escapes the body', () => {
    const file = format.toFile(
      { body: 'Text {x}', updated: '2026-11-23', slug: '', title: 'Rubrik: med kolon', description: 'En beskrivning "med" citat.' },
      ['title', 'description', 'slug', 'updated', 'body'],
    );
    expect(file).toBe(
      '---\ntitle: \'Rubrik: med kolon\'\ndescription: En beskrivning "med" citat.\nupdated: 2026-11-23\n---\n\nText \\{x\\}\n',
    );
    expect(format.fromFile(file)).toEqual({
      title: 'Rubrik: med kolon',
      description: 'En beskrivning "med" citat.',
      updated: '2026-11-23',
      body: 'Text {x}',
    });
  });

  it('an untranslated language version is not written (Decap skips a file whose text is empty)', () => {
    const translated = safeMdxFormat(contentRules, 'body', { translatedFields: ['title', 'description'] });
    expect(translated.toFile({ updated: '2026-11-23', sensitive: false, title: '', body: '' })).toBe('');
    expect(translated.toFile({ updated: '2026-11-23', title: 'About' })).toContain('title: About');
    expect(translated.toFile({ updated: '2026-11-23', body: 'Only text' })).toContain('Only text');
  });

  const pagesDir = join(process.cwd(), 'content/pages');
  const files = readdirSync(pagesDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.mdx'));
  it('content/pages has pages to load and save', () => expect(files.length).toBeGreaterThan(0));
  it.each(files)('load and save keeps content/pages/%s unchanged in meaning', (file) => {
    const source = readFileSync(join(pagesDir, file), 'utf8');
    const loaded = format.fromFile(source);
    const saved = format.toFile(loaded, Object.keys(loaded));
    // Same data and the same body, byte for byte; the YAML may be quoted differently.
    expect(format.fromFile(saved)).toEqual(loaded);
    expect(saved.slice(saved.indexOf('\n---\n') + 5).trim()).toBe(source.slice(source.indexOf('\n---\n') + 5).trim());
    expect(checkMdx(saved, contentRules)).toEqual([]);
  });
});

describe('clean-yaml format and withoutEmpty', () => {
  const cases = [
    { reason: 'an emptied optional text is left out', value: { a: 'x', b: '' }, expected: { a: 'x' } },
    { reason: 'an emptied English translation is left out', value: { name: { sv: 'Namn', en: '' } }, expected: { name: { sv: 'Namn' } } },
    { reason: 'a group left entirely empty is left out', value: { a: 1, note: { sv: '', en: '' } }, expected: { a: 1 } },
    { reason: 'false and 0 are values', value: { a: false, b: 0 }, expected: { a: false, b: 0 } },
    { reason: 'empty lists are left out (their default applies)', value: { a: [], b: ['x', ''] }, expected: { b: ['x'] } },
  ];
  it.each(cases)('$reason', ({ value, expected }) => {
    expect(withoutEmpty(value)).toEqual(expected);
  });

  const yamlFiles = (contentTypes as readonly ContentType[])
    .filter((t) => t.format === 'yaml')
    .flatMap((t) =>
      readdirSync(join(process.cwd(), t.folder), { recursive: true, encoding: 'utf8' })
        .filter((f) => f.endsWith('.yaml'))
        .map((f) => [`${t.folder}/${f}`, t] as const),
    );
  it('content has YAML files to load and save', () => expect(yamlFiles.length).toBeGreaterThan(0));
  it.each(yamlFiles)('load and save keeps %s valid and its data unchanged', (file, type) => {
    const format = cleanYamlFormat();
    const data = format.fromFile(readFileSync(join(process.cwd(), file), 'utf8'));
    const saved = format.fromFile(format.toFile(data, Object.keys(data)));
    expect(saved).toEqual(withoutEmpty(data));
    expect(type.schema.safeParse(saved).success).toBe(true);
  });

  it('round-trips settings without changing data', () => {
    const source = readFileSync(join(process.cwd(), 'content/settings/site.yaml'), 'utf8');
    const format = cleanYamlFormat();
    const data = format.fromFile(source);
    expect(format.fromFile(format.toFile(data, Object.keys(data)))).toEqual(data);
  });
});

describe('untranslated: the one rule for "nobody wrote this language version" (format and check before saving)', () => {
  const fields = ['title', 'description', 'image.alt', 'body'];
  const cases = [
    { reason: 'only copied dates and switches', data: { updated: '2026-11-23', sensitive: true }, expected: true },
    { reason: 'translated fields left as empty strings', data: { title: ' ', body: '', description: '' }, expected: true },
    { reason: 'a title is a started translation', data: { title: 'About' }, expected: false },
    { reason: 'text alone is a started translation', data: { body: 'Only text' }, expected: false },
    { reason: 'an image copied from Swedish without its alt text', data: { image: { src: '/media/bild.jpg' } }, expected: true },
    { reason: 'an English alt text is a started translation', data: { image: { src: '/media/bild.jpg', alt: 'A path' } }, expected: false },
  ];
  it.each(cases)('$reason', ({ data, expected }) => {
    expect(untranslated(data, fields)).toBe(expected);
  });
  it('a type without translated fields is never "untranslated"', () => {
    expect(untranslated({}, [])).toBe(false);
  });
  it('the pages collection counts its body among the translated fields (admin/main.ts relies on it)', () => {
    const pages = cmsConfig(contentTypes, [], { backend: { name: 'test-repo' } }).collections.find((c) => c.name === 'pages')!;
    expect(translatedFieldNames(pages)).toEqual(expect.arrayContaining(['title', 'description', 'body']));
    expect(translatedFieldNames(pages)).not.toContain('updated');
  });
  it('a news item’s image counts by its alt text only; lists copied from Swedish do not count', () => {
    const news = cmsConfig(contentTypes, [], { backend: { name: 'test-repo' } }).collections.find((c) => c.name === 'news')!;
    expect(translatedFieldNames(news)).toEqual(expect.arrayContaining(['title', 'summary', 'image.alt']));
    expect(translatedFieldNames(news)).not.toContain('image');
    expect(translatedFieldNames(news)).not.toContain('relatedCourses');
  });
});
