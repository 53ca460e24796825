/**
 * `npm run build`: the whole site in one command.
 * 1. `astro build` → static pages in dist/ (or $ASTRO_OUT_DIR);
 * 2. Pagefind indexes every page's `<main data-pagefind-body>`, one index per `<html lang>`, with the
 *    search metadata of tools/search-index.ts (summary, synonyms, Swedish compound parts);
 * 3. the staleness report of every type with facts that go stale (a warning, never a failure);
 * 4. the CMS admin bundle into <outDir>/admin/ (after Pagefind, so it is never indexed), rebuilt only
 *    when its inputs changed (scripts/admin-cache.ts; ADMIN_CACHE=off always rebuilds);
 * 5. the editors' Innehållsstatus page into <outDir>/admin/innehallsstatus/ (scripts/content-status.ts);
 * 6. the security headers files, from the built pages.
 * A new build step goes here, so one command always builds everything.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { stockholmTime } from '../src/lib/opening-hours.ts';
import { buildSearchIndex } from './search-index.ts';
import { restoreAdmin, storeAdmin } from './admin-cache.ts';
import { staleReport } from './staleness-report.ts';
import { writeContentStatus } from './content-status.ts';
import { writeSecurityHeaders } from './security-headers.ts';

const root = process.cwd();
const outDir = resolve(process.env.ASTRO_OUT_DIR ?? 'dist');

function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env) {
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const started = performance.now();
// The Swedish date the reports count days to.
const today = stockholmTime(new Date()).date;
/** Seconds each step took, printed at the end: where a slow build spends its time. */
const steps: [string, number][] = [];
let stepStarted = started;
const stepSeconds = () => (performance.now() - stepStarted) / 1000;
const stepDone = (name: string) => {
  steps.push([name, stepSeconds()]);
  stepStarted = performance.now();
};
run('astro', ['build']);
stepDone('Astro');

const indexed = await buildSearchIndex(root, outDir);
console.log(`Sökindex: ${indexed.pages} sidor lästa, ${indexed.enriched} med synonymer eller orddelar, i ${outDir}/pagefind`);
stepDone('sökindex');

// Facts not checked for longer than their type allows (helplines: 180 days): a warning for editors, never a failed build.
try {
  console.log(staleReport(root, today));
} catch (error) {
  console.warn(`Inaktualitetsrapporten kunde inte skrivas (bygget fortsätter): ${(error as Error).message}`);
}
stepDone('inaktualitetsrapport');

// 3. The CMS admin (Decap) into <outDir>/admin/, after Pagefind so the admin is never indexed; rebuilt only
// when one of its inputs changed (scripts/admin-cache.ts), else copied from the last build.
const adminDir = process.env.CMS_ADMIN_OUT_DIR ?? resolve(outDir, 'admin');
if (process.env.ADMIN_CACHE !== 'off' && restoreAdmin(root, adminDir, process.env)) {
  console.log(`Redigeringsverktyget: oförändrat sedan förra bygget, kopierat till ${adminDir}/ (${stepSeconds().toFixed(1)} s)`);
} else {
  const inputsFile = join(mkdtempSync(join(tmpdir(), 'rc-admin-')), 'inputs.json');
  run('vite', ['build', '--config', 'admin/vite.config.ts'], { ...process.env, ADMIN_INPUTS_FILE: inputsFile });
  storeAdmin(root, adminDir, inputsFile, process.env);
  console.log(`Redigeringsverktyget: byggt till ${adminDir}/ (${stepSeconds().toFixed(1)} s)`);
}
stepDone('redigeringsverktyget');

// 4. Innehållsstatus for editors (/admin/innehallsstatus/): what needs care, from the content; after the admin,
// which it sits in, because it changes with every content edit and the admin bundle does not.
const cared = writeContentStatus(root, adminDir, today);
console.log(`Innehållsstatus: ${cared} saker att se över, ${adminDir}/innehallsstatus/`);
stepDone('innehållsstatus');

// Keep this step last: it reads every built page (the admin too) to fill in the CSP of _headers.
const headers = writeSecurityHeaders(outDir);
console.log(`Säkerhetsrubriker: ${headers.rules} regler i ${outDir}/_headers och _headers.nginx.conf`);
stepDone('säkerhetsrubriker');

console.log(
  `Bygget klart på ${((performance.now() - started) / 1000).toFixed(1)} s (${steps.map(([name, s]) => `${name} ${s.toFixed(1)} s`).join(', ')}).`,
);
