/**
 * A reader's private answers in Återhämtningsguiden, as the browser keeps them (localStorage, only
 * when the reader chooses to save) and as they are exported and imported: one plain object. An
 * imported file is untrusted input: limited in size and nesting, and refused whole unless every
 * field has the shape an export has. Writing to the browser's storage is checked (read back) and
 * never leaves an earlier save removed when it fails. Pure and without zod, so the page's script
 * stays small; the Storage is passed in, so tests use a fake one that fills up. Unit-tested in
 * tests/unit/guide-answers.test.ts, attacked in tests/security/guide-storage.test.ts.
 */

export const STORE_FORMAT = 'recovery-college-guide-answers';
/** Longest text kept per answer; a longer one is cut (a pasted book is not an answer). */
export const MAX_TEXT = 20_000;
const MAX_ENTRIES = 2_000;
const MAX_PLAN = 50;
/**
 * The largest file "Läs in en sparad fil" reads (bytes, 256 kB as the page says it): every chapter's
 * answers and the whole plan, written out at length, are a few tens of kB; a larger file is not an
 * export from here, and reading it would only fill the browser's storage.
 */
export const MAX_IMPORT_BYTES = 256_000;
/** The deepest nesting an export has: the store, its answers, one answer, that answer's choices. */
export const MAX_IMPORT_DEPTH = 4;

/** The browser's storage keys: the answers, and "save automatically" once the reader turns it on. */
export const STORE_KEY = 'rc-guide';
export const AUTOSAVE_KEY = 'rc-guide-autosave';
/** Every key this guide has ever used (also the old "don't save" flag and storage probe). */
const ourKey = (key: string) => /^(__)?rc-guide(-|$)/.test(key);

export interface StoredAnswer {
  /** The chapter's key (its file name, shared by its languages). */
  chapter: string;
  chapterTitle: string;
  question: string;
  /** Text, the chosen option, the chosen options, or the scale step as text ("7"). */
  value: string | string[];
}

export interface GuideStore {
  format: typeof STORE_FORMAT;
  version: 1;
  /** By `answerKey(chapter, exerciseId)`. */
  answers: Record<string, StoredAnswer>;
  /** The plan's fields by key, with the label they were written under. */
  plan: Record<string, { label: string; value: string }>;
  /** Keys of the chapters read to the end. */
  read: string[];
}

export const emptyStore = (): GuideStore => ({ format: STORE_FORMAT, version: 1, answers: {}, plan: {}, read: [] });

/** `answerKey('var-finns-stod', 'q-1a2b3c4d')` → `'var-finns-stod#q-1a2b3c4d'`. */
export const answerKey = (chapter: string, id: string): string => `${chapter}#${id}`;

const text = (value: unknown): string | undefined => (typeof value === 'string' ? value.slice(0, MAX_TEXT) : undefined);
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
// Keys become object properties: never let a file set __proto__ and friends.
const safeKey = (key: string) => key.length <= 200 && !['__proto__', 'constructor', 'prototype'].includes(key);

/** Whether an answer says anything: empty text and an empty choice do not count. */
export function hasValue(value: string | string[]): boolean {
  return Array.isArray(value) ? value.length > 0 : value.trim() !== '';
}

/**
 * A store from untrusted JSON (localStorage, an imported file): undefined when it is not ours at
 * all; otherwise every well-formed answer, plan field and read mark, the rest dropped.
 */
export function parseStore(input: unknown): GuideStore | undefined {
  if (!isRecord(input) || input.format !== STORE_FORMAT || input.version !== 1) return undefined;
  const store = emptyStore();
  if (isRecord(input.answers)) {
    for (const [key, raw] of Object.entries(input.answers).slice(0, MAX_ENTRIES)) {
      if (!safeKey(key) || !isRecord(raw)) continue;
      const chapter = text(raw.chapter);
      const question = text(raw.question);
      const value = Array.isArray(raw.value)
        ? raw.value.filter((v): v is string => typeof v === 'string').map((v) => v.slice(0, MAX_TEXT))
        : text(raw.value);
      if (chapter === undefined || question === undefined || value === undefined) continue;
      store.answers[key] = { chapter, chapterTitle: text(raw.chapterTitle) ?? chapter, question, value };
    }
  }
  if (isRecord(input.plan)) {
    for (const [key, raw] of Object.entries(input.plan).slice(0, MAX_PLAN)) {
      if (!safeKey(key) || !isRecord(raw)) continue;
      const value = text(raw.value);
      if (value !== undefined) store.plan[key] = { label: text(raw.label) ?? key, value };
    }
  }
  if (Array.isArray(input.read))
    store.read = [...new Set(input.read.slice(0, MAX_ENTRIES).filter((k): k is string => typeof k === 'string' && safeKey(k)))];
  return store;
}

