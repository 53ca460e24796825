/**
 * Types for the parts of citation-js 0.8 this site uses (the packages ship none). The CSL, BibTeX
 * and RIS plugins register themselves with the core on import.
 */
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: unknown);
    format(format: string, options?: Record<string, unknown>): unknown;
  }
  export const plugins: { config: { get(name: string): unknown } };
}
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-ris';
