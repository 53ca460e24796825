import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cspHash } from '../../tools/csp.ts';
import { parseHeadersFile } from '../../tools/headers-file.ts';
import { cspValues, fillTemplate, inlineHashes, isAdminPath, metaCsp, toNginx } from '../../tools/security-headers.ts';

const page = (csp: string | undefined, body = '') =>
  `<!DOCTYPE html><html><head>${csp ? `<meta http-equiv="content-security-policy" content="${csp}">` : ''}</head><body>${body}</body></html>`;

describe('metaCsp and inlineHashes', () => {
  it('reads the meta CSP Astro writes', () => {
    expect(metaCsp(page("default-src 'self'"))).toBe("default-src 'self'");
    expect(metaCsp(page(undefined))).toBeUndefined();
  });
  it('decodes the attribute as a browser does and reads no policy from text, comments or another meta', () => {
    expect(metaCsp(page('default-src &#39;self&#39;; img-src &apos;self&apos; data:'))).toBe("default-src 'self'; img-src 'self' data:");
    expect(
      metaCsp(page("default-src 'self'").replace('http-equiv="content-security-policy"', 'HTTP-EQUIV="Content-Security-Policy"')),
    ).toBe("default-src 'self'");
    const decoys =
      '<!-- <meta http-equiv="content-security-policy" content="a"> -->' +
      '<script>"<meta http-equiv=\\"content-security-policy\\" content=\\"b\\">"</script>' +
      '<style>p{content:\'<meta http-equiv="content-security-policy" content="c">\'}</style>' +
      '<meta name="content-security-policy" content="d">';
    expect(metaCsp(page(undefined, decoys))).toBeUndefined();
  });
  it('hashes inline scripts and styles but not external scripts or JSON data blocks', () => {
    const html = page(
      undefined,
      '<script>a()</script><script src="/x.js"></script><script type="application/ld+json">{}</script><style>p{}</style>',
    );
    expect(inlineHashes(html)).toEqual({ scripts: [cspHash('a()')], styles: [cspHash('p{}')] });
  });
});

describe('cspValues', () => {
  const pages = [
    { path: '/', html: page("default-src 'self'; script-src 'self' 'sha256-a'") },
    { path: '/om/', html: page("default-src 'self'; script-src 'self' 'sha256-b'") },
    { path: '/admin/', html: page(undefined, '<script>CMS.init()</script>') },
  ];
  const values = cspValues(pages);
  it('the public policy allows every public page’s hashes and nothing of the admin’s', () => {
    expect(values.pages).toBe("default-src 'self'; script-src 'self' 'sha256-a' 'sha256-b'");
    expect(values.pages).not.toContain('unsafe-eval');
  });
  it("search adds 'wasm-unsafe-eval' for Pagefind's worker", () => {
    expect(values.search).toContain("'wasm-unsafe-eval'");
  });
  it("the admin without its own CSP gets Decap's needs and the hash of its inline script", () => {
    expect(values.admin).toMatch(/script-src 'self' 'unsafe-eval' 'sha256-/);
    expect(values.admin).toContain(cspHash('CMS.init()'));
    expect(values.admin).toContain("style-src 'self' 'unsafe-inline'");
  });
  it('an admin page with its own meta CSP keeps exactly that policy', () => {
    const own = cspValues([
      ...pages.slice(0, 1),
      { path: '/admin/', html: page("default-src 'self'; connect-src https://api.github.com") },
    ]);
    expect(own.admin).toBe("default-src 'self'; connect-src https://api.github.com");
  });
  it('names public pages without a meta CSP', () => {
    expect(cspValues([...pages, { path: '/x.html', html: page(undefined) }]).pagesWithoutCsp).toEqual(['/x.html']);
  });
  it('isAdminPath', () => {
    expect([isAdminPath('/admin/'), isAdminPath('/admin'), isAdminPath('/administration/')]).toEqual([true, true, false]);
  });
});

describe('fillTemplate', () => {
  it('fills every placeholder of public/_headers and leaves none behind', () => {
    const filled = fillTemplate(readFileSync('public/_headers', 'utf8'), { pages: 'P', search: 'S', admin: 'A', pagesWithoutCsp: [] });
    expect(filled).not.toMatch(/\{\{\s*csp:\w+\s*\}\}/);
    expect(filled).toMatch(/Content-Security-Policy: P; frame-ancestors 'none'/);
  });
  it('refuses an unknown placeholder', () => {
    expect(() => fillTemplate('{{csp:other}}', { pages: '', search: '', admin: '', pagesWithoutCsp: [] })).toThrow(/csp:other/);
  });
});

describe('toNginx', () => {
  const { rules } = parseHeadersFile(
    '/*\n  A: 1\n  Cache-Control: short\n/_astro/*\n  ! Cache-Control\n  Cache-Control: long\n/sw.js\n  B: 2',
  );
  const conf = toNginx(rules);
  it('repeats the inherited headers in every location (nginx does not merge add_header)', () => {
    expect(conf).toContain('location /_astro/ {\n    add_header A "1" always;\n    add_header Cache-Control "long" always;\n}');
  });
  it('turns an exact path into an exact location', () => {
    expect(conf).toContain('location = /sw.js {');
  });
  it('escapes double quotes in values', () => {
    expect(toNginx(parseHeadersFile('/*\n  A: say "hi"').rules)).toContain('add_header A "say \\"hi\\"" always;');
  });
  it('refuses patterns nginx prefixes cannot express', () => {
    expect(() => toNginx(parseHeadersFile('/blog/:slug\n  A: 1').rules)).toThrow(/platshållare/);
    expect(() => toNginx(parseHeadersFile('/*.svg\n  A: 1').rules)).toThrow(/sist/);
  });
});
