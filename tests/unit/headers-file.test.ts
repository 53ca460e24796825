import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { headersForPath, parseHeadersFile, patternToRegExp, portabilityProblems, type Host } from '../../tools/headers-file.ts';

const sample = `# comment
/*
  X-Test: all
  Cache-Control: short
  # an indented comment is a comment too

/_astro/*
  ! Cache-Control
  Cache-Control: long

/blog/:slug
  X-Post: yes
  X-Post: twice
`;

describe('parseHeadersFile', () => {
  it('reads paths, headers, removals and line numbers, skipping comments', () => {
    const { rules, errors } = parseHeadersFile(sample);
    expect(errors).toEqual([]);
    expect(rules.map((r) => [r.path, r.line])).toEqual([
      ['/*', 2],
      ['/_astro/*', 7],
      ['/blog/:slug', 11],
    ]);
    expect(rules[1]).toMatchObject({ unset: ['Cache-Control'], set: [{ name: 'Cache-Control', value: 'long' }] });
  });

  const bad: { reason: string; text: string; error: RegExp }[] = [
    { reason: 'a header before any path has nowhere to go', text: 'X-A: b\n/*\n  X-B: c', error: /före första sökvägen/ },
    { reason: 'a line that is neither path, header nor removal', text: '/*\n  just words', error: /Namn: värde/ },
    { reason: 'a header without a value is rejected by both hosts', text: '/*\n  X-A:', error: /saknar värde/ },
    { reason: 'a path without headers is an error on Cloudflare', text: '/a\n/b\n  X: y', error: /rad 1: sökvägen saknar rubriker/ },
    { reason: 'Cloudflare skips lines over 2,000 characters', text: `/*\n  X-Long: ${'a'.repeat(2000)}`, error: /längre än 2000/ },
    {
      reason: 'Cloudflare reads only 100 rules',
      text: Array.from({ length: 101 }, (_, i) => `/p${i}\n  X: y`).join('\n'),
      error: /101 regler/,
    },
  ];
  it.each(bad)('$reason', ({ text, error }) => {
    expect(parseHeadersFile(text).errors.join('\n')).toMatch(error);
  });
});

describe('patternToRegExp matches like the hosts', () => {
  const cases: { reason: string; pattern: string; path: string; host: Host; match: boolean }[] = [
    { reason: '/* covers the home page', pattern: '/*', path: '/', host: 'cloudflare', match: true },
    { reason: '/* covers deep paths', pattern: '/*', path: '/en/helplines/', host: 'cloudflare', match: true },
    { reason: 'a prefix rule covers files below it', pattern: '/_astro/*', path: '/_astro/a.css', host: 'cloudflare', match: true },
    { reason: 'a prefix rule is not a substring match', pattern: '/_astro/*', path: '/x/_astro/a.css', host: 'cloudflare', match: false },
    { reason: 'Cloudflare: /admin/* does not cover /admin', pattern: '/admin/*', path: '/admin', host: 'cloudflare', match: false },
    { reason: 'Netlify: /admin/* also covers /admin', pattern: '/admin/*', path: '/admin', host: 'netlify', match: true },
    { reason: 'a placeholder is one segment', pattern: '/blog/:slug', path: '/blog/a', host: 'cloudflare', match: true },
    { reason: 'a placeholder does not cross a slash', pattern: '/blog/:slug', path: '/blog/a/b', host: 'cloudflare', match: false },
    { reason: 'dots are literal', pattern: '/sw.js', path: '/swxjs', host: 'cloudflare', match: false },
    { reason: 'a * inside a segment', pattern: '/*.svg', path: '/img/logo.svg', host: 'cloudflare', match: true },
  ];
  it.each(cases)('$reason', ({ pattern, path, host, match }) => {
    expect(patternToRegExp(pattern, host).test(path)).toBe(match);
  });
});

describe('headersForPath', () => {
  const { rules } = parseHeadersFile(sample);
  it('applies every matching rule, the later one replacing a removed header', () => {
    const headers = headersForPath(rules, '/_astro/a.css');
    expect(headers.get('cache-control')).toBe('long');
    expect(headers.get('x-test')).toBe('all');
  });
  it('joins a header repeated within one rule', () => {
    expect(headersForPath(rules, '/blog/a').get('x-post')).toBe('yes, twice');
  });
  it('Cloudflare appends a header set again without "!", Netlify keeps the last', () => {
    const { rules: clash } = parseHeadersFile('/*\n  CSP: a\n/admin/*\n  CSP: b');
    expect(headersForPath(clash, '/admin/x', 'cloudflare').get('csp')).toBe('a, b');
    expect(headersForPath(clash, '/admin/x', 'netlify').get('csp')).toBe('b');
  });
});

describe('portabilityProblems', () => {
  it('flags a later rule that sets a header an overlapping earlier rule set, without "!"', () => {
    const { rules } = parseHeadersFile('/*\n  CSP: a\n/admin/*\n  CSP: b');
    expect(portabilityProblems(rules)).toEqual([expect.stringMatching(/\/admin\/\* .*"! CSP"/)]);
  });
  it('accepts the same header on paths that cannot overlap', () => {
    const { rules } = parseHeadersFile('/a/*\n  CSP: a\n/b/*\n  CSP: b');
    expect(portabilityProblems(rules)).toEqual([]);
  });
  it('accepts public/_headers: Netlify and Cloudflare send the same headers', () => {
    const { rules, errors } = parseHeadersFile(readFileSync('public/_headers', 'utf8'));
    expect(rules.length, 'public/_headers has rules').toBeGreaterThan(0);
    expect(errors).toEqual([]);
    expect(portabilityProblems(rules)).toEqual([]);
    for (const path of ['/', '/om/', '/_astro/x.css', '/pagefind/pagefind.js', '/admin/', '/admin/config.yml']) {
      expect(Object.fromEntries(headersForPath(rules, path, 'netlify')), path).toEqual(
        Object.fromEntries(headersForPath(rules, path, 'cloudflare')),
      );
    }
  });
});
