/**
 * Copy buttons for a work's references (CitationBlock.astro): shown only where the Clipboard API
 * exists; each copies its reference as plain text and says so in the status line.
 */
const buttons = [...document.querySelectorAll<HTMLButtonElement>('button[data-copy-text]')];
const line = document.querySelector<HTMLElement>('.rs-copy__status');

if (buttons.length && line && navigator.clipboard) {
  for (const button of buttons) {
    button.hidden = false;
    button.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(button.dataset.copyText ?? '');
        line.textContent = line.dataset.copied ?? '';
      } catch {
        line.textContent = line.dataset.failed ?? '';
      }
    });
  }
}

// A module, so its names stay out of the page's global scope (window.status).
export {};
