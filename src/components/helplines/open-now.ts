/**
 * "Öppet nu" on helpline cards. Runs the same pure function as the tests (src/lib/opening-hours.ts)
 * on the hours each card carries in `data-hours`, in Swedish time whatever the device's time zone,
 * and again every minute and whenever the page becomes visible. Sets `data-open` on the card
 * (open | closed | unknown) and writes the status line under the organisation's name.
 */
import { openingStatus, statusText, type HoursSpec, type Status, type StatusStrings } from '../../lib/opening-hours.ts';

interface Card {
  element: HTMLElement;
  hours: HoursSpec | undefined;
  uncertain: boolean;
  strings: StatusStrings;
  line: HTMLElement;
}

const locale = document.documentElement.lang === 'en' ? 'en' : 'sv';

function setUp(element: HTMLElement): Card | undefined {
  const stringsSource = element.closest<HTMLElement>('[data-status-strings]')?.dataset.statusStrings;
  if (!stringsSource) return undefined;
  let hours: HoursSpec | undefined;
  try {
    hours = JSON.parse(element.dataset.hours ?? '') as HoursSpec;
  } catch {
    hours = undefined;
  }
  const line = document.createElement('p');
  line.className = 'hl-status';
  const anchor = element.querySelector('.hl-card__org') ?? element.firstElementChild;
  anchor?.after(line);
  return {
    element,
    hours,
    uncertain: element.dataset.hoursUncertain === 'true',
    strings: JSON.parse(stringsSource) as StatusStrings,
    line,
  };
}

const cards = [...document.querySelectorAll<HTMLElement>('[data-helpline][data-hours]')].map(setUp).filter((c) => c !== undefined);

function update() {
  const now = new Date();
  for (const card of cards) {
    let status: Status;
    try {
      status = card.hours ? openingStatus(card.hours, now, { uncertain: card.uncertain }) : { state: 'unknown', reason: 'hours-unknown' };
    } catch {
      // Bad hours must never break the page or claim a state.
      status = { state: 'unknown', reason: 'hours-unknown' };
    }
    card.element.dataset.open = status.state;
    card.line.textContent = statusText(status, card.strings, locale);
  }
}

if (cards.length) {
  update();
  // Re-evaluate on the minute, so "Öppet nu" flips at 21:00 and not up to a minute later.
  setTimeout(
    () => {
      update();
      setInterval(update, 60_000);
    },
    60_000 - (Date.now() % 60_000),
  );
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') update();
  });
}
