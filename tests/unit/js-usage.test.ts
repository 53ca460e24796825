import { describe, expect, it } from 'vitest';
import { selectorsIn } from '../../tools/js-usage.ts';

describe('selectorsIn finds the elements a script looks for', () => {
  const cases: { reason: string; source: string; selectors: string[] }[] = [
    { reason: 'querySelector with double quotes', source: 'document.querySelector("[data-quick-exit]")', selectors: ['[data-quick-exit]'] },
    { reason: 'querySelectorAll with single quotes', source: "e.querySelectorAll('.card a')", selectors: ['.card a'] },
    { reason: 'getElementById becomes an id selector', source: 'document.getElementById("search")', selectors: ['#search'] },
    { reason: 'getElementsByClassName becomes a class selector', source: 'd.getElementsByClassName("x")', selectors: ['.x'] },
    { reason: 'closest on an event target', source: 'e.target.closest(`a[href^="tel:"]`)', selectors: ['a[href^="tel:"]'] },
    { reason: 'a custom element definition', source: 'customElements.define("astro-island",c)', selectors: ['astro-island'] },
    { reason: 'a data-attribute selector kept in a variable (minified)', source: 'const s="[data-menu]";q(s)', selectors: ['[data-menu]'] },
    { reason: 'escaped quotes inside the selector', source: 'document.querySelector("a[title=\\"x\\"]")', selectors: ['a[title="x"]'] },
    { reason: 'a selector built from a variable is not guessed', source: 'document.querySelector(sel)', selectors: [] },
    { reason: 'a template literal with an expression is not guessed', source: 'document.querySelector(`#${id}`)', selectors: [] },
    { reason: 'a script that looks for nothing', source: 'navigator.serviceWorker.register("/sw.js")', selectors: [] },
  ];
  it.each(cases)('$reason', ({ source, selectors }) => {
    expect(selectorsIn(source)).toEqual(selectors);
  });
});
