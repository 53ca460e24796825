/**
 * The one content check. `npm run validate` runs it, and the build runs the same code first
 * (src/integrations/content-guard.ts), so the two always agree. It reports every problem in every
 * file in one run (Astro stops at the first bad file), each with the file, the line, the field,
 * what was found and what to do:
 * - files: where they may be, their extension, UTF-8 text (a byte order mark is fine), file names;
 *   no symbolic link (nor pipe or device) anywhere under content/ or public/, never followed or read;
 *   in public/ outside the media library only the site's own kinds of file (src/rules/public-files.ts);
 * - each entry: YAML or front matter (aliases limited, src/lib/content-yaml.ts), its schema, the
 *   MDX safety rules (src/lib/mdx-safety.ts);
 * - across entries: references between entries and from components in page text, addresses two
 *   pages claim (or a built-in page has), the English version's Swedish original, each type's own
 *   checks (`checkAll`), and the media library's files;
 * - warnings, which do not stop the build: very large pages, very long words, a "last checked"
 *   date in the future.
 */
import { lstatSync, readFileSync, readlinkSync, type Stats } from 'node:fs';
import { basename, join, relative, sep } from 'node:path';
import { checkUpload } from '../rules/media.ts';
import { checkPublicFile } from '../rules/public-files.ts';
import { listEntries, listFiles, MEDIA_DIR } from './list-files.ts';
import { slugify, slugPattern } from '../rules/slug.ts';
import { contentComponents } from '../schemas/content-components.ts';
import { contentTypes, locales, type ContentType, type FolderType } from '../schemas/index.ts';
import { fieldLabel, problemsFromSafety, problemsFromZod, type ContentProblem } from './content-errors.ts';
import { parseContentFile } from './content-file.ts';
import { splitFrontmatter } from './frontmatter.ts';
import { mediaReferencesIn } from './media-references.ts';
import { inspectMdx, contentRules, type ComponentUse } from './mdx-safety.ts';
import { checkReferences, type ReferringEntry } from './references.ts';
import { entryPath, reservedSegments, sectionPath, typeLocales } from './routes.ts';
import { valueAtPath } from './staleness.ts';
import { parseYamlData } from './content-yaml.ts';
import { misplaced } from './entry-place.ts';

export { MEDIA_DIR, slugify };

/** A page's source over this size is suspicious (pasted images, a whole report as text). */
export const LARGE_FILE_BYTES = 500 * 1024;
/** A run of this many characters without a space is a pasted token, not a word. */
export const LONG_WORD = 100;

/** Front matter (parsed) and body of an MDX file; throws on YAML that cannot be read. */
export function parseMdxFile(source: string): { data: unknown; body: string } {
  const { yaml, body } = splitFrontmatter(source);
  return { data: yaml === undefined ? {} : (parseYamlData(yaml) ?? {}), body };
}

