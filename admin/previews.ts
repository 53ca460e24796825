/**
 * Preview templates, one per content type, chosen by the type's kind in the registry so a new
 * content type gets a preview with no code: MDX pages render like src/pages/[...slug].astro
 * (header, lede, text, "Senast uppdaterad"); data entries render as a card in the site's
 * `.card` style; single files (settings, interface texts) as a page listing every field. The
 * pane loads the site's own stylesheet (main.ts), so what the editor sees is what the public sees.
 */
import type { PreviewTemplateComponentProps } from 'decap-cms-core';
import { createElement as h, type ReactNode } from 'react';
import { parseYamlData } from '../src/lib/content-yaml.ts';
import uiSvSource from '../content/ui/sv.yaml?raw';
import { formatDate } from '../src/lib/i18n.ts';
import type { ContentType } from '../src/schemas/index.ts';
import type { UiStrings } from '../src/schemas/index.ts';
import { helplineCard } from './helpline-preview.ts';

/** The Swedish UI strings: previews use them, and the CMS labels choices with them. */
export const ui = parseYamlData(uiSvSource, 'content/ui/sv.yaml') as UiStrings;

/**
 * Types whose public card has its own markup: the preview draws that card (same classes and
 * wording functions as the site). Every other type gets the generic card below.
 */
const ownCards: Record<string, (props: PreviewTemplateComponentProps, ui: UiStrings) => ReactNode | undefined> = {
  helplines: helplineCard,
};

interface FieldDef {
  name: string;
  label?: string;
  widget?: string;
  fields?: FieldDef[];
  field?: FieldDef;
}

type Preview = (props: PreviewTemplateComponentProps) => ReactNode;

function isLocalized(value: unknown): value is { sv?: string; en?: string } {
  return Boolean(value) && typeof value === 'object' && !Array.isArray(value) && 'sv' in (value as object);
}

function text(value: unknown): string {
  if (isLocalized(value)) return String(value.sv ?? '');
  if (value === true) return 'Ja';
  if (value === false) return 'Nej';
  if (value === undefined || value === null) return '';
  return String(value);
}

/** A field's value in plain markup: texts in Swedish (English beside), lists as lists, groups nested. */
function renderValue(field: FieldDef, value: unknown): ReactNode {
  if (value === undefined || value === null || value === '') return h('span', { className: 'meta' }, '–');
  if (isLocalized(value)) {
    return h('span', null, value.sv ?? '', value.en ? h('span', { className: 'meta', lang: 'en' }, ` (English: ${value.en})`) : null);
  }
  if (Array.isArray(value)) {
    if (value.length === 0) return h('span', { className: 'meta' }, '–');
    return h(
      'ul',
      null,
      value.map((item, i) =>
        h('li', { key: i }, field.fields ? renderFields(field.fields, item) : renderValue(field.field ?? field, item)),
      ),
    );
  }
  if (typeof value === 'object' && field.fields) return renderFields(field.fields, value);
  if (field.widget === 'image' && typeof value === 'string') return h('img', { src: value, alt: '' });
  return text(value);
}

function renderFields(fields: readonly FieldDef[], data: unknown): ReactNode {
  const values = (data ?? {}) as Record<string, unknown>;
  return h(
    'dl',
    null,
    fields.flatMap((field) => [
      h('dt', { key: `${field.name}-t` }, h('strong', null, field.label ?? field.name)),
      h('dd', { key: `${field.name}-d` }, renderValue(field, values[field.name])),
    ]),
  );
}

function fieldsOf(props: PreviewTemplateComponentProps): FieldDef[] {
  return (props.fields?.toJS?.() ?? []) as FieldDef[];
}

function pagePreview(): Preview {
  return function PagePreview({ entry, widgetFor }) {
    const data = entry.get('data');
    const title = String(data?.get('title') ?? '');
    const description = String(data?.get('description') ?? '');
    const updated = data?.get('updated');
    const date = updated ? new Date(`${String(updated).slice(0, 10)}T00:00:00Z`) : undefined;
    return h(
      'main',
      { id: 'main' },
      h(
        'article',
        { className: 'prose' },
        h('header', { className: 'page-header' }, h('h1', null, title), description ? h('p', { className: 'lede' }, description) : null),
        widgetFor('body'),
        date && !Number.isNaN(date.getTime())
          ? h('p', { className: 'meta' }, `${ui.updated ?? 'Senast uppdaterad'}: ${formatDate(date, 'sv')}`)
          : null,
      ),
    );
  };
}

function cardPreview(type: ContentType): Preview {
  const titleField = type.kind === 'folder' ? type.identifierField : '';
  // A bilingual name shows in Swedish, as on the Swedish page.
  const own = ownCards[type.name];
  return function CardPreview(props) {
    const shown = own?.(props, ui);
    if (shown) return shown;
    const data = (props.entry.get('data')?.toJS?.() ?? {}) as Record<string, unknown>;
    const fields = fieldsOf(props).filter((f) => f.name !== titleField);
    return h(
      'main',
      { id: 'main' },
      h(
        'ul',
        { className: 'card-list' },
        h('li', { className: 'card' }, h('h2', null, text(data[titleField]) || type.labelSingular), renderFields(fields, data)),
      ),
    );
  };
}

function filePreview(type: ContentType): Preview {
  return function FilePreview(props) {
    const data = (props.entry.get('data')?.toJS?.() ?? {}) as Record<string, unknown>;
    return h('main', { id: 'main' }, h('article', { className: 'prose' }, h('h1', null, type.label), renderFields(fieldsOf(props), data)));
  };
}

/** The preview for a content type, from its kind and format alone. */
export function previewFor(type: ContentType): Preview {
  if (type.kind === 'folder' && type.format === 'mdx') return pagePreview();
  if (type.kind === 'folder') return cardPreview(type);
  return filePreview(type);
}
