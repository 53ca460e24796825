import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * Gates over the built site ($ASTRO_OUT_DIR, default dist/), run after `npm run build`
 * (`npm run test:built`), without a browser: byte budgets, the security headers against the
 * pages, hreflang, open data, the admin bundle. Kept apart from the unit tests and the fixture
 * builds (tests/build/), which run before the build.
 */
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: { include: ['tests/built/**/*.test.ts'] },
});
