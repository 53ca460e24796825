/**
 * The research library's list: order, groups and filters. Pure functions, shared by the page
 * (the grouped list without JavaScript) and the instant filter in the browser
 * (src/components/research/filter.ts), so both show the same works.
 */
import type { ResearchTopic, WorkType } from '../schemas/research.ts';

/** What the filters look at: one work's facets, as the page writes them on its list item. */
export interface WorkFacets {
  topics: readonly ResearchTopic[];
  type: WorkType;
  language: string;
  /** The publication year, or undefined when it is not known. */
  year: number | undefined;
}

/** A choice in each filter; an empty or missing value means "all". */
export interface WorkFilter {
  topic?: ResearchTopic | undefined;
  type?: WorkType | undefined;
  language?: string | undefined;
  year?: number | undefined;
}

/** True when the work passes every chosen filter. */
export function matchesWorkFilter(work: WorkFacets, filter: WorkFilter): boolean {
  return (
    (!filter.topic || work.topics.includes(filter.topic)) &&
    (!filter.type || work.type === filter.type) &&
    (!filter.language || work.language === filter.language) &&
    (filter.year === undefined || work.year === filter.year)
  );
}

/** The year of a partial date ("2019-03" → 2019), undefined when there is none. */
export function yearOf(issued: string | undefined): number | undefined {
  return issued ? Number(issued.slice(0, 4)) : undefined;
}

/** Newest first; works without a year last; then by the reference text (author, title). */
export function compareWorks(a: { year: number | undefined; sortText: string }, b: { year: number | undefined; sortText: string }): number {
  return (b.year ?? -Infinity) - (a.year ?? -Infinity) || a.sortText.localeCompare(b.sortText, 'sv');
}

/**
 * Works grouped by their first topic (what the work is mainly about), in the order of `topics`;
 * each work appears once, and topics without works are left out.
 */
export function groupByTopic<W extends { topics: readonly ResearchTopic[] }>(
  works: readonly W[],
  topics: readonly ResearchTopic[],
): { topic: ResearchTopic; works: W[] }[] {
  return topics.map((topic) => ({ topic, works: works.filter((w) => w.topics[0] === topic) })).filter((group) => group.works.length > 0);
}

/** The values a filter offers: those some work has, in a stable order (years newest first). */
export function facetValues(works: readonly WorkFacets[]) {
  const distinct = <T>(values: (T | undefined)[]) => [...new Set(values.filter((v): v is T => v !== undefined))];
  return {
    topics: distinct(works.flatMap((w) => w.topics)),
    types: distinct(works.map((w) => w.type)),
    languages: distinct(works.map((w) => w.language)).sort(),
    years: distinct(works.map((w) => w.year)).sort((a, b) => b - a),
  };
}
