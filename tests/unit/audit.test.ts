import { describe, expect, it } from 'vitest';
import { atLeast } from '../../scripts/audit.ts';

describe('atLeast compares versions numerically', () => {
  const cases: { reason: string; version: string; minimum: string; ok: boolean }[] = [
    { reason: 'a newer minor', version: '7.3.5', minimum: '7.2.8', ok: true },
    { reason: 'the minimum itself', version: '7.2.8', minimum: '7.2.8', ok: true },
    { reason: 'an older patch', version: '7.2.7', minimum: '7.2.8', ok: false },
    { reason: 'numbers, not text: 7.10 is newer than 7.9', version: '7.10.0', minimum: '7.9.0', ok: true },
    { reason: 'an older major', version: '6.9.9', minimum: '7.2.8', ok: false },
    { reason: 'a pre-release tag is ignored', version: '7.2.8-beta.1', minimum: '7.2.8', ok: true },
  ];
  it.each(cases)('$reason', ({ version, minimum, ok }) => {
    expect(atLeast(version, minimum)).toBe(ok);
  });
});
