/**
 * `npm run serve [-- --port 4321 --host localhost]`: serves the built site ($ASTRO_OUT_DIR, default
 * dist/) with the production headers, 404 page and compression (scripts/site-server.ts).
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createSiteServer, LOOPBACK } from './site-server.ts';

const { values } = parseArgs({
  options: { port: { type: 'string', default: process.env.PORT ?? '4321' }, host: { type: 'string', default: LOOPBACK } },
  allowPositionals: true,
});
const outDir = resolve(process.env.ASTRO_OUT_DIR ?? 'dist');
if (!existsSync(join(outDir, 'index.html'))) {
  console.error(`Hittar ingen byggd webbplats i ${outDir}. Kör först: npm run build`);
  process.exit(1);
}

const port = Number(values.port);
createSiteServer(outDir).listen(port, values.host, () => {
  console.log(`Webbplatsen (${outDir}) finns på http://${values.host}:${port}/`);
});
