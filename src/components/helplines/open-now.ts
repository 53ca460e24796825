/**
 * "Öppet nu" on helpline cards. Runs the same pure function as the tests (src/lib/opening-hours.ts)
 * on the hours each card carries in `data-hours`, in Swedish time whatever the device's time zone,
 * and again every minute and whenever the page becomes visible. Sets `data-open` on the card
 * (open | closed | unknown) and writes the status line under the organisation's name. An element
 * with `data-status-for="<the card's id>"` (the helplines page's list of every line at a glance)
 * gets the same `data-open` and, in its `[data-status-text]`, the state alone ("Öppet nu",
 * "Stängt nu"; nothing when unknown): one computation, shown twice.
 */
import { openingStatus, statusText, type HoursSpec, type Status, type StatusStrings } from '../../lib/opening-hours.ts';

interface Card {
  element: HTMLElement;
  hours: HoursSpec | undefined;
  uncertain: boolean;
  strings: StatusStrings;
  line: HTMLElement;
  /** Elements elsewhere that show this card's state (`data-status-for`). */
  mirrors: HTMLElement[];
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
  const id = element.dataset.helpline ?? '';
  return {
    element,
    hours,
    uncertain: element.dataset.hoursUncertain === 'true',
    strings: JSON.parse(stringsSource) as StatusStrings,
    line,
    mirrors: id ? [...document.querySelectorAll<HTMLElement>('[data-status-for]')].filter((m) => m.dataset.statusFor === id) : [],
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
    const text = statusText(status, card.strings, locale);
    card.element.dataset.open = status.state;
    card.line.textContent = text;
    const state = status.state === 'open' ? card.strings.open : status.state === 'closed' ? card.strings.closed : '';
    for (const mirror of card.mirrors) {
      mirror.dataset.open = status.state;
      const slot = mirror.querySelector('[data-status-text]');
      if (slot) slot.textContent = state;
    }
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
