import { describe, expect, it } from 'vitest';
import { slugify, slugPattern } from '../../src/rules/slug.ts';
import { contentComponents } from '../../src/schemas/content-components.ts';
import { SlugSchema } from '../../src/schemas/page.ts';

describe('slugPattern: a URL segment or an entry id', () => {
  it.each(['boka-en-peer', 'om-oss', '1177', 'bris', 'a1-b2-c3'])('%s', (text) => expect(text).toMatch(slugPattern));
  const refused = [
    { reason: 'capital letters', text: 'Boka-en-peer' },
    { reason: 'å, ä, ö', text: 'återhämtning' },
    { reason: 'a space', text: 'boka en peer' },
    { reason: 'two hyphens in a row', text: 'boka--en-peer' },
    { reason: 'a leading hyphen', text: '-boka' },
    { reason: 'a trailing hyphen', text: 'boka-' },
    { reason: 'an underscore', text: 'boka_en_peer' },
    { reason: 'a slash', text: 'en/boka' },
    { reason: 'empty', text: '' },
  ];
  it.each(refused)('not $reason', ({ text }) => expect(text).not.toMatch(slugPattern));
});

describe('slugify: a suggestion that is a slug', () => {
  const cases = [
    { reason: 'spaces and punctuation', text: 'Boka en Peer!', expected: 'boka-en-peer' },
    { reason: 'å, ä, ö lose their marks', text: 'Återhämtning för öar', expected: 'aterhamtning-for-oar' },
    { reason: 'underscores and runs of separators', text: 'om__oss -- kontakt', expected: 'om-oss-kontakt' },
    { reason: 'already a slug', text: 'om-oss', expected: 'om-oss' },
  ];
  it.each(cases)('$reason', ({ text, expected }) => {
    expect(slugify(text)).toBe(expected);
    expect(slugify(text)).toMatch(slugPattern);
  });
});

// Each place that checks a slug keeps its own Swedish message around the one pattern.
describe('the schemas check slugs with the rule', () => {
  it('SlugSchema (page addresses)', () => {
    expect(SlugSchema.safeParse('boka-en-peer').success).toBe(true);
    expect(SlugSchema.safeParse('Boka en peer').error?.issues[0]?.message).toContain('små bokstäver a–z');
  });
  it('the HelplineRef id', () => {
    const props = contentComponents.HelplineRef.props;
    expect(props.safeParse({ id: 'sjalvmordslinjen' }).success).toBe(true);
    expect(props.safeParse({ id: 'Självmordslinjen' }).error?.issues[0]?.message).toContain('stödlinjes id');
  });
});
