/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

/**
 * Unit tests (`npm run test:unit`): pure logic, no build, no browser. Tests that run `astro build`
 * are in tests/build/ (`npm run test:build`), checks over the built site in tests/built/.
 */
export default getViteConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    // Tests that check the whole content (every MDX body parsed) take seconds on a shared, busy
    // machine: 30 s instead of 5 s keeps them from failing on load alone.
    testTimeout: 30_000,
  },
});
