/**
 * A reader's answers as kept, exported and imported: an imported file is untrusted, so only
 * well-formed answers get in; a file is read only within the size limit and only when all of it
 * has an export's shape; saving to a storage that is full or switched off says so and leaves the
 * earlier save in place (a fake Storage that fills up, tests/support/fake-storage.ts); "Radera"
 * removes every key of ours; merging, counting and the Markdown export. The attacks on the same
 * functions are in tests/security/guide-storage.test.ts.
 */
import { describe, expect, it } from 'vitest';
import {
  answerKey,
  AUTOSAVE_KEY,
  countAnswers,
  emptyStore,
  importTooLarge,
  isQuotaError,
  jsonDepth,
  loadStore,
  MAX_IMPORT_BYTES,
  MAX_TEXT,
  mergeStores,
  parseStore,
  readImport,
  removeStored,
  saveStore,
  STORE_FORMAT,
  STORE_KEY,
  storedKeys,
  toMarkdown,
  writeSafely,
  type GuideStore,
} from '../../src/lib/guide-answers.ts';
import { FakeStorage } from '../support/fake-storage.ts';

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

/** A store with a plan, as the page exports it (JSON with two spaces). */
const withPlan = (value: string): GuideStore => ({
  ...emptyStore(),
  plan: { people: { label: '4. Personer jag kan be om hjälp', value } },
});
const exported = (s: GuideStore) => JSON.stringify(s, null, 2);

describe('reading an imported file', () => {
  it('reads back what the page exports', () => {
    const s = mergeStores(withPlan('Mamma'), parseStore(store({ 'stod#q-1': answer(['Sömn', 'Musik']) }, { read: ['stod'] }))!);
    expect(readImport(exported(s))).toEqual({ ok: true, store: s });
  });

  it(`takes a file of exactly ${MAX_IMPORT_BYTES} bytes and refuses one byte more (counted in UTF-8, as the file is)`, () => {
    const base = exported(withPlan(''));
    const room = (bytes: number) => bytes - new TextEncoder().encode(base).length;
    // 'ö' is two bytes in UTF-8 and one character: the limit is on bytes.
    const fill = (bytes: number) =>
      base.replace('"value": ""', `"value": "${'ö'.repeat(Math.floor(room(bytes) / 2))}${'a'.repeat(room(bytes) % 2)}"`);
    const exact = fill(MAX_IMPORT_BYTES);
    expect(new TextEncoder().encode(exact).length).toBe(MAX_IMPORT_BYTES);
    expect(exact.length).toBeLessThan(MAX_IMPORT_BYTES);
    expect(readImport(exact).ok).toBe(true);
    expect(readImport(fill(MAX_IMPORT_BYTES + 1))).toEqual({ ok: false, problem: 'too-large' });
  });

  it.each([
    [0, false],
    [MAX_IMPORT_BYTES, false],
    [MAX_IMPORT_BYTES + 1, true],
    [50_000_000, true],
    [Number.NaN, true],
    [-1, true],
  ])('a file of %d bytes is too large to read: %s', (bytes, tooLarge) => {
    expect(importTooLarge(bytes)).toBe(tooLarge);
  });

  it.each([
    ['{}', 1],
    ['{"a":[1,{"b":[]}]}', 4],
    ['{"a":"[[[[{{{{"}', 1],
    [String.raw`{"a":"\\"}`, 1],
    [String.raw`{"a":"\\\"[[[["}`, 1],
    [String.raw`{"a":"\"[["}`, 1],
    ['[[]]', 2],
    ['"just a string"', 0],
  ])('jsonDepth(%s) is %d (brackets inside strings do not count)', (json, depth) => {
    expect(jsonDepth(json)).toBe(depth);
  });

  it('says why a file is refused: not JSON, not ours, or not the shape of an export', () => {
    expect(readImport('{"format": ')).toEqual({ ok: false, problem: 'not-json' });
    expect(readImport('{"a":1}')).toEqual({ ok: false, problem: 'not-ours' });
    expect(readImport(JSON.stringify({ ...emptyStore(), plan: [] }))).toEqual({ ok: false, problem: 'structure' });
  });

  it('cuts a text longer than MAX_TEXT, as for what the browser kept', () => {
    const result = readImport(exported(withPlan('a'.repeat(MAX_TEXT + 5))));
    expect(result.ok && result.store.plan.people!.value.length).toBe(MAX_TEXT);
  });
});

