/**
 * Återhämtningsguiden's pure logic: reading order of parts and chapters, neighbours, reading
 * time, the exercises found in a text, and the exercise props the content check refuses.
 */
import { describe, expect, it } from 'vitest';
import { exerciseId, exercisesIn, hasSafetyPlan, neighbours, orderGuide, readingMinutes, splitOptions } from '../../src/lib/guide.ts';
import { GuideChapterSchema, ReflectionPropsSchema } from '../../src/schemas/guide.ts';

const part = (key: string, order: number, title = key) => ({ key, data: { order, title } });
const chapter = (key: string, partKey: string, order: number, title = key) => ({ key, data: { order, title, part: partKey } });

describe('chapters in reading order', () => {
  const parts = [part('anhorig', 2), part('mar-daligt', 1)];
  const chapters = [
    chapter('plan', 'mar-daligt', 5),
    chapter('stod', 'mar-daligt', 2),
    chapter('behov', 'anhorig', 1),
    chapter('berattelser', 'mar-daligt', 1),
    chapter('b-samma', 'mar-daligt', 3, 'Bänken'),
    chapter('a-samma', 'mar-daligt', 3, 'Åren'),
    chapter('vilsen', 'finns-inte', 1),
  ];
  const ordered = orderGuide(parts, chapters);

  it.each([
    ['parts by their order, not by file name', ordered.map((p) => p.part.key), ['mar-daligt', 'anhorig']],
    [
      'chapters by order within their part; the same number falls back to the title in Swedish order (å after b)',
      ordered[0]!.chapters.map((c) => c.key),
      ['berattelser', 'stod', 'b-samma', 'a-samma', 'plan'],
    ],
    ['each part has only its own chapters', ordered[1]!.chapters.map((c) => c.key), ['behov']],
  ])('%s', (_reason, actual, expected) => {
    expect(actual).toEqual(expected);
  });

  it('leaves out a chapter whose part does not exist in this language', () => {
    expect(ordered.flatMap((p) => p.chapters).some((c) => c.key === 'vilsen')).toBe(false);
  });

  it.each([
    ['the first chapter has no previous', 'berattelser', undefined, 'stod'],
    ['a middle chapter has both', 'stod', 'berattelser', 'b-samma'],
    ['the last chapter of a part has no next, even with a part after it', 'plan', 'a-samma', undefined],
    ['a part with one chapter has neither', 'behov', undefined, undefined],
    ['an unknown chapter has neither', 'finns-inte', undefined, undefined],
  ])('%s', (_reason, key, previous, next) => {
    const found = neighbours(ordered, key);
    expect(found.previous?.key).toBe(previous);
    expect(found.next?.key).toBe(next);
  });
});

describe('reading time', () => {
  const words = (n: number) => Array.from({ length: n }, (_, i) => `ord${i}`).join(' ');
  it.each([
    ['an empty text is still one minute', '', 1],
    ['160 words are one minute', words(160), 1],
    ['161 words round up to two', words(161), 2],
    ['800 words are five minutes', words(800), 5],
    ['front matter is not read', `---\ntitle: ${words(400)}\n---\n${words(100)}`, 1],
    ['Markdown marks are not words', `## ${words(150)}\n\n- - - * * *\n\n| | |`, 1],
    ['a question is read, the tag is not', `${words(155)}\n\n<Reflection question="${words(10)}" kind="write" />`, 2],
  ])('%s', (_reason, body, minutes) => {
    expect(readingMinutes(body)).toBe(minutes);
  });
});

