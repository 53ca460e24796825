/**
 * Types for the part of parse5 5.x that tools/html-scan.ts uses: the package ships no types of its
 * own and `@types/parse5` is not installed. Nodes of the default tree adapter, loosely: each
 * field is present on the kinds of node noted.
 */
declare module 'parse5' {
  export interface Attribute {
    name: string;
    value: string;
    /** `xlink` of `xlink:href` in SVG. */
    prefix?: string;
    namespace?: string;
  }

  export interface Location {
    startOffset: number;
    endOffset: number;
  }

  export interface Node {
    /** `#document`, `#text`, `#comment`, or the element's name. */
    nodeName: string;
    /** Elements. */
    tagName?: string;
    /** Elements: attributes in source order, duplicates dropped as browsers do. */
    attrs?: Attribute[];
    /** Text and comment nodes. */
    value?: string;
    childNodes?: Node[];
    /** `<template>`: its contents. */
    content?: Node;
    /** With `sourceCodeLocationInfo`: where the node is in the source; absent for implied elements. */
    sourceCodeLocation?: Location | null;
  }

  export interface ParserOptions {
    sourceCodeLocationInfo?: boolean;
    /** false: `<noscript>` content is parsed as markup, not as text. */
    scriptingEnabled?: boolean;
  }

  export function parse(html: string, options?: ParserOptions): Node;
  export function parseFragment(html: string, options?: ParserOptions): Node;
}
