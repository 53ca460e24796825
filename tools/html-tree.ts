/**
 * A fast read of the pages this site builds, for the build steps that read every page (the search
 * metadata, the CSP of the headers file). ultrahtml's parser is about ten times faster than parse5
 * on these pages (0.18 ms against 1.85 ms a page, most of it the inline `<style>`; measured on the
 * bench's 5,000-entry site), and they are Astro's own well-formed output. Checks that must read
 * HTML exactly as a browser does (link check, budgets, tests) use parse5 (tools/html-scan.ts).
 *
 * ultrahtml leaves character references as written; they are decoded here with `entities`, the
 * WHATWG decoder parse5 and htmlparser2 use.
 */
import { decodeHTML, decodeHTMLAttribute } from 'entities';
import { ELEMENT_NODE, parse, TEXT_NODE } from 'ultrahtml';

export interface HtmlElement {
  type: typeof ELEMENT_NODE;
  /** The element's name as written (use `nameOf`). */
  name: string;
  /** Attributes as written (character references not decoded: use `attr`). */
  attributes: Record<string, string>;
  children: HtmlNode[];
}

export interface HtmlText {
  type: typeof TEXT_NODE;
  /** The text as written (use `textValue`). */
  value: string;
}

export type HtmlNode = HtmlElement | HtmlText | { type: 0 | 3 | 4; children?: HtmlNode[] };

/** The document's nodes; `<script>`, `<style>` and `<template>` contents are children of their element. */
export function parseHtml(html: string): HtmlNode {
  return parse(html) as HtmlNode;
}

export const isElement = (node: HtmlNode): node is HtmlElement => node.type === ELEMENT_NODE;
export const isText = (node: HtmlNode): node is HtmlText => node.type === TEXT_NODE;

/** The element's name, lower-case (ultrahtml keeps the case as written; HTML ignores it). */
export const nameOf = (node: HtmlElement): string => node.name.toLowerCase();

/** An attribute's value (`name` lower-case; matched in any case), decoded as a browser decodes it; undefined when absent. */
export function attr(node: HtmlElement, name: string): string | undefined {
  let value = node.attributes[name];
  if (value === undefined) {
    const written = Object.keys(node.attributes).find((key) => key.toLowerCase() === name);
    if (written === undefined) return undefined;
    value = node.attributes[written]!;
  }
  return decodeHTMLAttribute(value);
}

/** A text node's text, decoded. */
export const textValue = (node: HtmlText): string => decodeHTML(node.value);

/** A node's children (none for text, comments and doctypes). */
export const childrenOf = (node: HtmlNode): HtmlNode[] => ('children' in node ? (node.children ?? []) : []);

/** The first element, in document order, for which `test` is true. */
export function findElement(node: HtmlNode, test: (element: HtmlElement) => boolean): HtmlElement | undefined {
  if (isElement(node) && test(node)) return node;
  for (const child of childrenOf(node)) {
    const found = findElement(child, test);
    if (found) return found;
  }
  return undefined;
}
