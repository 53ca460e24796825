/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    // Fixture builds run `astro build` in a child process; give them room on a 2-core machine.
    testTimeout: 120_000,
  },
});
