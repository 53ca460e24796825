/**
 * `npm start`: everything an editor needs on their own machine, in one command.
 * 1. builds the site and the admin (`npm run build`; skip with `npm start -- --no-build`);
 * 2. serves the built site ($ASTRO_OUT_DIR or dist/) at http://localhost:4321/ (`--port`);
 * 3. starts decap-server beside it (port $CMS_LOCAL_PORT, default 8081), so /admin/ edits the
 *    files in content/ directly, with no account and no Git host;
 * 4. rebuilds the site whenever a file under content/ or public/media/ changes, and serves the new
 *    build once it succeeded (scripts/live-rebuild.ts; `--no-watch` turns it off);
 * and stops all on Ctrl-C. decap-server runs in its own process group and the whole group is
 * stopped, so its port is freed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_LOCAL_PORT } from '../admin/cms/deploy.ts';
import { localOrigins, spawnDecapServer, type DecapServer } from './decap-server.ts';
import { startLiveRebuild, type LiveRebuild } from './live-rebuild.ts';
import { createSiteServer, LOOPBACK } from './site-server.ts';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.PORT ?? '4321' },
    'no-build': { type: 'boolean', default: false },
    'no-watch': { type: 'boolean', default: false },
  },
  allowPositionals: true,
});
const root = resolve(import.meta.dirname, '..');
const outDir = resolve(root, process.env.ASTRO_OUT_DIR ?? 'dist');
const sitePort = Number(values.port);
const decapPort = Number(process.env.CMS_LOCAL_PORT ?? DEFAULT_LOCAL_PORT);

if (!values['no-build']) {
  const build = spawnSync(process.execPath, [join(root, 'scripts/build.ts')], { stdio: 'inherit', cwd: root });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
if (!existsSync(join(outDir, 'index.html'))) {
  console.error(`Hittar ingen byggd webbplats i ${outDir}. Kör: npm run build`);
  process.exit(1);
}

// decap-server: file-system mode, writing into this working copy's content/ and public/media/.
let decap: DecapServer | undefined = spawnDecapServer(root, decapPort, {
  origins: localOrigins(sitePort),
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
