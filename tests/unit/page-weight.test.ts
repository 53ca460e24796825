import { describe, expect, it } from 'vitest';
import { brotliSize, cssImports, pageResources, pageWeight, staticImports } from '../../tools/page-weight.ts';

describe('staticImports', () => {
  const cases: { reason: string; source: string; imports: string[] }[] = [
    { reason: 'minified named import', source: 'import{a as b}from"./chunk.js";b()', imports: ['/_astro/chunk.js'] },
    { reason: 'side-effect import', source: 'import"/_astro/x.js";', imports: ['/_astro/x.js'] },
    { reason: 'namespace import with spaces', source: "import * as m from '../lib/m.js'", imports: ['/lib/m.js'] },
    { reason: 're-export', source: 'export{x}from"./re.js"', imports: ['/_astro/re.js'] },
    { reason: 'a dynamic import loads on use, not at start', source: 'button.onclick=()=>import("./lazy.js")', imports: [] },
    { reason: 'a string that merely mentions import', source: 'const s="import from here"', imports: [] },
    { reason: 'an import statement inside a string', source: 'const s=\'x;import"./fake.js"\'', imports: [] },
    { reason: 'an import statement in a comment', source: '// import "./c.js"\n/* import"./d.js" */f()', imports: [] },
    {
      reason: 'export * from, minified',
      source: 'export*from"./all.js";export*as n from"./ns.js"',
      imports: ['/_astro/all.js', '/_astro/ns.js'],
    },
    { reason: 'an import with attributes', source: 'import d from"./d.json"with{type:"json"}', imports: ['/_astro/d.json'] },
    { reason: 'import.meta is no import', source: 'new URL("./w.js",import.meta.url)', imports: [] },
    { reason: 'the same module twice counts once', source: 'import"./a.js";import{b}from"./a.js"', imports: ['/_astro/a.js'] },
  ];
  it.each(cases)('$reason', ({ source, imports }) => {
    expect(staticImports(source, '/_astro/entry.js')).toEqual(imports);
  });
});

describe('cssImports', () => {
  it('resolves @import with and without url()', () => {
    expect(cssImports('@import "a.css";@import url(/b.css) screen;', '/_astro/x.css')).toEqual(['/_astro/a.css', '/b.css']);
  });
});

describe('pageResources', () => {
  const files: Record<string, string> = {
    '/_astro/site.css': '@import "./base.css";body{}',
    '/_astro/base.css': 'html{}',
    '/_astro/print.css': '@media print{}',
    '/_astro/page.js': 'import{a}from"./shared.js";import("./lazy.js");a()',
    '/_astro/shared.js': 'export const a=()=>1',
    '/_astro/lazy.js': 'export default 1',
    '/legacy.js': 'var x=1',
  };
  const read = (p: string) => files[p];
  const html = `<html><head>
    <link rel="stylesheet" href="/_astro/site.css"><link rel="stylesheet" href="/_astro/print.css" media="print">
    <script type="module" src="/_astro/page.js"></script><script src="/legacy.js"></script>
    <script type="application/ld+json">{"a":1}</script></head><body></body></html>`;
  const resources = pageResources(html, '/om/', read);

  it('counts stylesheets and their @imports as render-blocking, print stylesheets not', () => {
    expect(resources.blockingCss).toEqual(['/_astro/site.css', '/_astro/base.css']);
    expect(resources.otherCss).toEqual(['/_astro/print.css']);
  });
  it('follows static imports, not dynamic ones, and ignores JSON data blocks', () => {
    expect(resources.js).toEqual(['/_astro/page.js', '/_astro/shared.js', '/legacy.js']);
  });
  it('a classic script without async/defer blocks rendering; a module does not', () => {
    expect(resources.blockingJs).toEqual(['/legacy.js']);
  });
  it('sums brotli sizes: total is everything, critical only what blocks the first paint', () => {
    const weight = pageWeight(html, '/om/', read);
    expect(weight.html).toBe(brotliSize(html));
    expect(weight.total).toBe(weight.html + weight.css + weight.js);
    expect(weight.critical).toBe(
      weight.html + brotliSize(files['/_astro/site.css']!) + brotliSize(files['/_astro/base.css']!) + brotliSize(files['/legacy.js']!),
    );
  });
  it('a page without scripts has no JS', () => {
    expect(pageWeight('<p>Hej</p>', '/', read).js).toBe(0);
  });
});
