/**
 * The start tags of the HTML this site builds, with their attributes, and the text of `<script>`
 * and `<style>` elements: what the link checker, the byte budgets and the CSP checks over `dist/`
 * need. Parsed by parse5, the WHATWG HTML parsing algorithm browsers use, so comments, raw text,
 * quoted `>` and character references are read the way a browser reads them.
 */
import { parse, parseFragment, type Node } from 'parse5';

export interface Tag {
  /** Lower-case element name. */
  name: string;
  /** Attributes by lower-case name, entity references decoded. */
  attrs: Record<string, string>;
  /** For `script` and `style`: the text between the start and end tag, as the browser hashes it. */
  text?: string;
  /** Offset of `<` in the document. */
  offset: number;
}

/**
 * An attribute value's character references decoded, as the browser decodes them.
 * `decodeEntities('a &amp; b &#x27;c&#39;')` → `a & b 'c'`. Unknown named references stay as written.
 */
export function decodeEntities(text: string): string {
  const fragment = parseFragment(`<a title="${text.replace(/"/g, '&quot;')}">`);
  return fragment.childNodes?.[0]?.attrs?.[0]?.value ?? text;
}

function attributes(node: Node): Record<string, string> {
  const attrs = new Map<string, string>();
  for (const a of node.attrs ?? []) {
    const name = (a.prefix ? `${a.prefix}:${a.name}` : a.name).toLowerCase();
    // parse5 drops repeated names already; two that lower-case alike (SVG's viewBox) keep the first.
    if (!attrs.has(name)) attrs.set(name, a.value);
  }
  return Object.fromEntries(attrs);
}

/**
 * Every start tag written in the document, in source order (implied elements, such as a `<body>`
 * the markup leaves out, are not listed). `<noscript>` and `<template>` contents count.
 * `scanTags('<a href="/om/">Om</a>')` → `[{ name: 'a', attrs: { href: '/om/' }, offset: 0 }]`.
 */
export function scanTags(html: string): Tag[] {
  const tags: Tag[] = [];
  const visit = (node: Node) => {
    if (node.tagName !== undefined && node.sourceCodeLocation) {
      const tag: Tag = { name: node.tagName.toLowerCase(), attrs: attributes(node), offset: node.sourceCodeLocation.startOffset };
      if (tag.name === 'script' || tag.name === 'style') tag.text = (node.childNodes ?? []).map((child) => child.value ?? '').join('');
      tags.push(tag);
    }
    for (const child of node.childNodes ?? []) visit(child);
    if (node.content) visit(node.content);
  };
  visit(parse(html, { sourceCodeLocationInfo: true, scriptingEnabled: false }));
  // The tree can order elements otherwise than the source (a stray element in a table moves before it).
  return tags.sort((a, b) => a.offset - b.offset);
}

/** The URLs a `srcset` value lists: `srcsetUrls('a.png 1x, b.png 2x')` → `['a.png', 'b.png']`. */
export function srcsetUrls(srcset: string): string[] {
  return srcset
    .split(/,\s+|,(?=\S+\s+\d)/)
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
    .filter(Boolean);
}
