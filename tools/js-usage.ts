/**
 * Which elements a script looks for. Progressive enhancement scripts find their element first
 * (`document.querySelector('[data-quick-exit]')`); a page that ships such a script but has none
 * of its elements ships JavaScript it does not use. The browser sweep asks the page whether any
 * of these selectors match.
 */

const patterns: { re: RegExp; toSelector: (value: string) => string }[] = [
  // querySelector("…"), querySelectorAll('…'), closest(`…`), matches("…")
  { re: /\b(?:querySelector(?:All)?|closest|matches)\(\s*(["'`])((?:(?!\1)[^\\$]|\\.)+)\1\s*\)/g, toSelector: (v) => v },
  { re: /\bgetElementById\(\s*(["'`])([\w-]+)\1\s*\)/g, toSelector: (v) => `#${v}` },
  { re: /\bgetElementsByClassName\(\s*(["'`])([\w-]+)\1\s*\)/g, toSelector: (v) => `.${v}` },
  // A custom element the script defines (Astro's <astro-island> runtime, web components).
  { re: /\bcustomElements\.define\(\s*(["'`])([a-z][\w]*-[\w-]*)\1/g, toSelector: (v) => v },
  // A data-attribute selector kept in a variable: "[data-quick-exit]".
  { re: /(["'`])(\[data-[\w-]+(?:[~|^$*]?=(?:"[^"]*"|'[^']*'|[\w-]+))?\])\1/g, toSelector: (v) => v },
];

/**
 * The selectors named as string literals in `source`.
 * `selectorsIn('document.querySelector("[data-x]")?.addEventListener(…)')` → `['[data-x]']`.
 * Selectors built from variables or template expressions are not found; a script with none is
 * reported as "not checked", never as unused.
 */
export function selectorsIn(source: string): string[] {
  const found = new Set<string>();
  for (const { re, toSelector } of patterns) {
    for (const match of source.matchAll(re)) found.add(toSelector(match[2]!.replace(/\\(.)/g, '$1')));
  }
  return [...found];
}