describe('saving in the browser: checked, and never at the cost of an earlier save', () => {
  it('saves and reads back; loading gives the same store', () => {
    const storage = new FakeStorage();
    expect(saveStore(storage, withPlan('Mamma'))).toEqual({ saved: true });
    expect(storage.getItem(STORE_KEY)).toBe(JSON.stringify(withPlan('Mamma')));
    expect(loadStore(storage)).toEqual(withPlan('Mamma'));
  });

  it('a full storage: not saved (reason "full"), and the plan saved before is still there', () => {
    const storage = new FakeStorage(20_000);
    expect(saveStore(storage, withPlan('Mamma')).saved).toBe(true);
    storage.fill(100);
    expect(saveStore(storage, withPlan(`Mamma, 070-000 00 00, Kompisen Sara. ${'Ring någon. '.repeat(20)}`))).toEqual({
      saved: false,
      reason: 'full',
    });
    expect(loadStore(storage)).toEqual(withPlan('Mamma'));
  });

  it('a full storage with nothing saved before: not saved, and nothing half-written left', () => {
    const storage = new FakeStorage(20_000).fill(10);
    expect(writeSafely(storage, STORE_KEY, 'x'.repeat(100))).toEqual({ saved: false, reason: 'full' });
    expect(storage.getItem(STORE_KEY)).toBeNull();
  });

  it('a storage that drops the key before refusing (worse than the standard): the earlier plan is put back', () => {
    const storage = new FakeStorage(20_000, { removesBeforeThrowing: true });
    saveStore(storage, withPlan('Mamma'));
    storage.fill(100);
    expect(saveStore(storage, withPlan('x'.repeat(500))).saved).toBe(false);
    expect(loadStore(storage)).toEqual(withPlan('Mamma'));
  });

  it('a storage switched off (every write throws a SecurityError): reason "unavailable", nothing thrown', () => {
    const storage = new FakeStorage(20_000, { blocked: true });
    expect(saveStore(storage, withPlan('Mamma'))).toEqual({ saved: false, reason: 'unavailable' });
  });

  it('a write that reads back different is not saved, and the earlier value is put back', () => {
    // A storage that keeps something else than it was given (a browser extension, a broken profile).
    class Garbling extends FakeStorage {
      override setItem(key: string, value: string) {
        super.setItem(key, value === 'förut' ? value : 'något annat');
      }
    }
    const storage = new Garbling();
    storage.setItem(STORE_KEY, 'förut');
    expect(writeSafely(storage, STORE_KEY, 'nytt')).toEqual({ saved: false, reason: 'unverified' });
    expect(storage.getItem(STORE_KEY)).toBe('förut');
  });

  it.each([
    ['a QuotaExceededError', new DOMException('full', 'QuotaExceededError'), true],
    ["Firefox's old name", Object.assign(new Error('full'), { name: 'NS_ERROR_DOM_QUOTA_REACHED' }), true],
    ['code 22 (older browsers)', { name: 'Error', code: 22 }, true],
    ['a SecurityError', new DOMException('no', 'SecurityError'), false],
    ['a plain error', new Error('x'), false],
    ['a string', 'QuotaExceededError', false],
  ])('isQuotaError: %s → %s', (_name, error, quota) => {
    expect(isQuotaError(error)).toBe(quota);
  });

  it('loading writes nothing, and gives an empty store for nothing or for something not ours', () => {
    for (const kept of [null, 'not json', '{"a":1}']) {
      const storage = new FakeStorage();
      if (kept !== null) storage.setItem(STORE_KEY, kept);
      storage.writes = 0;
      expect(loadStore(storage)).toEqual(emptyStore());
      expect(storage.writes).toBe(0);
    }
  });
});

describe('"Radera" removes every key of ours, and only ours', () => {
  it('removes the answers, "save automatically" and the keys of earlier versions; leaves other keys', () => {
    const storage = new FakeStorage();
    for (const key of [STORE_KEY, AUTOSAVE_KEY, 'rc-guide-nosave', '__rc-guide-probe', 'other', 'rc-guidance']) storage.setItem(key, '1');
    expect(storedKeys(storage)).toEqual([STORE_KEY, AUTOSAVE_KEY, 'rc-guide-nosave', '__rc-guide-probe']);
    expect(removeStored(storage)).toBe(true);
    expect([...Array(storage.length).keys()].map((i) => storage.key(i))).toEqual(['other', 'rc-guidance']);
  });

  it('says so when something could not be removed', () => {
    class Stuck extends FakeStorage {
      override removeItem() {
        throw new DOMException('no', 'SecurityError');
      }
    }
    const storage = new Stuck();
    storage.setItem(STORE_KEY, '1');
    expect(removeStored(storage)).toBe(false);
  });
});