describe('exercises in a text', () => {
  const body = [
    'Inledning.',
    '<Reflection question="Vad hjälper dig?" hint="Tänk efter." />',
    '## Rubrik',
    '<Reflection question="Vad vill du pröva?" kind="choose-one" options="Sömn | Promenad |  | Musik" />',
    '<Callout>Inte en fråga.</Callout>',
    '<Reflection question="Hur mår du?" kind="scale" />',
  ].join('\n\n');

  it('finds every Reflection in order, with its kind (write when left out), hint and options', () => {
    expect(exercisesIn(body)).toEqual([
      { question: 'Vad hjälper dig?', kind: 'write', hint: 'Tänk efter.', options: [] },
      { question: 'Vad vill du pröva?', kind: 'choose-one', hint: undefined, options: ['Sömn', 'Promenad', 'Musik'] },
      { question: 'Hur mår du?', kind: 'scale', hint: undefined, options: [] },
    ]);
  });

  it('knows whether the text holds the plan', () => {
    expect(hasSafetyPlan(body)).toBe(false);
    expect(hasSafetyPlan(`${body}\n\n<SafetyPlan />`)).toBe(true);
  });

  it.each([
    ['empty pieces are dropped', 'a | | b', ['a', 'b']],
    ['no options', undefined, []],
    ['spaces are trimmed', '  Ja|Nej  ', ['Ja', 'Nej']],
  ])('splitOptions: %s', (_reason, input, expected) => {
    expect(splitOptions(input)).toEqual(expected);
  });

  it('gives each question a stable id that differs between questions (answers are stored by it)', () => {
    expect(exerciseId('Vad hjälper dig?')).toBe(exerciseId(' Vad hjälper dig? '));
    expect(exerciseId('Vad hjälper dig?')).toMatch(/^q-[0-9a-f]{8}$/);
    expect(exerciseId('Vad hjälper dig?')).not.toBe(exerciseId('Vad hjälper dig!'));
  });
});

describe('Reflection props are checked like every component', () => {
  it.each([
    ['a write question', { question: 'Vad hjälper dig?' }, true],
    ['choose-one with options', { question: 'Vad vill du pröva?', kind: 'choose-one', options: 'Ja | Nej' }, true],
    ['a scale', { question: 'Hur mår du?', kind: 'scale' }, true],
    ['choose-one without options has nothing to choose', { question: 'Vad vill du pröva?', kind: 'choose-one' }, false],
    [
      'choose-several with one option has nothing to choose between',
      { question: 'Vad vill du?', kind: 'choose-several', options: 'Ja' },
      false,
    ],
    ['options on a write question would never show', { question: 'Vad hjälper dig?', options: 'Ja | Nej' }, false],
    ['an unknown kind', { question: 'Vad hjälper dig?', kind: 'essay' }, false],
    ['a question too short to mean anything', { question: 'Va' }, false],
    ['an unknown prop', { question: 'Vad hjälper dig?', answer: 'x' }, false],
  ])('%s', (_reason, props, ok) => {
    expect(ReflectionPropsSchema.safeParse(props).success).toBe(ok);
  });

  it('says what to do when options are missing', () => {
    const result = ReflectionPropsSchema.safeParse({ question: 'Vad vill du pröva?', kind: 'choose-one' });
    expect(result.error?.issues[0]?.message).toMatch(/minst två svarsalternativ.*options="Ja \| Nej \| Vet inte"/);
    expect(result.error?.issues[0]?.path).toEqual(['options']);
  });
});

describe('a chapter records its source and rights', () => {
  const valid = {
    title: 'Ett kapitel',
    summary: 'En sammanfattning som är lång nog.',
    part: 'for-dig-som-mar-daligt',
    order: 1,
    source: { credit: 'Egen text för webbplatsen.', url: 'https://aterhamtningsguiden.se/', reproduction: 'own-text' },
    updated: '2026-11-29',
  };
  it.each([
    ['the valid chapter', valid, true],
    ['no source at all', { ...valid, source: undefined }, false],
    ['a source over plain http', { ...valid, source: { ...valid.source, url: 'http://aterhamtningsguiden.se/' } }, false],
    ['an unknown rights status', { ...valid, source: { ...valid.source, reproduction: 'maybe' } }, false],
    ['order 0', { ...valid, order: 0 }, false],
    ['a helpline id with a space', { ...valid, helplines: ['sjalvmords linjen'] }, false],
    [
      'a time plan without steps',
      { ...valid, facilitator: { howTo: 'x'.repeat(20), timePlan: [], watchFor: 'x'.repeat(20), ifUnwell: 'x'.repeat(20) } },
      false,
    ],
  ])('%s', (_reason, data, ok) => {
    expect(GuideChapterSchema.safeParse(data).success).toBe(ok);
  });
});
