/**
 * The CMS configuration is generated from the registry and the zod schemas: every collection, every
 * field, and the same rules (required, pattern, options, ranges) with the schema's own Swedish
 * messages, so the form refuses what the build would refuse. The candidate values below are run
 * through both the Decap rule and the zod field; they must agree.
 */
import type { CmsCollection, CmsField } from 'decap-cms-core';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { cmsConfig } from '../../admin/cms/config.ts';
import { collectionFromType, formats } from '../../admin/cms/collections.ts';
import { customChecks, isDateSchema, isUploadWidget, unwrap } from '../../admin/cms/fields.ts';
import { contentTypes, type ContentType } from '../../src/schemas/index.ts';
import { localized } from '../../src/schemas/localized.ts';
import { z } from '../../src/schemas/z.ts';
import { eventsType } from '../fixtures/cms/new-type.ts';

type AnySchema = z.core.$ZodType;
type Field = CmsField & Record<string, unknown>;
const types = contentTypes as readonly ContentType[];
const uiSv: unknown = parseYaml(readFileSync('content/ui/sv.yaml', 'utf8'));
const config = cmsConfig(types, ['Callout', 'image'], { backend: { name: 'test-repo' } }, uiSv);

type Option = string | { label: string; value: string };
/** The stored values a select offers (its options are labelled: `{ label, value }`). */
const optionValues = (field: Field) => (field.options as Option[]).map((o) => (typeof o === 'string' ? o : o.value));

function collectionFields(collection: CmsCollection): Field[][] {
  if (collection.files) return collection.files.map((f) => f.fields as Field[]);
  return [collection.fields as Field[]];
}

const defOf = (s: AnySchema) =>
  s._zod.def as unknown as { type: string; shape?: Record<string, AnySchema>; element?: AnySchema; entries?: object };

interface Leaf {
  path: string;
  schema: AnySchema;
  field: Field;
  /** Inside an optional group: the form cannot require it (the check before saving does). */
  inOptionalGroup?: boolean;
}

/** Pairs every schema field (recursively) with its CMS field; a missing CMS field fails the test. */
function pair(schema: AnySchema, fields: Field[], path: string, inOptionalGroup = false): Leaf[] {
  const shape = defOf(unwrap(schema).inner).shape ?? {};
  expect(fields.map((f) => f.name).filter((n) => n !== 'body')).toEqual(Object.keys(shape));
  return Object.entries(shape).flatMap(([name, fieldSchema]) => {
    const field = fields.find((f) => f.name === name)!;
    const here = `${path}.${name}`;
    const inner = unwrap(fieldSchema).inner;
    const def = defOf(inner);
    const leaves: Leaf[] = [{ path: here, schema: fieldSchema, field, inOptionalGroup }];
    const optional = inOptionalGroup || (fieldSchema as z.ZodType).safeParse(undefined).success;
    if (def.type === 'object') leaves.push(...pair(inner, field.fields as Field[], here, optional));
    if (def.type === 'array' && def.element) {
      const element = unwrap(def.element).inner;
      if (defOf(element).type === 'object') leaves.push(...pair(element, field.fields as Field[], `${here}[]`));
      else if (defOf(element).type === 'enum')
        expect({ ...field, options: optionValues(field) }).toMatchObject({
          widget: 'select',
          multiple: true,
          options: Object.values(defOf(element).entries!),
        });
      else leaves.push({ path: `${here}[]`, schema: def.element, field: field.field as Field });
    }
    return leaves;
  });
}

const leaves = config.collections.flatMap((collection) => {
  const type = types.find((t) => t.name === collection.name)!;
  return collectionFields(collection).flatMap((fields) => pair(type.schema, fields, collection.name));
});

/** Values an editor might type, plus each field's own examples and length boundaries. */
function candidates(leaf: Leaf): string[] {
  const { meta, inner } = unwrap(leaf.schema);
  const checks = ((inner._zod.def as { checks?: { _zod: { def: { minimum?: number; maximum?: number } } }[] }).checks ?? []).map(
    (c) => c._zod.def,
  );
  const lengths = checks
    .flatMap((c) => [c.minimum, c.maximum].filter((n): n is number => n !== undefined))
    .flatMap((n) => [n - 1, n, n + 1]);
  return [
    ...(meta.examples ?? []).map(String),
    ...lengths.filter((n) => n > 0).map((n) => 'x'.repeat(n)),
    'a',
    'Boka en peer',
    'boka-en-peer',
    'boka--peer',
    'åäö',
    '112',
    '11 2',
    '1177',
    '+46850505050',
    '036-32 40 00',
    '020-50 50 50',
    'info@exempel.se',
    'info@',
    'https://mind.se/',
    'http://mind.se/',
    'mind.se',
    'sv',
    'SV',
    '09:00',
    '24:00',
    '25:00',
    '2026-11-23',
    ' ',
  ];
}

