/**
 * Install scripts run code on the machine that installs, so only reviewed versions may run them.
 * `allowScripts` in package.json lists each package with an install script at the version that
 * was reviewed (`"esbuild@0.28.2": true`), or refuses it (`"vnu-jar": false`). This check compares
 * that list with the lockfile and fails, naming the package, when a package in the lockfile has
 * an install script that is not pinned at its locked version: a dependency update that brings a
 * new or changed install script must be reviewed and pinned before it installs.
 *
 * npm 11 treats `allowScripts` as advice only, and cannot match pinned entries when the lockfile
 * has no `resolved` addresses (this project's lockfiles have none), so .ci/run runs this check
 * BEFORE `npm ci`, with the machine's own Node (any version ≥ 18: plain JavaScript, no packages).
 *
 *   node tools/check-install-scripts.mjs [folder]     exit 0 when every script is reviewed
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The packages whose install scripts are not covered, each with the reason.
 * @param {{ allowScripts?: Record<string, boolean> }} manifest package.json
 * @param {{ packages?: Record<string, { version?: string; hasInstallScript?: boolean }> }} lockfile package-lock.json
 * @returns {string[]}
 */
export function uncoveredInstallScripts(manifest, lockfile) {
  const allow = manifest.allowScripts ?? {};
  const problems = [];
  for (const [name, value] of Object.entries(allow)) {
    if (value === true && !/^(@[^/@]+\/)?[^/@]+@\d+\.\d+\.\d+(-[\w.]+)?$/.test(name))
      problems.push(
        `allowScripts "${name}": true is not pinned to one version; write "${name}@<version>": true after reviewing that version's install script.`,
      );
  }
  for (const [path, entry] of Object.entries(lockfile.packages ?? {})) {
    if (!entry.hasInstallScript || !path) continue;
    const name = path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length);
    if (allow[name] === false) continue;
    if (allow[`${name}@${entry.version}`] === true) continue;
    const pinned = Object.keys(allow).find((key) => key.startsWith(`${name}@`));
    problems.push(
      pinned
        ? `${name}@${entry.version} has an install script, but allowScripts pins ${pinned}: review the new version's script, then change the pin.`
        : `${name}@${entry.version} has an install script that is not reviewed: review it, then add "${name}@${entry.version}": true (or false) to allowScripts.`,
    );
  }
  return problems;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2] ?? '.';
  const read = (file) => JSON.parse(readFileSync(join(dir, file), 'utf8'));
  const problems = uncoveredInstallScripts(read('package.json'), read('package-lock.json'));
  if (problems.length) {
    console.error(`Install scripts not reviewed (package.json › allowScripts):\n${problems.map((p) => `- ${p}`).join('\n')}`);
    process.exit(1);
  }
  console.log('Install scripts: every package that has one is reviewed and pinned in allowScripts.');
}
