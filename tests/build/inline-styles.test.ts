/**
 * Every page's CSS is inline (astro.config.mjs: build.inlineStylesheets 'always'), so the strict
 * CSP must carry the hash of each <style>. The case that once got no hash and was blocked: a
 * component with a scoped <style> of its own, used only inside MDX page text. Here the Faktaruta
 * (Callout) gets one in a throwaway copy; every built page's inline styles must be hashed in its
 * own <meta> CSP, and no page may link a render-blocking stylesheet.
 */
import { appendFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allowsInline, parseCsp } from '../../tools/csp.ts';
import { scanTags } from '../../tools/html-scan.ts';
import { metaCsp } from '../../tools/security-headers.ts';
import { builtPages } from '../../scripts/security-headers.ts';
import { buildWorkspace, makeWorkspace, removeWorkspace } from '../support/workspace.ts';

const marker = 'outline-offset:7px';

describe('inline styles are hashed in each page’s CSP, a scoped style used in MDX text included', () => {
  let dir: string;
  beforeAll(() => {
    dir = makeWorkspace('rc-inline-styles-');
    appendFileSync(
      join(dir, 'src/components/content/Callout.astro'),
      `\n<style>\n  aside {\n    ${marker.replace(':', ': ')};\n  }\n</style>\n`,
    );
    const { status, output } = buildWorkspace(dir);
    expect(status, output).toBe(0);
  });
  afterAll(() => removeWorkspace(dir));

  it('the scoped style reached the pages that use the component, inline', () => {
    const page = readFileSync(join(dir, 'dist/om/index.html'), 'utf8');
    expect(page).toContain('class="callout');
    const styles = scanTags(page).filter((t) => t.name === 'style');
    expect(styles.some((t) => t.text?.includes(marker))).toBe(true);
  });

  it('every page: each inline style has its hash in the page’s own <meta> CSP, and no stylesheet link', () => {
    const pages = builtPages(join(dir, 'dist'));
    expect(pages.length).toBeGreaterThan(2);
    for (const { path, html } of pages) {
      const tags = scanTags(html);
      const styles = tags.filter((t) => t.name === 'style' && t.text);
      expect(styles.length, `${path}: inline CSS`).toBeGreaterThan(0);
      const csp = parseCsp(metaCsp(html) ?? '');
      for (const style of styles) expect(allowsInline(csp, 'style', style.text!), `${path}: style at ${style.offset}`).toBe(true);
      const links = tags.filter((t) => t.name === 'link' && t.attrs.rel?.toLowerCase().split(/\s+/).includes('stylesheet'));
      expect(
        links.map((t) => t.attrs.href),
        `${path}: render-blocking stylesheets`,
      ).toEqual([]);
    }
  });
});
