/**
 * Content-Security-Policy values as data: parse, combine, print, and the hash a browser computes
 * for an inline script or style. Used to turn the `<meta>` CSP Astro writes into every page into
 * the HTTP header the hosts send (scripts/security-headers.ts) and to test that they agree.
 */
import { createHash } from 'node:crypto';

/** Directive name → sources, in the order written. */
export type Policy = Map<string, string[]>;

/**
 * `parseCsp("default-src 'self'; img-src 'self' data:")`
 * → `Map { 'default-src' => ["'self'"], 'img-src' => ["'self'", 'data:'] }`.
 * Directive names are lower-cased; a repeated directive is ignored, as browsers do.
 */
export function parseCsp(text: string): Policy {
  const policy: Policy = new Map();
  for (const part of text.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (!name) continue;
    const key = name.toLowerCase();
    if (!policy.has(key)) policy.set(key, sources);
  }
  return policy;
}

/** `formatCsp(parseCsp(x))` gives `x` normalised: `name src src; name src`. */
export function formatCsp(policy: Policy): string {
  return [...policy].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/** Fetch directives that fall back to `default-src` when a policy leaves them out. */
const fetchDirectives = new Set([
  'child-src',
  'connect-src',
  'font-src',
  'frame-src',
  'img-src',
  'manifest-src',
  'media-src',
  'object-src',
  'script-src',
  'script-src-elem',
  'script-src-attr',
  'style-src',
  'style-src-elem',
  'style-src-attr',
  'worker-src',
]);

/**
 * The smallest policy that allows everything any of `policies` allows: per directive, the union
 * of the sources. A fetch directive one policy leaves out takes that policy's `default-src`; any
 * other directive one policy leaves out is unrestricted there, so the union drops it.
 * `unionCsp([parseCsp("script-src 'self' 'sha256-a'"), parseCsp("script-src 'self' 'sha256-b'")])`
 * → `script-src 'self' 'sha256-a' 'sha256-b'`.
 */
export function unionCsp(policies: Policy[]): Policy {
  const names = [...new Set(policies.flatMap((p) => [...p.keys()]))];
  const union: Policy = new Map();
  for (const name of names) {
    const lists = policies.map((p) => p.get(name) ?? (fetchDirectives.has(name) ? p.get('default-src') : undefined));
    if (lists.some((list) => list === undefined)) continue;
    const sources = [...new Set(lists.flatMap((list) => list ?? []))];
    // 'none' only survives when nothing else is allowed.
    union.set(name, sources.length > 1 ? sources.filter((s) => s !== "'none'") : sources);
  }
  return union;
}

/** A copy of `policy` with `sources` added to `directive` (created if missing). */
export function withSources(policy: Policy, directive: string, sources: string[]): Policy {
  const copy: Policy = new Map([...policy].map(([k, v]) => [k, [...v]]));
  const list = copy.get(directive) ?? [];
  copy.set(directive, [...new Set([...list.filter((s) => s !== "'none'" || sources.length === 0), ...sources])]);
  return copy;
}

/** The CSP source a browser matches an inline script or style against: `'sha256-<base64>'`. */
export function cspHash(content: string): string {
  return `'sha256-${createHash('sha256').update(content, 'utf8').digest('base64')}'`;
}

/** Whether `policy` lets an inline element with this content run, by its hash or `'unsafe-inline'`. */
export function allowsInline(policy: Policy, kind: 'script' | 'style', content: string): boolean {
  const sources = policy.get(`${kind}-src-elem`) ?? policy.get(`${kind}-src`) ?? policy.get('default-src');
  if (!sources) return true;
  const hashed = sources.some((s) => /^'(sha256|sha384|sha512|nonce)-/.test(s));
  if (sources.includes(cspHash(content))) return true;
  // 'unsafe-inline' is ignored by browsers as soon as a hash or nonce is present.
  return !hashed && sources.includes("'unsafe-inline'");
}
