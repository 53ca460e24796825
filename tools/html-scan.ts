/**
 * A small scanner for the HTML this site builds: the start tags with their attributes, and the
 * text of `<script>` and `<style>` elements. Enough for the link checker, the byte budgets and
 * the CSP checks over `dist/`, without a DOM library. Not a general HTML parser: it trusts the
 * markup to be well formed, which the Nu HTML Checker gate makes sure of.
 */

export interface Tag {
  /** Lower-case element name. */
  name: string;
  /** Attributes by lower-case name, entity references decoded. */
  attrs: Record<string, string>;
  /** For `script` and `style`: the raw text between the start and end tag. */
  text?: string;
  /** Offset of `<` in the document. */
  offset: number;
}

const rawTextElements = new Set(['script', 'style', 'textarea', 'title']);
const namedEntities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** `decodeEntities('a &amp; b &#x27;c&#39;')` → `a & b 'c'`. Unknown named entities stay as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return namedEntities[ref.toLowerCase()] ?? whole;
  });
}

function parseAttributes(source: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  const pattern = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
  for (const match of source.matchAll(pattern)) {
    const name = match[1]!.toLowerCase();
    if (name in attrs) continue;
    attrs[name] = decodeEntities(match[2] ?? match[3] ?? match[4] ?? '');
  }
  return attrs;
}

/**
 * Every start tag in document order.
 * `scanTags('<a href="/om/">Om</a>')` → `[{ name: 'a', attrs: { href: '/om/' }, offset: 0 }]`.
 */
export function scanTags(html: string): Tag[] {
  const tags: Tag[] = [];
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt === -1) break;
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      i = end === -1 ? html.length : end + 3;
      continue;
    }
    if (html[lt + 1] === '!' || html[lt + 1] === '?' || html[lt + 1] === '/') {
      const end = html.indexOf('>', lt);
      i = end === -1 ? html.length : end + 1;
      continue;
    }
    const nameMatch = /^<([a-zA-Z][^\s/>]*)/.exec(html.slice(lt, lt + 100));
    if (!nameMatch) {
      i = lt + 1;
      continue;
    }
    const name = nameMatch[1]!.toLowerCase();
    // The end of the start tag: the first `>` outside a quoted attribute value.
    let j = lt + nameMatch[0].length;
    let quote: string | null = null;
    for (; j < html.length; j++) {
      const c = html[j];
      if (quote) {
        if (c === quote) quote = null;
      } else if (c === '"' || c === "'") quote = c;
      else if (c === '>') break;
    }
    const tag: Tag = { name, attrs: parseAttributes(html.slice(lt + nameMatch[0].length, j)), offset: lt };
    i = j + 1;
    if (rawTextElements.has(name)) {
      const closing = new RegExp(`</${name}`, 'gi');
      closing.lastIndex = i;
      const end = closing.exec(html)?.index ?? html.length;
      if (name === 'script' || name === 'style') tag.text = html.slice(i, end);
      i = end;
    }
    tags.push(tag);
  }
  return tags;
}

/** The URLs a `srcset` value lists: `srcsetUrls('a.png 1x, b.png 2x')` → `['a.png', 'b.png']`. */
export function srcsetUrls(srcset: string): string[] {
  return srcset
    .split(/,\s+|,(?=\S+\s+\d)/)
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
    .filter(Boolean);
}
