/**
 * JSON-LD for a `<script type="application/ld+json">` element: text from content can never end the
 * element or start markup, because every `<`, `>` and `&` is written as a JSON escape (`\u003c`), as
 * are the line separators U+2028 and U+2029. `JSON.parse` reads the same value back.
 */
export function jsonLdText(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