function cmsAccepts(field: Field, value: string): { ok: boolean; message?: string } {
  const pattern = field.pattern as [string | RegExp, string] | undefined;
  if (!pattern) return { ok: true };
  return RegExp(pattern[0]).test(value) ? { ok: true } : { ok: false, message: pattern[1] };
}

describe('every content type is a collection', () => {
  it('the registry has content types', () => expect(types.length).toBeGreaterThan(0));

  it.each(types.map((t) => [t.name, t] as const))('%s', (_name, type) => {
    const collection = config.collections.find((c) => c.name === type.name);
    expect(collection).toBeDefined();
    expect(collection!.label).toBe(type.label);
    if (type.kind === 'files') {
      expect(collection!.files!.map((f) => f.file)).toEqual(type.files.map((f) => `${type.folder}/${f.name}.yaml`));
    } else {
      expect(collection!.folder).toBe(type.folder);
      // Translated types get a format of their own (it knows which fields are translated).
      expect(collection!.format).toBe(
        `${type.format === 'mdx' ? formats.mdx : formats.yaml}${type.translation === 'files' ? `-${type.name}` : ''}`,
      );
      // Translated types are saved as <folder>/sv/<name> and <folder>/en/<name>, which the loaders read.
      expect(Boolean(collection!.i18n)).toBe(type.translation === 'files');
    }
  });

  it('translation folders: sv first, then en, one folder per language', () => {
    expect(config.i18n).toEqual({ structure: 'multiple_folders', locales: ['sv', 'en'], default_locale: 'sv' });
    expect(config.locale).toBe('sv');
    expect(config.load_config_file).toBe(false);
  });
});

describe('every schema field is a CMS field with the same rules', () => {
  it('the schemas have fields to compare', () => expect(leaves.length).toBeGreaterThan(types.length));

  it.each(leaves.map((l) => [l.path, l] as const))('%s', (_path, leaf) => {
    const { meta, inner } = unwrap(leaf.schema);
    const { field } = leaf;
    if (!leaf.path.endsWith('[]')) {
      // Label and help text come from the schema's metadata.
      if (meta.title) expect(field.label).toBe(meta.title);
      if (meta.description) expect(field.hint).toBe(meta.description);
      // Required exactly when the schema refuses a missing value (inside an optional group: never).
      const required = !leaf.inOptionalGroup && !(leaf.schema as z.ZodType).safeParse(undefined).success;
      expect(field.required ?? true).toBe(required);
    }
    const def = defOf(inner);
    if (def.type === 'enum') expect(optionValues(field)).toEqual(Object.values(def.entries!));
    if (isDateSchema(inner)) expect(field).toMatchObject({ widget: 'datetime', format: 'YYYY-MM-DD', time_format: false });
    if (def.type !== 'string' || isDateSchema(inner) || field.widget === 'relation') return;
    // Decap tests an upload field's pattern against the file name only: it has none (see below).
    if (isUploadWidget(field.widget)) return expect(field.pattern).toBeUndefined();

    const custom = customChecks(inner) > 0;
    for (const value of candidates(leaf)) {
      const cms = cmsAccepts(field, value);
      const result = (inner as z.ZodType).safeParse(value);
      // The form never refuses a value the build accepts.
      if (!cms.ok) expect(result.success, `"${value}" refused by the form but accepted by the schema`).toBe(false);
      // Without code checks (.refine), the form refuses exactly what the schema refuses…
      if (!custom) expect(cms.ok, `"${value}" accepted by the form but refused by the schema`).toBe(result.success);
      // …and says it with the schema's own messages.
      // (A code check's message cannot be in a pattern; the build reports it.)
      if (!cms.ok && !result.success) {
        for (const issue of result.error.issues.filter((i) => i.code !== 'custom')) expect(cms.message).toContain(issue.message);
      }
    }
  });

  it('pattern messages are the schema’s Swedish messages, not generic ones', () => {
    const slug = leaves.find((l) => l.path === 'pages.slug')!.field;
    expect(slug.pattern).toEqual([
      '^[a-z0-9]+(?:-[a-z0-9]+)*$',
      'Använd bara små bokstäver a–z, siffror och bindestreck (skriv a och o i stället för å, ä, ö), t.ex. "boka-en-peer".',
    ]);
    const title = leaves.find((l) => l.path === 'pages.title')!.field;
    expect(title.pattern?.[1]).toBe(
      'Rubriken behöver minst 3 tecken. Rubriken får vara högst 90 tecken. Korta den och lägg resten i texten.',
    );
  });

  it('numbers keep their range and integer rule', () => {
    expect(leaves.find((l) => l.path === 'pages.navOrder')!.field).toMatchObject({ widget: 'number', value_type: 'int', min: 1, max: 20 });
  });

  it('translated fields: texts translate; dates, numbers and switches are copied from Swedish', () => {
    const pages = config.collections.find((c) => c.name === 'pages')!;
    const modes = Object.fromEntries((pages.fields as Field[]).map((f) => [f.name, f.i18n]));
    expect(modes).toMatchObject({
      title: 'translate',
      description: 'translate',
      body: 'translate',
      updated: 'duplicate',
      navOrder: 'duplicate',
      sensitive: 'duplicate',
    });
  });

  it('code checks (.refine) that the form cannot run are few and enforced by the build', () => {
    // Listed so a new one is a conscious choice: each is reported by `npm run build` with file and field.
    const withCode = leaves.filter((l) => customChecks(unwrap(l.schema).inner) > 0).map((l) => l.path);
    expect(withCode.length).toBeLessThan(leaves.length / 4);
  });
});

