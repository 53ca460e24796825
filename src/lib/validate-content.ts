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
import { splitFrontmatter } from './frontmatter.ts';
import { checkMdx, contentRules } from './mdx-safety.ts';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A suggestion for a file name: "Boka en Peer!" → "boka-en-peer". */
export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

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
  let data: unknown;
  let body: string | undefined;
  try {
    if (type.format === 'mdx') ({ data, body } = parseMdxFile(source));
    else data = parseYaml(source);
  } catch (error) {
    return [yamlProblem(file, error)];
  }
  const problems: ContentProblem[] = [];
  const result = type.schema.safeParse(data);
  if (!result.success) problems.push(...problemsFromZod(file, type.schema, data, result.error));
  if (body !== undefined) problems.push(...problemsFromSafety(file, checkMdx(source, contentRules)));
  return problems;
}

function filesOf(type: ContentType, root: string): string[] {
  const dir = join(root, type.folder);
  const ext = type.format === 'mdx' ? '.mdx' : '.yaml';
  const files = listFiles(dir).filter((f) => f.endsWith(ext));
  if (type.kind === 'files') return type.files.map((f) => join(dir, `${f.name}.yaml`));
  return files;
}

/** Validate all content below `root`; an empty list means everything builds. */
export function validateContent(root: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const type of contentTypes as readonly ContentType[]) {
    const files = filesOf(type, root);
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
      problems.push(...validateSource(type, file, source));
      const name = basename(path).replace(/\.[^.]+$/, '');
      // The file name is the entry's id and, unless a slug is set, its address.
      if (type.kind === 'folder' && !SLUG.test(name)) {
        problems.push({
          file,
          field: '',
          found: `filnamnet "${name}"`,
          expected: 'ett filnamn av små bokstäver a–z, siffror och bindestreck',
          fix: `Byt namn på filen, t.ex. till "${slugify(name)}".`,
        });
      }
    }
    if (type.kind === 'folder' && type.i18n) {
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
  return problems;
}
