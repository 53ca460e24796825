import { describe, expect, it } from 'vitest';
import { checkLinks, classify, scanCss } from '../../tools/link-check.ts';

const site = 'https://rc.example.se';
const html = (body: string) => `<!DOCTYPE html><html><body>${body}</body></html>`;

/** A small built site; each case adds one page and expects what the checker says about it. */
function check(body: string, extra: Record<string, string> = {}) {
  const files = new Map<string, string>([
    ['index.html', html('<h1 id="top-heading">Start</h1>')],
    ['om/index.html', html('<h2 id="kontakt">Kontakt</h2><a name="gammal"></a>')],
    ['_astro/site.css', 'body{background:url(/_astro/bg.svg)}'],
    ['_astro/bg.svg', ''],
    ['favicon.svg', ''],
    ['test/index.html', html(body)],
    ...Object.entries(extra),
  ]);
  return checkLinks(files, [site]);
}

describe('checkLinks: what must resolve in the build', () => {
  const broken: { reason: string; body: string; message: RegExp }[] = [
    { reason: 'a page that was never built', body: '<a href="/finns-inte/">x</a>', message: /\/finns-inte\/ finns inte/ },
    { reason: 'an anchor missing on the target page', body: '<a href="/om/#adress">x</a>', message: /#adress finns inte på \/om\// },
    { reason: 'an anchor missing on the same page', body: '<a href="#saknas">x</a>', message: /#saknas finns inte på \/test\// },
    { reason: 'a missing image', body: '<img src="/bild.png" alt="">', message: /\/bild.png finns inte/ },
    {
      reason: 'a missing srcset candidate',
      body: '<img src="/favicon.svg" srcset="/favicon.svg 1x, /x2.png 2x" alt="">',
      message: /x2.png/,
    },
    { reason: 'a missing stylesheet', body: '<link rel="stylesheet" href="/_astro/gone.css">', message: /gone.css/ },
    {
      reason: 'a canonical address on the site that does not exist',
      body: `<link rel="canonical" href="${site}/404/">`,
      message: /\/404\//,
    },
    { reason: 'a relative link resolved against the page', body: '<a href="../saknas/">x</a>', message: /\/saknas\// },
    { reason: 'a javascript: link', body: '<a href="javascript:void(0)">x</a>', message: /javascript/ },
    { reason: 'a tel: link with spaces will not dial everywhere', body: '<a href="tel:08 123">x</a>', message: /siffror/ },
  ];
  it.each(broken)('$reason is broken', ({ body, message }) => {
    const report = check(body);
    expect(report.broken.map((b) => b.reason).join('\n')).toMatch(message);
  });

  const fine: { reason: string; body: string }[] = [
    { reason: 'a page with a trailing slash', body: '<a href="/om/">x</a>' },
    { reason: 'a page without the trailing slash (hosts redirect)', body: '<a href="/om">x</a>' },
    { reason: 'an anchor by id on another page', body: '<a href="/om/#kontakt">x</a>' },
    { reason: 'an old-style <a name> anchor', body: '<a href="/om/#gammal">x</a>' },
    { reason: 'an anchor on the same page', body: '<h2 id="här">x</h2><a href="#h%C3%A4r">x</a>' },
    { reason: 'the site’s own absolute address (canonical, hreflang)', body: `<link rel="alternate" hreflang="sv" href="${site}/om/">` },
    { reason: 'a phone link', body: '<a href="tel:+46812345">x</a><a href="tel:112">x</a>' },
    { reason: 'an e-mail link', body: '<a href="mailto:info@example.se">x</a>' },
    { reason: 'a query string on an existing page', body: '<a href="/om/?q=1">x</a>' },
    { reason: 'a route inside a single-page app (the CMS)', body: '<a href="/om/#/collections/pages/entries/om">x</a>' },
  ];
  it.each(fine)('$reason resolves', ({ body }) => {
    expect(check(body).broken).toEqual([]);
  });

  it('checks url() in stylesheets against the build', () => {
    expect(check('', { '_astro/b.css': 'a{background:url("./gone.png")}' }).broken[0]?.reason).toMatch(/\/_astro\/gone.png/);
  });

  it('lists external links with the pages that use them, without checking them', () => {
    const report = check('<a href="https://www.1177.se/">1177</a>', { 'om/x.html': html('<a href="https://www.1177.se/">1177</a>') });
    expect(report.broken).toEqual([]);
    expect(report.external.get('https://www.1177.se/')).toEqual(['test/index.html', 'om/x.html']);
  });
});

describe('classify', () => {
  it('a protocol-relative address on another host is external', () => {
    expect(classify('//cdn.example.com/x.js', '/', [site])).toMatchObject({
      kind: 'external',
      url: expect.stringMatching(/\/\/cdn.example.com\/x.js$/),
    });
  });
});

describe('scanCss', () => {
  it('skips data: URIs and SVG fragment references', () => {
    expect(scanCss('a.css', "a{b:url(data:image/png;base64,xx)} c{d:url(#grad)} e{f:url( '/x.woff2' )}").map((r) => r.url)).toEqual([
      '/x.woff2',
    ]);
  });
});
