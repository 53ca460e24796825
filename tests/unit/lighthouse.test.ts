import { describe, expect, it } from 'vitest';
import { entryTemplates, formatTable, medianByLcp, profiles, templates, type Run } from '../../scripts/lighthouse.ts';
import { floorHtml } from '../../tools/page-floor.ts';

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

describe('floorHtml: the page without its stylesheet links and scripts, everything else as written', () => {
  const cases: { reason: string; html: string; floor: string }[] = [
    {
      reason: 'stylesheet links, module scripts (inline and external) and module preloads go; inline styles stay',
      html: '<!doctype html><html><head><link rel="stylesheet" href="/a.css"><style>p{color:red}</style><link rel="modulepreload" href="/m.js"><script type="module">import "/x.js"</script></head><body><p>Hej</p><script type="module" src="/y.js"></script></body></html>',
      floor: '<!doctype html><html><head><style>p{color:red}</style></head><body><p>Hej</p></body></html>',
    },
    {
      reason: 'other links stay (icon, canonical, alternate), and a print stylesheet link goes too',
      html: '<head><link rel="icon" href="/f.svg"><link rel="canonical" href="https://x/"><link rel="stylesheet" media="print" href="/p.css"></head>',
      floor: '<head><link rel="icon" href="/f.svg"><link rel="canonical" href="https://x/"></head>',
    },
    {
      reason: 'preloads of scripts and styles go, of images stay',
      html: '<link rel="preload" as="script" href="/a.js"><link rel="preload" as="style" href="/a.css"><link rel="preload" as="image" href="/i.png">',
      floor: '<link rel="preload" as="image" href="/i.png">',
    },
    {
      reason: 'a script in a comment or an attribute is text, not a script: it stays',
      html: '<!-- <script>x()</script> --><p title="<script>y()</script>">z</p><script>w()</script>',
      floor: '<!-- <script>x()</script> --><p title="<script>y()</script>">z</p>',
    },
    {
      reason: 'JSON data in a script element goes too (the floor has no script elements at all)',
      html: '<p>a</p><script type="application/json">{"b":1}</script><p>c</p>',
      floor: '<p>a</p><p>c</p>',
    },
  ];
  it.each(cases)('$reason', ({ html, floor }) => {
    expect(floorHtml(html)).toBe(floor);
  });
});

describe('the Lighthouse report', () => {
  const run = (lcp: number, extra: Partial<Run> = {}): Run => ({
    performance: 100,
    accessibility: 100,
    bestPractices: 100,
    seo: 100,
    lcp,
    fcp: lcp,
    tbt: 0,
    cls: 0,
    bytes: 10240,
    ...extra,
  });
  it('two networks: Lighthouse’s slow 4G and 400 ms / 400 kbps', () => {
    expect(profiles.map((p) => [p.rttMs, p.throughputKbps])).toEqual([
      [150, 1638.4],
      [400, 400],
    ]);
  });
  it.each([
    { reason: 'odd count: the middle', lcps: [3000, 1000, 2000], median: 2000 },
    { reason: 'even count: the lower middle', lcps: [4000, 1000, 3000, 2000], median: 2000 },
    { reason: 'one run', lcps: [1500], median: 1500 },
  ])('medianByLcp, $reason', ({ lcps, median }) => {
    expect(medianByLcp(lcps.map((l) => run(l))).lcp).toBe(median);
  });
  it('medianByLcp refuses no runs', () => expect(() => medianByLcp([])).toThrow());
  it('the table shows LCP beside the floor and their ratio', () => {
    const table = formatTable([{ name: 'home', path: '/', profile: 'slow 4G', page: run(1050), floor: run(1000, { performance: 99 }) }]);
    expect(table.split('\n')[0]).toContain('| LCP | Floor LCP | LCP / floor |');
    expect(table.split('\n')[2]).toBe(
      '| home | / | slow 4G | 100 | 100 | 100 | 100 | 1.05 s | 1.00 s | 1.05× | 1.05 s | 0 ms | 0.000 | 10.0 KB |',
    );
  });
});
