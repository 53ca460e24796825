/**
 * The content-type pattern, proved: a throwaway type ("Anslag", notices) is added to a copy of the
 * project exactly as the README's "Adding a content type" says — a schema file, a registry entry,
 * its interface strings, two templates, one entry per language — and the real build (`npm run
 * build`'s script: Astro, Pagefind, staleness report, admin, headers) publishes it: its pages in
 * both languages, in the sitemap, in the menu, on the home page's cards, in the CMS configuration
 * and in the search index. No route, menu, CMS or search code is touched.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeWorkspace, removeWorkspace } from '../support/workspace.ts';

/** The files a new type needs, as a developer would write them (paths relative to the project). */
export const newTypeFiles: Record<string, string> = {
  'src/schemas/notice.ts': `import { DateSchema } from './date.ts';
import { sectionTexts } from './ui.ts';
import { z } from './z.ts';

/** A notice on the notice board: one MDX file per language in content/notices/sv and /en. */
export const NoticeSchema = z.strictObject({
  title: z.string().min(3).max(90).meta({ title: 'Rubrik', description: 'Anslagets rubrik.', i18n: 'translate' }),
  summary: z.string().min(10).max(200).meta({ title: 'Sammanfattning', description: 'En mening om anslaget.', i18n: 'translate' }),
  date: DateSchema.meta({ title: 'Datum', description: 'Anslagets datum (ÅÅÅÅ-MM-DD).', widget: 'datetime', i18n: 'duplicate' }),
});

/** The notice board's interface strings: \`notices:\` in content/ui/<lang>.yaml. */
export const NoticeUiSchema = z.strictObject({ ...sectionTexts('Anslag') });
`,
  'src/templates/NoticesSection.astro': `---
import PageHeader from '../components/PageHeader.astro';
import { getEntries, type Alternates } from '../data/entries.ts';
import { getUi } from '../data/site.ts';
import BaseLayout from '../layouts/BaseLayout.astro';
import type { Locale } from '../lib/i18n.ts';

interface Props {
  locale: Locale;
  alternates: Alternates;
}
const { locale, alternates } = Astro.props;
const [ui, notices] = await Promise.all([getUi(locale), getEntries('notices', locale)]);
---

<BaseLayout locale={locale} title={ui.notices.title} description={ui.notices.intro} alternates={alternates}>
  <PageHeader title={ui.notices.title} lede={ui.notices.intro} />
  <ul>{notices.map((n) => <li><a href={n.path}>{n.data.title}</a></li>)}</ul>
</BaseLayout>
`,
  'src/templates/NoticePage.astro': `---
import { contentComponentMap } from '../components/content/index.ts';
import PageHeader from '../components/PageHeader.astro';
import { renderEntry, type Entry } from '../data/entries.ts';
import BaseLayout from '../layouts/BaseLayout.astro';

interface Props {
  entry: Entry<'notices'>;
}
const { entry } = Astro.props;
const { Content } = await renderEntry(entry);
---

<BaseLayout locale={entry.locale} title={entry.data.title} description={entry.data.summary} alternates={entry.alternates}>
  <article class="prose">
    <PageHeader title={entry.data.title} lede={entry.data.summary} />
    <Content components={contentComponentMap} />
  </article>
</BaseLayout>
`,
  'content/notices/sv/oppet-hus.mdx': `---
title: Öppet hus i vår
summary: Kom och träffa kursledarna och se lokalerna en eftermiddag i mars.
date: 2026-03-12
---

Välkommen på öppet hus! Vi bjuder på kaffe och berättar om vårterminens kurser i återhämtning.
`,
  'content/notices/en/oppet-hus.mdx': `---
title: Open house this spring
summary: Come and meet the course leaders and see the rooms one afternoon in March.
date: 2026-03-12
---

Welcome to our open house! Coffee, and a look at the spring term's recovery courses.
`,
};

/** The registry entry (src/schemas/index.ts) and the other one-line edits, as text replacements. */
export const newTypeEdits: { file: string; find: string; replace: string }[] = [
  {
    file: 'src/schemas/index.ts',
    find: "import { PageSchema } from './page.ts';",
    replace: "import { NoticeSchema, NoticeUiSchema } from './notice.ts';\nimport { PageSchema } from './page.ts';",
  },
  {
    file: 'src/schemas/index.ts',
    find: '/** The types with interface strings of their own',
    replace: `const notices = {
  name: 'notices',
  label: 'Anslag',
  labelSingular: 'Anslag',
  description: 'Korta anslag på svenska och engelska.',
  folder: 'content/notices',
  kind: 'folder',
  format: 'mdx',
  translation: 'files',
  identifierField: 'title',
  summaryField: 'summary',
  route: { sv: 'anslag', en: 'notices', pages: 'both' },
  nav: { order: 9 },
  ui: NoticeUiSchema,
  schema: NoticeSchema,
} as const satisfies FolderType;

/** The types with interface strings of their own`,
  },
  { file: 'src/schemas/index.ts', find: 'uiSchemaFor({ helplines', replace: 'uiSchemaFor({ notices, helplines' },
  {
    file: 'src/schemas/index.ts',
    find: 'export const contentTypes = [\n  pages,\n  settings,\n  ui,\n  helplines,\n',
    replace: 'export const contentTypes = [\n  pages,\n  settings,\n  ui,\n  helplines,\n  notices,\n',
  },
  {
    file: 'src/templates/index.ts',
    find: "import Page from './Page.astro';",
    replace:
      "import NoticePage from './NoticePage.astro';\nimport NoticesSection from './NoticesSection.astro';\nimport Page from './Page.astro';",
  },
  {
    file: 'src/templates/index.ts',
    find: '  helplines: { section: HelplinesPage },',
    replace: '  helplines: { section: HelplinesPage },\n  notices: { section: NoticesSection, entry: NoticePage },',
  },
  {
    file: 'content/ui/sv.yaml',
    find: 'helplines:\n',
    replace: 'notices:\n  nav: Anslag\n  title: Anslagstavlan\n  intro: Korta meddelanden från Recovery College.\nhelplines:\n',
  },
  {
    file: 'content/ui/en.yaml',
    find: 'helplines:\n',
    replace: 'notices:\n  nav: Notices\n  title: Notice board\n  intro: Short messages from the Recovery College.\nhelplines:\n',
  },
];

