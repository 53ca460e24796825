/**
 * Decap CMS fields generated from zod schemas: one definition per field. Each field's label,
 * help text, widget, required flag, pattern (with the schema's own Swedish message), number range,
 * options, list and object structure, relation and translation mode come from the schema and its
 * `.meta()`. Pure: no browser, no CMS import (only its types).
 *
 * What Decap cannot express (refinements across fields, e.g. "112 first") is still enforced by the
 * build, which reports it with the file and the field.
 */
import type { CmsField } from 'decap-cms-core';
import type { GlobalMeta } from 'zod/v4/core';
import { z } from '../../src/schemas/z.ts';

type AnySchema = z.core.$ZodType;
type Meta = GlobalMeta & Record<string, unknown>;

interface Def {
  type: string;
  innerType?: AnySchema;
  in?: AnySchema;
  out?: AnySchema;
  defaultValue?: unknown;
  checks?: z.core.$ZodCheck[];
  shape?: Record<string, AnySchema>;
  element?: AnySchema;
  options?: AnySchema[];
  entries?: Record<string, string | number>;
  values?: unknown[];
  format?: string;
  pattern?: RegExp;
}

interface CheckDef {
  check: string;
  format?: string;
  pattern?: RegExp;
  minimum?: number;
  maximum?: number;
  length?: number;
  value?: number | bigint;
  inclusive?: boolean;
  protocol?: RegExp;
  error?: (issue: unknown) => unknown;
}

/** A field unwrapped from optional/default/pipe layers, with the metadata of every layer merged. */
export interface Unwrapped {
  /** The innermost schema that carries the type and checks. */
  inner: AnySchema;
  required: boolean;
  default?: unknown;
  meta: Meta;
}

const defOf = (schema: AnySchema) => schema._zod.def as unknown as Def;
const metaOf = (schema: AnySchema) => ((schema as z.ZodType).meta?.() ?? {}) as Meta;

/** Peel `optional`, `default`, `nullable`, `readonly`, `catch` and `pipe` (input side) layers. */
export function unwrap(schema: AnySchema): Unwrapped {
  let current = schema;
  let required = true;
  let defaultValue: unknown;
  const metas: Meta[] = [metaOf(schema)];
  for (let i = 0; i < 20; i++) {
    const def = defOf(current);
    if (def.type === 'optional' || def.type === 'nullable') required = false;
    if (def.type === 'default' || def.type === 'prefault') {
      required = false;
      defaultValue = def.defaultValue;
    }
    // A pipe's input side is what the file holds; a preprocess step (transform → schema) is skipped.
    const pipeSide = def.in && defOf(def.in).type === 'transform' ? def.out : def.in;
    const next = def.innerType ?? (def.type === 'pipe' ? pipeSide : undefined);
    if (!next) break;
    current = next;
    metas.push(metaOf(current));
  }
  // The outermost metadata wins: `SlugSchema.optional().meta({...})` describes the field.
  const meta = Object.assign({}, ...metas.reverse()) as Meta;
  return { inner: current, required, ...(defaultValue !== undefined ? { default: defaultValue } : {}), meta };
}

/** The checks (min, max, regex …) of a schema; a format schema (`z.email()`) is its own check. */
function checksOf(schema: AnySchema): CheckDef[] {
  const def = defOf(schema) as Def & Partial<CheckDef>;
  const own = def.check ? [def as unknown as CheckDef] : [];
  return [...own, ...(def.checks ?? []).map((c) => c._zod.def as unknown as CheckDef)];
}

/** Checks that are code (`.refine`): Decap cannot run them; the build does. */
export function customChecks(schema: AnySchema): number {
  return checksOf(schema).filter((c) => c.check === 'custom').length;
}

/**
 * The message zod gives for a failed check: the schema's own `{ error }` when it has one, else
 * zod's Swedish default. This is the exact text the build prints.
 */
export function checkMessage(check: CheckDef, issue: Record<string, unknown>): string {
  const fullIssue = { input: '', path: [], ...issue };
  const custom = check.error?.(fullIssue);
  if (typeof custom === 'string') return custom;
  if (custom && typeof custom === 'object' && 'message' in custom) return String((custom as { message: unknown }).message);
  const locale = z.config().localeError?.(fullIssue as never);
  if (typeof locale === 'string') return locale;
  return locale?.message ?? 'Ogiltigt värde.';
}

