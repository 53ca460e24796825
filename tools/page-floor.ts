/**
 * A page's "floor" for performance measurements: the same HTML without its external stylesheets
 * and without any script, the fastest the page's own markup can paint. `npm run lighthouse`
 * measures each template beside its floor, served by the same server (scripts/site-server.ts
 * answers `/__floor/<address>` with it), so the difference is what the page's CSS and JavaScript
 * cost before the first paint. Inline styles stay: they are part of the HTML.
 */
import { parse, type Node } from 'parse5';

/** Where the site server answers with a page's floor: `/__floor/om/` is the floor of `/om/`. */
export const FLOOR_PREFIX = '/__floor';

const removedLinks = new Set(['stylesheet', 'modulepreload', 'preload']);

/** Whether an element is a script, or a link that loads a stylesheet or preloads a script or style. */
function removed(node: Node): boolean {
  if (node.tagName === 'script') return true;
  if (node.tagName !== 'link') return false;
  const attrs = Object.fromEntries((node.attrs ?? []).map((a) => [a.name.toLowerCase(), a.value]));
  const rel = (attrs.rel ?? '').toLowerCase().split(/\s+/);
  if (rel.includes('preload')) return ['script', 'style'].includes((attrs.as ?? '').toLowerCase());
  return rel.some((r) => removedLinks.has(r));
}

/**
 * `floorHtml('<link rel="stylesheet" href="/a.css"><style>p{}</style><script src="/x.js"></script><p>Hej')`
 * → `'<style>p{}</style><p>Hej'`. Parsed by parse5, so a `<script>` inside a comment or an
 * attribute value is left alone; everything else stays byte for byte.
 */
export function floorHtml(html: string): string {
  const ranges: [number, number][] = [];
  const visit = (node: Node) => {
    if (node.tagName !== undefined && node.sourceCodeLocation && removed(node)) {
      ranges.push([node.sourceCodeLocation.startOffset, node.sourceCodeLocation.endOffset]);
      return;
    }
    for (const child of node.childNodes ?? []) visit(child);
    if (node.content) visit(node.content);
  };
  visit(parse(html, { sourceCodeLocationInfo: true, scriptingEnabled: false }));
  let out = '';
  let at = 0;
  for (const [start, end] of ranges.sort((a, b) => a[0] - b[0])) {
    out += html.slice(at, start);
    at = end;
  }
  return out + html.slice(at);
}
