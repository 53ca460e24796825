import { describe, expect, it } from 'vitest';
import { fileCandidates, urlPathOf } from '../../tools/dist-paths.ts';
import { decodeEntities, scanTags, srcsetUrls } from '../../tools/html-scan.ts';

describe('scanTags', () => {
  it('finds start tags with their attributes in order', () => {
    const tags = scanTags('<!DOCTYPE html><html lang="sv"><a href="/om/" class=x data-y>Om</a></html>');
    expect(tags.map((t) => t.name)).toEqual(['html', 'a']);
    expect(tags[1]?.attrs).toEqual({ href: '/om/', class: 'x', 'data-y': '' });
  });

  const cases: { reason: string; html: string; names: string[] }[] = [
    { reason: 'markup inside a comment is not a tag', html: '<!-- <a href="/x"> --><p>', names: ['p'] },
    {
      reason: 'markup inside a script is text',
      html: '<script>if (a<b) document.write("<img src=x>")</script><p>',
      names: ['script', 'p'],
    },
    { reason: 'markup inside a style is text', html: '<style>a>b{}</style><i>', names: ['style', 'i'] },
    { reason: 'a > inside a quoted attribute does not end the tag', html: '<a title="a > b" href="/y">', names: ['a'] },
    { reason: 'end tags and a lone < are skipped', html: '<p>1 < 2</p><b>', names: ['p', 'b'] },
    {
      reason: 'source order, also where the parser moves an element (a stray link in a table)',
      html: '<table><tr><td>x</td></tr><a href="/f">f</a></table>',
      names: ['table', 'tr', 'td', 'a'],
    },
    {
      reason: 'the contents of <noscript> and <template> are tags too',
      html: '<noscript><link rel="stylesheet" href="/n.css"></noscript><template><a href="/t">t</a></template>',
      names: ['noscript', 'link', 'template', 'a'],
    },
    { reason: 'implied elements are not listed', html: '<title>x</title><p>y', names: ['title', 'p'] },
  ];
  it.each(cases)('$reason', ({ html, names }) => {
    expect(scanTags(html).map((t) => t.name)).toEqual(names);
  });

  it('keeps the exact text of inline scripts and styles (their CSP hash depends on it)', () => {
    const [script, style] = scanTags('<script type="module"> a() </script><style>\n.x{}\n</style>');
    expect(script?.text).toBe(' a() ');
    expect(style?.text).toBe('\n.x{}\n');
  });

  it('decodes entity references in attribute values', () => {
    expect(scanTags('<a href="/s?a=1&amp;b=2" title=\'&quot;x&#39;\'>')[0]?.attrs).toEqual({ href: '/s?a=1&b=2', title: '"x\'' });
  });

  it('names in lower case; of a repeated attribute the first counts, as in a browser', () => {
    expect(scanTags('<A HREF="/x" href="/y" Data-Z=1>')[0]).toMatchObject({ name: 'a', attrs: { href: '/x', 'data-z': '1' } });
  });
});

describe('decodeEntities', () => {
  it('decodes numeric and named references (the whole HTML table), leaves unknown ones', () => {
    expect(decodeEntities('&#229;&#xE4;&ouml;&amp;&nbsp;&ingetsadant;')).toBe('åäö&\u00a0&ingetsadant;');
  });
  it('keeps quotes and < as written', () => {
    expect(decodeEntities('"a" <b>')).toBe('"a" <b>');
  });
});

describe('srcsetUrls', () => {
  const cases: { reason: string; srcset: string; urls: string[] }[] = [
    { reason: 'density descriptors', srcset: '/a.png 1x, /b.png 2x', urls: ['/a.png', '/b.png'] },
    { reason: 'width descriptors', srcset: '/a.webp 400w,/b.webp 800w', urls: ['/a.webp', '/b.webp'] },
    { reason: 'a single URL without descriptor', srcset: '/a.png', urls: ['/a.png'] },
  ];
  it.each(cases)('$reason', ({ srcset, urls }) => {
    expect(srcsetUrls(srcset)).toEqual(urls);
  });
});

describe('urlPathOf and fileCandidates', () => {
  const paths: { file: string; path: string }[] = [
    { file: 'index.html', path: '/' },
    { file: 'om/index.html', path: '/om/' },
    { file: 'en/helplines/index.html', path: '/en/helplines/' },
    { file: '404.html', path: '/404.html' },
  ];
  it.each(paths)('$file is served at $path', ({ file, path }) => {
    expect(urlPathOf(file)).toBe(path);
    expect(fileCandidates(path)).toContain(file);
  });
  it('finds a directory page without the trailing slash, as hosts redirect it', () => {
    expect(fileCandidates('/om')).toEqual(['om', 'om.html', 'om/index.html']);
  });
  it('decodes percent-escapes to the file name', () => {
    expect(fileCandidates('/%C3%A5r/')).toEqual(['år/index.html']);
  });
});
