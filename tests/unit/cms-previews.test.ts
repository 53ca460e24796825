/**
 * Previews are chosen by the registry: a page renders like the site's page template, a helpline
 * like its public card, and a type nobody wrote a preview for still gets a card with every field.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromJS, List } from 'immutable';
import type { PreviewTemplateComponentProps } from 'decap-cms-core';
import { createElement, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { previewFor } from '../../admin/previews.ts';
import { collectionFromType } from '../../admin/cms/collections.ts';
import { contentTypes, type ContentType } from '../../src/schemas/index.ts';
import { z } from '../../src/schemas/z.ts';
import { eventsType } from '../fixtures/cms/new-type.ts';

function render(type: ContentType, data: unknown, body = ''): string {
  const collection = collectionFromType(type, { editorComponents: [] });
  const props = {
    entry: fromJS({ data, slug: 'ny' }),
    fields: List((collection.fields ?? collection.files?.[0]?.fields ?? []).map((f) => fromJS(f))),
    widgetFor: (name: string) => (name === 'body' ? createElement('div', { className: 'body' }, body) : null),
  } as unknown as PreviewTemplateComponentProps;
  return renderToStaticMarkup(previewFor(type)(props) as ReactNode);
}
const type = (name: string) => (contentTypes as readonly ContentType[]).find((t) => t.name === name)!;

describe('previews', () => {
  it('a page looks like the site’s page: header, lede, text, last updated', () => {
    const html = render(type('pages'), { title: 'Om oss', description: 'Vilka vi är.', updated: '2026-11-23' }, 'Text');
    expect(html).toContain('<header class="page-header"><h1>Om oss</h1><p class="lede">Vilka vi är.</p></header>');
    expect(html).toContain('<div class="body">Text</div>');
    expect(html).toContain('23 november 2026');
  });

  it('a helpline looks like its public card, with the call button and hours in words', () => {
    const line = parseYaml(readFileSync(join(process.cwd(), 'content/helplines/sjalvmordslinjen.yaml'), 'utf8'));
    const html = render(type('helplines'), line);
    expect(html).toMatch(/<article class="hl-card hl-card--support">/);
    expect(html).toContain('href="tel:90101"');
    expect(html).toContain('Dygnet runt');
  });

  it('an incomplete helpline falls back to the generic card instead of failing', () => {
    const html = render(type('helplines'), { name: { sv: 'Ny linje' } });
    expect(html).toContain('<li class="card"><h2>Ny linje</h2>');
  });

  it('a new content type gets a card with every field, without preview code', () => {
    const events = eventsType(
      z.strictObject({
        title: z.string().meta({ title: 'Namn', description: 'Namn.' }),
        place: z.string().meta({ title: 'Plats', description: 'Var.' }),
        open: z.boolean().meta({ title: 'Öppet för alla', description: 'Ja eller nej.' }),
      }),
    );
    const html = render(events, { title: 'Kursstart', place: 'Jönköping', open: true });
    expect(html).toContain('<h2>Kursstart</h2>');
    expect(html).toContain('<dt><strong>Plats</strong></dt><dd>Jönköping</dd>');
    expect(html).toContain('<dd>Ja</dd>');
  });
});
