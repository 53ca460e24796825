/**
 * The editor's guide keeps up with the content model: a section per content type (headed by the
 * collection's label) and a mention of every component an editor can insert.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentComponents } from '../../src/schemas/content-components.ts';
import { contentTypes } from '../../src/schemas/index.ts';

const guide = readFileSync(join(process.cwd(), 'docs/redaktorsguide.md'), 'utf8');
const headings = [...guide.matchAll(/^##+\s+(.+)$/gm)].map((m) => m[1]!.trim());

describe('docs/redaktorsguide.md', () => {
  it('there are content types and components to look for', () => {
    expect(contentTypes.length).toBeGreaterThan(0);
    expect(Object.keys(contentComponents).length).toBeGreaterThan(0);
  });

  it.each(contentTypes.map((t) => [t.label] as const))('has a section "%s"', (label) => {
    expect(headings).toContain(label);
  });

  it.each(Object.values(contentComponents).map((c) => [c.label] as const))('explains the component "%s"', (label) => {
    expect(guide).toMatch(new RegExp(`\\*\\*${label}\\*\\*`));
  });

  it.each(['Översätta en sida', 'Markera att uppgifterna är kontrollerade', 'Uppdatera öppettider', 'Lägga in en bild med alternativtext'])(
    'covers the task "%s"',
    (task) => {
      expect(headings).toContain(task);
    },
  );
});
