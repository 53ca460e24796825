/**
 * The phone menu (SiteHeader.astro) with JavaScript: the <details> works without it; this adds
 * what a menu button is expected to do. Escape closes the open menu and puts focus back on the
 * "Meny" button; a click or focus outside the menu closes it. Does nothing where the button is
 * hidden (wide screens, where the menu is always shown).
 */
const menu = document.querySelector<HTMLDetailsElement>('details[data-site-menu]');
const button = menu?.querySelector<HTMLElement>(':scope > summary');

if (menu && button) {
  /** The button is on screen: a phone-sized layout, where the menu opens and closes. */
  const collapsible = () => button.getClientRects().length > 0;
  const close = (returnFocus: boolean) => {
    if (!menu.open || !collapsible()) return;
    menu.open = false;
    if (returnFocus) button.focus();
  };
  menu.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && menu.open && collapsible()) {
      event.preventDefault();
      close(true);
    }
  });
  document.addEventListener('click', (event) => {
    if (!menu.contains(event.target as Node)) close(false);
  });
  menu.addEventListener('focusout', (event) => {
    const next = event.relatedTarget as Node | null;
    if (next && !menu.contains(next)) close(false);
  });
}
