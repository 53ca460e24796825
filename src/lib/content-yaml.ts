/**
 * The limit on YAML aliases, for every parse of a content file (the content check, the CMS's
 * formats, the scripts that read settings). An alias (`*namn`) repeats what an anchor (`&namn`)
 * holds; aliases of aliases multiply, so ten short lines can stand for a billion values ("billion
 * laughs": `a: &a [x,x,x,x,x,x,x,x,x]`, `b: &b [*a,*a,…]`, …). The `yaml` package stops such a file
 * when the aliases would expand past `maxAliasCount`; here that stop becomes a message an editor
 * can act on, naming the file, instead of an internal error. The CMS never writes aliases, so a
 * file with this many was made to break the site or the build machine. Browser-safe.
 */
import { parse, type Document } from 'yaml';

/** How far aliases may expand (the `yaml` package's own default, stated so every parse uses the same). */
export const MAX_YAML_ALIASES = 100;

/** What the content check says about such a file (the file and line are added by the caller). */
export const aliasBombProblem = {
  field: '',
  found: 'YAML med alias (*namn) som upprepar varandra så många gånger att filen inte går att läsa (en "billion laughs"-fil)',
  expected: 'fält med sina värden utskrivna; redigeringsverktyget skriver aldrig alias',
  fix: 'Ta bort raderna med & och * och skriv värdena direkt, eller återställ filen från versionshistoriken.',
} as const;

/** True for the `yaml` package's error on too many aliases. */
export function isAliasBomb(error: unknown): boolean {
  return error instanceof ReferenceError && /alias count/i.test(error.message);
}

/** Thrown by parseYamlData for a file whose aliases expand too far: the message is for an editor. */
export class YamlAliasError extends Error {
  override name = 'YamlAliasError';
  constructor(file?: string) {
    super(`${file ? `${file}: ` : ''}${aliasBombProblem.found}. ${aliasBombProblem.fix}`);
  }
}

/** `parse` of content YAML with the alias limit; throws YamlAliasError (Swedish) instead of the package's ReferenceError. */
export function parseYamlData(text: string, file?: string): unknown {
  try {
    return parse(text, { maxAliasCount: MAX_YAML_ALIASES });
  } catch (error) {
    if (isAliasBomb(error)) throw new YamlAliasError(file);
    throw error;
  }
}

/** A parsed document's data with the alias limit, or `undefined` when its aliases expand too far. */
export function documentData(doc: Document): { data: unknown } | undefined {
  try {
    return { data: doc.toJS({ maxAliasCount: MAX_YAML_ALIASES }) };
  } catch (error) {
    if (isAliasBomb(error)) return undefined;
    throw error;
  }
}
