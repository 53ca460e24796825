/**
 * `npm run build`: the whole site in one command.
 * 1. `astro build` → static pages in dist/ (or $ASTRO_OUT_DIR);
 * 2. Pagefind indexes every page's `<main data-pagefind-body>`, one index per `<html lang>`;
 * 3. the staleness report of every type with facts that go stale (a warning, never a failure);
 * 4. the CMS admin bundle into <outDir>/admin/ (after Pagefind, so it is never indexed);
 * 5. the security headers files, from the built pages.
 * A new build step goes here, so one command always builds everything.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import * as pagefind from 'pagefind';
import { writeSecurityHeaders } from './security-headers.ts';

const outDir = resolve(process.env.ASTRO_OUT_DIR ?? 'dist');

function run(command: string, args: string[]) {
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const started = performance.now();
run('astro', ['build']);

const { index, errors } = await pagefind.createIndex({});
if (!index) throw new Error(`Pagefind kunde inte starta: ${errors.join(', ')}`);
const added = await index.addDirectory({ path: outDir });
if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join(', ')}`);
await index.writeFiles({ outputPath: resolve(outDir, 'pagefind') });
await pagefind.close();
console.log(`Sökindex: ${added.page_count} sidor indexerade i ${outDir}/pagefind`);

// Facts not checked for longer than their type allows (helplines: 180 days): a warning for editors, never a failed build.
spawnSync(process.execPath, ['scripts/staleness-report.ts'], { stdio: 'inherit' });

// 3. The CMS admin (Decap) into <outDir>/admin/, after Pagefind so the admin is never indexed.
run('vite', ['build', '--config', 'admin/vite.config.ts']);
console.log(`Redigeringsverktyget: ${outDir}/admin/`);

// Keep this step last: it reads every built page (the admin too) to fill in the CSP of _headers.
const headers = writeSecurityHeaders(outDir);
console.log(`Säkerhetsrubriker: ${headers.rules} regler i ${outDir}/_headers och _headers.nginx.conf`);

console.log(`Bygget klart på ${((performance.now() - started) / 1000).toFixed(1)} s.`);
