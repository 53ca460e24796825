/**
 * Turns validation problems into messages an editor can act on: the file, the field (with its
 * Swedish label from the schema), what was found and what is expected. One place for the build,
 * `npm run validate`, and the tests.
 */
import type { z } from 'zod';
import type { SafetyProblem } from './mdx-safety.ts';

export interface ContentProblem {
  file: string;
  /** Dotted path of the field, e.g. `emergency.0.tel`; empty for the body or the whole file. */
  field: string;
  /** The field's editor label from the schema, when it has one. */
  label?: string | undefined;
  line?: number | undefined;
  found: string;
  expected: string;
  fix?: string | undefined;
  /** The field is not there at all (a required field left out). */
  missing?: boolean;
}

type AnySchema = z.core.$ZodType;

function unwrap(schema: AnySchema): AnySchema {
  let current = schema;
  for (let i = 0; i < 10; i++) {
    const def = current._zod.def as { type: string; innerType?: AnySchema; in?: AnySchema };
    if (def.innerType) current = def.innerType;
    else if (def.type === 'pipe' && def.in) current = def.in;
    else break;
  }
  return current;
}

function metaOf(schema: AnySchema): { title?: string } | undefined {
  return (schema as z.ZodType).meta?.() as { title?: string } | undefined;
}

/** The schema of the field at `path` inside `schema`, or undefined if there is none. */
export function fieldSchema(schema: AnySchema, path: readonly PropertyKey[]): AnySchema | undefined {
  let current: AnySchema | undefined = schema;
  for (const key of path) {
    if (!current) return undefined;
    const def = unwrap(current)._zod.def as { type: string; shape?: Record<string, AnySchema>; element?: AnySchema };
    if (def.type === 'object' && def.shape) current = def.shape[String(key)];
    else if (def.type === 'array' && def.element) current = def.element;
    else return undefined;
  }
  return current;
}

/** Editor label of the field at `path` (e.g. "Nödnummer i krisraden › Nummer att ringa"). */
export function fieldLabel(schema: AnySchema, path: readonly PropertyKey[]): string | undefined {
  const labels: string[] = [];
  for (let i = 1; i <= path.length; i++) {
    const key = path[i - 1];
    if (typeof key === 'number') continue;
    const field = fieldSchema(schema, path.slice(0, i));
    const title = field ? (metaOf(field)?.title ?? metaOf(unwrap(field))?.title) : undefined;
    if (title) labels.push(title);
  }
  return labels.length ? labels.join(' › ') : undefined;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let current = data;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/** A short, readable rendering of a value found in a content file. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'inget värde (fältet saknas)';
  if (value === null || value === '') return 'ett tomt värde';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'ett ogiltigt datum' : value.toISOString().slice(0, 10);
  if (typeof value === 'string') return `"${value.length > 60 ? `${value.slice(0, 57)}…` : value}"`;
  if (Array.isArray(value)) return `en lista med ${value.length} ${value.length === 1 ? 'rad' : 'rader'}`;
  if (typeof value === 'object') return 'en grupp av fält';
  return String(value);
}

/** The help text of the field at `path`, when the schema has one. */
function fieldHelp(schema: AnySchema, path: readonly PropertyKey[]): string | undefined {
  const field = fieldSchema(schema, path);
  const meta = field ? ((field as z.ZodType).meta?.() as { description?: string } | undefined) : undefined;
  return (
    meta?.description ?? (field ? ((unwrap(field) as z.ZodType).meta?.() as { description?: string } | undefined)?.description : undefined)
  );
}

/**
 * One problem per zod issue, with the field's label, the line it stands on (`lineOf`, from the
 * YAML), what was found and what is expected, in the editor's words: a missing field says it is
 * missing and what to write there (its help text), never "undefined".
 */
export function problemsFromZod(
  file: string,
  schema: AnySchema,
  data: unknown,
  error: z.core.$ZodError,
  lineOf: (path: readonly PropertyKey[]) => number | undefined = () => undefined,
): ContentProblem[] {
  return error.issues.map((issue) => {
    const path = issue.path;
    const unknownKeys = issue.code === 'unrecognized_keys' ? (issue as { keys: string[] }).keys : undefined;
    const value = valueAt(data, path);
    const missing = issue.code === 'invalid_type' && value === undefined;
    const label = fieldLabel(schema, path);
    const key = String(path.at(-1) ?? '');
    return {
      file,
      field: unknownKeys ? [...path, unknownKeys.join(', ')].join('.') : path.join('.'),
      label,
      line: unknownKeys ? (lineOf([...path, unknownKeys[0]!]) ?? lineOf(path)) : lineOf(path),
      found: unknownKeys ? `okända fält: ${unknownKeys.join(', ')}` : missing ? 'inget värde: fältet saknas' : describeValue(value),
      expected: missing ? (fieldHelp(schema, path) ?? issue.message) : issue.message,
      fix: unknownKeys
        ? 'Ta bort fälten eller rätta stavningen av fältnamnet.'
        : missing
          ? `Lägg till fältet ${key ? `"${key}"` : ''}${label ? ` (${label})` : ''} med ett värde.`
          : // A schema's own rule may say what to do beside what it expects (`params: { fix }`).
            (issue as { params?: { fix?: string } }).params?.fix,
      ...(missing ? { missing: true } : {}),
    };
  });
}

export function problemsFromSafety(file: string, problems: SafetyProblem[]): ContentProblem[] {
  return problems.map((p) => ({
    file,
    field: 'body',
    label: 'Brödtext',
    line: p.line,
    found: p.message,
    expected: 'Markdown, tillåtna komponenter och text',
    fix: p.fix,
  }));
}

/** Render problems as a report: one block per file, one line per field. Warnings are marked ⚠ and counted as such. */
export function formatProblems(problems: readonly ContentProblem[], kind: 'error' | 'warning' = 'error'): string {
  const byFile = new Map<string, ContentProblem[]>();
  for (const p of problems) byFile.set(p.file, [...(byFile.get(p.file) ?? []), p]);
  const blocks = [...byFile].map(([file, list]) => {
    const lines = list.map((p) => {
      const where = p.line ? `${file}:${p.line}` : file;
      const field = p.label ? `${p.field} (${p.label})` : p.field || '(hela filen)';
      return [
        `  ${kind === 'warning' ? '⚠' : '✗'} ${field}  [${where}]`,
        `      hittade: ${p.found}`,
        `      förväntat: ${p.expected}`,
        ...(p.fix ? [`      åtgärd: ${p.fix}`] : []),
      ].join('\n');
    });
    return `${file}\n${lines.join('\n')}`;
  });
  const files = byFile.size;
  const what = kind === 'warning' ? (problems.length === 1 ? 'varning' : 'varningar') : 'fel';
  return `${problems.length} ${what} i ${files} ${files === 1 ? 'fil' : 'filer'}:\n\n${blocks.join('\n\n')}`;
}

/**
 * The message for a fault in the content check itself (not in the content): what happened, that
 * the editor's files are not to blame, and how to report it. The stack goes last, for developers.
 */
export function internalErrorMessage(error: unknown): string {
  const e = error instanceof Error ? error : new Error(String(error));
  return [
    'Internt fel i innehållskontrollen: det här beror inte på ditt innehåll.',
    `  ${e.message}`,
    'Rapportera felet till webbplatsens utvecklare (se SECURITY.md och README) och skicka med den här texten.',
    `  ${(e.stack ?? '').split('\n').slice(1, 4).join('\n  ')}`,
  ].join('\n');
}
