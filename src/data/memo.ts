/**
 * Once per build: every page's layout asks for the menu and the interface strings, and a
 * type's listing and each of its entries ask for the same entries. Reading and checking them once
 * keeps the build linear in the number of pages. In `astro dev` content changes while the server
 * runs, so nothing is kept there.
 */
const cache = new Map<string, Promise<unknown>>();

export function memo<T>(key: string, load: () => Promise<T>): Promise<T> {
  if (import.meta.env.DEV) return load();
  let value = cache.get(key) as Promise<T> | undefined;
  if (!value) {
    value = load();
    cache.set(key, value);
  }
  return value;
}
