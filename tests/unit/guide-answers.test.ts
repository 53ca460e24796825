/**
 * A reader's answers as kept, exported and imported: an imported file is untrusted, so only
 * well-formed answers get in; merging, counting and the Markdown export.
 */
import { describe, expect, it } from 'vitest';
import {
  answerKey,
  countAnswers,
  emptyStore,
  MAX_TEXT,
  mergeStores,
  parseStore,
  STORE_FORMAT,
  toMarkdown,
} from '../../src/lib/guide-answers.ts';

const answer = (value: string | string[], question = 'Vad hjälper dig?') => ({
  chapter: 'stod',
  chapterTitle: 'Var finns stöd?',
  question,
  value,
});
const store = (answers: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  format: STORE_FORMAT,
  version: 1,
  answers,
  plan: {},
  read: [],
  ...extra,
});

describe('parseStore takes only what is ours and well-formed', () => {
  it.each([
    ['null', null],
    ['a list', []],
    ['another format', { ...store({}), format: 'other' }],
    ['another version', { ...store({}), version: 2 }],
    ['a string', 'rc-guide'],
  ])('refuses %s', (_reason, input) => {
    expect(parseStore(input)).toBeUndefined();
  });

  it('keeps good answers and drops malformed ones', () => {
    const parsed = parseStore(
      store({
        'stod#q-1': answer('Min syster'),
        'stod#q-2': answer(['Sömn', 3, 'Musik'] as unknown as string[]),
        'stod#q-3': { chapter: 'stod', question: 'Utan värde' },
        'stod#q-4': 'inte ett objekt',
      }),
    )!;
    expect(Object.keys(parsed.answers)).toEqual(['stod#q-1', 'stod#q-2']);
    expect(parsed.answers['stod#q-2']!.value).toEqual(['Sömn', 'Musik']);
  });

  it('never lets a file set __proto__ (JSON.parse makes it an own key)', () => {
    const input = JSON.parse(
      `{"format":"${STORE_FORMAT}","version":1,"answers":{"__proto__":{"chapter":"x","question":"y","value":"z"}},"plan":{},"read":[]}`,
    );
    const parsed = parseStore(input)!;
    expect(Object.keys(parsed.answers)).toEqual([]);
    expect(Object.getPrototypeOf(parsed.answers)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).chapter).toBeUndefined();
  });

  it('cuts a text longer than the limit', () => {
    const parsed = parseStore(store({ 'stod#q-1': answer('a'.repeat(MAX_TEXT + 10)) }))!;
    expect((parsed.answers['stod#q-1']!.value as string).length).toBe(MAX_TEXT);
  });

  it('keeps plan fields and read marks, without duplicates', () => {
    const parsed = parseStore(
      store({}, { plan: { people: { label: '4. Personer', value: 'Mamma' }, bad: 3 }, read: ['stod', 'stod', 4] }),
    )!;
    expect(parsed.plan).toEqual({ people: { label: '4. Personer', value: 'Mamma' } });
    expect(parsed.read).toEqual(['stod']);
  });
});

describe('merging and counting', () => {
  const base = parseStore(store({ 'stod#q-1': answer('Förut'), 'stod#q-2': answer('Kvar') }, { read: ['a'] }))!;
  const incoming = parseStore(store({ 'stod#q-1': answer('Nytt'), 'stod#q-3': answer('') }, { read: ['b'] }))!;
  const merged = mergeStores(base, incoming);

  it('an imported answer replaces the one with the same key; others stay', () => {
    expect(merged.answers['stod#q-1']!.value).toBe('Nytt');
    expect(merged.answers['stod#q-2']!.value).toBe('Kvar');
    expect(merged.read).toEqual(['a', 'b']);
  });

  it('counts only answers that say something', () => {
    expect(countAnswers(merged)).toBe(2);
    expect(countAnswers(emptyStore())).toBe(0);
  });

  it('answerKey joins chapter and question id', () => {
    expect(answerKey('stod', 'q-1a2b3c4d')).toBe('stod#q-1a2b3c4d');
  });
});

describe('the Markdown export', () => {
  const md = toMarkdown(
    parseStore(
      store(
        { 'stod#q-1': answer('Min syster'), 'stod#q-2': answer(['Sömn', 'Musik'], 'Vad vill du pröva?'), 'stod#q-3': answer(' ') },
        { plan: { people: { label: '4. Personer jag kan be om hjälp', value: 'Mamma' }, safer: { label: '6.', value: '' } } },
      ),
    )!,
    { title: 'Mina svar', plan: 'Min plan' },
  );
  it('has the title, each chapter with its questions and answers, choices as a list, then the plan', () => {
    expect(md).toBe(
      [
        '# Mina svar',
        '',
        '## Var finns stöd?',
        '',
        '**Vad hjälper dig?**',
        '',
        'Min syster',
        '',
        '**Vad vill du pröva?**',
        '',
        '- Sömn\n- Musik',
        '',
        '## Min plan',
        '',
        '**4. Personer jag kan be om hjälp**',
        '',
        'Mamma',
        '',
      ].join('\n'),
    );
  });
});
