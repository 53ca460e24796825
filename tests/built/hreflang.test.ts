/**
 * hreflang alternates over the whole build: a page that names its translations lists itself for
 * its own language, every address it lists is a page of the build, and each of those pages lists
 * the same alternates (search engines ignore a pair that is not reciprocal).
 */
import { describe, expect, it } from 'vitest';
import { scanTags } from '../../tools/html-scan.ts';
import { publicPages } from './built.ts';

/** hreflang → path, and the page's `<html lang>`. */
function alternatesOf(html: string): { lang: string | undefined; alternates: Record<string, string> } {
  const tags = scanTags(html);
  const links = tags.filter((t) => t.name === 'link' && t.attrs.rel?.toLowerCase().split(/\s+/).includes('alternate') && t.attrs.hreflang);
  return {
    lang: tags.find((t) => t.name === 'html')?.attrs.lang,
    alternates: Object.fromEntries(links.map((t) => [t.attrs.hreflang!, new URL(t.attrs.href!, 'http://x').pathname])),
  };
}

const pages = new Map(publicPages.map((p) => [p.path, alternatesOf(p.html)]));
const translated = [...pages].filter(([, p]) => Object.keys(p.alternates).length > 0);

describe('hreflang alternates are reciprocal', () => {
  it('the build has translated pages', () => expect(translated.length).toBeGreaterThan(1));

  it.each(translated)('%s', (path, { lang, alternates }) => {
    expect(alternates[lang!], `${path} lists itself for its own language (${lang})`).toBe(path);
    for (const [hreflang, target] of Object.entries(alternates)) {
      const other = pages.get(target);
      expect(other, `${path}: hreflang=${hreflang} points to ${target}, which the build lacks`).toBeDefined();
      expect(other!.alternates, `${target} lists the same alternates as ${path}`).toEqual(alternates);
    }
  });
});
