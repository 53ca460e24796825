/**
 * Editor components are generated from the content components: each one's props are its form's
 * fields, what it writes passes the content guard, and a block survives load and save unchanged.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHILDREN_FIELD, editorComponentsFrom } from '../../admin/cms/editor-components.ts';
import { unwrap } from '../../admin/cms/fields.ts';
import { checkMdx, contentRules } from '../../src/lib/mdx-safety.ts';
import { contentComponents, type ContentComponentSpec } from '../../src/schemas/content-components.ts';

const specs = contentComponents as Record<string, ContentComponentSpec>;
const components = editorComponentsFrom(specs, (name, props, children) => `${name}:${JSON.stringify(props)}:${children ?? ''}`);

/** A valid value for each prop: its first example, first option, default, or a tricky text. */
function sampleProps(spec: ContentComponentSpec): Record<string, string> {
  const props: Record<string, string> = {};
  for (const [name, schema] of Object.entries(spec.props.shape)) {
    const { inner, meta, default: def } = unwrap(schema);
    const entries = (inner._zod.def as { entries?: Record<string, string> }).entries;
    // A tricky text where the prop takes free text, a plain id where it takes an id.
    const text = ['Råd: {x} & "citat" <y>', 'exempel'].find(
      (t) => (inner as unknown as { safeParse(v: unknown): { success: boolean } }).safeParse(t).success,
    );
    const value = meta.examples?.[0] ?? (entries ? Object.values(entries).at(-1) : undefined) ?? def ?? text;
    props[name] = String(value);
  }
  return props;
}

it('there are editor components to check (the tests below would pass on none)', () => {
  expect(components.length).toBeGreaterThan(0);
  expect(components.map((c) => c.id)).toEqual(Object.keys(specs));
});

describe.each(components.map((c) => [c.id, c] as const))('%s', (id, component) => {
  const spec = specs[id]!;
  const data = { ...sampleProps(spec), ...(spec.children ? { [CHILDREN_FIELD]: 'Text i rutan med {klammer}.\n\nAndra stycket.' } : {}) };

  it('offers every prop as a field, with the schema’s label', () => {
    const names = component.fields.map((f) => f.name);
    expect(names).toEqual([...Object.keys(spec.props.shape), ...(spec.children ? [CHILDREN_FIELD] : [])]);
    for (const field of component.fields.filter((f) => f.name !== CHILDREN_FIELD)) {
      expect(field.label).toBe(unwrap(spec.props.shape[field.name]!).meta.title ?? field.name);
    }
  });

  it('writes a block its own pattern reads back unchanged', () => {
    const block = component.toBlock(data);
    const match = component.pattern.exec(`${block}\n\nEfter blocket.`);
    expect(match?.index).toBe(0);
    const read = component.fromBlock(match!);
    expect(read).toEqual(data);
    expect(component.toBlock(read)).toBe(block);
  });

  it('writes MDX the content guard accepts (after the body format escapes the text)', () => {
    const block = component.toBlock(data);
    expect(checkMdx(block.replace(/\{klammer\}/, '\\{klammer\\}'), contentRules)).toEqual([]);
  });

  it('empty optional props are left out', () => {
    const block = component.toBlock({ ...data, ...Object.fromEntries(Object.keys(spec.props.shape).map((k) => [k, ''])) });
    expect(block).toMatch(new RegExp(`^<${id}( /)?>`));
  });
});

describe('blocks already in content survive load and save byte for byte', () => {
  const dir = join(process.cwd(), 'content/pages');
  const blocks = readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.mdx'))
    .flatMap((file) => {
      const source = readFileSync(join(dir, file), 'utf8');
      return components.flatMap((c) =>
        [...source.matchAll(new RegExp(`^<${c.id}[\\s\\S]*?(?:</${c.id}>|/>)`, 'gm'))].map((m) => [file, c.id, m[0]] as const),
      );
    });

  it('there are blocks to check', () => expect(blocks.length).toBeGreaterThan(0));

  it.each(blocks)('%s: %s', (_file, id, block) => {
    const component = components.find((c) => c.id === id)!;
    const match = component.pattern.exec(block)!;
    expect(component.toBlock(component.fromBlock(match))).toBe(block);
  });
});