/** A rule a string must satisfy, as a regular expression source and the message when it does not. */
export interface StringRule {
  source: string;
  flags: string;
  message: string;
}

/** The rules of a string schema: length limits and formats (regex, e-mail …), with messages. */
export function stringRules(schema: AnySchema): StringRule[] {
  const rules: StringRule[] = [];
  for (const check of checksOf(schema)) {
    if (check.check === 'min_length' && check.minimum !== undefined && check.minimum > 0) {
      const message = checkMessage(check, { code: 'too_small', origin: 'string', minimum: check.minimum, inclusive: true });
      rules.push({ source: `^[\\s\\S]{${check.minimum},}$`, flags: '', message });
    } else if (check.check === 'max_length' && check.maximum !== undefined) {
      const message = checkMessage(check, { code: 'too_big', origin: 'string', maximum: check.maximum, inclusive: true });
      rules.push({ source: `^[\\s\\S]{0,${check.maximum}}$`, flags: '', message });
    } else if (check.check === 'length_equals' && check.length !== undefined) {
      const message = checkMessage(check, { code: 'too_big', origin: 'string', maximum: check.length, exact: true });
      rules.push({ source: `^[\\s\\S]{${check.length}}$`, flags: '', message });
    } else if (check.check === 'string_format' && check.format === 'url' && !check.pattern) {
      const protocol = check.protocol ? check.protocol.source.replace(/^\^|\$$/g, '') : '[A-Za-z][A-Za-z0-9+.-]*';
      const message = checkMessage(check, { code: 'invalid_format', origin: 'string', format: 'url' });
      rules.push({ source: `^(?:${protocol}):\\/\\/[^\\s/?#]+\\S*$`, flags: '', message });
    } else if (check.check === 'string_format' && check.pattern) {
      const message = checkMessage(check, {
        code: 'invalid_format',
        origin: 'string',
        format: check.format,
        pattern: String(check.pattern),
      });
      rules.push({ source: check.pattern.source, flags: check.pattern.flags.replace(/[gy]/g, ''), message });
    }
  }
  return rules;
}

/**
 * One Decap `pattern` ([regex, message]) for all rules of a string: Decap shows one message per
 * field, so the rules become lookaheads of one expression and their messages one text.
 */
export function combinePattern(rules: readonly StringRule[]): [string | RegExp, string] | undefined {
  if (rules.length === 0) return undefined;
  const flags = [...new Set(rules.flatMap((r) => [...r.flags]))].join('');
  const source =
    rules.length === 1 ? rules[0]!.source : rules.map((r) => `(?=${r.source.startsWith('^') ? '' : '[\\s\\S]*'}${r.source})`).join('');
  const sentence = (m: string) => (/[.!?]$/.test(m) ? m : `${m}.`);
  const message = [...new Set(rules.map((r) => sentence(r.message)))].join(' ');
  return [flags ? new RegExp(source, flags) : source, message];
}

/** Number range and whether only integers are allowed. */
function numberRules(schema: AnySchema): { min?: number; max?: number; int: boolean } {
  const result: { min?: number; max?: number; int: boolean } = { int: false };
  for (const check of checksOf(schema)) {
    if (check.check === 'number_format' && /int/.test(check.format ?? '')) result.int = true;
    if (check.check === 'greater_than' && check.value !== undefined) result.min = Number(check.value) + (check.inclusive ? 0 : 1);
    if (check.check === 'less_than' && check.value !== undefined) result.max = Number(check.value) - (check.inclusive ? 0 : 1);
  }
  return result;
}

/** Item count limits of an array schema. */
function arrayRules(schema: AnySchema): { min?: number; max?: number } {
  const result: { min?: number; max?: number } = {};
  for (const check of checksOf(schema)) {
    if (check.check === 'min_length' && check.minimum) result.min = check.minimum;
    if (check.check === 'max_length' && check.maximum !== undefined) result.max = check.maximum;
  }
  return result;
}