/** An entry's key: its path in the type's folder without extension, and without the language folder of a translated type. */
export function entryKey(type: ContentType, pathInFolder: string): string {
  const id = pathInFolder
    .split(sep)
    .join('/')
    .replace(/\.[^./]+$/, '');
  return type.kind === 'folder' && type.translation === 'files' ? id.replace(/^[^/]+\//, '') : id;
}

/** The entry itself (lstat: a link is not followed), or undefined when there is none. */
function lstatOf(path: string): Stats | undefined {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
}

/** A plain file at `path` (not a link, not a folder). */
const isPlainFile = (path: string) => lstatOf(path)?.isFile() === true;

function folderFiles(type: ContentType, root: string): string[] {
  const dir = join(root, type.folder);
  if (type.kind === 'files') {
    const listed = type.files.map((f) => join(dir, `${f.name}.yaml`));
    return [...new Set([...listed, ...listFiles(dir)])];
  }
  return listFiles(dir);
}

/** An entry that passed its own checks, with what the checks across files need. */
interface CheckedEntry extends ReferringEntry {
  locale: (typeof locales)[number];
  components: ComponentUse[];
  lineOf: (path: readonly PropertyKey[]) => number | undefined;
  text: string;
  bytes: number;
}

interface FileResult {
  problems: ContentProblem[];
  entry?: CheckedEntry;
}

/** Every check of one file of `type` at `path` (relative `file` for messages). */
function checkFile(type: ContentType, root: string, path: string, inspectBody = true): FileResult {
  const file = relative(root, path).split(sep).join('/');
  const inFolder = relative(join(root, type.folder), path).split(sep).join('/');
  const stat = lstatOf(path);
  if (!stat) {
    return {
      problems: [
        { file, field: '', found: 'filen saknas', expected: `filen ${file} ska finnas`, fix: 'Återställ filen från versionshistoriken.' },
      ],
    };
  }
  // A link (or a pipe, a device) is never read: entryProblems reports it.
  if (!stat.isFile()) return { problems: [] };
  const place = misplaced(type, inFolder);
  if (place) return { problems: [{ file, ...place }] };
  const bytes = readFileSync(path);
  const read = parseContentFile(file, bytes, type.format);
  if ('problems' in read) return { problems: read.problems };
  const { data, body, lineOf, text } = read.parsed;
  const problems: ContentProblem[] = [];
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
  const result = type.schema.safeParse(data);
  if (!result.success)
    problems.push(...problemsFromZod(file, type.schema, data, result.error, (p) => lineOf(p) ?? (type.format === 'mdx' ? 1 : undefined)));
  let components: ComponentUse[] = [];
  if (body !== undefined && inspectBody) {
    const inspected = inspectMdx(text, contentRules);
    problems.push(...problemsFromSafety(file, inspected.problems));
    components = inspected.components;
  }
  if (!result.success || problems.length) return { problems };
  const locale = type.kind === 'folder' && type.translation === 'files' ? (inFolder.split('/')[0] as CheckedEntry['locale']) : 'sv';
  const key = entryKey(type, relative(join(root, type.folder), path));
  return {
    problems,
    entry: { type: type.name, key, file, schema: type.schema, data: result.data, locale, components, lineOf, text, bytes: bytes.length },
  };
}

/**
 * The valid entries of a type below `root`, parsed by its schema (defaults filled in). Files with
 * problems are left out. `{ data: true }`: only the fields are needed (reports after the build, whose
 * content check has already inspected every body), so MDX bodies are not parsed again.
 */
export function readEntries(type: ContentType, root: string, options: { data?: boolean } = {}): ReferringEntry[] {
  return folderFiles(type, root).flatMap((path) => {
    const { entry } = checkFile(type, root, path, !options.data);
    return entry ? [entry] : [];
  });
}

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

/** The folders whose files reach the build: the content, and public/, which Astro copies into the site as it is. */
const BUILD_FOLDERS = ['content', 'public'] as const;

const clipped = (text: string) => (text.length > 80 ? `${text.slice(0, 77)}…` : text);

/**
 * Symbolic links, and anything else that is neither a plain file nor a folder, anywhere below
 * content/ and public/ (or those folders themselves): refused, and never followed or read. A link
 * `public/media/notes.txt -> ../../.git/config` would otherwise pass as a text file and the build
 * would publish what it points to, anywhere on the build machine; Git keeps links through commit
 * and clone. A link to itself, in a loop or to nothing is named like any other.
 */
export function entryProblems(root: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const folder of BUILD_FOLDERS) {
    const top = lstatOf(join(root, folder));
    const entries = !top
      ? []
      : top.isDirectory()
        ? listEntries(join(root, folder))
        : [{ path: join(root, folder), kind: top.isSymbolicLink() ? ('link' as const) : ('other' as const) }];
    for (const { path, kind } of entries) {
      if (kind === 'file') continue;
      const file = relative(root, path).split(sep).join('/');
      if (kind === 'other') {
        problems.push({
          file,
          field: '',
          found: 'något som varken är en vanlig fil eller en mapp (en namngiven pipe, en socket eller en enhet)',
          expected: 'vanliga filer',
          fix: `Ta bort ${file}.`,
        });
        continue;
      }
      let target = '';
      try {
        target = ` till "${clipped(readlinkSync(path))}"`;
      } catch {
        // Gone since it was listed: still a link.
      }
      problems.push({
        file,
        field: '',
        found: `en symbolisk länk${target}`,
        expected:
          'en vanlig fil eller mapp: en länk följs aldrig, eftersom bygget annars skulle läsa och publicera det länken pekar på, var det än ligger på datorn',
        fix: file.startsWith(`${MEDIA_DIR}/`)
          ? 'Ta bort länken och ladda upp själva filen i mediebiblioteket.'
          : file.startsWith('content/')
            ? 'Ta bort länken och lägg själva filen här (redigeringsverktyget sparar alltid vanliga filer).'
            : 'Ta bort länken och lägg själva filen här.',
      });
    }
  }
  return problems;
}

/** Every plain file in public/ outside the media library is one the site itself ships (src/rules/public-files.ts). */
export function publicProblems(root: string): ContentProblem[] {
  const publicDir = join(root, 'public');
  return listFiles(publicDir).flatMap((path) => {
    const inPublic = relative(publicDir, path).split(sep).join('/');
    if (inPublic.startsWith('media/')) return [];
    const verdict = checkPublicFile(inPublic, readFileSync(path));
    if (verdict.ok) return [];
    const file = `public/${inPublic}`;
    return [
      {
        file,
        field: '',
        found: verdict.reason,
        expected: 'i public/ bara uppladdningar i mediebiblioteket (public/media/) och webbplatsens egna filer',
        fix: verdict.fix,
      },
    ];
  });
}

