/**
 * The open data of the build: /hjalplinjer.json lists every helpline in content/helplines/ and
 * passes the zod schema its JSON Schema is generated from; /hjalplinjer.schema.json is that JSON
 * Schema (draft 2020-12), at the address the data names.
 */
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HelplinesOpenDataSchema } from '../../src/schemas/helplines-open-data.ts';
import { read } from './built.ts';

const json = (path: string) => {
  const text = read(path);
  expect(text, `the build has ${path}`).toBeDefined();
  return JSON.parse(text!);
};
const ids = readdirSync(resolve('content/helplines'))
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => f.replace(/\.yaml$/, ''))
  .sort();

describe('/hjalplinjer.json and its JSON Schema', () => {
  it('content/helplines/ has lines', () => expect(ids.length).toBeGreaterThan(0));

  it('/hjalplinjer.json lists every line and passes its schema', () => {
    const data = json('/hjalplinjer.json');
    const parsed = HelplinesOpenDataSchema.safeParse(data);
    expect(parsed.success, parsed.error?.message).toBe(true);
    expect(data.helplines.map((l: { id: string }) => l.id).sort()).toEqual(ids);
  });

  it('/hjalplinjer.schema.json is a draft 2020-12 JSON Schema at the address the data names', () => {
    const data = json('/hjalplinjer.json');
    const schema = json('/hjalplinjer.schema.json');
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(new URL(data.$schema).pathname).toBe('/hjalplinjer.schema.json');
    expect(schema.$id).toBe(data.$schema);
  });
});
