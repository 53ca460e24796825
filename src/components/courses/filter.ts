/**
 * The catalogue's filter with JavaScript: the form (hidden without JavaScript, where the grouped
 * lists of links do the same job) filters the upcoming courses' cards as soon as a menu changes,
 * and a status line says how many are shown. A card hidden by its time window (a past course)
 * stays hidden and is not counted; time-window.ts, which may run later, asks for a recount.
 */
const form = document.querySelector<HTMLFormElement>('[data-course-filter]');
if (form) {
  const cards = [...document.querySelectorAll<HTMLElement>('[data-course-list] > li')];
  const count = form.querySelector<HTMLElement>('.course-filter__count')!;
  const none = form.querySelector<HTMLElement>('.course-filter__none')!;
  const template = form.dataset.countTemplate ?? '{count} / {total}';
  const index = document.querySelector<HTMLElement>('.course-index');

  const apply = () => {
    const chosen = Object.fromEntries(new FormData(form).entries()) as Record<string, string>;
    let shown = 0;
    let total = 0;
    for (const card of cards) {
      // A course whose last session has passed is in the archive, whatever the build said.
      if (card.dataset.until && Date.parse(card.dataset.until) <= Date.now()) {
        card.hidden = true;
        continue;
      }
      total++;
      const match = Object.entries(chosen).every(([name, value]) => !value || (card.dataset[name] ?? '').split(' ').includes(value));
      card.hidden = !match;
      if (match) shown++;
    }
    count.textContent = template.replace('{count}', String(shown)).replace('{total}', String(total));
    none.hidden = shown > 0;
  };

  form.hidden = false;
  if (index) index.hidden = true;
  form.addEventListener('change', apply);
  form.addEventListener('submit', (event) => event.preventDefault());
  document.addEventListener('rc:time-windows', apply);
  apply();
}
