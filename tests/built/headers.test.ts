/**
 * The generated security headers against the built pages: every inline script and style of a
 * page is allowed by the CSP header its address gets and by the page's own <meta> CSP, Decap's loosening stays under /admin/,
 * caching fits each kind of file, both hosts read the file the same way, and the nginx include
 * says the same as _headers. (The browser sweep then serves every page with these headers.)
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allowsInline, parseCsp } from '../../tools/csp.ts';
import { headersForPath, parseHeadersFile, portabilityProblems } from '../../tools/headers-file.ts';
import { scanTags } from '../../tools/html-scan.ts';
import { isAdminPath, metaCsp } from '../../tools/security-headers.ts';
import { allPaths, outDir, pages, publicPages } from './built.ts';

const text = readFileSync(join(outDir, '_headers'), 'utf8');
const { rules, errors } = parseHeadersFile(text);
const cspFor = (path: string) => parseCsp(headersForPath(rules, path).get('content-security-policy') ?? '');

describe('dist/_headers', () => {
  it('the build has pages, files and header rules to check', () => {
    expect(publicPages.length).toBeGreaterThan(1);
    expect(pages.length).toBeGreaterThan(publicPages.length);
    expect(allPaths.length).toBeGreaterThan(pages.length);
    expect(rules.length).toBeGreaterThan(1);
  });
  it('is complete and within Cloudflare Pages’ limits (100 rules, 2,000 characters a line)', () => {
    expect(errors).toEqual([]);
    expect(text).not.toMatch(/\{\{\s*csp:\w+\s*\}\}/);
  });
  it('gives the same headers on Netlify and Cloudflare for every built file', () => {
    expect(portabilityProblems(rules)).toEqual([]);
    // Compared as sorted lists: the order of headers in a response does not matter.
    const sent = (p: string, host: 'netlify' | 'cloudflare') => JSON.stringify([...headersForPath(rules, p, host)].sort());
    const differ = allPaths.filter((p) => sent(p, 'netlify') !== sent(p, 'cloudflare'));
    expect(differ).toEqual([]);
  });
});

describe('the CSP header allows each page’s own inline code and nothing looser', () => {
  const inlineCode = (html: string) =>
    scanTags(html).filter(
      (tag) =>
        (tag.name === 'script' && !tag.attrs.src && (!tag.attrs.type || /module|javascript/.test(tag.attrs.type))) || tag.name === 'style',
    );
  it('the pages have inline code to check (the test per page would pass on none)', () => {
    expect(pages.some((p) => inlineCode(p.html).length > 0)).toBe(true);
  });

  it.each(pages.map((p) => [p.path, p] as const))('%s', (path, page) => {
    const csp = cspFor(path);
    expect(csp.get('frame-ancestors'), 'framing forbidden').toEqual(["'none'"]);
    for (const tag of inlineCode(page.html)) {
      const kind = tag.name === 'style' ? 'style' : 'script';
      expect(allowsInline(csp, kind, tag.text ?? ''), `${path}: inline ${kind} at offset ${tag.offset} has no hash in the header`).toBe(
        true,
      );
    }
    const meta = metaCsp(page.html);
    // Public pages are held to their own hashes by Astro's <meta> CSP; the CMS may bring its own.
    if (!isAdminPath(path)) expect(meta, `${path} has its own <meta> CSP`).toBeDefined();
    if (meta) {
      // The browser enforces the page's own policy too: each inline script and style (the page's
      // CSS is inline, astro.config.mjs) must have its hash there, or it is blocked.
      for (const tag of inlineCode(page.html)) {
        const kind = tag.name === 'style' ? 'style' : 'script';
        expect(
          allowsInline(parseCsp(meta), kind, tag.text ?? ''),
          `${path}: inline ${kind} at offset ${tag.offset} has no hash in the page's own <meta> CSP`,
        ).toBe(true);
      }
      for (const [directive, sources] of parseCsp(meta)) {
        const header = csp.get(directive) ?? csp.get('default-src') ?? [];
        const missing = sources.filter((s) => !header.includes(s));
        expect(missing, `${path}: the header's ${directive} lacks sources of the page's own <meta> CSP`).toEqual([]);
      }
    }
  });

  it('public pages: no eval, no unsafe inline scripts, no WebAssembly', () => {
    for (const { path } of publicPages) {
      const scripts = cspFor(path).get('script-src') ?? [];
      expect(scripts, path).not.toContain("'unsafe-eval'");
      expect(scripts, path).not.toContain("'unsafe-inline'");
      expect(scripts, path).not.toContain("'wasm-unsafe-eval'");
    }
  });

  it("Pagefind's worker may compile its WebAssembly", () => {
    expect(cspFor('/pagefind/pagefind-worker.js').get('script-src')).toContain("'wasm-unsafe-eval'");
  });

  it("Decap's 'unsafe-eval' and inline styles apply under /admin/ only", () => {
    expect(cspFor('/admin/').get('script-src')).toContain("'unsafe-eval'");
    expect(cspFor('/admin/').get('style-src')).toContain("'unsafe-inline'");
    expect(headersForPath(rules, '/admin/').get('x-robots-tag')).toBe('noindex');
  });

  it('the admin may open the Git host’s sign-in popup; public pages stay isolated', () => {
    expect(headersForPath(rules, '/admin/').get('cross-origin-opener-policy')).toBe('same-origin-allow-popups');
    expect(headersForPath(rules, '/om/').get('cross-origin-opener-policy')).toBe('same-origin');
  });

  it.each(['/media/exempel-broschyr.pdf', '/media/bild.svg', '/media/a/b.png'])(
    '%s: an upload runs nothing, is not sniffed and is downloaded',
    (path) => {
      for (const host of ['netlify', 'cloudflare'] as const) {
        const sent = headersForPath(rules, path, host);
        expect(sent.get('content-security-policy'), host).toBe("default-src 'none'; sandbox");
        expect(sent.get('x-content-type-options'), host).toBe('nosniff');
        expect(sent.get('content-disposition'), host).toBe('attachment');
      }
    },
  );
});

describe('caching and the other security headers', () => {
  const header = (path: string, name: string) => headersForPath(rules, path).get(name) ?? '';
  it('hashed assets are cached a year and never revalidated', () => {
    const assets = allPaths.filter((p) => p.startsWith('/_astro/'));
    expect(assets.length).toBeGreaterThan(0);
    for (const p of assets) expect(header(p, 'cache-control'), p).toBe('public, max-age=31536000, immutable');
  });
  it('pages and unhashed files (the service worker, Pagefind’s entry files) are revalidated on every visit', () => {
    const unhashed = allPaths.filter((p) => !p.startsWith('/_astro/'));
    expect(unhashed.length).toBeGreaterThan(pages.length);
    for (const p of unhashed) expect(header(p, 'cache-control'), p).toMatch(/max-age=0/);
  });
  it.each(['x-content-type-options', 'referrer-policy', 'permissions-policy', 'x-frame-options'])('%s on every page', (name) => {
    for (const { path } of pages) expect(header(path, name), path).not.toBe('');
  });
});

describe('dist/_headers.nginx.conf says the same as _headers', () => {
  const file = join(outDir, '_headers.nginx.conf');
  it('exists', () => expect(existsSync(file)).toBe(true));
  it('each location sends the headers _headers gives a file below it', () => {
    const conf = readFileSync(file, 'utf8');
    const blocks = [...conf.matchAll(/location (= )?(\S+) \{\n([\s\S]*?)\n\}/g)];
    // One location per rule of _headers (an empty or unreadable include must not pass).
    expect(blocks.map((b) => b[2])).toHaveLength(new Set(rules.map((r) => r.path)).size);
    for (const block of blocks) {
      const sample = block[1] ? block[2]! : `${block[2]}x`;
      const sent = Object.fromEntries(
        [...block[3]!.matchAll(/add_header (\S+) "((?:[^"\\]|\\.)*)" always;/g)].map((m) => [
          m[1]!.toLowerCase(),
          m[2]!.replace(/\\(.)/g, '$1'),
        ]),
      );
      expect(sent, block[2]).toEqual(Object.fromEntries(headersForPath(rules, sample)));
    }
  });
});
