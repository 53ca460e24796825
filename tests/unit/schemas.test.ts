import { describe, expect, it } from 'vitest';
import { contentTypes } from '../../src/schemas/index.ts';
import { PageSchema } from '../../src/schemas/page.ts';
import { SettingsSchema } from '../../src/schemas/settings.ts';
import { UiSchema } from '../../src/schemas/index.ts';
import { z } from '../../src/schemas/z.ts';

const page = { title: 'Om Recovery College', description: 'Vad Recovery College är och hur det fungerar.', updated: '2026-11-23' };

describe('PageSchema', () => {
  it.each([
    { reason: 'a minimal page', input: page, ok: true },
    { reason: 'a YAML date object', input: { ...page, updated: new Date('2026-11-23') }, ok: true },
    { reason: 'an English slug', input: { ...page, slug: 'book-a-peer' }, ok: true },
    { reason: 'a slug with å', input: { ...page, slug: 'återhämtning' }, ok: false },
    { reason: 'a slug with a trailing hyphen', input: { ...page, slug: 'om-' }, ok: false },
    { reason: 'a description shorter than 20 characters', input: { ...page, description: 'Kort.' }, ok: false },
    { reason: 'a title over 90 characters', input: { ...page, title: 'x'.repeat(91) }, ok: false },
    { reason: 'a date in words', input: { ...page, updated: '23 nov 2026' }, ok: false },
    { reason: 'an impossible date', input: { ...page, updated: '2026-02-30' }, ok: false },
    { reason: 'a misspelt field', input: { ...page, titel: 'x' }, ok: false },
    { reason: 'a menu place out of range', input: { ...page, navOrder: 0 }, ok: false },
  ])('$reason → ok: $ok', ({ input, ok }) => {
    expect(PageSchema.safeParse(input).success).toBe(ok);
  });
  it('defaults sensitive to false', () => {
    expect(PageSchema.parse(page).sensitive).toBe(false);
  });
});

const settings = {
  organisation: 'Region Exempel',
  siteName: { sv: 'Recovery College' },
  region: 'Region Exempel',
  email: 'info@exempel.se',
  emergency: [{ display: '112', tel: '112', label: { sv: 'Akut fara: ring' } }],
  footer: { sv: 'Sidfot.' },
};

describe('SettingsSchema', () => {
  it.each([
    { reason: 'minimal settings', input: settings, ok: true },
    {
      reason: 'an ordinary number in international form',
      input: { ...settings, emergency: [...settings.emergency, { display: '020-50 50 50', tel: '+46205050500', label: { sv: 'x:' } }] },
      ok: true,
    },
    {
      reason: 'a crisis strip that does not start with 112',
      input: { ...settings, emergency: [{ display: '1177', tel: '1177', label: { sv: 'Råd' } }] },
      ok: false,
    },
    { reason: 'an empty crisis strip', input: { ...settings, emergency: [] }, ok: false },
    { reason: 'a tel number with spaces', input: { ...settings, emergency: [{ ...settings.emergency[0], tel: '11 2' }] }, ok: false },
    {
      reason: 'a national number in tel form',
      input: { ...settings, emergency: [...settings.emergency, { display: '020', tel: '0205050500', label: { sv: 'x' } }] },
      ok: false,
    },
    { reason: 'a phone written without area code hyphen', input: { ...settings, phone: '0101234500' }, ok: false },
    { reason: 'a phone written the Swedish way', input: { ...settings, phone: '010-123 45 00' }, ok: true },
  ])('$reason → ok: $ok', ({ input, ok }) => {
    expect(SettingsSchema.safeParse(input).success).toBe(ok);
  });
});

describe('UiSchema', () => {
  /** Every string of an object schema filled in, groups included. */
  const fill = (schema: z.ZodObject): Record<string, unknown> =>
    Object.fromEntries(
      Object.entries(schema.shape).map(([k, field]) => {
        const inner = field instanceof z.ZodOptional ? field.unwrap() : field;
        return [k, inner instanceof z.ZodObject ? fill(inner) : 'text'];
      }),
    );
  const full = fill(UiSchema) as Record<string, unknown> & { helplines: Record<string, unknown> };
  it('refuses a missing string and an unknown one', () => {
    expect(UiSchema.safeParse(full).success).toBe(true);
    const { skipLink: _missing, ...partial } = full;
    expect(UiSchema.safeParse(partial).success).toBe(false);
    expect(UiSchema.safeParse({ ...full, extra: 'x' }).success).toBe(false);
    expect(UiSchema.safeParse({ ...full, skipLink: '' }).success).toBe(false);
  });
  it("groups each type's strings under its name, still all required", () => {
    expect(Object.keys(full.helplines)).toEqual(
      expect.arrayContaining(['nav', 'title', 'intro', 'emergencyTitle', 'audienceNames', 'topicNames']),
    );
    const { emergencyTitle: _missing, ...partial } = full.helplines;
    expect(UiSchema.safeParse({ ...full, helplines: partial }).success).toBe(false);
    expect(UiSchema.safeParse({ ...full, helplines: { ...full.helplines, extra: 'x' } }).success).toBe(false);
    expect(UiSchema.safeParse({ ...full, helplines: { ...full.helplines, audienceNames: {} } }).success).toBe(false);
  });
});

describe('every schema field is described for editors', () => {
  const undocumented: string[] = [];
  for (const type of contentTypes) {
    for (const [name, field] of Object.entries(type.schema.shape)) {
      const meta = (field as { meta: () => { title?: string; description?: string } | undefined }).meta();
      if (!meta?.title || !meta.description) undocumented.push(`${type.name}.${name}`);
    }
  }
  it('has a Swedish label and help text on every top-level field', () => {
    expect(contentTypes.length).toBeGreaterThan(0);
    expect(undocumented).toEqual([]);
  });
});
