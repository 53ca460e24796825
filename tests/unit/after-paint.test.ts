import { describe, expect, it } from 'vitest';
import { afterPaint } from '../../src/integrations/after-paint.ts';

describe('afterPaint: script files wait in a template until the first paint', () => {
  const cases: { reason: string; html: string; expected: string }[] = [
    {
      reason: 'a module script file as Astro writes it is wrapped',
      html: '<p>a</p><script type="module" src="/_astro/x.js"></script><p>b</p>',
      expected: '<p>a</p><template data-after-paint><script type="module" src="/_astro/x.js"></script></template><p>b</p>',
    },
    {
      reason: 'every one of them',
      html: '<script type="module" src="/a.js"></script><script type="module" src="/b.js"></script>',
      expected:
        '<template data-after-paint><script type="module" src="/a.js"></script></template><template data-after-paint><script type="module" src="/b.js"></script></template>',
    },
    {
      reason: 'inline scripts run at once, as Astro wrote them',
      html: '<script type="module">document.title="x"</script>',
      expected: '<script type="module">document.title="x"</script>',
    },
    {
      reason: 'a script already wrapped is not wrapped twice (the build step can run again)',
      html: '<template data-after-paint><script type="module" src="/a.js"></script></template>',
      expected: '<template data-after-paint><script type="module" src="/a.js"></script></template>',
    },
  ];
  it.each(cases)('$reason', ({ html, expected }) => {
    expect(afterPaint(html)).toBe(expected);
  });
});
