/**
 * A reader's private answers in Återhämtningsguiden, as the browser keeps them (localStorage) and
 * as they are exported and imported: one plain object, validated field by field on the way in,
 * because an imported file is untrusted input. Pure and without zod, so the page's script stays
 * small; unit-tested in tests/unit/guide-answers.test.ts.
 */

export const STORE_FORMAT = 'recovery-college-guide-answers';
/** Longest text kept per answer; a longer one is cut (a pasted book is not an answer). */
export const MAX_TEXT = 20_000;
const MAX_ENTRIES = 2_000;

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
    for (const [key, raw] of Object.entries(input.plan).slice(0, 50)) {
      if (!safeKey(key) || !isRecord(raw)) continue;
      const value = text(raw.value);
      if (value !== undefined) store.plan[key] = { label: text(raw.label) ?? key, value };
    }
  }
  if (Array.isArray(input.read)) store.read = [...new Set(input.read.filter((k): k is string => typeof k === 'string' && safeKey(k)))];
  return store;
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