let dir = '';
let build: { status: number | null; output: string } = { status: null, output: '' };
const dist = () => join(dir, 'dist');
const page = (path: string) => readFileSync(join(dist(), path, 'index.html'), 'utf8');

beforeAll(() => {
  dir = makeWorkspace('rc-newtype-');
  for (const name of ['scripts', 'tools', 'admin', 'docs']) cpSync(join(process.cwd(), name), join(dir, name), { recursive: true });
  for (const [file, text] of Object.entries(newTypeFiles)) {
    mkdirSync(join(dir, file, '..'), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
  for (const { file, find, replace } of newTypeEdits) {
    const text = readFileSync(join(dir, file), 'utf8');
    if (!text.includes(find)) throw new Error(`${file}: "${find}" finns inte; uppdatera testet efter registret.`);
    writeFileSync(join(dir, file), text.replace(find, replace));
  }
  const result = spawnSync(process.execPath, ['scripts/build.ts'], {
    cwd: dir,
    encoding: 'utf8',
    // A throwaway workspace builds once: no admin cache left behind in the shared node_modules.
    env: { ...process.env, ASTRO_OUT_DIR: join(dir, 'dist'), ASTRO_CACHE_DIR: join(dir, '.cache'), ADMIN_CACHE: 'off' },
  });
  build = { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}, 300_000);

afterAll(() => removeWorkspace(dir));

describe('a new content type from a schema, a registry entry, strings, two templates and content', () => {
  it('builds', () => expect(build.status, build.output.slice(-3000)).toBe(0));

  it('has its section page and its entry page in both languages, linked as translations', () => {
    expect(page('anslag')).toContain('<h1>Anslagstavlan</h1>');
    expect(page('en/notices')).toContain('<h1>Notice board</h1>');
    const sv = page('anslag/oppet-hus');
    expect(sv).toContain('Öppet hus i vår');
    expect(sv).toContain('hreflang="en" href="https://recoverycollege.example.se/en/notices/oppet-hus/"');
    expect(page('en/notices/oppet-hus')).toContain('Open house this spring');
  });

  it('is in the sitemap', () => {
    const sitemap = readdirSync(dist())
      .filter((f) => /^sitemap-\d+\.xml$/.test(f))
      .map((f) => readFileSync(join(dist(), f), 'utf8'))
      .join('');
    for (const path of ['/anslag/', '/anslag/oppet-hus/', '/en/notices/', '/en/notices/oppet-hus/'])
      expect(sitemap).toContain(`${path}</loc>`);
  });

  it('is in the main menu of every page, after the pages placed before it, and on the home page', () => {
    for (const path of ['', 'om', 'hjalplinjer']) expect(page(path), path).toMatch(/<a href="\/anslag\/"[^>]*>Anslag<\/a>/);
    expect(page('en')).toMatch(/<a href="\/en\/notices\/"[^>]*>Notices<\/a>/);
    const menu = page('om').split('class="main-nav"')[1]!.split('</ul>')[0]!;
    expect(menu.indexOf('/boka-en-peer/')).toBeLessThan(menu.indexOf('/anslag/'));
    expect(page('')).toContain('Korta meddelanden från Recovery College.');
  });

  it('is in the CMS configuration with its fields, translated as separate files', async () => {
    const { contentTypes } = await import(join(dir, 'src/schemas/index.ts'));
    const { cmsConfig } = await import(join(dir, 'admin/cms/config.ts'));
    const config = cmsConfig(contentTypes, [], { backend: { name: 'test-repo' } });
    const notices = config.collections.find((c: { name: string }) => c.name === 'notices');
    expect(notices).toMatchObject({ folder: 'content/notices', label: 'Anslag', i18n: true, extension: 'mdx' });
    expect(notices.fields.map((f: { name: string }) => f.name)).toEqual(['title', 'summary', 'date', 'body']);
    const ui = config.collections.find((c: { name: string }) => c.name === 'ui');
    expect(ui.files[0].fields.find((f: { name: string }) => f.name === 'notices')).toMatchObject({ widget: 'object', label: 'Anslag' });
  });

  it('is in the search index of each language', () => {
    const fragments = join(dist(), 'pagefind/fragment');
    expect(existsSync(fragments)).toBe(true);
    const texts = readdirSync(fragments).map((f) => gunzipSync(readFileSync(join(fragments, f))).toString('utf8'));
    expect(texts.some((t) => t.includes('/anslag/oppet-hus/') && t.includes('kaffe'))).toBe(true);
    expect(texts.some((t) => t.includes('/en/notices/oppet-hus/') && t.includes('Coffee'))).toBe(true);
  });
});
