/**
 * The HTTP security headers of the built site, derived from the pages themselves.
 *
 * Astro writes a `<meta>` CSP with the sha256 hashes of each page's inline scripts and styles.
 * The host sends one CSP header for all public pages: the union of those meta policies, plus
 * what a `<meta>` cannot say (`frame-ancestors`). The browser enforces both the header and the
 * meta, so each page is still held to its own hashes; the header adds framing protection and
 * covers what has no meta (workers, SVG files, the 404 response). One union policy rather than
 * a rule per page: Cloudflare Pages allows 100 rules, a site has thousands of pages, and a
 * per-page rule would have to repeat for `/om`, `/om/` and `/om/index.html`.
 *
 * `public/_headers` is the hand-written template; `{{csp:pages}}`, `{{csp:search}}` and
 * `{{csp:admin}}` are filled in here at build time.
 */
import { cspHash, formatCsp, parseCsp, unionCsp, withSources, type Policy } from './csp.ts';
import { headersForPath, type HeaderRule } from './headers-file.ts';
import { scanTags } from './html-scan.ts';
import { attr, findElement, nameOf, parseHtml } from './html-tree.ts';

export interface BuiltPage {
  /** Address of the page: `/om/`, `/404.html`, `/admin/`. */
  path: string;
  html: string;
}

/** The CMS lives under /admin/; everything else is public. */
export function isAdminPath(path: string): boolean {
  return path === '/admin' || path.startsWith('/admin/');
}

/**
 * The `content` of a page's `<meta http-equiv="content-security-policy">`, if it has one. Read for
 * every built page, so with the fast reader (tools/html-tree.ts: 15 s → about 1 s at 5,000 pages).
 */
export function metaCsp(html: string): string | undefined {
  const meta = findElement(
    parseHtml(html),
    (e) => nameOf(e) === 'meta' && attr(e, 'http-equiv')?.toLowerCase() === 'content-security-policy',
  );
  return meta && attr(meta, 'content');
}

/** The CSP hashes of a page's inline `<script>` and `<style>` elements. */
export function inlineHashes(html: string): { scripts: string[]; styles: string[] } {
  const tags = scanTags(html);
  const inline = (name: string) =>
    tags.filter((t) => t.name === name && t.attrs.src === undefined && t.text !== undefined && t.text !== '');
  return {
    scripts: inline('script')
      .filter((t) => !t.attrs.type || /module|javascript/i.test(t.attrs.type))
      .map((t) => cspHash(t.text!)),
    styles: inline('style').map((t) => cspHash(t.text!)),
  };
}

/**
 * Decap CMS's needs when the admin page brings no CSP of its own: it compiles validators at
 * run time (`'unsafe-eval'`) and styles its editor with inline styles; previews use blob: images.
 */
const decapPolicy =
  "default-src 'self'; script-src 'self' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
  "font-src 'self' data:; connect-src 'self'; media-src 'self' blob:; object-src 'none'; base-uri 'self'; form-action 'self'";

export interface CspValues {
  /** Every public page: the union of their meta policies. */
  pages: string;
  /** Pagefind's files: its Web Worker gets its CSP from this header and compiles WebAssembly. */
  search: string;
  /** The CMS: its own meta policy, or Decap's needs plus the hashes of its inline scripts. */
  admin: string;
  /** Public pages that have no meta CSP (they would not be protected by their own hashes). */
  pagesWithoutCsp: string[];
}

export function cspValues(pages: BuiltPage[]): CspValues {
  const publicPages = pages.filter((p) => !isAdminPath(p.path));
  const adminPages = pages.filter((p) => isAdminPath(p.path));
  const withMeta = publicPages.map((p) => ({ path: p.path, csp: metaCsp(p.html) }));
  const policies = withMeta.filter((p) => p.csp !== undefined).map((p) => parseCsp(p.csp!));
  const pagesPolicy: Policy = policies.length ? unionCsp(policies) : parseCsp("default-src 'self'");

  const adminMetas = adminPages.map((p) => metaCsp(p.html)).filter((c): c is string => c !== undefined);
  let adminPolicy: Policy;
  if (adminMetas.length) adminPolicy = unionCsp(adminMetas.map(parseCsp));
  else {
    const hashes = adminPages.map((p) => inlineHashes(p.html));
    adminPolicy = withSources(
      parseCsp(decapPolicy),
      'script-src',
      hashes.flatMap((h) => h.scripts),
    );
  }
  return {
    pages: formatCsp(pagesPolicy),
    search: formatCsp(withSources(pagesPolicy, 'script-src', ["'wasm-unsafe-eval'"])),
    admin: formatCsp(adminPolicy),
    pagesWithoutCsp: withMeta.filter((p) => p.csp === undefined).map((p) => p.path),
  };
}

/** Replace the `{{csp:…}}` placeholders of the `_headers` template. Throws on an unknown one. */
export function fillTemplate(template: string, values: CspValues): string {
  return template.replace(/\{\{\s*csp:(\w+)\s*\}\}/g, (_whole, key: string) => {
    if (key !== 'pages' && key !== 'search' && key !== 'admin') throw new Error(`Okänd platshållare {{csp:${key}}} i _headers`);
    return values[key];
  });
}

/**
 * The same rules as an nginx include (server context). nginx does not merge `add_header` across
 * blocks (a `location` with its own `add_header` drops the server's), so every location repeats
 * all the headers that apply to it. `/*` becomes `location /`, `/x/*` the prefix `location /x/`,
 * an exact path `location = /x`; nginx picks the longest prefix, like the later, more specific
 * rule in `_headers`.
 */
export function toNginx(rules: HeaderRule[], header: string[] = []): string {
  const locations = new Map<string, string>();
  for (const rule of rules) {
    if (rule.path.includes(':')) throw new Error(`nginx: platshållare stöds inte i ${rule.path}`);
    const star = rule.path.indexOf('*');
    if (star !== -1 && star !== rule.path.length - 1) throw new Error(`nginx: * stöds bara sist i sökvägen (${rule.path})`);
    const location = star === -1 ? `= ${rule.path}` : rule.path.slice(0, -1);
    const sample = star === -1 ? rule.path : `${location}x`;
    locations.set(location, sample);
  }
  const quote = (value: string) => `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
  // Header names as written in the file (the matcher works in lower case).
  const spelling = new Map(rules.flatMap((r) => r.set.map((h) => [h.name.toLowerCase(), h.name] as const)));
  const blocks = [...locations].map(([location, sample]) => {
    const lines = [...headersForPath(rules, sample)].map(
      ([name, value]) => `    add_header ${spelling.get(name) ?? name} ${quote(value)} always;`,
    );
    return [`location ${location} {`, ...lines, '}'].join('\n');
  });
  const comment = header.map((l) => (l ? `# ${l}` : '#')).join('\n');
  return [...(comment ? [comment] : []), ...blocks].join('\n\n') + '\n';
}
