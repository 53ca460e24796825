/**
 * What the admin adds to the generated editor components: their previews in the site's markup
 * (so a Faktaruta looks in the preview as on the page) and an image component that insists on
 * alt text.
 */
import { micromark } from 'micromark';
import { documentType } from '../src/lib/file-size.ts';
import { contentComponents } from '../src/schemas/content-components.ts';

const escapeHtml = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** Markdown to HTML for previews; raw HTML in the text is shown as text, never run. */
export function markdownHtml(markdown: string): string {
  return micromark(markdown);
}

/** Preview markup per component, mirroring src/components/content/<Name>.astro. */
const previews: Record<string, (props: Record<string, string>, children: string) => string> = {
  Callout: (props, children) =>
    `<aside class="callout callout--${escapeHtml(props.type ?? 'info')}">` +
    (props.title ? `<p class="callout__title">${escapeHtml(props.title)}</p>` : '') +
    `${markdownHtml(children)}</aside>`,
  // Återhämtningsguiden: the question as the reader sees it without JavaScript (src/components/guide/Reflection.astro).
  Reflection: (props) =>
    `<fieldset class="gd-ex"><legend class="gd-ex__q">${escapeHtml(props.question ?? '')}</legend>` +
    (props.hint ? `<p class="gd-ex__hint">${escapeHtml(props.hint)}</p>` : '') +
    (props.options
      ? `<ul>${props.options
          .split('|')
          .map((o) => o.trim())
          .filter(Boolean)
          .map((o) => `<li>${escapeHtml(o)}</li>`)
          .join('')}</ul>`
      : '') +
    (props.kind === 'scale' ? '<p>1–10</p>' : '') +
    '</fieldset>',
  SafetyPlan: () =>
    '<section class="gd-plan"><p><strong>Min plan</strong></p><p>Planens sex steg och stödlinjernas nummer visas här på webbplatsen.</p></section>',
  // The size is added when the site is built, from the uploaded file.
  Document: (props) =>
    `<p class="document-link"><a href="${escapeHtml(props.href ?? '')}">${escapeHtml(props.title ?? '')}</a> ` +
    `(${escapeHtml(documentType(props.href ?? ''))}, storleken visas på webbplatsen)</p>`,
};

/** Any component without its own preview: a framed box with its name and props, so nothing is hidden. */
function genericPreview(name: string, props: Record<string, string>, children: string | undefined): string {
  const spec = (contentComponents as Record<string, { label: string }>)[name];
  const rows = Object.entries(props)
    .map(([key, value]) => `<dt>${escapeHtml(key)}</dt><dd>${escapeHtml(value)}</dd>`)
    .join('');
  return (
    `<div class="card"><p><strong>${escapeHtml(spec?.label ?? name)}</strong></p>` +
    (rows ? `<dl>${rows}</dl>` : '') +
    (children ? markdownHtml(children) : '') +
    '</div>'
  );
}

export function componentPreviewHtml(name: string, props: Record<string, string>, children: string | undefined): string {
  const own = previews[name];
  return own ? own(props, children ?? '') : genericPreview(name, props, children);
}

const IMAGE = /^!\[((?:\\.|[^\]\\])*)\]\((\S+?)(?:\s+"((?:\\.|[^"\\])*)")?\)/;
const unescapeMd = (s: string) => s.replace(/\\(.)/g, '$1');
const escapeAlt = (s: string) => s.replace(/[\\[\]]/g, (c) => `\\${c}`);

/**
 * Image in the body, replacing Decap's own (same id, so the toolbar's "Bild" button opens this):
 * alt text is a required field. The body field's pattern refuses an image with empty alt text too.
 */
export const imageComponent = {
  id: 'image',
  label: 'Bild',
  fields: [
    { name: 'image', label: 'Bild', widget: 'image', media_library: { allow_multiple: false } },
    {
      name: 'alt',
      label: 'Alternativtext',
      widget: 'string',
      required: true,
      hint: 'Beskriv kort vad bilden visar, för den som inte ser den (t.ex. "Två personer samtalar vid ett köksbord"). Obligatorisk.',
    },
    { name: 'title', label: 'Bildtext vid hovring', widget: 'string', required: false, hint: 'Valfri.' },
  ],
  pattern: IMAGE,
  fromBlock: (match: RegExpMatchArray) => ({ image: match[2] ?? '', alt: unescapeMd(match[1] ?? ''), title: unescapeMd(match[3] ?? '') }),
  toBlock: (data: { image?: string; alt?: string; title?: string }) =>
    `![${escapeAlt(data.alt ?? '')}](${data.image ?? ''}${data.title ? ` "${data.title.replace(/"/g, '\\"')}"` : ''})`,
  toPreview: (data: { image?: string; alt?: string }) =>
    `<img src="${escapeHtml(data.image ?? '')}" alt="${escapeHtml(data.alt ?? '')}" />`,
};
