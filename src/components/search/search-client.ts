/**
 * The search page in the browser. Pagefind (/pagefind/pagefind.js, its worker and WebAssembly) is
 * loaded here only, when the page opens with a query or the field gets focus. The query and the
 * filters live in the address: typing replaces the current history entry (the first keystroke of a
 * new search adds one), so Back returns to the previous search, and a shared address shows the same
 * results. Keyboard: ↓ from the field to the first result, ↑/↓ between results, Esc back to the
 * field (and, in the field, clears it); Enter follows a link. The count is announced by a status
 * region. Results render as text: only Pagefind's <mark> elements are kept from its excerpts.
 */
import type { HoursSpec } from '../../lib/opening-hours.ts';
import { countText, isCrisisQuery, readState, searchOptions, writeState, type SearchState } from '../../lib/search.ts';

interface PagefindResult {
  url: string;
  excerpt: string;
  meta: { title?: string };
  filters: Record<string, string[]>;
  sub_results: { url: string; title: string; excerpt: string }[];
}
interface Pagefind {
  options(options: object): Promise<void>;
  init(): Promise<void>;
  preload(term: string, options?: object): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(term: string, options?: object): Promise<{ results: { data(): Promise<PagefindResult> }[] } | null>;
}

const root = document.querySelector<HTMLElement>('[data-search-page]');
/** Results shown at once (each loads its own fragment); "Visa fler träffar" shows the next ones. */
const pageSize = 10;