describe('a new content type needs no CMS code', () => {
  const EventSchema = z.strictObject({
    title: localized(z.string().min(3, { error: 'Minst 3 tecken.' }), { title: 'Namn', description: 'Evenemangets namn.' }),
    date: z.iso.date({ error: 'Skriv ÅÅÅÅ-MM-DD.' }).meta({ title: 'Datum', description: 'Dag.' }),
    kind: z.enum(['course', 'meeting']).meta({ title: 'Sort', description: 'Vad det är.' }),
    seats: z.number().int().min(1).max(200).optional().meta({ title: 'Platser', description: 'Antal.' }),
    phone: z
      .string()
      .regex(/^0\d{1,3}-\d{5,8}$/, { error: 'Skriv 036-324000.' })
      .optional()
      .meta({ title: 'Telefon', description: 'Nummer.' }),
    tags: z.array(z.string().min(2)).default([]).meta({ title: 'Taggar', description: 'Ord.' }),
  });
  const type = eventsType(EventSchema);

  it('becomes a folder collection with every field and rule', () => {
    const collection = collectionFromType(type, { editorComponents: [] });
    expect(collection).toMatchObject({ name: 'events', folder: 'content/events', extension: 'yaml', format: 'clean-yaml', create: true });
    // A bilingual name names the file by its Swedish text.
    expect(collection).toMatchObject({ identifier_field: 'title.sv', summary: '{{title.sv}}' });
    const byName = Object.fromEntries((collection.fields as Field[]).map((f) => [f.name, f]));
    expect(Object.keys(byName)).toEqual(['title', 'date', 'kind', 'seats', 'phone', 'tags']);
    expect(byName.title).toMatchObject({
      widget: 'object',
      fields: [
        { name: 'sv', pattern: ['^[\\s\\S]{3,}$', 'Minst 3 tecken.'] },
        { name: 'en', required: false },
      ],
    });
    expect(byName.date).toMatchObject({ widget: 'datetime', format: 'YYYY-MM-DD' });
    expect(byName.kind).toMatchObject({ widget: 'select', options: ['course', 'meeting'] });
    expect(byName.seats).toMatchObject({ widget: 'number', value_type: 'int', min: 1, max: 200, required: false });
    expect(byName.phone).toMatchObject({ required: false, pattern: ['^0\\d{1,3}-\\d{5,8}$', 'Skriv 036-324000.'] });
    expect(byName.tags).toMatchObject({ widget: 'list', required: false, field: { widget: 'string' } });
  });
});