/** Components in page text that point at entries or files: a line that exists, an uploaded document. */
function componentProblems(entries: readonly CheckedEntry[], collections: Collections, root: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const entry of entries) {
    for (const use of entry.components) {
      const spec = contentComponents[use.name as keyof typeof contentComponents];
      const refs = checkReferences([{ type: '', key: '', file: entry.file, schema: spec.props, data: use.props }], collections);
      for (const problem of refs)
        problems.push({ ...problem, field: 'body', label: `Brödtext › <${use.name}> ${problem.field}`, line: use.line });
      const href = use.props.href;
      if (use.name === 'Document' && typeof href === 'string' && href.startsWith('/media/') && !isPlainFile(join(root, 'public', href))) {
        problems.push({
          file: entry.file,
          field: 'body',
          label: 'Brödtext › <Document> href',
          line: use.line,
          found: `"${href}", som inte finns i mediebiblioteket`,
          expected: `en uppladdad fil i ${MEDIA_DIR}/`,
          fix: 'Ladda upp dokumentet i mediebiblioteket, eller välj ett som finns.',
        });
      }
    }
  }
  return problems;
}

type Collections = Map<string, { folder: string; keys: Set<string> }>;

/** Fields that name an uploaded file (a document's file, a news item's image): the file is in the media library. */
function mediaFieldProblems(entries: readonly CheckedEntry[], root: string): ContentProblem[] {
  return entries.flatMap((entry) =>
    mediaReferencesIn(entry.schema, entry.data).flatMap(({ path, href }) => {
      let decoded = href;
      try {
        decoded = decodeURIComponent(href);
      } catch {
        // A broken escape names no file: it is reported as missing below.
      }
      if (isPlainFile(join(root, 'public', decoded))) return [];
      return [
        {
          file: entry.file,
          field: path.join('.'),
          label: fieldLabel(entry.schema, path),
          line: entry.lineOf(path),
          found: `"${href}", som inte finns i mediebiblioteket (${MEDIA_DIR}${href.slice('/media'.length)})`,
          expected: `en uppladdad fil i ${MEDIA_DIR}/`,
          fix: 'Ladda upp filen i mediebiblioteket och välj den i fältet, eller välj en fil som finns.',
        },
      ];
    }),
  );
}

/** Two pages claiming one address in a language, or a page taking a built-in page's address: every file involved is named. */
function addressProblems(entries: readonly CheckedEntry[]): ContentProblem[] {
  const builtIn = new Map<string, string>();
  for (const type of contentTypes as readonly ContentType[]) {
    if (type.kind !== 'folder') continue;
    for (const locale of typeLocales(type)) {
      const path = sectionPath(type, locale);
      if (path) builtIn.set(path, `sidan ${type.label} (${path})`);
    }
  }
  const claims = new Map<string, { entry: CheckedEntry; type: FolderType }[]>();
  for (const entry of entries) {
    const type = contentTypes.find((t) => t.name === entry.type) as FolderType;
    const path = entryPath(type, entry);
    if (path) claims.set(path, [...(claims.get(path) ?? []), { entry, type }]);
  }
  const problems: ContentProblem[] = [];
  for (const [path, claimants] of claims) {
    for (const { entry, type } of claimants) {
      const segment = path.split('/').filter(Boolean)[entry.locale === 'sv' ? 0 : 1];
      const others = [
        ...(segment !== undefined && (reservedSegments as readonly string[]).includes(segment)
          ? [`webbplatsens egen adress /${segment}/`]
          : []),
        ...(builtIn.has(path) ? [builtIn.get(path)!] : []),
        ...claimants.filter((c) => c.entry !== entry).map((c) => c.entry.file),
      ];
      if (others.length === 0) continue;
      const field = type.slugField && (entry.data as Record<string, unknown>)[type.slugField] ? type.slugField : '';
      problems.push({
        file: entry.file,
        field,
        label: field ? 'Adress' : undefined,
        line: field ? entry.lineOf([field]) : undefined,
        found: `adressen ${path}, som redan används av ${others.join(' och ')}`,
        expected: 'en adress som ingen annan sida har',
        fix: type.slugField ? `Ge sidan en annan adress (fältet ${type.slugField}) eller ett annat filnamn.` : 'Ge filen ett annat namn.',
      });
    }
  }
  return problems;
}

