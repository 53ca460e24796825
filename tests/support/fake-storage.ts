/**
 * A Web Storage (localStorage) stand-in for tests of src/lib/guide-answers.ts: it holds `quota`
 * bytes, counted as browsers do (keys and values in UTF-16, two bytes a character), and a write that
 * would pass the quota throws a QuotaExceededError DOMException and changes nothing, as the Web
 * Storage standard says. `removesBeforeThrowing` makes it worse than the standard (the key is gone
 * before the throw), `blocked` makes every write throw a SecurityError (storage switched off), and
 * `writes` counts writes, so a test can show that something wrote nothing. It has what
 * KeyValueStorage (src/lib/guide-answers.ts) needs.
 */
export class FakeStorage {
  readonly #items = new Map<string, string>();
  writes = 0;
  readonly quota: number;
  readonly options: { removesBeforeThrowing?: boolean; blocked?: boolean };
  constructor(quota = 5_000_000, options: { removesBeforeThrowing?: boolean; blocked?: boolean } = {}) {
    this.quota = quota;
    this.options = options;
  }

  get length(): number {
    return this.#items.size;
  }
  /** Bytes in use now. */
  get used(): number {
    let bytes = 0;
    for (const [key, value] of this.#items) bytes += (key.length + value.length) * 2;
    return bytes;
  }
  key(index: number): string | null {
    return [...this.#items.keys()][index] ?? null;
  }
  getItem(key: string): string | null {
    return this.#items.get(String(key)) ?? null;
  }
  setItem(key: string, value: string): void {
    this.writes++;
    if (this.options.blocked) throw new DOMException('The operation is insecure.', 'SecurityError');
    const [k, v] = [String(key), String(value)];
    const old = this.#items.get(k);
    const after = this.used - (old === undefined ? 0 : (k.length + old.length) * 2) + (k.length + v.length) * 2;
    if (after > this.quota) {
      if (this.options.removesBeforeThrowing) this.#items.delete(k);
      throw new DOMException(`Setting the value of '${k}' exceeded the quota.`, 'QuotaExceededError');
    }
    this.#items.set(k, v);
  }
  removeItem(key: string): void {
    this.writes++;
    if (this.options.blocked) throw new DOMException('The operation is insecure.', 'SecurityError');
    this.#items.delete(String(key));
  }
  clear(): void {
    this.#items.clear();
  }
  /** Fills the storage with other data until at most `free` bytes are left. */
  fill(free = 0): this {
    let n = 0;
    for (let chunk = 1 << 20; chunk >= 1; chunk >>= 1) {
      for (;;) {
        const key = `filler-${n}`;
        if (this.used + (key.length + chunk) * 2 > this.quota - free) break;
        this.#items.set(key, 'x'.repeat(chunk));
        n++;
      }
    }
    return this;
  }
}