/** Why an imported file was refused; the page says each in plain words. */
export type ImportProblem = 'too-large' | 'not-json' | 'not-ours' | 'structure';
export type ImportResult = { ok: true; store: GuideStore } | { ok: false; problem: ImportProblem };

/** Whether a file of `bytes` is too large to be read at all (checked before reading it). */
export const importTooLarge = (bytes: number): boolean => !(bytes >= 0 && bytes <= MAX_IMPORT_BYTES);

/** How deeply `{` and `[` nest in JSON text, counted without parsing it (strings skipped). */
export function jsonDepth(json: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < json.length; i++) {
    const c = json.charCodeAt(i);
    if (inString) {
      if (c === 92)
        i++; // a backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) deepest = Math.max(deepest, ++depth);
    else if (c === 125 || c === 93) depth--;
  }
  return deepest;
}

const isString = (value: unknown): value is string => typeof value === 'string';
const onlyKeys = (record: Record<string, unknown>, allowed: string[]) => Object.keys(record).every((k) => allowed.includes(k));
const isAnswer = (raw: unknown) =>
  isRecord(raw) &&
  onlyKeys(raw, ['chapter', 'chapterTitle', 'question', 'value']) &&
  isString(raw.chapter) &&
  isString(raw.chapterTitle) &&
  isString(raw.question) &&
  (isString(raw.value) || (Array.isArray(raw.value) && raw.value.length <= MAX_ENTRIES && raw.value.every(isString)));
const isPlanField = (raw: unknown) => isRecord(raw) && onlyKeys(raw, ['label', 'value']) && isString(raw.label) && isString(raw.value);
const entriesOk = (record: unknown, max: number, ok: (raw: unknown) => boolean) =>
  isRecord(record) && Object.keys(record).length <= max && Object.entries(record).every(([key, raw]) => safeKey(key) && ok(raw));

/**
 * An imported file's text as a store, or why it is refused. Unlike `parseStore` (what this browser
 * kept itself), nothing is dropped quietly: a file with one field of the wrong type, a key such as
 * `__proto__`, more nesting or entries than an export has, or more than `MAX_IMPORT_BYTES`, is
 * refused whole, so the page never says "read" about a file it only partly took. Texts longer than
 * `MAX_TEXT` are cut, as everywhere.
 */
export function readImport(json: string): ImportResult {
  // Characters are at most bytes in UTF-8: a text longer than the limit is too large without encoding it.
  if (json.length > MAX_IMPORT_BYTES || importTooLarge(new TextEncoder().encode(json).length)) return { ok: false, problem: 'too-large' };
  if (jsonDepth(json) > MAX_IMPORT_DEPTH) return { ok: false, problem: 'structure' };
  let input: unknown;
  try {
    input = JSON.parse(json);
  } catch {
    return { ok: false, problem: 'not-json' };
  }
  if (!isRecord(input) || input.format !== STORE_FORMAT || input.version !== 1) return { ok: false, problem: 'not-ours' };
  const whole =
    onlyKeys(input, ['format', 'version', 'answers', 'plan', 'read']) &&
    entriesOk(input.answers, MAX_ENTRIES, isAnswer) &&
    entriesOk(input.plan, MAX_PLAN, isPlanField) &&
    Array.isArray(input.read) &&
    input.read.length <= MAX_ENTRIES &&
    input.read.every((k) => isString(k) && safeKey(k));
  const store = whole ? parseStore(input) : undefined;
  return store ? { ok: true, store } : { ok: false, problem: 'structure' };
}

/** The part of the Web Storage API used here: `localStorage` in the page, a fake one in tests. */
export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

/** Whether a write was kept; when not, the earlier value under the key is still there. */
export type SaveResult = { saved: true } | { saved: false; reason: 'full' | 'unavailable' | 'unverified' };

/** The browser refusing a write for space: QuotaExceededError (Firefox once: NS_ERROR_DOM_QUOTA_REACHED). */
export function isQuotaError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { name, code } = error as { name?: unknown; code?: unknown };
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014;
}

