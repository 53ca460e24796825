/**
 * Reading one content file the way an editor wrote it: bytes that must be UTF-8 (a leading byte
 * order mark is accepted and dropped), no NUL bytes, YAML front matter between `---` lines (MDX)
 * or a whole YAML file, and for every field the line it stands on, so a message can say
 * `content/pages/sv/om.mdx:3`. Pure: bytes in, data or problems out.
 */
import { LineCounter, Parser, parseDocument, isNode, visit, type Document, type YAMLError } from 'yaml';
import type { ContentProblem } from './content-errors.ts';
import { aliasBombProblem, documentData } from './content-yaml.ts';
import { FRONTMATTER } from './frontmatter.ts';

export interface ParsedFile {
  /** The parsed YAML (front matter of an MDX file); `{}` when an MDX file has none. */
  data: unknown;
  /** The MDX body (with the front matter's lines blanked, so lines match the file); undefined for YAML. */
  body?: string;
  /** The text as read (without a byte order mark). */
  text: string;
  /** The file line of the field at `path`, or of the nearest field above it that is there. */
  lineOf(path: readonly PropertyKey[]): number | undefined;
}

const yamlFix = 'Kontrollera indrag och kolon, och sätt citattecken runt text som innehåller ": " eller börjar med ett specialtecken.';

/** The 1-based line of a character offset in `text`. */
function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** Decode bytes as UTF-8, or say on which line they stop being UTF-8 (a file saved as Latin-1 or UTF-16). */
export function decodeText(file: string, bytes: Uint8Array): { text: string } | { problem: ContentProblem } {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    // The valid prefix tells the line of the first byte that is not UTF-8.
    let good = 0;
    for (let end = bytes.length; end > 0; end = Math.floor(end / 2)) {
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, end));
        good = end;
        break;
      } catch {
        // shorter
      }
    }
    const prefix = new TextDecoder().decode(bytes.subarray(0, good));
    return {
      problem: {
        file,
        field: '',
        line: lineAt(prefix, prefix.length),
        found: 'tecken som inte är UTF-8 (filen är sparad i en annan teckenkodning, t.ex. Latin-1 eller UTF-16)',
        expected: 'text sparad som UTF-8',
        fix: 'Öppna filen i en texteditor och spara den som UTF-8 (i CMS:et blir det alltid rätt).',
      },
    };
  }
  const nul = text.indexOf('\u0000');
  if (nul !== -1) {
    return {
      problem: {
        file,
        field: '',
        line: lineAt(text, nul),
        found: 'ett NUL-tecken (filen är inte ren text)',
        expected: 'vanlig text',
        fix: 'Ta bort tecknet, eller skriv om filen i en texteditor. En binär fil hör hemma i mediebiblioteket.',
      },
    };
  }
  return { text };
}