describe('the helplines list in the CMS', () => {
  it('shows when each line was last checked, so stale facts are seen at a glance', () => {
    const helplines = config.collections.find((c) => c.name === 'helplines');
    expect(helplines?.summary).toContain('{{verification.lastChecked}}');
  });
});

describe('the admin speaks Swedish: choices by their Swedish names, every help text once', () => {
  interface Placed {
    path: string;
    field: Field;
    parentHint?: string;
  }
  function walk(fields: Field[] | undefined, path: string, parentHint?: string): Placed[] {
    return (fields ?? []).flatMap((field) => {
      const here = `${path}.${field.name}`;
      const item = field.field as Field | undefined;
      return [
        { path: here, field, parentHint },
        ...walk(field.fields as Field[] | undefined, here, field.hint as string | undefined),
        ...(item ? [{ path: `${here}[]`, field: item, parentHint: field.hint as string | undefined }] : []),
        ...(item ? walk(item.fields as Field[] | undefined, `${here}[]`, item.hint as string | undefined) : []),
      ];
    });
  }
  const placed = config.collections.flatMap((collection) =>
    collectionFields(collection).flatMap((fields) => walk(fields, collection.name)),
  );
  const selects = placed.filter(({ field }) => field.widget === 'select');

  it('finds the selects (the walk reaches nested groups and lists)', () => {
    expect(selects.map(({ path }) => path)).toEqual(
      expect.arrayContaining(['helplines.kind', 'helplines.audiences', 'helplines.hours.type', 'helplines.hours.weekly.days']),
    );
  });

  it.each(selects.map((s) => [s.path, s] as const))('%s: every choice has a Swedish label, not the stored value', (_path, { field }) => {
    for (const option of field.options as Option[]) {
      expect(typeof option, `an option without a label: ${JSON.stringify(option)}`).toBe('object');
      const { label, value } = option as { label: string; value: string };
      expect(label.trim().length).toBeGreaterThan(0);
      expect(label, `"${value}" is shown as its code`).not.toBe(value);
    }
  });

  it('the choices the site shows have the same names in the admin (one definition: the UI strings)', () => {
    const ui = uiSv as { helplines: { audienceNames: Record<string, string>; topicNames: Record<string, string> } };
    const byPath = Object.fromEntries(selects.map(({ path, field }) => [path, field.options as { label: string; value: string }[]]));
    for (const { label, value } of byPath['helplines.audiences']!) expect(label).toBe(ui.helplines.audienceNames[value]);
    for (const { label, value } of byPath['helplines.topics']!) expect(label).toBe(ui.helplines.topicNames[value]);
  });

  it('no help text is repeated on a group and its field, or on a list and its item', () => {
    const repeated = placed
      .filter(({ field, parentHint }) => field.hint !== undefined && field.hint === parentHint)
      .map(({ path }) => path);
    expect(repeated).toEqual([]);
  });

  it('no help text explains stored codes ("free = gratis"): the choices say it in Swedish', () => {
    const codeHints = placed.filter(({ field }) => /(^|[\s;(])[a-z][a-z-]*\s=\s/.test(String(field.hint ?? ''))).map(({ path }) => path);
    expect(codeHints).toEqual([]);
  });
});

describe('Decap accepts the configuration: lists and groups take only a boolean i18n', () => {
  function all(fields: Field[] | undefined, path: string): [string, Field][] {
    return (fields ?? []).flatMap((f) => {
      const here = `${path}.${f.name}`;
      const item = f.field as Field | undefined;
      return [[here, f] as [string, Field], ...all(f.fields as Field[] | undefined, here), ...(item ? all([item], here) : [])];
    });
  }
  const groups = config.collections
    .flatMap((c) => collectionFields(c).flatMap((fields) => all(fields, c.name)))
    .filter(([, f]) => (f.widget === 'list' || f.widget === 'object') && !f.multiple);
  it('finds nested lists and groups (a course’s sessions, a research work’s authors)', () => {
    expect(groups.length).toBeGreaterThan(5);
  });
  it.each(groups.map(([path, f]) => [path, f] as const))('%s', (_path, field) => {
    expect(['undefined', 'boolean']).toContain(typeof field.i18n);
  });
});
