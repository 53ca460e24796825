/**
 * Decap editor components generated from the content components (src/schemas/content-components.ts):
 * each component's props become the fields of its form (through the same generator as collection
 * fields), and `fromBlock`/`toBlock` read and write exactly the MDX the content guard accepts.
 * A component that wraps text gets a Markdown field `children`.
 *
 * The round trip is stable: `toBlock(fromBlock(toBlock(data)))` is `toBlock(data)`; props are
 * written in schema order, empty ones left out. Pure: previews are HTML strings made by a function
 * the admin passes in (admin/components.ts), so the site's markup lives in one place there.
 */
import type { CmsField } from 'decap-cms-core';
import type { ContentComponentSpec } from '../../src/schemas/content-components.ts';
import { fieldFromZod, unwrap } from './fields.ts';
import { ATTRIBUTES as TAG_ATTRIBUTES, encodeAttribute, parseAttributes } from './safe-mdx.ts';

/** Name of the Markdown field holding the text inside a wrapping component. */
export const CHILDREN_FIELD = 'children';

export interface EditorComponent {
  id: string;
  label: string;
  fields: CmsField[];
  pattern: RegExp;
  fromBlock(match: RegExpMatchArray): Record<string, string>;
  toBlock(data: Record<string, unknown>): string;
  toPreview(data: Record<string, unknown>): string;
}

export type ComponentPreview = (name: string, props: Record<string, string>, children: string | undefined) => string;

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A tag's attributes, captured (group 1). */
const ATTRIBUTES = `(${TAG_ATTRIBUTES})`;

function propNames(spec: ContentComponentSpec): string[] {
  return Object.keys(spec.props.shape);
}

/** One Decap editor component for one content component. */
export function editorComponentFrom(name: string, spec: ContentComponentSpec, preview: ComponentPreview): EditorComponent {
  const id = escapeRegExp(name);
  const fields: CmsField[] = Object.entries(spec.props.shape).map(([prop, schema]) => fieldFromZod(prop, schema, { i18n: false }));
  if (spec.children) {
    fields.push({
      name: CHILDREN_FIELD,
      label: 'Text',
      widget: 'markdown',
      hint: 'Texten i rutan.',
      modes: ['rich_text', 'raw'],
    } as CmsField);
  }
  // Wrapping components span lines: `<Callout …>`, the text, `</Callout>`, each tag on its own line.
  const pattern = spec.children
    ? new RegExp(`^<${id}${ATTRIBUTES}\\s*>\\r?\\n([\\s\\S]*?)\\r?\\n?</${id}>`)
    : new RegExp(`^<${id}${ATTRIBUTES}\\s*/>`);
  const names = propNames(spec);

  const fromBlock = (match: RegExpMatchArray): Record<string, string> => {
    const props = parseAttributes(match[1] ?? '');
    const data: Record<string, string> = {};
    for (const [key, value] of Object.entries(props)) if (typeof value === 'string') data[key] = value;
    if (spec.children) data[CHILDREN_FIELD] = match[2] ?? '';
    return data;
  };

  const toBlock = (data: Record<string, unknown>): string => {
    const attributes = names
      .map((prop) => [prop, data[prop]] as const)
      .filter(([, value]) => value !== undefined && value !== null && String(value).trim() !== '')
      .map(([prop, value]) => ` ${prop}="${encodeAttribute(String(value).replace(/\s+/g, ' ').trim())}"`)
      .join('');
    if (!spec.children) return `<${name}${attributes} />`;
    const text = String(data[CHILDREN_FIELD] ?? '').replace(/\s+$/, '');
    return `<${name}${attributes}>\n${text}\n</${name}>`;
  };

  const toPreview = (data: Record<string, unknown>): string => {
    const props: Record<string, string> = {};
    for (const prop of names) {
      const value = data[prop] ?? unwrap(spec.props.shape[prop]!).default;
      if (value !== undefined && value !== null && String(value) !== '') props[prop] = String(value);
    }
    return preview(name, props, spec.children ? String(data[CHILDREN_FIELD] ?? '') : undefined);
  };

  return { id: name, label: spec.label, fields, pattern, fromBlock, toBlock, toPreview };
}

export function editorComponentsFrom(components: Record<string, ContentComponentSpec>, preview: ComponentPreview): EditorComponent[] {
  return Object.entries(components).map(([name, spec]) => editorComponentFrom(name, spec, preview));
}
