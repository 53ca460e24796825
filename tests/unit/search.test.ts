import { describe, expect, test } from 'vitest';
import { countText, isCrisisQuery, normalizeQuery, readState, writeState } from '../../src/lib/search.ts';
import { SearchSettingsSchema, defaultSearchSettings } from '../../src/schemas/search.ts';
import { SettingsSchema } from '../../src/schemas/settings.ts';

const terms = defaultSearchSettings.crisisTerms;

describe('isCrisisQuery', () => {
  test.each([
    ['självmord', true, 'a crisis word'],
    ['Självmordstankar', true, 'capitals, and the word starts a longer one'],
    ['jag vill inte leva längre', true, 'a phrase inside the query'],
    ['sjalvmord', true, 'typed without ä'],
    ['krisen', true, 'inflected form starts with the word'],
    ['I want to kill myself', true, 'English'],
    ['vill  inte,  leva', true, 'extra spaces and punctuation'],
    ['akris', false, 'the word inside another word does not count'],
    ['kurser i vår', false, 'an ordinary query'],
    ['', false, 'nothing typed'],
    ['vill inte', false, 'half a phrase'],
  ])('%s → %s (%s)', (query, expected) => {
    expect(isCrisisQuery(query, terms)).toBe(expected);
  });

  test('an empty term never matches everything', () => {
    expect(isCrisisQuery('kurs', ['  '])).toBe(false);
  });
});

test('normalizeQuery keeps letters, digits and hyphens, in lower case', () => {
  expect(normalizeQuery('  Ångest?! Self-harm  ')).toBe('ångest self-harm');
});

describe('the search in the address', () => {
  test.each([
    ['?q=%C3%A5ngest', { query: 'ångest', filters: {} }],
    ['?q=oro&type=Kurs', { query: 'oro', filters: { type: 'Kurs' } }],
    ['?q=+sömn+&audience=Anh%C3%B6riga&other=x', { query: 'sömn', filters: { audience: 'Anhöriga' } }],
    ['', { query: '', filters: {} }],
  ])('readState(%s)', (search, state) => {
    expect(readState(search)).toEqual(state);
  });

  test('writeState leaves out what is empty and reads back the same', () => {
    expect(writeState({ query: '', filters: {} })).toBe('');
    const state = { query: 'för dig som är anhörig', filters: { type: 'Kapitel i Återhämtningsguiden' } };
    expect(readState(writeState(state))).toEqual(state);
  });
});

test.each([
  [0, 'Inga träffar för ”x”'],
  [1, '1 träff för ”x”'],
  [7, '7 träffar för ”x”'],
])('countText with %i results', (count, text) => {
  expect(
    countText(
      { count: '{count} träffar för ”{query}”', countOne: '1 träff för ”{query}”', none: 'Inga träffar för ”{query}”' },
      count,
      'x',
    ),
  ).toBe(text);
});

describe('search settings', () => {
  test('a settings file without search: gets the default crisis words', () => {
    const settings = SettingsSchema.shape.search.parse(undefined);
    expect(settings.crisisTerms).toContain('självmord');
    expect(settings.crisisTerms).toContain('suicide');
  });

  test.each([
    [{ crisisTerms: [] }, 'Ange minst ett krisord'],
    [{ crisisTerms: ['kris'], synonyms: [{ terms: ['oro'] }] }, 'minst två ord'],
    [{ crisisTerms: ['k'] }, 'minst två bokstäver'],
  ])('refused with a message for editors: %j', (value, message) => {
    const result = SearchSettingsSchema.safeParse(value);
    expect(result.success).toBe(false);
    expect(JSON.stringify(result.error?.issues)).toContain(message);
  });
});
