import { describe, expect, it } from 'vitest';
import { allowsInline, cspHash, formatCsp, parseCsp, unionCsp, withSources } from '../../tools/csp.ts';

describe('parseCsp and formatCsp', () => {
  it('round-trips the policy Astro writes, normalising spacing and the trailing semicolon', () => {
    const text = "default-src 'self';img-src 'self' data:; script-src 'self' 'sha256-a=';";
    expect(formatCsp(parseCsp(text))).toBe("default-src 'self'; img-src 'self' data:; script-src 'self' 'sha256-a='");
  });
  it('keeps the first of a repeated directive, as browsers do', () => {
    expect(parseCsp("script-src 'self'; script-src *").get('script-src')).toEqual(["'self'"]);
  });
});

describe('unionCsp', () => {
  const cases: { reason: string; policies: string[]; expected: string }[] = [
    {
      reason: 'hashes of different pages are all allowed',
      policies: ["script-src 'self' 'sha256-a'", "script-src 'self' 'sha256-b'"],
      expected: "script-src 'self' 'sha256-a' 'sha256-b'",
    },
    {
      reason: 'a fetch directive one page leaves out takes its default-src',
      policies: ["default-src 'self'; img-src data:", "default-src 'self'"],
      expected: "default-src 'self'; img-src data: 'self'",
    },
    {
      reason: 'a non-fetch directive one page leaves out is unrestricted there',
      policies: ["base-uri 'self'; script-src 'self'", "script-src 'self'"],
      expected: "script-src 'self'",
    },
    {
      reason: "'none' gives way to any allowed source",
      policies: ["object-src 'none'", "object-src 'self'"],
      expected: "object-src 'self'",
    },
    { reason: "'none' stays when every page says so", policies: ["object-src 'none'", "object-src 'none'"], expected: "object-src 'none'" },
  ];
  it.each(cases)('$reason', ({ policies, expected }) => {
    expect(formatCsp(unionCsp(policies.map(parseCsp)))).toBe(expected);
  });
});

describe('withSources', () => {
  it('adds to a directive without changing the original policy', () => {
    const policy = parseCsp("script-src 'self'");
    expect(formatCsp(withSources(policy, 'script-src', ["'wasm-unsafe-eval'"]))).toBe("script-src 'self' 'wasm-unsafe-eval'");
    expect(formatCsp(policy)).toBe("script-src 'self'");
  });
  it("replaces 'none' when a real source is added", () => {
    expect(formatCsp(withSources(parseCsp("script-src 'none'"), 'script-src', ["'self'"]))).toBe("script-src 'self'");
  });
});

describe('cspHash and allowsInline', () => {
  it('hashes like a browser: sha256 of the exact text, base64', () => {
    // echo -n 'alert(1)' | openssl dgst -sha256 -binary | base64
    expect(cspHash('alert(1)')).toBe("'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='");
  });
  const cases: { reason: string; policy: string; content: string; allowed: boolean }[] = [
    { reason: 'the hash is listed', policy: `script-src 'self' ${cspHash('a()')}`, content: 'a()', allowed: true },
    { reason: 'one changed character changes the hash', policy: `script-src ${cspHash('a()')}`, content: 'a() ', allowed: false },
    { reason: "'unsafe-inline' without hashes allows it", policy: "script-src 'unsafe-inline'", content: 'a()', allowed: true },
    {
      reason: "'unsafe-inline' is ignored once a hash is present",
      policy: `script-src 'unsafe-inline' ${cspHash('b()')}`,
      content: 'a()',
      allowed: false,
    },
    { reason: 'falls back to default-src', policy: "default-src 'self'", content: 'a()', allowed: false },
    { reason: 'no policy for scripts at all', policy: "img-src 'self'", content: 'a()', allowed: true },
  ];
  it.each(cases)('$reason', ({ policy, content, allowed }) => {
    expect(allowsInline(parseCsp(policy), 'script', content)).toBe(allowed);
  });
});
