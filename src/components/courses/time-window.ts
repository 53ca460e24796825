/**
 * Time honesty in the browser: a page may have been built days ago, so every element that holds
 * only in a window of time (`data-from`, `data-until`: ISO instants) is shown or hidden again by the
 * visitor's clock. Past sessions get their "has taken place" label, closed enrolment stops looking
 * open, past courses move to the archive. Instants are absolute, so the device's time zone does not
 * matter. Tells the filter (filter.ts) to count again.
 */
const now = Date.now();
for (const element of document.querySelectorAll<HTMLElement>('[data-from], [data-until]')) {
  const from = element.dataset.from ? Date.parse(element.dataset.from) : -Infinity;
  const until = element.dataset.until ? Date.parse(element.dataset.until) : Infinity;
  element.hidden = !(from <= now && now < until);
}
document.dispatchEvent(new CustomEvent('rc:time-windows'));
