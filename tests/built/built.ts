/** The built site the dist gates look at: $ASTRO_OUT_DIR (default dist/), read once. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileCandidates } from '../../tools/dist-paths.ts';
import { isAdminPath } from '../../tools/security-headers.ts';
import { builtPages } from '../../scripts/security-headers.ts';

export const outDir = resolve(process.env.ASTRO_OUT_DIR ?? 'dist');
if (!existsSync(join(outDir, 'index.html'))) throw new Error(`Ingen byggd webbplats i ${outDir}: kör npm run build först.`);

export const pages = builtPages(outDir);
export const publicPages = pages.filter((p) => !isAdminPath(p.path));

/** Every file of the build, as the address it is served at (`/_astro/x.css`). */
export const allPaths: string[] = (readdirSync(outDir, { recursive: true }) as string[])
  .filter((f) => statSync(join(outDir, f)).isFile())
  .map((f) => `/${f.replace(/\\/g, '/')}`);

/** A built file's text by address, undefined when the build has no such file. */
export function read(path: string): string | undefined {
  const file = fileCandidates(path).find((c) => existsSync(join(outDir, c)) && statSync(join(outDir, c)).isFile());
  return file === undefined ? undefined : readFileSync(join(outDir, file), 'utf8');
}
