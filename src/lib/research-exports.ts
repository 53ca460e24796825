/**
 * The research library's files for reference managers: `/forskning/referenser.bib` (and `.ris`,
 * `.json`) with every work, and `/forskning/<id>.bib` etc. with one. Made by citation-js
 * (src/lib/citations.ts); served by src/pages/forskning/[file].ts.
 */
import { contentType } from '../schemas/index.ts';
import { ALL_WORKS_FILE } from '../schemas/research.ts';
import { toBibtex, toCslJson, toRis, type CitableWork } from './citations.ts';

export const exportFormats = {
  bib: { type: 'application/x-bibtex; charset=utf-8', write: toBibtex },
  ris: { type: 'application/x-research-info-systems; charset=utf-8', write: toRis },
  json: { type: 'application/vnd.citationstyles.csl+json; charset=utf-8', write: toCslJson },
} as const satisfies Record<string, { type: string; write: (works: readonly CitableWork[]) => string }>;

export type ExportFormat = keyof typeof exportFormats;

/** The file name of the files with every work; no work may have it as its id. */
export const ALL_WORKS = ALL_WORKS_FILE;

/** The address of a file for reference managers: `exportPath('toney-2019', 'ris')` → `/forskning/toney-2019.ris`. */
export function exportPath(name: string, format: ExportFormat): string {
  return `/${contentType('research').route.sv}/${name}.${format}`;
}
