/**
 * Checks on the information pages that ship in content/pages: every Swedish page has its English
 * translation, the accessibility statement carries every element DIGG requires, internal links go
 * to pages that exist, and contact details come only from settings.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { locales, type Locale } from '../../src/lib/i18n.ts';
import { entryPath, sectionPath } from '../../src/lib/routes.ts';
import { parseMdxFile } from '../../src/lib/validate-content.ts';
import { contentType, contentTypes, type ContentType } from '../../src/schemas/index.ts';
import { PageSchema, type PageData } from '../../src/schemas/page.ts';
import { SettingsSchema } from '../../src/schemas/settings.ts';

const root = join(process.cwd(), 'content/pages');
const settings = SettingsSchema.parse(parseYaml(readFileSync(join(process.cwd(), 'content/settings/site.yaml'), 'utf8')));

interface Page {
  locale: Locale;
  key: string;
  data: PageData;
  body: string;
}

function load(locale: Locale): Page[] {
  return readdirSync(join(root, locale))
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => {
      const { data, body } = parseMdxFile(readFileSync(join(root, locale, name), 'utf8'));
      return { locale, key: name.replace(/\.mdx$/, ''), data: PageSchema.parse(data), body };
    });
}

const pages = [...load('sv'), ...load('en')];
const find = (locale: Locale, key: string) => pages.find((p) => p.locale === locale && p.key === key);
const pathOf = (p: Page) => entryPath(contentType('pages'), p)!;

describe('translations', () => {
  it.each([
    { key: 'start', en: '/en/' },
    { key: 'om', en: '/en/about/' },
    { key: 'peer-support', en: '/en/peer-support/' },
    { key: 'boka-en-peer', en: '/en/book-a-peer/' },
    { key: 'tillganglighet', en: '/en/accessibility/' },
    { key: 'integritet', en: '/en/privacy/' },
  ])('$key has an English version at $en (the footer and the language switcher rely on it)', ({ key, en }) => {
    const sv = find('sv', key);
    const english = find('en', key);
    expect(sv, `content/pages/sv/${key}.mdx`).toBeDefined();
    expect(english, `content/pages/en/${key}.mdx`).toBeDefined();
    expect(pathOf(english as Page)).toBe(en);
  });

  it.each(pages.filter((p) => p.locale === 'sv').map((p) => ({ key: p.key })))(
    '$key: both languages have the same menu place and the same fill-in markers for the region',
    ({ key }) => {
      const sv = find('sv', key) as Page;
      const en = find('en', key) as Page;
      expect(en.data.navOrder).toBe(sv.data.navOrder);
      // Sentences the region must complete are marked the same way in both languages, so none is lost in translation.
      const count = (text: string, marker: RegExp) => text.match(marker)?.length ?? 0;
      expect(count(en.body, /The region states here/g)).toBe(count(sv.body, /Regionen anger här/g));
    },
  );

  it('the accessibility statement and the privacy page stay out of the menu (they are linked from the footer)', () => {
    for (const key of ['tillganglighet', 'integritet']) {
      for (const locale of ['sv', 'en'] as const) expect(find(locale, key)?.data.navOrder, `${locale}/${key}`).toBeUndefined();
    }
  });
});

describe('accessibility statement has every element DIGG requires', () => {
  const sv = find('sv', 'tillganglighet') as Page;
  const en = find('en', 'tillganglighet') as Page;
  it.each([
    { reason: 'organisation', sv: /Region Exempel/, en: /Region Exempel/ },
    { reason: 'service name', sv: /Recovery College Exempelregionen/, en: /Recovery College Example Region/ },
    { reason: 'compliance level', sv: /delvis förenlig/, en: /partially compliant/ },
    { reason: 'the law', sv: /2018:1937/, en: /2018:1937/ },
    { reason: 'the standard', sv: /EN 301 549/, en: /EN 301 549/ },
    { reason: 'the WCAG level required', sv: /WCAG<\/abbr> 2\.1 på nivå AA/, en: /WCAG<\/abbr> 2\.1 guidelines at level AA/ },
    { reason: 'content that is not accessible', sv: /^## Innehåll som inte är tillgängligt$/m, en: /^## Content that is not accessible$/m },
    { reason: 'the editing tool is named as not audited', sv: /Decap CMS/, en: /Decap CMS/ },
    { reason: 'PDF documents are named', sv: /PDF-dokument/, en: /PDF documents/ },
    { reason: 'the quick exit limit is named', sv: /kan inte radera webbläsarens historik/, en: /cannot erase your browser history/ },
    {
      reason: 'the method',
      sv: /självskattning[\s\S]*axe-core[\s\S]*Nu HTML Checker[\s\S]*tangentbord/,
      en: /self-assessment[\s\S]*axe-core[\s\S]*Nu HTML Checker[\s\S]*keyboard/,
    },
    { reason: 'no third-party audit is claimed', sv: /Ingen utomstående har granskat/, en: /No independent party has audited/ },
    { reason: 'date of the assessment', sv: /Bedömningen gjordes den 23 november 2026/, en: /assessment was made on 23 November 2026/ },
    { reason: 'date of the last update', sv: /uppdaterades senast den 23 november 2026/, en: /last updated on 23 November 2026/ },
    { reason: 'a way to give feedback', sv: /mailto:recoverycollege@exempel\.se/, en: /mailto:recoverycollege@exempel\.se/ },
    {
      reason: 'link to DIGG’s reporting function',
      sv: /\(https:\/\/www\.digg\.se\/tdosanmalan\)/,
      en: /\(https:\/\/www\.digg\.se\/tdosanmalan\)/,
    },
  ])('$reason', ({ sv: svPattern, en: enPattern }) => {
    expect(sv.body).toMatch(svPattern);
    expect(en.body).toMatch(enPattern);
  });
});

describe('links and contact details', () => {
  const sections = (contentTypes as readonly ContentType[]).flatMap((t) =>
    t.kind === 'folder' ? locales.flatMap((l) => sectionPath(t, l) ?? []) : [],
  );
  const known = new Set<string>([...pages.map(pathOf), ...sections]);
  const cases = pages.flatMap((p) =>
    [...p.body.matchAll(/\]\((\/[^)\s]*)\)/g)].map((m) => ({ file: `${p.locale}/${p.key}.mdx`, href: m[1] as string, locale: p.locale })),
  );

  it('the pages link to each other (the test below would pass on no links at all)', () => {
    expect(cases.length).toBeGreaterThan(10);
  });

  it.each(cases)('$file → $href exists and is in the page’s language', ({ href, locale }) => {
    expect(known.has(href), `${href} is not a page of the site`).toBe(true);
    expect(href.startsWith('/en/')).toBe(locale === 'en');
  });

  it.each(pages.map((p) => ({ file: `${p.locale}/${p.key}.mdx`, body: p.body })))(
    '$file: every e-mail address is the one in settings, and no phone number is written into the text',
    ({ body }) => {
      for (const [address] of body.matchAll(/[\w.+-]+@[\w-]+\.[\w.]+/g)) expect(address).toBe(settings.email);
      // Ordinary Swedish numbers (010-…, 08-…, 020-…) belong in settings, where editors change them once.
      expect(body).not.toMatch(/\b0\d{1,3}-\d/);
    },
  );
});
