/**
 * Attacks on Återhämtningsguiden's storage in the visitor's browser (src/lib/guide-answers.ts),
 * one row each: files offered to "Läs in en sparad fil" (too large, malformed, keys that would
 * reach an object's prototype, nesting, wrong types) and a browser storage that is full or switched
 * off while a plan is already saved there. An imported file is refused whole, with the reason the
 * page puts in words; a save that fails says so and leaves the saved plan as it was. Pure logic
 * with a fake Storage (tests/support/fake-storage.ts); the same in a real browser is in
 * tests/e2e/guide.spec.ts. `npm run test:build` runs it with the rest of the security suite.
 *
 * `fixed` rows were let through by the code before this file (which read whatever part of a file
 * it could and said "read", and said "saved" when the browser had refused); `still` rows were
 * already refused and are kept so they stay refused.
 */
import { afterAll, describe, expect, it } from 'vitest';
import {
  emptyStore,
  loadStore,
  MAX_IMPORT_BYTES,
  readImport,
  removeStored,
  saveStore,
  STORE_FORMAT,
  STORE_KEY,
  type GuideStore,
  type ImportProblem,
} from '../../src/lib/guide-answers.ts';
import { FakeStorage } from '../support/fake-storage.ts';

interface FileAttack {
  name: string;
  /** Whether the code before this suite let it through (see above). */
  row: 'fixed' | 'still';
  json: string;
  problem: ImportProblem;
}

const answer = { chapter: 'var-finns-stod', chapterTitle: 'Var finns stöd?', question: 'Vem kan du berätta för?', value: 'Min syster' };
const plan = { people: { label: '4. Personer jag kan be om hjälp', value: 'Mamma' } };
/** An export as the page writes it, with `change` applied to the parsed object. */
const file = (change: (o: Record<string, unknown>) => void = () => undefined) => {
  const o: Record<string, unknown> = structuredClone({
    format: STORE_FORMAT,
    version: 1,
    answers: { 'var-finns-stod#q-1': answer },
    plan,
    read: [],
  });
  change(o);
  return JSON.stringify(o, null, 2);
};
/** The same with raw JSON text in place of one answer's value (for what JSON.stringify cannot write). */
const withRawValue = (raw: string) => file().replace('"Min syster"', raw);
const a = (o: Record<string, unknown>) => o.answers as Record<string, Record<string, unknown>>;
const tooMany = (n: number, entry: (i: number) => [string, unknown]) => Object.fromEntries(Array.from({ length: n }, (_, i) => entry(i)));