/** Puts `previous` back under `key` if a failed write changed it. Best effort: never throws. */
function keepPrevious(storage: KeyValueStorage, key: string, previous: string | null): void {
  try {
    if (storage.getItem(key) === previous) return;
    if (previous === null) storage.removeItem(key);
    else storage.setItem(key, previous);
  } catch {
    // Nothing more can be done here; the caller says that nothing was saved.
  }
}

/**
 * Writes `value` under `key` and reads it back. Any exception (a full or blocked storage) or a
 * read-back that differs means not saved, and the value that was there before is left in place,
 * or put back if the failed write disturbed it: a save that fails never costs an earlier save.
 * (The Web Storage standard has a failed setItem change nothing; this does not rely on it.)
 */
export function writeSafely(storage: KeyValueStorage, key: string, value: string): SaveResult {
  let previous: string | null;
  try {
    previous = storage.getItem(key);
  } catch {
    return { saved: false, reason: 'unavailable' };
  }
  try {
    storage.setItem(key, value);
  } catch (error) {
    keepPrevious(storage, key, previous);
    return { saved: false, reason: isQuotaError(error) ? 'full' : 'unavailable' };
  }
  let written: string | null = null;
  try {
    written = storage.getItem(key);
  } catch {
    // Treated as unverified below.
  }
  if (written === value) return { saved: true };
  keepPrevious(storage, key, previous);
  return { saved: false, reason: 'unverified' };
}

/** Saves the whole store under `STORE_KEY`, safely. */
export const saveStore = (storage: KeyValueStorage, store: GuideStore): SaveResult =>
  writeSafely(storage, STORE_KEY, JSON.stringify(store));

/** What this browser kept (nothing, unreadable or not ours: an empty store); never writes. */
export function loadStore(storage: KeyValueStorage): GuideStore {
  try {
    return parseStore(JSON.parse(storage.getItem(STORE_KEY) ?? 'null')) ?? emptyStore();
  } catch {
    return emptyStore();
  }
}

/** Our keys in the storage now (the answers, "save automatically", keys of earlier versions). */
export function storedKeys(storage: KeyValueStorage): string[] {
  const keys: string[] = [];
  try {
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      if (key !== null && ourKey(key)) keys.push(key);
    }
  } catch {
    // Storage switched off: nothing of ours can be read either.
  }
  return keys;
}

/** "Radera": removes every key of ours; true when none is left (other keys of the site are not the guide's to touch). */
export function removeStored(storage: KeyValueStorage): boolean {
  for (const key of storedKeys(storage)) {
    try {
      storage.removeItem(key);
    } catch {
      // Checked below.
    }
  }
  return storedKeys(storage).length === 0;
}

/** `incoming` over `base`: its answers and plan fields replace those with the same key; read marks add up. */
export function mergeStores(base: GuideStore, incoming: GuideStore): GuideStore {
  return {
    ...emptyStore(),
    answers: { ...base.answers, ...incoming.answers },
    plan: { ...base.plan, ...incoming.plan },
    read: [...new Set([...base.read, ...incoming.read])],
  };
}

/** Answers and plan fields that say something. */
export function countAnswers(store: GuideStore): number {
  return (
    Object.values(store.answers).filter((a) => hasValue(a.value)).length + Object.values(store.plan).filter((p) => hasValue(p.value)).length
  );
}

/**
 * The answers as a Markdown document to keep or print: a heading, each chapter's questions and
 * answers, then the plan. Chapters in the order they were first answered.
 */
export function toMarkdown(store: GuideStore, strings: { title: string; plan: string }): string {
  const out = [`# ${strings.title}`, ''];
  const chapters = new Map<string, StoredAnswer[]>();
  for (const answer of Object.values(store.answers)) {
    if (!hasValue(answer.value)) continue;
    chapters.set(answer.chapterTitle, [...(chapters.get(answer.chapterTitle) ?? []), answer]);
  }
  for (const [title, answers] of chapters) {
    out.push(`## ${title}`, '');
    for (const a of answers) {
      out.push(`**${a.question}**`, '');
      out.push(Array.isArray(a.value) ? a.value.map((v) => `- ${v}`).join('\n') : a.value.trim(), '');
    }
  }
  const plan = Object.values(store.plan).filter((p) => hasValue(p.value));
  if (plan.length) {
    out.push(`## ${strings.plan}`, '');
    for (const p of plan) out.push(`**${p.label}**`, '', p.value.trim(), '');
  }
  return out.join('\n');
}
