/**
 * Link checking over the built site, without a network: every internal address, `#anchor` and
 * asset a page or stylesheet refers to must exist in the build; external addresses are only
 * collected for a report. Pure: the caller passes the files (see scripts/check-links.ts).
 */
import { fileCandidates, urlPathOf } from './dist-paths.ts';
import { scanTags, srcsetUrls } from './html-scan.ts';

export interface Reference {
  /** Where it was found: `om/index.html` or `_astro/x.css`. */
  file: string;
  /** As written: `/hjalplinjer/#chat`. */
  url: string;
  /** The element and attribute: `a[href]`, `img[srcset]`, `css url()`. */
  via: string;
}

const urlAttributes: Record<string, string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  script: ['src'],
  img: ['src', 'srcset'],
  source: ['src', 'srcset'],
  video: ['src', 'poster'],
  audio: ['src'],
  track: ['src'],
  iframe: ['src'],
  embed: ['src'],
  object: ['data'],
  form: ['action'],
  input: ['src'],
  blockquote: ['cite'],
  q: ['cite'],
};

/** The ids (and old-style `<a name>`) a page can be linked to with `#…`, and its references. */
export function scanHtml(file: string, html: string): { anchors: Set<string>; refs: Reference[] } {
  const anchors = new Set<string>();
  const refs: Reference[] = [];
  for (const tag of scanTags(html)) {
    if (tag.attrs.id) anchors.add(tag.attrs.id);
    if (tag.name === 'a' && tag.attrs.name) anchors.add(tag.attrs.name);
    for (const attr of urlAttributes[tag.name] ?? []) {
      const value = tag.attrs[attr];
      if (value === undefined) continue;
      const urls = attr === 'srcset' ? srcsetUrls(value) : [value.trim()];
      // The rel of a <link> says what the address is for (canonical, alternate, stylesheet).
      const via = tag.name === 'link' && tag.attrs.rel ? `link[rel=${tag.attrs.rel}][${attr}]` : `${tag.name}[${attr}]`;
      for (const url of urls) refs.push({ file, url, via });
    }
  }
  return { anchors, refs };
}

/** `url(…)` references of a stylesheet (data: URIs and fragments left out). */
export function scanCss(file: string, css: string): Reference[] {
  return [...css.matchAll(/url\(\s*(["']?)([^"')]+)\1\s*\)/g)]
    .map((m) => m[2]!.trim())
    .filter((url) => !url.startsWith('data:') && !url.startsWith('#'))
    .map((url) => ({ file, url, via: 'css url()' }));
}

export type Target =
  | { kind: 'internal'; pathname: string; hash: string }
  | { kind: 'external'; url: string }
  | { kind: 'special'; scheme: string; problem?: string };

/**
 * What a reference points to. `base` is the address of the referring file; addresses on one of
 * `siteOrigins` (the canonical site address) are internal, like relative ones.
 */
export function classify(url: string, base: string, siteOrigins: string[]): Target {
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
  if (scheme && scheme !== 'http' && scheme !== 'https') {
    if (scheme === 'javascript') return { kind: 'special', scheme, problem: 'javascript:-adresser är förbjudna' };
    if (scheme === 'tel' && !/^tel:\+?\d+$/.test(url))
      return { kind: 'special', scheme, problem: 'tel: ska bara innehålla siffror (och + först)' };
    if (scheme === 'mailto' && !url.includes('@')) return { kind: 'special', scheme, problem: 'mailto: saknar @' };
    return { kind: 'special', scheme };
  }
  const resolved = new URL(url, new URL(base, 'http://internal.invalid'));
  if (resolved.origin === 'http://internal.invalid' || siteOrigins.includes(resolved.origin)) {
    let hash = resolved.hash.slice(1);
    try {
      hash = decodeURIComponent(hash);
    } catch {
      // A malformed escape is compared as written.
    }
    return { kind: 'internal', pathname: resolved.pathname, hash };
  }
  return { kind: 'external', url: resolved.href };
}

export interface LinkReport {
  /** References checked (internal and special). */
  checked: number;
  broken: { ref: Reference; reason: string }[];
  /** External address → the files that link to it. */
  external: Map<string, string[]>;
}

/**
 * Check every reference in `files` (path relative to dist → content) against the files themselves.
 * Only `.html` and `.css` files are read for references; every file counts as a target.
 */
export function checkLinks(files: Map<string, string>, siteOrigins: string[]): LinkReport {
  const anchors = new Map<string, Set<string>>();
  const refs: Reference[] = [];
  for (const [file, content] of files) {
    if (file.endsWith('.html')) {
      const scanned = scanHtml(file, content);
      anchors.set(file, scanned.anchors);
      refs.push(...scanned.refs);
    } else if (file.endsWith('.css')) refs.push(...scanCss(file, content));
  }
  const report: LinkReport = { checked: 0, broken: [], external: new Map() };
  for (const ref of refs) {
    const target = classify(ref.url, ref.file.endsWith('.html') ? urlPathOf(ref.file) : `/${ref.file}`, siteOrigins);
    if (target.kind === 'external') {
      report.external.set(target.url, [...new Set([...(report.external.get(target.url) ?? []), ref.file])]);
      continue;
    }
    report.checked++;
    if (target.kind === 'special') {
      if (target.problem) report.broken.push({ ref, reason: target.problem });
      continue;
    }
    const file = fileCandidates(target.pathname).find((candidate) => files.has(candidate));
    if (!file) {
      report.broken.push({ ref, reason: `${target.pathname} finns inte i bygget` });
      continue;
    }
    // A fragment that starts with "/" is a route inside a single-page app (the CMS: /admin/#/collections/…), not an element.
    if (
      target.hash &&
      target.hash !== 'top' &&
      !target.hash.startsWith('/') &&
      file.endsWith('.html') &&
      !anchors.get(file)?.has(target.hash)
    ) {
      report.broken.push({ ref, reason: `#${target.hash} finns inte på ${urlPathOf(file)}` });
    }
  }
  return report;
}
