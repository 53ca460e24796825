/**
 * Instant filter on the helplines page (progressive enhancement of the anchor index in
 * HelplineFinder.astro). Uses the same `matchesFilter` as the index, so both show the same lines.
 */
import { matchesFilter } from '../../lib/helplines.ts';
import type { Audience, HelplineData, Topic } from '../../schemas/helpline.ts';

const form = document.querySelector<HTMLFormElement>('form.hl-filter');
const index = document.querySelector<HTMLElement>('.hl-index');

if (form && index) {
  const cards = [...document.querySelectorAll<HTMLElement>('[data-filterable] [data-helpline]')];
  const sections = [...document.querySelectorAll<HTMLElement>('[data-filterable]')];
  const count = form.querySelector<HTMLElement>('.hl-filter__count');
  const template = form.dataset.countTemplate ?? '';
  const words = (value: string | undefined) => (value ?? '').split(' ').filter(Boolean);

  const apply = () => {
    const data = new FormData(form);
    const filter = {
      audience: (data.get('audience') || undefined) as Audience | undefined,
      topic: (data.get('topic') || undefined) as Topic | undefined,
    };
    let shown = 0;
    for (const card of cards) {
      const match = matchesFilter(
        {
          audiences: words(card.dataset.audiences) as Audience[],
          topics: words(card.dataset.topics) as Topic[],
          kind: card.dataset.kind as HelplineData['kind'],
          coverage: card.dataset.coverage as HelplineData['coverage'],
        },
        filter,
      );
      card.hidden = !match;
      if (match) shown++;
    }
    for (const section of sections) section.hidden = !section.querySelector('[data-helpline]:not([hidden])');
    const filtered = Boolean(filter.audience || filter.topic);
    if (count) count.textContent = filtered ? template.replace('{count}', String(shown)).replace('{total}', String(cards.length)) : '';
  };

  form.hidden = false;
  index.hidden = true;
  form.addEventListener('change', apply);
  form.addEventListener('submit', (event) => event.preventDefault());
  // A browser restoring the form after "back" keeps the choice: show the matching cards again.
  apply();
}
