/**
 * `npm start`: everything an editor needs on their own machine, in one command.
 * 1. builds the site and the admin (`npm run build`; skip with `npm start -- --no-build`);
 * 2. serves the built site ($ASTRO_OUT_DIR or dist/) at http://localhost:4321/ (`--port`);
 * 3. starts decap-server beside it (port $CMS_LOCAL_PORT, default 8081), so /admin/ edits the
 *    files in content/ directly, with no account and no Git host;
 * 4. rebuilds the site whenever a file under content/ or public/media/ changes, and serves the new
 *    build once it succeeded (scripts/live-rebuild.ts; `--no-watch` turns it off).
 * `--workflow`: the editorial workflow on this Git repository instead of direct publishing:
 * decap-server in `git` mode keeps every draft on a branch `cms/<collection>/<slug>`, commits each
 * save there and merges it into the current branch when the entry is published; the admin is
 * built with CMS_PUBLISH_MODE=editorial_workflow and CMS_BRANCH=<the current branch>.
 * and stops all on Ctrl-C. decap-server runs in its own process group and the whole group is
 * stopped, so its port is freed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_LOCAL_PORT } from '../admin/cms/deploy.ts';
import { localOrigins, spawnDecapServer, type DecapServer } from './decap-server.ts';
import { nextBuildDir, startLiveRebuild, swapIn, type LiveRebuild } from './live-rebuild.ts';
import { createSiteServer, LOOPBACK } from './site-server.ts';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.PORT ?? '4321' },
    'no-build': { type: 'boolean', default: false },
    'no-watch': { type: 'boolean', default: false },
    workflow: { type: 'boolean', default: false },
  },
  allowPositionals: true,
});
const root = resolve(import.meta.dirname, '..');
const outDir = resolve(root, process.env.ASTRO_OUT_DIR ?? 'dist');
const sitePort = Number(values.port);
const decapPort = Number(process.env.CMS_LOCAL_PORT ?? DEFAULT_LOCAL_PORT);

/** With --workflow: the admin's settings for the editorial workflow on this repository's current branch. */
function workflowEnv(): NodeJS.ProcessEnv {
  const git = (...args: string[]) => spawnSync('git', args, { cwd: root, encoding: 'utf8' });
  const branch = git('rev-parse', '--abbrev-ref', 'HEAD');
  if (branch.status !== 0 || branch.stdout.trim() === 'HEAD') {
    console.error('--workflow behöver ett Git-arkiv med en utcheckad gren (git init; git commit), eftersom varje utkast blir en gren.');
    process.exit(1);
  }
  const dirty = git('status', '--porcelain', '--', 'content', 'public/media').stdout.trim();
  if (dirty) {
    console.error(
      `--workflow växlar mellan grenar, så content/ och public/media/ måste vara incheckade först (git add och git commit):\n${dirty}`,
    );
    process.exit(1);
  }
  return { CMS_PUBLISH_MODE: 'editorial_workflow', CMS_BRANCH: branch.stdout.trim() };
}
const buildEnv: NodeJS.ProcessEnv = { ...process.env, ...(values.workflow ? workflowEnv() : {}) };

if (!values['no-build']) {
  // Built where the rebuilds after each save are built, so they can copy unchanged pages (live-rebuild.ts).
  rmSync(nextBuildDir(outDir), { recursive: true, force: true });
  const build = spawnSync(process.execPath, [join(root, 'scripts/build.ts')], {
    stdio: 'inherit',
    cwd: root,
    env: { ...buildEnv, ASTRO_OUT_DIR: nextBuildDir(outDir) },
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
  swapIn(outDir);
}
if (!existsSync(join(outDir, 'index.html'))) {
  console.error(`Hittar ingen byggd webbplats i ${outDir}. Kör: npm run build`);
  process.exit(1);
}

// decap-server: file-system mode, writing into this working copy's content/ and public/media/.
let decap: DecapServer | undefined = spawnDecapServer(root, decapPort, {
  origins: localOrigins(sitePort),
  mode: values.workflow ? 'git' : 'fs',
  stdio: ['ignore', 'inherit', 'inherit'],
});
decap.process.on('exit', (code) => {
  if (decap) {
    decap = undefined;
    console.error(`decap-server stannade (kod ${code}). Är port ${decapPort} upptagen? Välj en annan med CMS_LOCAL_PORT och bygg om.`);
    stop(1);
  }
});

// The built site, as the production hosts serve it (headers, 404 page, compression).
const server = createSiteServer(outDir);
server.on('error', (error) => {
  console.error(`Kunde inte starta webbplatsen på port ${sitePort}: ${error.message}. Välj en annan: npm start -- --port 4400`);
  stop(1);
});
server.listen(sitePort, LOOPBACK, () => {
  const site = `http://localhost:${sitePort}`;
  console.log(`
  Webbplatsen:           ${site}/
  Redigera innehåll:     ${site}/admin/   (klicka "Logga in", inget konto behövs)
  Redaktörsguide:        ${site}/admin/redaktorsguide/
  Innehållsstatus:       ${site}/admin/innehallsstatus/
  CMS-servern:           http://127.0.0.1:${decapPort}/api/v1 (skriver i ${join(root, 'content')})

  ${
    values.workflow
      ? `Arbetsflöde:           varje utkast blir en gren cms/<samling>/<namn> och varje sparning en commit;\n                         en publicerad post slås ihop med ${buildEnv.CMS_BRANCH}.`
      : 'Publicering:           direkt (npm start -- --workflow ger utkast, granskning och publicering med Git).'
  }

  Båda lyssnar bara på den här datorn (127.0.0.1), inte på nätverket, och CMS-servern tar bara
  emot anrop från webbplatsens egen adress.

  ${
    values['no-watch']
      ? 'Ändringar sparas direkt i content/. Bygg om för att se dem på webbplatsen: npm start'
      : 'Ändringar sparas direkt i content/, och webbplatsen byggs om av sig själv: ladda om sidan\n  efter några sekunder för att se dem.'
  }
  Stoppa med Ctrl-C.
`);
  if (!values['no-watch']) {
    live = startLiveRebuild({
      root,
      outDir,
      env: buildEnv,
      onBuilt: ({ ok, seconds, changed, output }) => {
        const what = changed.length === 1 ? changed[0] : `${changed.length} filer`;
        if (ok) console.log(`Uppdaterat efter ändring i ${what}: syns på webbplatsen nu (byggt på ${seconds.toFixed(1)} s).`);
        else
          console.error(
            `${output.trim()}\n\nBygget stoppade efter ändringen i ${what}; webbplatsen visar den förra versionen tills felet ovan är rättat.`,
          );
      },
    });
  }
});
let live: LiveRebuild | undefined;

function stop(code = 0) {
  const running = decap;
  decap = undefined;
  running?.stop();
  live?.stop();
  server.close();
  process.exit(code);
}
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));