/** Whether a schema is a calendar date (a Date, an ISO date string, or a union of the two). */
export function isDateSchema(schema: AnySchema): boolean {
  const def = defOf(schema);
  if (def.type === 'date') return true;
  if (def.type === 'string' && def.format === 'date') return true;
  if (def.type === 'union') return (def.options ?? []).some((o) => isDateSchema(unwrap(o).inner));
  return false;
}

export interface FieldOptions {
  /** The collection is translated (Decap i18n): every field gets `translate` or `duplicate`. */
  i18n: boolean;
  /** The Swedish UI strings (content/ui/sv.yaml), where `optionLabels` paths point. */
  ui?: unknown;
  /**
   * The field sits in an optional group (e.g. an optional `{ sv, en }` note). Decap has no
   * "required when the group is used", so its fields are optional in the form; the full schema
   * still checks them before saving (validate-entry.ts) and in the build.
   */
  inOptionalGroup?: boolean;
}

type Field = CmsField & Record<string, unknown>;

function translationMode(meta: Meta, widget: string): 'translate' | 'duplicate' | 'none' {
  if (meta.i18n) return meta.i18n;
  // Words are translated; dates, numbers, switches, choices and files are the same in every language.
  return ['string', 'text', 'markdown'].includes(widget) ? 'translate' : 'duplicate';
}

/** What a select offers: each stored value with its Swedish label (`optionLabels`), or the bare values. */
export function choiceOptions(
  values: readonly unknown[],
  metas: readonly Meta[],
  ui: unknown,
): string[] | { label: string; value: string }[] {
  const spec = metas.map((meta) => meta.optionLabels).find((labels) => labels !== undefined);
  const labels = typeof spec === 'string' ? labelsAt(ui, spec) : spec;
  if (!labels) return values.map((value) => String(value));
  return values.map((value) => ({ label: labels[String(value)] ?? String(value), value: String(value) }));
}

function labelsAt(ui: unknown, path: string): Record<string, string> | undefined {
  let node = ui;
  for (const key of path.split('.')) node = node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined;
  return node && typeof node === 'object' ? (node as Record<string, string>) : undefined;
}

const nestedFields = (field: Field) => (field.fields ?? (field.field ? [field.field] : [])) as Field[];

/** Marks a field inside a list or group that is the same in every language: copied from Swedish. */
function copiedFromSwedish(field: Field): void {
  if ((field.widget === 'list' || field.widget === 'object') && !field.multiple) {
    // Lists and groups take only a boolean; their own fields are the ones copied.
    field.i18n = true;
    for (const child of nestedFields(field)) copiedFromSwedish(child);
  } else field.i18n = 'duplicate';
}

/** Decap's widgets that hold an uploaded file's address. */
export const isUploadWidget = (widget: unknown) => widget === 'image' || widget === 'file';

