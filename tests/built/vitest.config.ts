import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * Gates over the built site ($ASTRO_OUT_DIR, default dist/), run after `npm run build`
 * (`npm run test:built`): byte budgets and the security headers against the pages. Kept apart
 * from the unit tests, which run before the build.
 */
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: { include: ['tests/built/**/*.test.ts'] },
});