const fileAttacks: FileAttack[] = [
  // Size: a file that would fill the browser's storage is not read at all.
  { name: 'an export padded past the limit with spaces', row: 'fixed', json: file() + ' '.repeat(MAX_IMPORT_BYTES), problem: 'too-large' },
  { name: '10 MB in one answer', row: 'fixed', json: withRawValue(JSON.stringify('x'.repeat(10_000_000))), problem: 'too-large' },
  {
    name: 'fewer characters than the limit but more bytes (ö is two bytes in UTF-8)',
    row: 'fixed',
    json: withRawValue(JSON.stringify('ö'.repeat(MAX_IMPORT_BYTES / 2 + 10))),
    problem: 'too-large',
  },
  {
    name: '5,000 answers, each small',
    row: 'fixed',
    json: file((o) => (o.answers = tooMany(5000, (i) => [`c#q-${i}`, answer]))),
    problem: 'too-large',
  },
  // Malformed JSON.
  { name: 'a cut-off export', row: 'still', json: file().slice(0, 80), problem: 'not-json' },
  { name: 'a trailing comma', row: 'still', json: file().replace(/\n}$/, ',\n}'), problem: 'not-json' },
  { name: 'single quotes', row: 'still', json: file().replaceAll('"', "'"), problem: 'not-json' },
  { name: 'NaN as a value', row: 'still', json: withRawValue('NaN'), problem: 'not-json' },
  { name: 'a comment', row: 'still', json: `// export\n${file()}`, problem: 'not-json' },
  { name: 'an empty file', row: 'still', json: '', problem: 'not-json' },
  { name: 'HTML with a script', row: 'still', json: '<script>alert(1)</script>', problem: 'not-json' },
  // Keys that would reach Object.prototype (JSON.parse makes "__proto__" an own key).
  { name: '__proto__ as an answer key', row: 'fixed', json: file().replace('"var-finns-stod#q-1"', '"__proto__"'), problem: 'structure' },
  { name: '__proto__ as a plan key', row: 'fixed', json: file().replace('"people"', '"__proto__"'), problem: 'structure' },
  {
    name: '__proto__ at the top with a polluting value',
    row: 'fixed',
    json: file().replace('{', '{"__proto__": {"polluted": "yes"},'),
    problem: 'structure',
  },
  {
    name: '__proto__ inside an answer',
    row: 'fixed',
    json: file().replace('"chapter":', '"__proto__": {"polluted": "yes"}, "chapter":'),
    problem: 'structure',
  },
  {
    name: 'constructor as an answer key',
    row: 'fixed',
    json: file().replace('"var-finns-stod#q-1"', '"constructor"'),
    problem: 'structure',
  },
  {
    name: 'prototype as a chapter read',
    row: 'fixed',
    json: file((o) => (o.read = ['var-finns-stod', 'prototype'])),
    problem: 'structure',
  },
  // Nesting deeper than an export has (the store, its answers, an answer, its choices).
  {
    name: '100,000 nested lists as an answer',
    row: 'fixed',
    json: withRawValue(`${'['.repeat(100_000)}${']'.repeat(100_000)}`),
    problem: 'structure',
  },
  { name: 'a list of lists as the choices', row: 'fixed', json: withRawValue('[["Sömn"]]'), problem: 'structure' },
  {
    name: 'deep objects under a key of its own',
    row: 'fixed',
    json: file().replace('{', `{"extra": ${'{"a":'.repeat(5000)}1${'}'.repeat(5000)},`),
    problem: 'structure',
  },
  // Wrong types: refused whole, never half read.
  { name: 'answers as a list', row: 'fixed', json: file((o) => (o.answers = [answer])), problem: 'structure' },
  { name: 'answers missing', row: 'fixed', json: file((o) => delete o.answers), problem: 'structure' },
  { name: 'plan as a string', row: 'fixed', json: file((o) => (o.plan = 'Mamma')), problem: 'structure' },
  { name: 'read as an object', row: 'fixed', json: file((o) => (o.read = { 'var-finns-stod': true })), problem: 'structure' },
  { name: 'an answer that is a string', row: 'fixed', json: file((o) => (a(o)['x#q'] = 'Min syster' as never)), problem: 'structure' },
  { name: 'a value that is a number', row: 'fixed', json: file((o) => (a(o)['var-finns-stod#q-1']!.value = 7)), problem: 'structure' },
  { name: 'a value that is an object', row: 'fixed', json: withRawValue('{"text": "Min syster"}'), problem: 'structure' },
  { name: 'choices with a number among them', row: 'fixed', json: withRawValue('["Sömn", 3]'), problem: 'structure' },
  { name: 'a chapter that is null', row: 'fixed', json: file((o) => (a(o)['var-finns-stod#q-1']!.chapter = null)), problem: 'structure' },
  { name: 'a question missing', row: 'fixed', json: file((o) => delete a(o)['var-finns-stod#q-1']!.question), problem: 'structure' },
  { name: 'a plan field that is a string', row: 'fixed', json: file((o) => (o.plan = { people: 'Mamma' })), problem: 'structure' },
  {
    name: 'a plan value that is a number',
    row: 'fixed',
    json: file((o) => (o.plan = { people: { label: 'x', value: 112 } })),
    problem: 'structure',
  },
  { name: 'a chapter read that is a number', row: 'fixed', json: file((o) => (o.read = [1])), problem: 'structure' },
  { name: 'a key of its own at the top', row: 'fixed', json: file((o) => (o.script = 'alert(1)')), problem: 'structure' },
  {
    name: 'a key of its own in an answer',
    row: 'fixed',
    json: withRawValue('"x", "html": "<img src=x onerror=alert(1)>"'),
    problem: 'structure',
  },
  {
    name: 'a key longer than 200 characters',
    row: 'fixed',
    json: file((o) => (a(o)[`c#${'q'.repeat(300)}`] = answer)),
    problem: 'structure',
  },
  {
    name: '2,001 answers (an export has at most 2,000)',
    row: 'fixed',
    json: file((o) => (o.answers = tooMany(2001, (i) => [`c#${i}`, { chapter: 'c', chapterTitle: 'c', question: 'q', value: '' }]))),
    problem: 'structure',
  },
  {
    name: '51 plan fields (an export has at most 50)',
    row: 'fixed',
    json: file((o) => (o.plan = tooMany(51, (i) => [`f${i}`, { label: 'l', value: 'v' }]))),
    problem: 'structure',
  },
  // Not ours at all.
  { name: 'another format', row: 'still', json: file((o) => (o.format = 'other')), problem: 'not-ours' },
  { name: 'the version as a string', row: 'still', json: file((o) => (o.version = '1')), problem: 'not-ours' },
  { name: 'a list at the top', row: 'still', json: JSON.stringify([JSON.parse(file())]), problem: 'not-ours' },
  { name: 'null', row: 'still', json: 'null', problem: 'not-ours' },
];

