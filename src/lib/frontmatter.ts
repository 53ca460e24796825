/**
 * YAML front matter of an MDX file: the block between a first line `---` and the next line `---`.
 * One definition for the content check, the validator and the CMS's save format.
 */

/** Group 1 is the YAML text (absent for an empty block `---\n---`). */
export const FRONTMATTER = /^\uFEFF?---[ \t]*\r?\n(?:([\s\S]*?)\r?\n)?---[ \t]*(?:\r?\n|$)/;

/** The YAML text and the body after it; `yaml` is undefined when there is no front matter. */
export function splitFrontmatter(source: string): { yaml: string | undefined; body: string } {
  const match = FRONTMATTER.exec(source);
  if (!match) return { yaml: undefined, body: source };
  return { yaml: match[1] ?? '', body: source.slice(match[0].length) };
}

/** Blank out the front matter but keep its lines, so line numbers in the body match the file. */
export function stripFrontmatter(source: string): string {
  const match = FRONTMATTER.exec(source);
  if (!match) return source;
  return match[0].replace(/[^\n]/g, '') + source.slice(match[0].length);
}
