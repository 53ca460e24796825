import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  { ignores: ['dist/', 'dist-*/', '.astro/', 'node_modules/', 'test-results/', 'playwright-report/', 'bench/work/', 'public/pagefind/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      // Unused arguments named with a leading underscore are deliberate (hook signatures).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  // Layers only look down: rules → schemas → lib → data → components → templates/layouts → pages.
  {
    // Rules need no zod and no framework: the schemas, the site code and browser scripts all build on them.
    files: ['src/rules/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/schemas', '**/schemas/*', '**/lib', '**/lib/*', '**/data', '**/data/*'],
              message: 'src/rules is the bottom layer: it may not import from src/schemas, src/lib or src/data.',
            },
            { group: ['zod', 'zod/*', 'astro', 'astro/*', 'astro:*'], message: 'src/rules is plain TypeScript: no zod, no Astro.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/schemas/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/lib', '**/lib/*', '**/data', '**/data/*', '**/components', '**/components/*'],
              message: 'Schemas may import rules (src/rules) and other schemas, not src/lib, src/data or src/components.',
            },
          ],
        },
      ],
    },
  },
);