/** The line an editor must look at: for a quote never closed, the line it opens on, not where YAML gave up. */
function errorLine(yaml: string, error: YAMLError, counter: LineCounter): number {
  const line = error.linePos?.[0]?.line ?? counter.linePos(error.pos[0]).line;
  const quote = /Missing closing (["'])/.exec(error.message)?.[1] ?? (/Missing closing "?quote/.test(error.message) ? '"' : undefined);
  if (error.code !== 'MISSING_CHAR' || !quote) return line;
  const lines = yaml.split('\n');
  for (let i = Math.min(line, lines.length) - 1; i >= 0; i--) if ((lines[i]!.split(quote).length - 1) % 2 === 1) return i + 1;
  return line;
}

function yamlProblems(file: string, yaml: string, doc: Document, counter: LineCounter, firstLine: number): ContentProblem[] {
  const seen = new Set<number>();
  return doc.errors.flatMap((error) => {
    const line = errorLine(yaml, error, counter) + firstLine - 1;
    if (seen.has(line)) return [];
    seen.add(line);
    // YAML's own "at line 1, column 8" counts from the front matter, not the file: the line is given beside the file instead.
    const message = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    return [
      {
        file,
        field: '',
        line,
        found: `YAML som inte går att läsa: ${message}`,
        expected: 'fält på formen "namn: värde", ett per rad, med samma indrag inom en grupp',
        fix: yamlFix,
      },
    ];
  });
}

/** Where the YAML text has comments (`# …`): offsets from YAML's own syntax tree, not a text scan. */
export function commentOffsets(yaml: string): number[] {
  const offsets: number[] = [];
  const walk = (token: unknown): void => {
    if (Array.isArray(token)) return token.forEach(walk);
    if (!token || typeof token !== 'object') return;
    const { type, offset } = token as { type?: string; offset?: number };
    if (type === 'comment' && typeof offset === 'number') offsets.push(offset);
    for (const value of Object.values(token)) if (value && typeof value === 'object') walk(value);
  };
  for (const token of new Parser().parse(yaml)) walk(token);
  return offsets.sort((a, b) => a - b);
}

/**
 * Comments are refused: the CMS writes a file from its fields, so a comment would disappear the next
 * time an editor saves the entry. What a comment would say belongs in a field or the editor's guide.
 */
function commentProblems(file: string, yaml: string, counter: LineCounter, firstLine: number): ContentProblem[] {
  return commentOffsets(yaml).map((offset) => ({
    file,
    field: '',
    line: counter.linePos(offset).line + firstLine - 1,
    found: 'en kommentar (en rad eller ett radslut som börjar med #)',
    expected: 'bara fält: redigeringsverktyget sparar inte kommentarer, så de försvinner nästa gång någon sparar',
    fix: 'Flytta texten till ett fält (för en stödlinje: "Anteckningar för redaktionen" under Kontroll av uppgifterna) eller till redaktörsguiden, och ta bort kommentaren.',
  }));
}

/** Parse YAML text that starts on file line `firstLine`; the data, or problems with their lines. */
function parseYamlAt(
  file: string,
  yaml: string,
  firstLine: number,
): { data: unknown; lineOf: ParsedFile['lineOf'] } | { problems: ContentProblem[] } {
  const counter = new LineCounter();
  const doc = parseDocument(yaml, { lineCounter: counter, prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length) return { problems: yamlProblems(file, yaml, doc, counter, firstLine) };
  const comments = commentProblems(file, yaml, counter, firstLine);
  if (comments.length) return { problems: comments };
  // Aliases that expand past the limit (a "billion laughs" file): refused, on the line of the first alias.
  const data = documentData(doc);
  if (!data) {
    let offset: number | undefined;
    visit(doc, {
      Alias(_key, node) {
        offset = node.range?.[0];
        return visit.BREAK;
      },
    });
    const line = offset === undefined ? firstLine : counter.linePos(offset).line + firstLine - 1;
    return { problems: [{ file, line, ...aliasBombProblem }] };
  }
  const lineOf = (path: readonly PropertyKey[]) => {
    for (let depth = path.length; depth > 0; depth--) {
      const node = doc.getIn(path.slice(0, depth) as unknown[], true);
      if (isNode(node) && node.range) {
        // A value's range starts at the value; its key sits on the same line or the one above.
        return counter.linePos(node.range[0]).line + firstLine - 1;
      }
    }
    return undefined;
  };
  return { data: data.data ?? {}, lineOf };
}

/** Read one MDX or YAML content file from its bytes. */
export function parseContentFile(
  file: string,
  bytes: Uint8Array,
  format: 'mdx' | 'yaml',
): { parsed: ParsedFile } | { problems: ContentProblem[] } {
  const decoded = decodeText(file, bytes);
  if ('problem' in decoded) return { problems: [decoded.problem] };
  const text = decoded.text.replace(/^\uFEFF/, '');
  if (format === 'yaml') {
    const result = parseYamlAt(file, text, 1);
    return 'problems' in result ? result : { parsed: { ...result, text } };
  }
  const match = FRONTMATTER.exec(text);
  if (!match) {
    if (/^---[ \t]*\r?\n/.test(text)) {
      return {
        problems: [
          {
            file,
            field: '',
            line: 1,
            found: 'front matter som börjar med --- men aldrig slutar',
            expected: 'en rad med bara --- efter sidans fält',
            fix: 'Lägg till en rad med --- efter den sista fältraden (t.ex. efter updated: …), före texten.',
          },
        ],
      };
    }
    return { parsed: { data: {}, body: text, text, lineOf: () => undefined } };
  }
  const result = parseYamlAt(file, match[1] ?? '', 2);
  if ('problems' in result) return result;
  const body = match[0].replace(/[^\n]/g, '') + text.slice(match[0].length);
  return { parsed: { ...result, body, text } };
}
