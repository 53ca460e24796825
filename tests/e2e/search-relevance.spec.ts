/**
 * Search relevance on the built site: every query of the table (search-relevance.ts) runs through
 * Pagefind with the site's own options (src/lib/search.ts), and at least 90 % must have an expected
 * page in the top 3. The misses and the hit rate are printed, so a change in ranking shows.
 */
import { expect, test } from '@playwright/test';
import { searchOptions } from '../../src/lib/search.ts';
import { relevanceCases } from './search-relevance.ts';

test('at least 90 % of the relevance table finds its page in the top 3', async ({ page }) => {
  expect(relevanceCases.length).toBeGreaterThanOrEqual(40);
  const misses: string[] = [];
  for (const lang of ['sv', 'en'] as const) {
    const cases = relevanceCases.filter((c) => (c.lang ?? 'sv') === lang);
    await page.goto(lang === 'en' ? '/en/' : '/');
    const tops = await page.evaluate(
      async ({ queries, options }) => {
        const pagefind = await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`);
        await pagefind.options(options);
        await pagefind.init();
        const out: string[][] = [];
        for (const q of queries) {
          const search = await pagefind.search(q);
          const data = await Promise.all(search.results.slice(0, 3).map((r: { data: () => Promise<{ url: string }> }) => r.data()));
          out.push(data.map((d) => d.url));
        }
        return out;
      },
      { queries: cases.map((c) => c.query), options: searchOptions },
    );
    cases.forEach((c, i) => {
      const expected = typeof c.expect === 'string' ? [c.expect] : c.expect;
      if (!tops[i]!.some((url) => expected.includes(url)))
        misses.push(`"${c.query}" (${c.why}): wanted ${expected.join(' or ')}, got ${tops[i]!.join(', ') || 'nothing'}`);
    });
  }
  const hits = relevanceCases.length - misses.length;
  console.log(`Search relevance: ${hits}/${relevanceCases.length} (${((hits / relevanceCases.length) * 100).toFixed(0)} %) in the top 3.`);
  if (misses.length) console.log(`Misses:\n  ${misses.join('\n  ')}`);
  expect(hits / relevanceCases.length, misses.join('\n')).toBeGreaterThanOrEqual(0.9);
});
