import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateContent } from '../../bench/generate.ts';
import { validateContent } from '../../src/lib/validate-content.ts';
import { contentTypes } from '../../src/schemas/index.ts';

describe('the bench generator covers every registered folder type with valid entries', () => {
  const root = mkdtempSync(join(tmpdir(), 'bench-gen-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  cpSync('content', join(root, 'content'), { recursive: true });
  // Documents and images name their files in the media library, which the check looks up.
  cpSync('public/media', join(root, 'public/media'), { recursive: true });
  const generated = generateContent(root, 100);

  it('writes entries of every folder type and skips none', () => {
    expect(generated.skipped).toEqual([]);
    for (const type of contentTypes.filter((t) => t.kind === 'folder')) expect(generated.counts[type.name], type.name).toBeGreaterThan(0);
    expect(generated.counts.pages).toBe(80);
  });
  // A correctness check over 100 entries, not a timing: a busy machine may take more than the default 5 s.
  it('every generated file passes the same validation as the build', { timeout: 60_000 }, () => {
    expect(validateContent(root)).toEqual([]);
  });
});
