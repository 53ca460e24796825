import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * Tests that run a real `astro build` of a throwaway copy of the project (tests/support/workspace.ts):
 * the build refusing bad content, what the CMS saves, pages built from content written for the
 * test, and the security suite (tests/security/). `npm run test:build`, after the unit tests and before the site's own build. They import
 * plain TypeScript only (no `astro:` modules), so Vite needs no Astro config here.
 */
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    include: ['tests/build/**/*.test.ts', 'tests/security/**/*.test.ts'],
    // Each build takes 10–60 s on a busy 2-core machine; builds in beforeAll need the same room.
    testTimeout: 300_000,
    hookTimeout: 300_000,
  },
});
