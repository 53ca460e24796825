/**
 * The helplines' interface strings (`helplines:` in content/ui/<lang>.yaml) in the shapes the
 * pure functions take: the words for "open now" and for the hours in words.
 */
import type { UiStrings } from '../schemas/index.ts';
import type { HoursWords } from './hours-words.ts';
import type { StatusStrings } from './opening-hours.ts';

/** The helplines' group of interface strings. */
export type HelplineTexts = UiStrings['helplines'];

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
