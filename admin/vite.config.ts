/**
 * Builds the admin (Decap CMS) into <outDir>/admin/, after `astro build` (which empties outDir):
 * `vite build --config admin/vite.config.ts`, run by scripts/build.ts. outDir is $ASTRO_OUT_DIR
 * or dist; $CMS_ADMIN_OUT_DIR overrides the admin folder itself (tests build a second admin with
 * the test backend). Deployment settings come from CMS_* variables (admin/cms/deploy.ts).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { micromark } from 'micromark';
import { defineConfig, type Plugin } from 'vite';
import { recordAdminInputs } from '../scripts/admin-cache.ts';
import { adminCsp, deployFromEnv, escapeAttribute } from './cms/deploy.ts';

const root = resolve(import.meta.dirname, '..');
const outDir = process.env.CMS_ADMIN_OUT_DIR ?? resolve(root, process.env.ASTRO_OUT_DIR ?? 'dist', 'admin');
const deploy = deployFromEnv(process.env);
const csp = adminCsp(deploy);

/** Fills the admin's CSP into index.html. */
function adminHtml(): Plugin {
  return {
    name: 'rc-admin-html',
    transformIndexHtml: (html) => html.replace('%CMS_CSP%', escapeAttribute(csp)),
  };
}

/** The editor's guide (docs/redaktorsguide.md, CommonMark) as /admin/redaktorsguide/, in the site's style. */
function editorsGuide(): Plugin {
  const source = resolve(root, 'docs/redaktorsguide.md');
  return {
    name: 'rc-editors-guide',
    buildStart() {
      this.addWatchFile(source);
    },
    generateBundle(_options, bundle) {
      const css = Object.values(bundle).find((file) => file.type === 'asset' && /global.*\.css$/.test(file.fileName));
      const markdown = readFileSync(source, 'utf8');
      const body = micromark(markdown);
      const title = /^#\s+(.+)$/m.exec(markdown)?.[1] ?? 'Redaktörsguide';
      this.emitFile({
        type: 'asset',
        fileName: 'redaktorsguide/index.html',
        source: `<!doctype html>
<html lang="sv">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta http-equiv="Content-Security-Policy" content="default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'" />
    <meta name="robots" content="noindex, nofollow" />
    <title>${title}</title>
    ${css ? `<link rel="stylesheet" href="/admin/${css.fileName}" />` : ''}
  </head>
  <body>
    <main id="main"><article class="prose">${body}</article></main>
  </body>
</html>
`,
      });
    },
  };
}

export default defineConfig({
  root: import.meta.dirname,
  base: '/admin/',
  publicDir: false,
  logLevel: 'warn',
  define: {
    __CMS_DEPLOY__: JSON.stringify(deploy),
  },
  plugins: [adminHtml(), editorsGuide(), recordAdminInputs(root)],
  build: {
    outDir,
    emptyOutDir: true,
    // Decap is one large app (about 5 MB, 1.4 MB gzip); it loads only on /admin/.
    chunkSizeWarningLimit: 8000,
    reportCompressedSize: false,
    rolldownOptions: {
      onwarn(warning, warn) {
        // gray-matter and toml inside Decap use direct eval; it runs only in the admin (CSP 'unsafe-eval').
        if (warning.code === 'EVAL') return;
        // React's "use client" markers mean nothing in a client-only bundle.
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
});