/** The Decap field for one schema field. */
export function fieldFromZod(name: string, schema: AnySchema, options: FieldOptions): CmsField {
  const { inner, required, meta, ...rest } = unwrap(schema);
  const def = defOf(inner);
  const field: Field = { name, label: meta.title ?? name } as Field;
  if (meta.description) field.hint = meta.description;
  if (!required || options.inOptionalGroup) field.required = false;
  const defaultValue = rest.default;
  const groupOptions: FieldOptions = { i18n: false, ui: options.ui, inOptionalGroup: !required || Boolean(options.inOptionalGroup) };

  if (isDateSchema(inner)) {
    Object.assign(field, { widget: 'datetime', format: 'YYYY-MM-DD', date_format: 'YYYY-MM-DD', time_format: false, picker_utc: true });
  } else if (def.type === 'string') {
    field.widget = meta.widget ?? 'string';
    const pattern = combinePattern(stringRules(inner));
    // Decap tests a file or image field's pattern against the file's name alone (`bild.jpg`, not
    // `/media/bild.jpg`), so an address rule there refuses every upload; the full schema checks the
    // address before the file is written (validate-entry.ts).
    if (pattern && !isUploadWidget(field.widget)) field.pattern = pattern;
  } else if (def.type === 'number') {
    const { min, max, int } = numberRules(inner);
    Object.assign(field, { widget: 'number', value_type: int ? 'int' : 'float' });
    if (min !== undefined) field.min = min;
    if (max !== undefined) field.max = max;
  } else if (def.type === 'boolean') {
    field.widget = 'boolean';
  } else if (def.type === 'enum' || def.type === 'literal') {
    const values = def.type === 'enum' ? Object.values(def.entries ?? {}) : (def.values ?? []);
    Object.assign(field, { widget: 'select', options: choiceOptions(values, [meta], options.ui) });
  } else if (def.type === 'array' && def.element && defOf(unwrap(def.element).inner).type === 'enum') {
    // A list of choices is one multiple select: every option visible, none twice.
    const element = unwrap(def.element);
    const values = Object.values(defOf(element.inner).entries ?? {});
    Object.assign(field, { widget: 'select', multiple: true, options: choiceOptions(values, [meta, element.meta], options.ui) });
    const { min, max } = arrayRules(inner);
    if (min !== undefined) field.min = min;
    if (max !== undefined) field.max = max;
  } else if (def.type === 'array' && def.element) {
    // Items open, so an editor sees every field of a new item without hunting for it.
    Object.assign(field, { widget: 'list', collapsed: false });
    const element = unwrap(def.element);
    if (defOf(element.inner).type === 'object') field.fields = fieldsFromZod(element.inner, { i18n: false, ui: options.ui });
    else {
      const item = fieldFromZod(name, def.element, { i18n: false, ui: options.ui }) as Field;
      // An item without its own title is named like its list.
      if (item.label === name) item.label = field.label;
      field.field = item;
    }
    const { min, max } = arrayRules(inner);
    if (min !== undefined) field.min = min;
    if (max !== undefined) field.max = max;
    if (meta.labelSingular) field.label_singular = meta.labelSingular as string;
  } else if (def.type === 'object') {
    Object.assign(field, { widget: 'object', collapsed: false, fields: fieldsFromZod(inner, groupOptions) });
  } else {
    field.widget = 'string';
  }

  // Explicit metadata overrides what the type suggests (e.g. `text` for a long string, `image`).
  if (meta.widget && !isDateSchema(inner)) field.widget = meta.widget;
  if (meta.relation) {
    Object.assign(field, {
      widget: 'relation',
      collection: meta.relation.collection,
      value_field: meta.relation.valueField,
      search_fields: meta.relation.searchFields,
      ...(meta.relation.displayFields ? { display_fields: meta.relation.displayFields } : {}),
    });
    delete field.pattern;
  }
  if (defaultValue !== undefined && (typeof defaultValue !== 'object' || Array.isArray(defaultValue)))
    field.default = defaultValue as never;
  if (options.i18n) {
    const widget = String(field.widget ?? 'string');
    const mode = translationMode(meta, widget);
    if ((widget === 'list' || widget === 'object') && !field.multiple) {
      // Decap's list and object widgets accept only a boolean `i18n`. A list or group that is the same
      // in every language (a course's sessions, a work's authors) is `true` with each of its fields
      // `duplicate`, as Decap's documentation shows for nested fields, so the English version gets a copy.
      field.i18n = mode !== 'none';
      // A field of a group that declares itself text (an image's alt text) stays translated.
      const shape = widget === 'object' ? ((def as { shape?: Record<string, AnySchema> }).shape ?? {}) : {};
      const declared = (child: Field) => (shape[child.name] ? unwrap(shape[child.name]!).meta.i18n : undefined);
      if (mode === 'duplicate')
        for (const child of nestedFields(field)) {
          if (declared(child) === 'translate' && !nestedFields(child).length) child.i18n = 'translate';
          else copiedFromSwedish(child);
        }
    } else field.i18n = mode;
  }
  return field;
}

/** Decap fields for every field of an object schema, in schema order. */
export function fieldsFromZod(schema: AnySchema, options: FieldOptions): CmsField[] {
  const def = defOf(unwrap(schema).inner);
  if (def.type !== 'object' || !def.shape) throw new Error('fieldsFromZod: schema is not an object');
  return Object.entries(def.shape).map(([name, field]) => fieldFromZod(name, field, options));
}
