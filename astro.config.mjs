// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import contentGuard from './src/integrations/content-guard.ts';
import afterPaintScripts from './src/integrations/after-paint.ts';

// The public address the site is deployed at (canonical links, sitemap). Set SITE_URL when deploying.
const site = process.env.SITE_URL ?? 'https://recoverycollege.example.se';

export default defineConfig({
  site,
  trailingSlash: 'always',
  // Lets parallel builds (benchmarks, tests) use their own output and cache folders.
  outDir: process.env.ASTRO_OUT_DIR ?? './dist',
  // Per project folder, not in node_modules: worktrees sharing one node_modules must not share the content store.
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './.astro/cache',
  i18n: {
    locales: ['sv', 'en'],
    defaultLocale: 'sv',
    routing: { prefixDefaultLocale: false },
  },
  // The content guard comes before mdx() so its checks run before MDX compiles a file.
  // The offline fallback pages are for the service worker (public/sw.js), not for search engines.
  integrations: [
    contentGuard(),
    mdx(),
    sitemap({ filter: (page) => !page.includes('/admin/') && !['/offline/', '/en/offline/'].includes(new URL(page).pathname) }),
    afterPaintScripts(),
  ],
  build: {
    // Every page's CSS arrives inside its HTML, so the first paint needs one round trip, not two or
    // three (on a 400 ms phone connection that is the difference people notice). Astro writes the
    // sha256 of each inline <style> into the page's <meta> CSP; tests/built/headers.test.ts checks
    // every page's inline styles against its own meta policy and the header, and
    // tests/build/inline-styles.test.ts that a component's scoped style used in MDX text is hashed too.
    inlineStylesheets: 'always',
  },
  // Uploaded images are converted by sharp (src/components/content/MediaImage.astro). mozjpeg keeps the
  // JPEG fallback no larger than a typical upload; AVIF effort 2 instead of 4 encodes about 4× faster
  // for about 15 % more bytes (README "Performance"), so a new upload shows on the local site sooner.
  // Converted files are cached in cacheDir/assets: after changing these settings, delete that folder.
  image: { service: { entrypoint: 'astro/assets/services/sharp', config: { jpeg: { mozjpeg: true }, avif: { effort: 2 } } } },
  markdown: {
    // Shiki writes inline styles, which the strict CSP forbids; content needs no code highlighting.
    syntaxHighlight: false,
    // Text renders as the editor typed it: SmartyPants would turn "citat" into English “citat”
    // (Swedish uses ”citat”) and -- into a dash.
    smartypants: false,
  },
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self'",
        "manifest-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
  vite: {
    build: {
      rolldownOptions: {
        // Astro marks each MDX module that injects head content with a "use astro:head-inject"
        // directive, and Rolldown warns that bundling may not keep it: once per MDX file with a
        // component (4,933 warnings, 5.6 MB of log at the bench's 5,000 entries), drowning every
        // message meant for editors. Only that warning is silenced.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('use astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
  devToolbar: { enabled: false },
  // A rebuild copies the pages whose data, code and rendered text did not change instead of rendering
  // them again (src/data/build-key.ts; README "Size and speed"). Kept in cacheDir.
  experimental: { incrementalBuild: true },
});