if (root) {
  const strings = JSON.parse(root.dataset.strings ?? '{}') as Parameters<typeof countText>[0] & {
    loading: string;
    failed: string;
    allTypes: string;
  };
  const crisisTerms = JSON.parse(root.dataset.crisisTerms ?? '[]') as string[];
  const form = root.querySelector<HTMLFormElement>('[data-search-form]')!;
  const input = root.querySelector<HTMLInputElement>('[data-search-input]')!;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const resultsSection = root.querySelector<HTMLElement>('[data-search-results]')!;
  const list = root.querySelector<HTMLOListElement>('[data-search-list]')!;
  const noneHelp = root.querySelector<HTMLElement>('[data-search-none]')!;
  const failed = root.querySelector<HTMLElement>('[data-search-failed]')!;
  const crisis = root.querySelector<HTMLElement>('[data-search-crisis]')!;
  const more = root.querySelector<HTMLButtonElement>('[data-search-more]')!;
  const selects = new Map(
    [...root.querySelectorAll<HTMLSelectElement>('[data-search-filter]')].map((select) => [select.dataset.searchFilter!, select]),
  );
  for (const element of root.querySelectorAll<HTMLElement>('[data-search-js]')) element.hidden = false;
  root.querySelector<HTMLElement>('[data-search-nojs]')!.hidden = true;

  let pagefind: Promise<Pagefind> | undefined;
  const load = () =>
    (pagefind ??= (async () => {
      const module = (await import(/* @vite-ignore */ new URL('/pagefind/pagefind.js', location.href).href)) as Pagefind;
      await module.options(searchOptions);
      await module.init();
      await fillFilters(module);
      return module;
    })());

  async function fillFilters(module: Pagefind) {
    const available = await module.filters();
    for (const [name, select] of selects) {
      const values = Object.keys(available[name] ?? {}).sort((a, b) => a.localeCompare(b, document.documentElement.lang));
      for (const value of values) select.append(new Option(value, value));
      const wrap = root!.querySelector<HTMLElement>(`[data-search-filter-wrap="${name}"]`);
      if (wrap) wrap.hidden = values.length === 0;
      select.value = readState(location.search).filters[name] ?? '';
    }
  }

  /** The page's state from the form. */
  const formState = (): SearchState => ({
    query: input.value.trim(),
    filters: Object.fromEntries([...selects].filter(([, s]) => s.value).map(([name, s]) => [name, s.value])),
  });

  /** An excerpt as text, keeping only Pagefind's <mark> elements (parsed inert, never run). */
  function excerptNodes(html: string): Node[] {
    const template = document.createElement('template');
    template.innerHTML = html;
    return [...template.content.childNodes].map((node) => {
      if (node.nodeName === 'MARK') {
        const mark = document.createElement('mark');
        mark.textContent = node.textContent;
        return mark;
      }
      return document.createTextNode(node.textContent ?? '');
    });
  }

  function hit(data: PagefindResult): HTMLLIElement {
    const item = document.createElement('li');
    item.className = 'search-hit';
    const link = document.createElement('a');
    link.className = 'search-hit__link';
    link.href = data.url;
    const type = data.filters.type?.[0];
    if (type) {
      const label = document.createElement('span');
      label.className = 'search-hit__type';
      label.textContent = type;
      link.append(label, ' ');
    }
    const title = document.createElement('span');
    title.className = 'search-hit__title';
    title.textContent = data.meta.title ?? data.url;
    link.append(title);
    item.append(link);
    // Sub-results: the headings (with an id) under which the words were found, each with its own
    // excerpt; without them, the page's best excerpt (Pagefind's excerpt is the best sub-result's).
    const subs = data.sub_results.filter((sub) => sub.url !== data.url && sub.url.includes('#')).slice(0, 3);
    if (!subs.length) {
      const excerpt = document.createElement('p');
      excerpt.className = 'search-hit__excerpt';
      excerpt.append(...excerptNodes(data.excerpt));
      item.append(excerpt);
    } else {
      const subList = document.createElement('ul');
      subList.className = 'search-hit__subs';
      subList.setAttribute('role', 'list');
      for (const sub of subs) {
        const li = document.createElement('li');
        const a = document.createElement('a');
        a.href = sub.url;
        a.textContent = sub.title;
        const p = document.createElement('p');
        p.className = 'search-hit__excerpt';
        p.append(...excerptNodes(sub.excerpt));
        li.append(a, p);
        subList.append(li);
      }
      item.append(subList);
    }
    return item;
  }

  async function showCrisis(query: string) {
    const show = isCrisisQuery(query, crisisTerms);
    crisis.hidden = !show;
    if (!show) return;
    // Loaded with the first crisis query only: most searches never need it.
    const { openingStatus } = await import('../../lib/opening-hours.ts');
    const now = new Date();
    let open = 0;
    for (const line of crisis.querySelectorAll<HTMLElement>('[data-crisis-line]')) {
      let state = 'unknown';
      try {
        const hours = JSON.parse(line.dataset.hours ?? '') as HoursSpec;
        state = openingStatus(hours, now, { uncertain: line.dataset.hoursUncertain === 'true' }).state;
      } catch {
        // Hours that cannot be read never claim a line is open.
      }
      line.hidden = state !== 'open';
      if (state === 'open') open++;
    }
    crisis.querySelector<HTMLElement>('[data-crisis-open-title]')!.hidden = open === 0;
  }

  let latest = 0;
  async function run(state: SearchState, debounce: boolean) {
    const ticket = ++latest;
    void showCrisis(state.query);
    more.hidden = true;
    if (!state.query) {
      list.replaceChildren();
      resultsSection.hidden = true;
      noneHelp.hidden = true;
      status.textContent = '';
      return;
    }
    status.textContent = strings.loading;
    let module: Pagefind;
    try {
      module = await load();
    } catch {
      failed.hidden = false;
      status.textContent = strings.failed;
      return;
    }
    // While typing, wait for a pause; Pagefind's own debounce would return null for older queries.
    if (debounce) await new Promise((resolve) => setTimeout(resolve, 250));
    if (ticket !== latest) return;
    const filters = Object.fromEntries(Object.entries(state.filters).map(([name, value]) => [name, [value]]));
    const search = await module.search(state.query, { filters });
    if (!search || ticket !== latest) return;
    const results = search.results;
    const showFrom = async (from: number) => {
      const data = await Promise.all(results.slice(from, from + pageSize).map((r) => r.data()));
      if (ticket !== latest) return;
      const items = data.map(hit);
      if (from === 0) list.replaceChildren(...items);
      else list.append(...items);
      more.hidden = results.length <= from + pageSize;
      more.onclick = () => {
        // Focus moves to the first new result, so a keyboard user continues where the list grew.
        void showFrom(from + pageSize).then(() => items.length && list.children[from + pageSize]?.querySelector('a')?.focus());
      };
    };
    await showFrom(0);
    if (ticket !== latest) return;
    resultsSection.hidden = results.length === 0;
    noneHelp.hidden = results.length > 0;
    status.textContent = countText(strings, results.length, state.query);
  }

  /** Whether the current history entry holds a finished search (a new keystroke then starts a new entry). */
  let committed = true;
  function record(state: SearchState, mode: 'push' | 'replace') {
    const url = `${location.pathname}${writeState(state)}`;
    if (url === `${location.pathname}${location.search}`) return;
    if (mode === 'push') history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  }

  function applyToForm(state: SearchState) {
    input.value = state.query;
    for (const [name, select] of selects) select.value = state.filters[name] ?? '';
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const state = formState();
    record(state, committed ? 'push' : 'replace');
    committed = true;
    void run(state, false);
  });
  input.addEventListener('input', () => {
    const state = formState();
    record(state, committed ? 'push' : 'replace');
    committed = false;
    void run(state, true);
  });
  for (const select of selects.values()) {
    select.addEventListener('change', () => {
      const state = formState();
      record(state, 'push');
      committed = true;
      void run(state, false);
    });
  }
  window.addEventListener('popstate', () => {
    const state = readState(location.search);
    applyToForm(state);
    committed = true;
    void run(state, false);
  });
  // Loading starts when the visitor is about to search, not on every visit to the page.
  input.addEventListener('focus', () => void load().catch(() => undefined), { once: true });

  const resultLinks = () => [...list.querySelectorAll<HTMLAnchorElement>('.search-hit__link')];
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' && resultLinks().length) {
      event.preventDefault();
      resultLinks()[0]!.focus();
    } else if (event.key === 'Escape' && input.value) {
      event.preventDefault();
      input.value = '';
      input.dispatchEvent(new Event('input'));
    }
  });
  list.addEventListener('keydown', (event) => {
    const links = resultLinks();
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (event.key === 'Escape') {
      event.preventDefault();
      input.focus();
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      // From a sub-result, the arrows move from the result it belongs to.
      const current = at >= 0 ? at : links.findIndex((link) => link.closest('li.search-hit')?.contains(document.activeElement));
      const next = current + (event.key === 'ArrowDown' ? 1 : -1);
      if (next < 0) input.focus();
      else links[Math.min(next, links.length - 1)]?.focus();
    }
  });

  const initial = readState(location.search);
  applyToForm(initial);
  if (initial.query) void run(initial, false);
}
