/**
 * Instant filter on the research list (progressive enhancement of the grouped list in
 * ResearchSection.astro). Uses the same `matchesWorkFilter` as the page, so both agree.
 */
import { matchesWorkFilter } from '../../lib/research.ts';
import type { ResearchTopic, WorkType } from '../../schemas/research.ts';

const form = document.querySelector<HTMLFormElement>('form.rs-filter');
const contents = document.querySelector<HTMLElement>('.rs-contents');

if (form && contents) {
  const works = [...document.querySelectorAll<HTMLElement>('[data-work]')];
  const groups = [...document.querySelectorAll<HTMLElement>('[data-research-group]')];
  const count = form.querySelector<HTMLElement>('.rs-filter__count');
  const template = form.dataset.countTemplate ?? '';
  const none = form.dataset.none ?? '';

  const apply = () => {
    const data = new FormData(form);
    const value = (name: string) => (data.get(name) as string | null) || undefined;
    const year = value('year');
    const filter = {
      topic: value('topic') as ResearchTopic | undefined,
      type: value('type') as WorkType | undefined,
      language: value('language'),
      year: year ? Number(year) : undefined,
    };
    let shown = 0;
    for (const work of works) {
      const match = matchesWorkFilter(
        {
          topics: (work.dataset.topics ?? '').split(' ').filter(Boolean) as ResearchTopic[],
          type: work.dataset.type as WorkType,
          language: work.dataset.language ?? '',
          year: work.dataset.year ? Number(work.dataset.year) : undefined,
        },
        filter,
      );
      work.hidden = !match;
      if (match) shown++;
    }
    for (const group of groups) group.hidden = !group.querySelector('[data-work]:not([hidden])');
    const filtered = Object.values(filter).some((v) => v !== undefined);
    if (count) {
      const counted = template.replace('{count}', String(shown)).replace('{total}', String(works.length));
      count.textContent = !filtered ? '' : shown === 0 ? `${counted} ${none}` : counted;
    }
  };

  form.hidden = false;
  contents.hidden = true;
  form.addEventListener('change', apply);
  form.addEventListener('submit', (event) => event.preventDefault());
  // A browser restoring the form after "back" keeps the choices: show the matching works again.
  apply();
}
