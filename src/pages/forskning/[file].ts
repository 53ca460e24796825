/**
 * The research library's files for reference managers: `referenser.bib`, `.ris` and `.json` with
 * every work, and one file of each per work (`toney-2019.bib` …), written by citation-js.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getWorks } from '../../data/research.ts';
import { ALL_WORKS, exportFormats, type ExportFormat } from '../../lib/research-exports.ts';

export const getStaticPaths = (async () => {
  const works = await getWorks();
  const names = [ALL_WORKS, ...works.map((w) => w.key)];
  return names.flatMap((name) =>
    (Object.keys(exportFormats) as ExportFormat[]).map((format) => ({ params: { file: `${name}.${format}` }, props: { name, format } })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { name, format } = props as { name: string; format: ExportFormat };
  const works = (await getWorks()).filter((w) => name === ALL_WORKS || w.key === name).map((w) => w.citable);
  return new Response(exportFormats[format].write(works), { headers: { 'Content-Type': exportFormats[format].type } });
};