const probe = Object.prototype as Record<string, unknown>;
afterAll(() => {
  delete probe.polluted;
});

describe('the attack table', () => {
  it('has rows of every kind, most of them let through before', () => {
    expect(fileAttacks.length).toBeGreaterThanOrEqual(40);
    expect(new Set(fileAttacks.map((f) => f.name)).size).toBe(fileAttacks.length);
    for (const problem of ['too-large', 'not-json', 'not-ours', 'structure']) {
      expect(fileAttacks.some((f) => f.problem === problem)).toBe(true);
    }
    expect(fileAttacks.filter((f) => f.row === 'fixed').length).toBeGreaterThan(30);
  });

  it('the well-formed export every row starts from is read', () => {
    expect(readImport(file())).toMatchObject({ ok: true, store: { answers: { 'var-finns-stod#q-1': answer }, plan } });
  });
});

describe.each(['fixed', 'still'] as const)('an imported file is refused whole, with its reason (%s)', (row) => {
  it.each(fileAttacks.filter((f) => f.row === row))('$name → $problem', ({ json, problem }) => {
    expect(readImport(json)).toEqual({ ok: false, problem });
    expect(probe.polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).chapter).toBeUndefined();
  });
});

/** A store with Min plan's people field and `extra` characters of answers. */
const planStore = (people: string, extra = 0): GuideStore => ({
  ...emptyStore(),
  answers: extra ? { 'c#q': { chapter: 'c', chapterTitle: 'c', question: 'q', value: 'x'.repeat(extra) } } : {},
  plan: { people: { label: '4. Personer jag kan be om hjälp', value: people } },
});

describe('a full or switched-off storage while a plan is saved: nothing is claimed, the plan stays', () => {
  const saved = planStore('Mamma, 070-000 00 00');
  /** A browser with the plan saved and its storage then filled by other data to `free` bytes. */
  const browser = (free: number, options?: ConstructorParameters<typeof FakeStorage>[1]) => {
    const storage = new FakeStorage(2_000_000, options);
    expect(saveStore(storage, saved)).toEqual({ saved: true });
    return storage.fill(free);
  };

  it('a valid import just under the limit into a nearly full storage: read, not saved, old plan intact', () => {
    const storage = browser(1000);
    const result = readImport(JSON.stringify(planStore('Ny plan', MAX_IMPORT_BYTES - 1000)));
    expect(result.ok).toBe(true);
    const merged = result.ok ? result.store : emptyStore();
    expect(saveStore(storage, merged)).toEqual({ saved: false, reason: 'full' });
    expect(loadStore(storage)).toEqual(saved);
  });

  it('typing on until the storage is full: every save says saved or not saved, and a reload gets the last one saved', () => {
    const storage = browser(4000);
    let lastSaved = saved;
    let refused = 0;
    for (let n = 0; n < 40; n++) {
      const next = planStore(`Mamma, 070-000 00 00 ${'och fler '.repeat(n * 10)}`);
      const result = saveStore(storage, next);
      if (result.saved) lastSaved = next;
      else refused++;
      expect(loadStore(storage)).toEqual(lastSaved);
    }
    expect(refused).toBeGreaterThan(0);
  });

  it('a storage that drops the key before it throws (worse than the standard): the old plan is put back', () => {
    const storage = browser(500, { removesBeforeThrowing: true });
    expect(saveStore(storage, planStore('Ny', 5000)).saved).toBe(false);
    expect(loadStore(storage)).toEqual(saved);
  });

  it('storage switched off: not saved, no exception reaches the page', () => {
    const storage = new FakeStorage(2_000_000, { blocked: true });
    expect(() => saveStore(storage, saved)).not.toThrow();
    expect(saveStore(storage, saved)).toEqual({ saved: false, reason: 'unavailable' });
  });

  it('"Radera" still works when the storage is full, and removes everything of ours', () => {
    const storage = new FakeStorage(2_000_000);
    saveStore(storage, saved);
    storage.setItem('rc-guide-autosave', '1');
    storage.fill(0);
    expect(() => storage.setItem('other', 'x')).toThrow(/quota/);
    expect(removeStored(storage)).toBe(true);
    expect(storage.getItem(STORE_KEY)).toBeNull();
    expect(storage.getItem('rc-guide-autosave')).toBeNull();
  });
});
