import { describe, expect, it } from 'vitest';
import { weekdays } from '../../src/rules/weekdays.ts';

describe('weekdays', () => {
  it('are seven, Monday first as in Sweden, written as in content', () => {
    expect(weekdays).toEqual(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']);
  });
});
