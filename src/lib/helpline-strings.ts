/**
 * The interface strings the helpline code needs, picked out of the page's UI strings
 * (content/ui/<lang>.yaml: the keys starting helplines…, audience…, topic…) in the shapes the
 * components and pure functions take.
 */
import type { Audience, Topic } from '../schemas/helpline.ts';
import type { UiStrings } from '../schemas/ui.ts';
import type { HoursWords } from './hours-words.ts';
import type { StatusStrings } from './opening-hours.ts';

/** The `helplines…` strings without their prefix: `helplinesEmergencyTitle` → `emergencyTitle`. */
export type HelplineTexts = { [K in keyof UiStrings as K extends `helplines${infer Rest}` ? Uncapitalize<Rest> : never]: string };

export function helplineTexts(ui: UiStrings): HelplineTexts {
  const entries = Object.entries(ui)
    .filter(([key]) => key.startsWith('helplines'))
    .map(([key, value]) => [key.charAt(9).toLowerCase() + key.slice(10), value]);
  return Object.fromEntries(entries) as HelplineTexts;
}

/** `children-youth` → `ChildrenYouth`, the suffix of its UI key. */
const suffix = (value: string) => value.replace(/(?:^|-)(\w)/g, (_, c: string) => c.toUpperCase());

/** The label of an audience in the page's language ("Anhöriga och närstående"). */
export function audienceLabel(ui: UiStrings, audience: Audience): string {
  return ui[`audience${suffix(audience)}` as keyof UiStrings];
}

/** The label of a topic in the page's language ("Självmord och självmordstankar"). */
export function topicLabel(ui: UiStrings, topic: Topic): string {
  return ui[`topic${suffix(topic)}` as keyof UiStrings];
}

/** Words for "open now": passed to the browser as JSON in `data-status-strings`. */
export function statusStrings(t: HelplineTexts): StatusStrings {
  return {
    open: t.statusOpen,
    closed: t.statusClosed,
    closes: t.statusCloses,
    opens: t.statusOpens,
    opensTomorrow: t.statusOpensTomorrow,
    opensDay: t.statusOpensDay,
    uncertain: t.statusUncertain,
    holiday: t.statusHoliday,
    unknown: t.statusUnknown,
  };
}

/** Phrases for the hours in words. */
export function hoursWords(t: HelplineTexts): HoursWords {
  return {
    always: t.hoursAlways,
    unknown: t.hoursUnknown,
    everyDay: t.hoursEveryDay,
    and: t.hoursAnd,
    holidaysClosed: t.hoursHolidaysClosed,
    holidaysSunday: t.hoursHolidaysSunday,
    holidaysUnknown: t.hoursHolidaysUnknown,
    closed: t.hoursClosed,
  };
}
