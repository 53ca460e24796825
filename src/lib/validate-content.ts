/**
 * Validates every content file against its schema and the MDX safety rules, and reports every
 * problem in one run (Astro stops at the first bad file). Used by `npm run validate`, by the
 * build (src/integrations/content-guard.ts) and by the tests.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { contentTypes, type ContentType } from '../schemas/index.ts';
import { problemsFromSafety, problemsFromZod, type ContentProblem } from './content-errors.ts';
import { checkReferences, type ReferringEntry } from './references.ts';
import { checkUpload } from '../rules/media.ts';
import { splitFrontmatter } from './frontmatter.ts';
import { checkMdx, contentRules } from './mdx-safety.ts';
import { slugify, slugPattern } from '../rules/slug.ts';

function listFiles(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

/** Front matter (parsed) and body of an MDX file; throws on YAML that cannot be read. */
export function parseMdxFile(source: string): { data: unknown; body: string } {
  const { yaml, body } = splitFrontmatter(source);
  return { data: yaml === undefined ? {} : (parseYaml(yaml) ?? {}), body };
}

function yamlProblem(file: string, error: unknown): ContentProblem {
  const e = error as { message: string; linePos?: { line: number }[] };
  return {
    file,
    field: '',
    line: e.linePos?.[0]?.line,
    found: `YAML som inte går att läsa: ${e.message.split('\n')[0]}`,
    expected: 'fält på formen "namn: värde", ett per rad, med samma indrag inom en grupp',
    fix: 'Kontrollera indrag och kolon, och sätt citattecken runt text som innehåller ": " eller börjar med ett specialtecken.',
  };
}

/** Validate one file's text as an entry of `type`. `file` is only used in messages. */
export function validateSource(type: ContentType, file: string, source: string): ContentProblem[] {
  return checkSource(type, file, source).problems;
}

/** The problems of one file, and its parsed data when it is valid (for the checks across files). */
function checkSource(type: ContentType, file: string, source: string): { problems: ContentProblem[]; data?: unknown } {
  let data: unknown;
  let body: string | undefined;
  try {
    if (type.format === 'mdx') ({ data, body } = parseMdxFile(source));
    else data = parseYaml(source);
  } catch (error) {
    return { problems: [yamlProblem(file, error)] };
  }
  const problems: ContentProblem[] = [];
  const result = type.schema.safeParse(data);
  if (!result.success) problems.push(...problemsFromZod(file, type.schema, data, result.error));
  if (body !== undefined) problems.push(...problemsFromSafety(file, checkMdx(source, contentRules)));
  return { problems, ...(result.success ? { data: result.data } : {}) };
}

/** An entry's key: its path in the type's folder without extension, and without the language folder of a translated type. */
export function entryKey(type: ContentType, pathInFolder: string): string {
  const id = pathInFolder.replace(/\\/g, '/').replace(/\.[^./]+$/, '');
  return type.kind === 'folder' && type.translation === 'files' ? id.replace(/^[^/]+\//, '') : id;
}

function filesOf(type: ContentType, root: string): string[] {
  const dir = join(root, type.folder);
  const ext = type.format === 'mdx' ? '.mdx' : '.yaml';
  const files = listFiles(dir).filter((f) => f.endsWith(ext));
  if (type.kind === 'files') return type.files.map((f) => join(dir, `${f.name}.yaml`));
  return files;
}

/** The valid entries of a type below `root`, parsed by its schema (defaults filled in). Files with problems are left out. */
export function readEntries(type: ContentType, root: string): ReferringEntry[] {
  return filesOf(type, root).flatMap((path) => {
    const file = relative(root, path);
    const checked = checkSource(type, file, readFileSync(path, 'utf8'));
    const key = entryKey(type, relative(join(root, type.folder), path));
    return 'data' in checked ? [{ type: type.name, key, file, schema: type.schema, data: checked.data }] : [];
  });
}

/** Where uploads live: public/media/, served at /media/. */
export const MEDIA_DIR = 'public/media';

/** Every file in the media library is an allowed type, and its content is what its name says. */
export function validateMedia(root: string): ContentProblem[] {
  return listFiles(join(root, MEDIA_DIR)).flatMap((path) => {
    const file = relative(root, path);
    const verdict = checkUpload(basename(path), readFileSync(path));
    if (verdict.ok) return [];
    return [
      {
        file,
        field: '',
        found: verdict.reason,
        expected: 'en bild eller ett dokument av en tillåten filtyp',
        fix: `${verdict.fix} Ta bort filen ${file} annars.`,
      },
    ];
  });
}

/** Validate all content below `root`; an empty list means everything builds. */
export function validateContent(root: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const valid: ReferringEntry[] = [];
  const collections = new Map<string, { folder: string; keys: Set<string> }>();
  for (const type of contentTypes as readonly ContentType[]) {
    const files = filesOf(type, root);
    const keys = new Set(files.map((f) => entryKey(type, relative(join(root, type.folder), f))));
    collections.set(type.name, { folder: type.folder, keys });
    const entries: ReferringEntry[] = [];
    for (const path of files) {
      const file = relative(root, path);
      let source: string;
      try {
        source = readFileSync(path, 'utf8');
      } catch {
        problems.push({
          file,
          field: '',
          found: 'filen saknas',
          expected: `filen ${file} ska finnas`,
          fix: 'Återställ filen från versionshistoriken.',
        });
        continue;
      }
      const checked = checkSource(type, file, source);
      problems.push(...checked.problems);
      const key = entryKey(type, relative(join(root, type.folder), path));
      if ('data' in checked) entries.push({ type: type.name, key, file, schema: type.schema, data: checked.data });
      const name = basename(path).replace(/\.[^.]+$/, '');
      // The file name is the entry's id and, unless a slug is set, its address.
      if (type.kind === 'folder' && !slugPattern.test(name)) {
        problems.push({
          file,
          field: '',
          found: `filnamnet "${name}"`,
          expected: 'ett filnamn av små bokstäver a–z, siffror och bindestreck',
          fix: `Byt namn på filen, t.ex. till "${slugify(name)}".`,
        });
      }
    }
    valid.push(...entries);
    if (type.kind === 'folder' && type.checkAll) {
      for (const problem of type.checkAll(entries)) problems.push({ file: `${type.folder}/`, field: '', ...problem });
    }
    if (type.kind === 'folder' && type.translation === 'files') {
      const rel = files.map((f) => relative(join(root, type.folder), f));
      for (const en of rel.filter((f) => f.startsWith('en/'))) {
        if (!rel.includes(`sv/${en.slice(3)}`)) {
          problems.push({
            file: join(type.folder, en),
            field: '',
            found: 'en engelsk version utan svensk',
            expected: `en svensk fil ${join(type.folder, 'sv', en.slice(3))}`,
            fix: 'Skapa den svenska versionen först; den engelska är en översättning av den.',
          });
        }
      }
    }
  }
  problems.push(...checkReferences(valid, collections));
  problems.push(...validateMedia(root));
  return problems;
}
