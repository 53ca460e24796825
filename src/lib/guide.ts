/**
 * Återhämtningsguiden as plain data: reading time from a chapter's text, the exercises in a text,
 * parts and chapters in reading order, and a chapter's neighbours. Pure functions, unit-tested
 * (tests/unit/guide.test.ts); templates get their results from src/data/guide.ts.
 */
import { inspectMdx, contentRules } from './mdx-safety.ts';
import type { ExerciseKind } from '../schemas/guide.ts';

/** Words a minute for calm reading; lower than the usual 200–230 because the guide is read by people who feel unwell. */
export const WORDS_PER_MINUTE = 160;

/**
 * Minutes to read an MDX body, rounded up, at least 1. Tags are not read, but a `<Reflection>`'s
 * question and hint are, as the reader reads them.
 * `readingMinutes('ord '.repeat(320))` → 2.
 */
export function readingMinutes(body: string, wordsPerMinute = WORDS_PER_MINUTE): number {
  const text = body
    .replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, '')
    .replace(/<[A-Za-z][^>]*>/g, (tag) => [...tag.matchAll(/\b(?:question|hint)="([^"]*)"/g)].map((m) => m[1]).join(' '))
    .replace(/[#*_>`[\]()|-]/g, ' ');
  const words = text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  return Math.max(1, Math.ceil(words / wordsPerMinute));
}

/** One reflection exercise as written in a chapter's text. */
export interface Exercise {
  question: string;
  kind: ExerciseKind;
  hint?: string | undefined;
  options: string[];
}

/** `splitOptions('Sömn | Mat |  | Musik')` → `['Sömn', 'Mat', 'Musik']`. */
export function splitOptions(options: string | undefined): string[] {
  return (options ?? '')
    .split('|')
    .map((o) => o.trim())
    .filter(Boolean);
}

/** The `<Reflection>` exercises of an MDX body, in the order they appear. */
export function exercisesIn(body: string): Exercise[] {
  return inspectMdx(body, contentRules)
    .components.filter((use) => use.name === 'Reflection')
    .map(({ props }) => {
      const text = (key: string) => (typeof props[key] === 'string' ? (props[key] as string) : undefined);
      return {
        question: text('question') ?? '',
        kind: (text('kind') ?? 'write') as ExerciseKind,
        hint: text('hint'),
        options: splitOptions(text('options')),
      };
    });
}

/** Whether an MDX body holds the plan for difficult moments (`<SafetyPlan />`). */
export function hasSafetyPlan(body: string): boolean {
  return inspectMdx(body, contentRules).components.some((use) => use.name === 'SafetyPlan');
}

interface Orderable {
  key: string;
  data: { order: number; title: string };
}

/** By `order`, then by title (two entries with the same number keep a stable, readable order). */
function byOrder(a: Orderable, b: Orderable): number {
  return a.data.order - b.data.order || a.data.title.localeCompare(b.data.title, 'sv') || a.key.localeCompare(b.key);
}

/**
 * The parts in order, each with its chapters in order. A chapter names its part by key; a chapter
 * whose part is missing in this language is left out (the content check refuses a part that does
 * not exist at all).
 */
export function orderGuide<P extends Orderable, C extends Orderable & { data: { part: string } }>(
  parts: readonly P[],
  chapters: readonly C[],
): { part: P; chapters: C[] }[] {
  return [...parts].sort(byOrder).map((part) => ({
    part,
    chapters: chapters.filter((c) => c.data.part === part.key).sort(byOrder),
  }));
}

/** The chapters before and after `key` within its part, in reading order. */
export function neighbours<C extends { key: string }>(ordered: readonly { chapters: C[] }[], key: string): { previous?: C; next?: C } {
  for (const { chapters } of ordered) {
    const i = chapters.findIndex((c) => c.key === key);
    if (i !== -1) return { previous: chapters[i - 1], next: chapters[i + 1] };
  }
  return {};
}

/**
 * A stable, short HTML id for an exercise from its question (FNV-1a), so labels and the stored
 * answer find the same question on every build. `exerciseId('Vad hjälper?')` → `'q-…'` (8 hex digits).
 */
export function exerciseId(question: string): string {
  let hash = 0x811c9dc5;
  for (const char of question.trim()) {
    hash ^= char.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `q-${hash.toString(16).padStart(8, '0')}`;
}
