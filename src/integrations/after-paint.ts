/**
 * Script files load after the first paint. Every page works without JavaScript; its scripts only
 * enhance it ("open now", the filter), so none may delay the first paint, on a slow phone or a
 * 400 ms connection. Module scripts never block the parser, but a browser that has them already
 * runs them before it paints, and Lighthouse's simulation then counts them, and the round trips
 * they took, before the page's first and largest paint.
 *
 * After the build (`astro:build:done`, before Pagefind and the headers read the pages) each
 * `<script type="module" src>` Astro wrote is wrapped in `<template data-after-paint>`: inert,
 * not fetched. AfterPaint.astro (in BaseLayout, inline, hashed in the CSP like every inline
 * script) puts them into the page after the first frame has been painted. Small scripts Astro
 * inlines run at once, as before. tests/built/budgets.test.ts checks that no page loads a script
 * file before its first paint.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * `afterPaint('<script type="module" src="/_astro/a.js"></script>')`
 * → `'<template data-after-paint><script type="module" src="/_astro/a.js"></script></template>'`.
 * Matches the tag exactly as Astro writes it (a change there fails the built check instead of
 * passing unnoticed); inline scripts are left alone, and so is a script already wrapped.
 */
export function afterPaint(html: string): string {
  return html.replace(
    /(?<!<template data-after-paint>)<script type="module" src="([^"]+)"><\/script>/g,
    '<template data-after-paint><script type="module" src="$1"></script></template>',
  );
}

export default function afterPaintScripts(): AstroIntegration {
  return {
    name: 'after-paint',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        let changed = 0;
        for (const file of readdirSync(root, { recursive: true }) as string[]) {
          if (!file.endsWith('.html')) continue;
          const html = readFileSync(join(root, file), 'utf8');
          const deferred = afterPaint(html);
          if (deferred !== html) {
            writeFileSync(join(root, file), deferred);
            changed++;
          }
        }
        logger.info(`Skriptfiler laddas efter första målningen på ${changed} sidor.`);
      },
    },
  };
}
