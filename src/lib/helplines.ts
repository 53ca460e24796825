/**
 * Helpline logic that does not render: the order lines are shown in and which lines match a filter. Pure functions over plain data.
 */
import type { Audience, HelplineData, Topic } from '../schemas/helpline.ts';
import type { HoursSpec } from './opening-hours.ts';

/** A helpline with its id (the file name in content/helplines/). */
export type Helpline = HelplineData & { id: string };

/** Sections of the helplines page, in the order they are shown. */
export interface OrderedHelplines {
  /** 112: always first ("Vid akut fara för liv: ring 112"). */
  emergency: Helpline[];
  /** 1177 and other national health care, then every line that is always open. */
  always: Helpline[];
  /** The site's own region's (and its municipalities') local lines, e.g. psychiatric emergency care. */
  local: Helpline[];
  /** Every other national line. */
  rest: Helpline[];
}

const byName = (a: Helpline, b: Helpline) => a.name.sv.localeCompare(b.name.sv, 'sv');

/** Lines answered by professionals come before volunteer lines with otherwise equal standing. */
const volunteerLast = (a: Helpline, b: Helpline) => Number(a.staffing === 'volunteers') - Number(b.staffing === 'volunteers');

/** True for a regional or municipal line of `region` (the `region` setting, e.g. "Region Exempel"). */
export function isLocalTo(line: Helpline, region: string): boolean {
  return line.coverage !== 'national' && line.region?.trim().toLocaleLowerCase('sv') === region.trim().toLocaleLowerCase('sv');
}

/**
 * The page's order: 112 first; then 1177 (national health care) and the lines that are always open;
 * then the region's local lines; then the rest. Local lines of other regions are left out: a site
 * for one region should not send people to another region's emergency reception.
 */
export function orderHelplines(lines: readonly Helpline[], region: string): OrderedHelplines {
  const national = lines.filter((l) => l.coverage === 'national');
  const emergency = national.filter((l) => l.kind === 'emergency').sort(byName);
  const healthcare = national.filter((l) => l.kind === 'healthcare').sort(byName);
  const alwaysOpen = national
    .filter((l) => l.kind === 'support' && l.hours.type === 'always')
    .sort(byName)
    .sort(volunteerLast);
  const local = lines
    .filter((l) => isLocalTo(l, region))
    .sort(byName)
    .sort((a, b) => Number(a.kind !== 'healthcare') - Number(b.kind !== 'healthcare'));
  const placed = new Set([...emergency, ...healthcare, ...alwaysOpen, ...local]);
  const rest = national.filter((l) => !placed.has(l)).sort(byName);
  return { emergency, always: [...healthcare, ...alwaysOpen], local, rest };
}

/** Lines that stay visible whatever the filter: they are for everyone, so no filter leaves only volunteer lines. */
export function isPinned(line: Helpline): boolean {
  return line.kind === 'emergency' || (line.kind === 'healthcare' && line.coverage === 'national');
}

export interface HelplineFilter {
  audience?: Audience | undefined;
  topic?: Topic | undefined;
}

/**
 * Whether a line belongs in a filtered view. A line for `everyone` matches every audience;
 * pinned lines (112, 1177) always match.
 */
export function matchesFilter(line: Pick<Helpline, 'audiences' | 'topics' | 'kind' | 'coverage'>, filter: HelplineFilter): boolean {
  if (isPinned(line as Helpline)) return true;
  const audienceOk = !filter.audience || line.audiences.includes(filter.audience) || line.audiences.includes('everyone');
  const topicOk = !filter.topic || line.topics.includes(filter.topic);
  return audienceOk && topicOk;
}

/** True when one of the line's uncertainty notes concerns the hours: the page then claims no open state. */
export function hoursUncertain(line: Pick<Helpline, 'uncertain'>): boolean {
  return line.uncertain.some((u) => u.about === 'hours');
}

/** The part of the hours the browser needs for "open now" (no texts). */
export function clientHours(line: Helpline): HoursSpec {
  const { type, weekly, holidays, exceptions } = line.hours;
  return {
    type,
    ...(type === 'weekly' ? { weekly, holidays } : {}),
    ...(exceptions.length ? { exceptions: exceptions.map(({ date, closed, intervals }) => ({ date, closed, intervals })) } : {}),
  };
}
