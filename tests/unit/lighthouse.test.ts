import { describe, expect, it } from 'vitest';
import { templates } from '../../scripts/lighthouse.ts';

describe('templates: one page per template for Lighthouse, from the sitemap', () => {
  const info = new Set(['/om/', '/integritet/', '/tillganglighet/']);
  const cases: { reason: string; paths: string[]; expected: { name: string; path: string }[] }[] = [
    {
      reason: 'the home page, one information page (/om/ preferred) and each other top-level page',
      paths: ['/', '/integritet/', '/om/', '/tillganglighet/', '/hjalplinjer/'],
      expected: [
        { name: 'home', path: '/' },
        { name: 'hjalplinjer', path: '/hjalplinjer/' },
        { name: 'information page', path: '/om/' },
      ],
    },
    {
      reason: 'English pages share the Swedish templates and are left out',
      paths: ['/', '/en/', '/en/about/', '/en/helplines/'],
      expected: [{ name: 'home', path: '/' }],
    },
    {
      reason: 'a section added later: its front page and the first page below it, once',
      paths: ['/kurser/', '/kurser/sova-battre/', '/kurser/att-hantera-oro/'],
      expected: [
        { name: 'kurser', path: '/kurser/' },
        { name: 'kurser/…', path: '/kurser/att-hantera-oro/' },
      ],
    },
    {
      reason: 'information pages without /om/: the first in address order',
      paths: ['/tillganglighet/', '/integritet/'],
      expected: [{ name: 'information page', path: '/integritet/' }],
    },
  ];
  it.each(cases)('$reason', ({ paths, expected }) => {
    expect(templates(paths, info)).toEqual(expected);
  });
});
