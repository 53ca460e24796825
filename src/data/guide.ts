/**
 * Återhämtningsguiden for templates: parts and chapters in reading order in one language, each
 * chapter with its reading time and exercises computed from its text (src/lib/guide.ts), read
 * once per build and language.
 */
import { exercisesIn, hasSafetyPlan, neighbours, orderGuide, readingMinutes, type Exercise } from '../lib/guide.ts';
import type { Locale } from '../schemas/index.ts';
import { entryBody, getEntries, type Entry } from './entries.ts';
import { memo } from './memo.ts';

export interface GuideChapter extends Entry<'guide'> {
  minutes: number;
  exercises: Exercise[];
  plan: boolean;
}

export interface GuidePart {
  part: Entry<'guideParts'>;
  chapters: GuideChapter[];
}

/** The guide in a language: parts in order, each with its chapters in order. */
export function getGuide(locale: Locale): Promise<GuidePart[]> {
  return memo(`guide:${locale}`, async () => {
    const [parts, chapters] = await Promise.all([getEntries('guideParts', locale), getEntries('guide', locale)]);
    const computed = await Promise.all(
      chapters.map(async (chapter): Promise<GuideChapter> => {
        const body = await entryBody(chapter);
        return { ...chapter, minutes: readingMinutes(body), exercises: exercisesIn(body), plan: hasSafetyPlan(body) };
      }),
    );
    return orderGuide(parts, computed);
  });
}

/** A chapter's part and its neighbours within the part. */
export async function chapterPlace(entry: Entry<'guide'>) {
  const guide = await getGuide(entry.locale);
  const place = guide.find((p) => p.chapters.some((c) => c.key === entry.key));
  const chapter = place?.chapters.find((c) => c.key === entry.key);
  return { guide, part: place?.part, chapter, ...neighbours(guide, entry.key) };
}
