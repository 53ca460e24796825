/**
 * `npm run build`: the whole site in one command.
 * 1. `astro build` → static pages in dist/ (or $ASTRO_OUT_DIR);
 * 2. Pagefind indexes every page's `<main data-pagefind-body>`, one index per `<html lang>`;
 * 3. the staleness report of every type with facts that go stale (a warning, never a failure);
 * 4. the CMS admin bundle into <outDir>/admin/ (after Pagefind, so it is never indexed), rebuilt only
 *    when its inputs changed (scripts/admin-cache.ts; ADMIN_CACHE=off always rebuilds);
 * 5. the security headers files, from the built pages.
 * A new build step goes here, so one command always builds everything.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import * as pagefind from 'pagefind';
import { restoreAdmin, storeAdmin } from './admin-cache.ts';
import { writeSecurityHeaders } from './security-headers.ts';

const root = process.cwd();
const outDir = resolve(process.env.ASTRO_OUT_DIR ?? 'dist');

function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env) {
  const result = spawnSync(command, args, { stdio: 'inherit', env });
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

// 3. The CMS admin (Decap) into <outDir>/admin/, after Pagefind so the admin is never indexed; rebuilt only
// when one of its inputs changed (scripts/admin-cache.ts), else copied from the last build.
const adminStarted = performance.now();
const adminDir = process.env.CMS_ADMIN_OUT_DIR ?? resolve(outDir, 'admin');
const adminSeconds = () => ((performance.now() - adminStarted) / 1000).toFixed(1);
if (process.env.ADMIN_CACHE !== 'off' && restoreAdmin(root, adminDir, process.env)) {
  console.log(`Redigeringsverktyget: oförändrat sedan förra bygget, kopierat till ${adminDir}/ (${adminSeconds()} s)`);
} else {
  const inputsFile = join(mkdtempSync(join(tmpdir(), 'rc-admin-')), 'inputs.json');
  run('vite', ['build', '--config', 'admin/vite.config.ts'], { ...process.env, ADMIN_INPUTS_FILE: inputsFile });
  storeAdmin(root, adminDir, inputsFile, process.env);
  console.log(`Redigeringsverktyget: byggt till ${adminDir}/ (${adminSeconds()} s)`);
}

// Keep this step last: it reads every built page (the admin too) to fill in the CSP of _headers.
const headers = writeSecurityHeaders(outDir);
console.log(`Säkerhetsrubriker: ${headers.rules} regler i ${outDir}/_headers och _headers.nginx.conf`);

console.log(`Bygget klart på ${((performance.now() - started) / 1000).toFixed(1)} s.`);
