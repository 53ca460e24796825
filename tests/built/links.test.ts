/**
 * Outbound links over the whole build: every `<a href="https://…">` to another host, on every
 * public page (the guide's chapters and worksheets, research references, courses' forms and
 * meeting links included), carries rel="noreferrer", so the site it leads to is not told which
 * page the visitor came from, even where the Referrer-Policy header is not sent.
 */
import { describe, expect, it } from 'vitest';
import { scanTags } from '../../tools/html-scan.ts';
import { publicPages } from './built.ts';

/** The site's own host: the canonical address of the built pages. */
function siteHost(): string {
  for (const page of publicPages) {
    const canonical = scanTags(page.html).find((t) => t.name === 'link' && t.attrs.rel?.toLowerCase() === 'canonical')?.attrs.href;
    if (canonical) return new URL(canonical).host;
  }
  throw new Error('Ingen sida i bygget har en kanonisk adress.');
}
const host = siteHost();

/** The outbound https links of one page: address and rel. */
function outbound(html: string): { href: string; rel: string[] }[] {
  return scanTags(html)
    .filter((t) => t.name === 'a' && /^\s*https:/i.test(t.attrs.href ?? ''))
    .map((t) => ({ href: t.attrs.href!.trim(), rel: (t.attrs.rel ?? '').toLowerCase().split(/\s+/).filter(Boolean) }))
    .filter(({ href }) => {
      try {
        return new URL(href).host !== host;
      } catch {
        return true;
      }
    });
}

const pages = publicPages.map((p) => ({ path: p.path, links: outbound(p.html) })).filter((p) => p.links.length > 0);

describe('every outbound link carries rel="noreferrer"', () => {
  it('the build has outbound links, on the guide’s pages too', () => {
    expect(pages.length).toBeGreaterThan(5);
    expect(pages.some((p) => p.path.startsWith('/aterhamtningsguiden/'))).toBe(true);
  });

  it.each(pages.map((p) => [p.path, p.links] as const))('%s', (_path, links) => {
    const without = links.filter((l) => !l.rel.includes('noreferrer')).map((l) => l.href);
    expect(without).toEqual([]);
  });
});
