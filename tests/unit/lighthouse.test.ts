import { describe, expect, it } from 'vitest';
import { entryTemplates, templates } from '../../scripts/lighthouse.ts';

describe('entryTemplates: every registered type with entry pages, from the registry', () => {
  const byPath = entryTemplates(process.cwd());
  it('names the home page and the information pages (Swedish addresses only)', () => {
    expect(byPath.get('/')).toBe('home');
    expect(byPath.get('/om/')).toBe('pages');
    expect(byPath.get('/tillganglighet/')).toBe('pages');
    expect([...byPath.keys()].some((p) => p.startsWith('/en/'))).toBe(false);
  });
});

describe('templates: one page per template for Lighthouse, from the sitemap', () => {
  const entries = new Map([
    ['/', 'home'],
    ['/om/', 'pages'],
    ['/integritet/', 'pages'],
    ['/tillganglighet/', 'pages'],
    ['/kurser/sova-battre/', 'courses'],
    ['/kurser/att-hantera-oro/', 'courses'],
  ]);
  const cases: { reason: string; paths: string[]; expected: { name: string; path: string }[] }[] = [
    {
      reason: 'the home page, one information page (/om/ preferred) and each section page',
      paths: ['/', '/integritet/', '/om/', '/tillganglighet/', '/hjalplinjer/'],
      expected: [
        { name: 'home', path: '/' },
        { name: 'hjalplinjer', path: '/hjalplinjer/' },
        { name: 'pages', path: '/om/' },
      ],
    },
    {
      reason: 'English pages share the Swedish templates and are left out',
      paths: ['/', '/en/', '/en/about/', '/en/helplines/'],
      expected: [{ name: 'home', path: '/' }],
    },
    {
      reason: 'a registered type with entry pages: its section page and its first entry, once',
      paths: ['/kurser/', '/kurser/sova-battre/', '/kurser/att-hantera-oro/'],
      expected: [
        { name: 'kurser', path: '/kurser/' },
        { name: 'courses', path: '/kurser/att-hantera-oro/' },
      ],
    },
    {
      reason: 'a page below a section no registered type makes: the first in address order',
      paths: ['/arkiv/b/', '/arkiv/a/'],
      expected: [{ name: 'arkiv/…', path: '/arkiv/a/' }],
    },
    {
      reason: 'information pages without /om/: the first in address order',
      paths: ['/tillganglighet/', '/integritet/'],
      expected: [{ name: 'pages', path: '/integritet/' }],
    },
  ];
  it.each(cases)('$reason', ({ paths, expected }) => {
    expect(templates(paths, entries)).toEqual(expected);
  });
});