/** Allowed but suspicious: a very large page, a very long "word", a check date in the future. */
function warningsFor(entries: readonly CheckedEntry[], today: string): ContentProblem[] {
  const warnings: ContentProblem[] = [];
  for (const entry of entries) {
    if (entry.bytes > LARGE_FILE_BYTES) {
      warnings.push({
        file: entry.file,
        field: '',
        found: `en fil på ${Math.round(entry.bytes / 1024)} kB`,
        expected: `högst ${LARGE_FILE_BYTES / 1024} kB text: sidan blir tung att läsa på en mobil`,
        fix: 'Dela upp texten på flera sidor, eller lägg långa dokument i mediebiblioteket.',
      });
    }
    const lines = entry.text.split('\n');
    const long = lines.findIndex((line) =>
      line.split(/\s+/).some((word) => word.length >= LONG_WORD && !/^(?:\[.*\]\()?(?:https:|\/)/.test(word)),
    );
    if (long !== -1) {
      warnings.push({
        file: entry.file,
        field: '',
        line: long + 1,
        found: `en följd av minst ${LONG_WORD} tecken utan mellanslag`,
        expected: 'ord och meningar som kan radbrytas på en smal skärm',
        fix: 'Kontrollera att texten inte är en inklistrad kod eller adress; dela upp den med mellanslag.',
      });
    }
    const type = contentTypes.find((t) => t.name === entry.type) as FolderType;
    const checked = type.staleness ? valueAtPath(entry.data, type.staleness.field) : undefined;
    if (typeof checked === 'string' && checked > today && !today.startsWith(checked)) {
      const path = type.staleness!.field.split('.');
      warnings.push({
        file: entry.file,
        field: type.staleness!.field,
        line: entry.lineOf(path),
        found: `"${checked}", ett datum i framtiden`,
        expected: `dagen då uppgifterna kontrollerades, senast i dag (${today})`,
        fix: 'Skriv det datum då du faktiskt kontrollerade uppgifterna.',
      });
    }
  }
  return warnings;
}

/** Today in Sweden, ÅÅÅÅ-MM-DD. */
const swedishToday = () => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(new Date());

/** Every problem (stops the build) and every warning (does not) of the content below `root`. */
export function checkContent(
  root: string,
  today = swedishToday(),
): {
  problems: ContentProblem[];
  warnings: ContentProblem[];
  /** The text (without a byte order mark) of every MDX entry that passed, by absolute path: the build need not parse them again. */
  passedMdx: Map<string, string>;
} {
  const problems: ContentProblem[] = [];
  const entries: CheckedEntry[] = [];
  const collections: Collections = new Map();
  for (const type of contentTypes as readonly ContentType[]) {
    const files = folderFiles(type, root);
    const keys = new Set(
      files
        .filter((f) => !misplaced(type, relative(join(root, type.folder), f).split(sep).join('/')))
        .map((f) => entryKey(type, relative(join(root, type.folder), f))),
    );
    collections.set(type.name, { folder: type.folder, keys });
    const own: CheckedEntry[] = [];
    for (const path of files) {
      const result = checkFile(type, root, path);
      problems.push(...result.problems);
      if (result.entry) own.push(result.entry);
    }
    entries.push(...own);
    if (type.kind === 'folder' && type.checkAll) {
      for (const problem of type.checkAll(own)) problems.push({ file: `${type.folder}/`, field: '', ...problem });
    }
    if (type.kind === 'folder' && type.translation === 'files') {
      const rel = files.map((f) => relative(join(root, type.folder), f).split(sep).join('/'));
      for (const en of rel.filter((f) => f.startsWith('en/'))) {
        if (!rel.includes(`sv/${en.slice(3)}`)) {
          problems.push({
            file: `${type.folder}/${en}`,
            field: '',
            found: 'en engelsk version utan svensk',
            expected: `en svensk fil ${type.folder}/sv/${en.slice(3)}`,
            fix: 'Skapa den svenska versionen först; den engelska är en översättning av den.',
          });
        }
      }
    }
  }
  // References are found in the parsed data; the line comes from the entry's own file.
  const lineOf = new Map(entries.map((e) => [e.file, e.lineOf]));
  problems.push(
    ...checkReferences(entries, collections).map((p) => ({
      ...p,
      line: lineOf.get(p.file)?.(p.field.split('.').map((k) => (/^\d+$/.test(k) ? Number(k) : k))),
    })),
  );
  problems.push(...componentProblems(entries, collections, root));
  problems.push(...mediaFieldProblems(entries, root));
  problems.push(...addressProblems(entries));
  problems.push(...validateMedia(root));
  problems.push(...entryProblems(root));
  problems.push(...publicProblems(root));
  const passedMdx = new Map(entries.filter((e) => e.file.endsWith('.mdx')).map((e) => [join(root, e.file), e.text]));
  return { problems, warnings: warningsFor(entries, today), passedMdx };
}

/** Validate all content below `root`; an empty list means everything builds. */
export function validateContent(root: string): ContentProblem[] {
  return checkContent(root).problems;
}
