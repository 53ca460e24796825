/**
 * The `_headers` file of Netlify and Cloudflare Pages: parse it, match a request path against its
 * rules, and write it back. Used by the local server (scripts/serve.ts), the build step that
 * fills in the CSP (scripts/security-headers.ts) and the tests, so all three read the file the
 * same way the hosts do.
 *
 * Format: a line starting with `/` is a path pattern (`*` matches anything including `/`,
 * `:name` one path segment); the indented lines under it are `Name: value` headers, or
 * `! Name` to remove a header an earlier rule set. `#` starts a comment.
 *
 * The two hosts differ when several rules match one path and set the same header:
 * - Cloudflare applies matching rules in order; a header set again is appended (joined with
 *   `, `), so two CSPs become two policies that are both enforced; `! Name` removes it first.
 * - Netlify takes the last matching rule's value and ignores `! Name` lines (no colon).
 * A file is portable when every later rule that sets a header an earlier rule also sets removes
 * it first with `! Name`: then both hosts send the same headers. `portabilityProblems` checks it.
 */

export type Host = 'cloudflare' | 'netlify';

export interface HeaderRule {
  /** The path pattern as written, e.g. `/_astro/*`. */
  path: string;
  /** Headers in file order; a name repeated within one rule is joined with `, ` by both hosts. */
  set: { name: string; value: string }[];
  /** Header names removed before this rule sets its own (`! Name`). */
  unset: string[];
  /** 1-based line of the path in the file. */
  line: number;
}

export interface ParseResult {
  rules: HeaderRule[];
  /** Lines the hosts would reject or ignore, with the reason. */
  errors: string[];
}

/** Cloudflare Pages' limits (Netlify has none this small). */
export const limits = { rules: 100, lineLength: 2000 } as const;

/** Parse the text of a `_headers` file. */
export function parseHeadersFile(text: string): ParseResult {
  const rules: HeaderRule[] = [];
  const errors: string[] = [];
  let current: HeaderRule | undefined;
  text.split('\n').forEach((raw, index) => {
    const line = raw.trim();
    const n = index + 1;
    if (line === '' || line.startsWith('#')) return;
    if (line.length > limits.lineLength) {
      errors.push(`rad ${n}: längre än ${limits.lineLength} tecken (${line.length}); Cloudflare Pages hoppar över den`);
    }
    if (line.startsWith('/')) {
      if (current && current.set.length === 0 && current.unset.length === 0) errors.push(`rad ${current.line}: sökvägen saknar rubriker`);
      current = { path: line, set: [], unset: [], line: n };
      rules.push(current);
      return;
    }
    if (!current) {
      errors.push(`rad ${n}: en rubrik före första sökvägen`);
      return;
    }
    if (line.startsWith('!')) {
      current.unset.push(line.slice(1).trim());
      return;
    }
    const colon = line.indexOf(':');
    if (colon <= 0) {
      errors.push(`rad ${n}: väntade "Namn: värde", hittade "${line}"`);
      return;
    }
    const name = line.slice(0, colon).trim();
    const value = line.slice(colon + 1).trim();
    if (/\s/.test(name)) errors.push(`rad ${n}: rubriknamnet "${name}" innehåller mellanslag`);
    else if (value === '') errors.push(`rad ${n}: rubriken ${name} saknar värde`);
    else current.set.push({ name, value });
  });
  if (current && current.set.length === 0 && current.unset.length === 0) errors.push(`rad ${current.line}: sökvägen saknar rubriker`);
  if (rules.length > limits.rules) errors.push(`${rules.length} regler; Cloudflare Pages läser bara de första ${limits.rules}`);
  return { rules, errors };
}

function escapeRegExp(text: string): string {
  return text.replace(/[-/\\^$*+?.()|[\]{}]/g, '\\$&');
}

/**
 * The regular expression a host matches request paths with.
 * `/*` → any path; `/blog/:slug` → one segment; Netlify also matches `/admin` for `/admin/*`.
 */
export function patternToRegExp(pattern: string, host: Host = 'cloudflare'): RegExp {
  if (host === 'netlify') {
    const parts = pattern
      .split('/')
      .filter(Boolean)
      .map((part) => {
        if (part.startsWith(':')) return '([^/]+)';
        if (part === '*') return '?(.*)';
        if (part.includes('*')) return part.split('*').map(escapeRegExp).join('(.*)');
        return escapeRegExp(part);
      });
    return new RegExp(`^/${parts.join('/')}/?$`, 'iu');
  }
  const source = pattern
    .split('*')
    .map(escapeRegExp)
    .join('.*')
    .replace(/:[A-Za-z]\w*/g, '[^/]+');
  return new RegExp(`^${source}$`);
}

/**
 * The headers a host sends for `pathname`, by lower-case name.
 * `headersForPath(rules, '/_astro/a.css')` → `Map { 'cache-control' => 'public, max-age=31536000, immutable', … }`.
 */
export function headersForPath(rules: HeaderRule[], pathname: string, host: Host = 'cloudflare'): Map<string, string> {
  const result = new Map<string, string>();
  const setByFile = new Set<string>();
  for (const rule of rules) {
    if (!patternToRegExp(rule.path, host).test(pathname)) continue;
    const own = new Map<string, string>();
    for (const { name, value } of rule.set) {
      const key = name.toLowerCase();
      own.set(key, own.has(key) ? `${own.get(key)}, ${value}` : value);
    }
    if (host === 'netlify') {
      for (const [key, value] of own) result.set(key, value);
      continue;
    }
    for (const name of rule.unset) result.delete(name.toLowerCase());
    for (const [key, value] of own) {
      const previous = result.get(key);
      result.set(key, setByFile.has(key) && previous !== undefined ? `${previous}, ${value}` : value);
      setByFile.add(key);
    }
  }
  return result;
}

/**
 * Rules whose header would be appended to an earlier matching rule's value on Cloudflare
 * (a later rule sets a header an earlier, broader rule also sets, without `! Name`).
 * An empty list means Netlify and Cloudflare send the same headers.
 */
export function portabilityProblems(rules: HeaderRule[]): string[] {
  const problems: string[] = [];
  rules.forEach((later, i) => {
    for (const earlier of rules.slice(0, i)) {
      if (!rulesCanOverlap(earlier.path, later.path)) continue;
      for (const { name } of later.set) {
        const key = name.toLowerCase();
        const removed = later.unset.some((u) => u.toLowerCase() === key);
        if (!removed && earlier.set.some((h) => h.name.toLowerCase() === key)) {
          problems.push(
            `${later.path} (rad ${later.line}) sätter ${name} som ${earlier.path} (rad ${earlier.line}) redan satt: lägg till "! ${name}" först`,
          );
        }
      }
    }
  });
  return problems;
}

/** Whether some path can match both patterns (checked on a representative path of each). */
function rulesCanOverlap(a: string, b: string): boolean {
  const sample = (p: string) => p.replace(/\*/g, 'x').replace(/:[A-Za-z]\w*/g, 'x');
  return patternToRegExp(a).test(sample(b)) || patternToRegExp(b).test(sample(a));
}
