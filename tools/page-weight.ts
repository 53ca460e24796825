/**
 * What a page makes the browser download before the visitor can do anything, from the built
 * HTML: the page itself, its stylesheets (and their `@import`s), its scripts and preloaded
 * modules with everything they import statically. Dynamic `import()` is left out: that code
 * loads on use. Sizes are brotli-compressed, as hosts send them.
 */
import { brotliCompressSync } from 'node:zlib';
import { ImportType, init, parse } from 'es-module-lexer';
import { scanTags } from './html-scan.ts';

// The lexer is WebAssembly: compiled once, before the first parse.
await init;

export interface PageResources {
  /** Stylesheets that block the first render (no `media` that rules out screens, e.g. print). */
  blockingCss: string[];
  /** Other stylesheets downloaded at load (print). */
  otherCss: string[];
  /** Scripts and their static imports, by address. */
  js: string[];
  /** Classic scripts without `async`/`defer`: they block the first render like CSS. */
  blockingJs: string[];
}

/** `brotliSize('…')`: bytes after brotli at the highest quality (what a host with precompression sends). */
export function brotliSize(content: string | Buffer): number {
  return brotliCompressSync(content).length;
}

/** Imports the browser fetches before the module runs: `import`, `export … from`, and their source and defer phases. */
const loadedBeforeRun = new Set([ImportType.Static, ImportType.StaticSourcePhase, ImportType.StaticDeferPhase]);

/**
 * The static imports of an ES module, resolved against its address, found by es-module-lexer.
 * `staticImports('import{a}from"./x.js";import"/y.js";import("./lazy.js")', '/_astro/m.js')` → `['/_astro/x.js', '/y.js']`.
 * Throws when the lexer cannot read the source (an unterminated string or comment): a broken file
 * is reported, not counted as importing nothing.
 */
export function staticImports(source: string, from: string): string[] {
  const found = new Set<string>();
  const [imports] = parse(source, from);
  for (const { t, n } of imports) {
    if (loadedBeforeRun.has(t) && n !== undefined) found.add(new URL(n, new URL(from, 'http://x')).pathname);
  }
  return [...found];
}

/** The `@import`s of a stylesheet, resolved against its address. */
export function cssImports(source: string, from: string): string[] {
  return [...source.matchAll(/@import\s+(?:url\()?\s*["']?([^"')\s;]+)/g)].map((m) => new URL(m[1]!, new URL(from, 'http://x')).pathname);
}

const screenIsExcluded = (media: string | undefined) => media !== undefined && /^\s*print\s*$/i.test(media);
const jsTypes = (type: string | undefined) => !type || /^(module|text\/javascript|application\/javascript)$/i.test(type);

/**
 * The resources `html` (served at `pagePath`) loads before interaction. `read(path)` returns a
 * built file's text, or undefined when it is not part of the build (then it is left out).
 */
export function pageResources(html: string, pagePath: string, read: (path: string) => string | undefined): PageResources {
  const resolve = (href: string) => new URL(href, new URL(pagePath, 'http://x')).pathname;
  const result: PageResources = { blockingCss: [], otherCss: [], js: [], blockingJs: [] };
  const seenCss = new Set<string>();
  const addCss = (path: string, blocking: boolean) => {
    if (seenCss.has(path)) return;
    seenCss.add(path);
    (blocking ? result.blockingCss : result.otherCss).push(path);
    const source = read(path);
    if (source) for (const imported of cssImports(source, path)) addCss(imported, blocking);
  };
  const addJs = (path: string) => {
    if (result.js.includes(path)) return;
    result.js.push(path);
    const source = read(path);
    if (source) for (const imported of staticImports(source, path)) addJs(imported);
  };
  for (const tag of scanTags(html)) {
    const rel = tag.attrs.rel?.toLowerCase().split(/\s+/) ?? [];
    if (tag.name === 'link' && rel.includes('stylesheet') && tag.attrs.href && !('disabled' in tag.attrs)) {
      addCss(resolve(tag.attrs.href), !screenIsExcluded(tag.attrs.media));
    } else if (
      tag.name === 'link' &&
      (rel.includes('modulepreload') || (rel.includes('preload') && tag.attrs.as === 'script')) &&
      tag.attrs.href
    ) {
      addJs(resolve(tag.attrs.href));
    } else if (tag.name === 'script' && jsTypes(tag.attrs.type)) {
      if (tag.attrs.src) {
        addJs(resolve(tag.attrs.src));
        const classic = !tag.attrs.type || tag.attrs.type !== 'module';
        if (classic && !('async' in tag.attrs) && !('defer' in tag.attrs)) result.blockingJs.push(resolve(tag.attrs.src));
      }
      // An inline module's imports load before it runs too; its own text is part of the HTML.
      else if (tag.text) for (const imported of staticImports(tag.text, pagePath)) addJs(imported);
    }
  }
  return result;
}

export interface PageWeight {
  path: string;
  html: number;
  css: number;
  js: number;
  /** HTML + every stylesheet + every script, brotli. */
  total: number;
  /** HTML + render-blocking CSS (and blocking classic scripts): what must arrive before the first paint. */
  critical: number;
  /** The scripts counted in `js`, by address. */
  jsFiles: string[];
}

/** Brotli bytes of a page and what it loads; files missing from the build count as 0. */
export function pageWeight(html: string, pagePath: string, read: (path: string) => string | undefined): PageWeight {
  const resources = pageResources(html, pagePath, read);
  const size = (paths: string[]) => paths.reduce((sum, p) => sum + brotliSize(read(p) ?? ''), 0);
  const htmlBytes = brotliSize(html);
  const blocking = size(resources.blockingCss);
  const css = blocking + size(resources.otherCss);
  const js = size(resources.js);
  const critical = htmlBytes + blocking + size(resources.blockingJs);
  return { path: pagePath, html: htmlBytes, css, js, total: htmlBytes + css + js, critical, jsFiles: resources.js };
}
