/**
 * Återhämtningsguiden in a real browser, on the built site: private answers (kept after a reload
 * once saved; what is stored until then, size limits and a full browser are in
 * guide-storage.spec.ts), export and import into a fresh browser, delete everything), no
 * network request while typing, Min plan with the helplines' numbers on one A4 page, the
 * worksheet print view, a keyboard-only path through a chapter, chapters read, Lyssna, search
 * (questions yes, facilitator notes no) and axe with the answer fields shown. Every page is also
 * in the sitemap sweep (site.spec.ts).
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import type { UiStrings } from '../../src/schemas/index.ts';

const sv = (parse(readFileSync(resolve('content/ui/sv.yaml'), 'utf8')) as UiStrings).guide;
const chapter = '/aterhamtningsguiden/var-finns-stod/';
const writeQuestion = 'Vem skulle du kunna berätta för hur du mår?';
const planPage = '/aterhamtningsguiden/min-plan/';
const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const answerBox = (page: Page) => page.getByRole('textbox', { name: writeQuestion });
const stored = (page: Page) => page.evaluate(() => JSON.stringify({ ...localStorage }));

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the chapter reads as text with the questions and options listed, no answer fields, notes collapsed', async ({ page }) => {
    await page.goto(chapter);
    await expect(page.getByText(writeQuestion)).toBeVisible();
    await expect(page.getByText('Vilket stöd vill du veta mer om?')).toBeVisible();
    await expect(page.locator('.gd-ex__static li', { hasText: 'Peer support' })).toBeVisible();
    await expect(page.locator('textarea')).toHaveCount(1);
    await expect(page.locator('textarea')).toBeHidden();
    await expect(page.locator('[data-answers-panel]')).toBeHidden();
    await expect(page.getByRole('button', { name: sv.worksheet })).toBeHidden();
    await expect(page.locator('details.gd-notes')).not.toHaveAttribute('open');
    await expect(page.getByText(sv.facilitatorWatchFor, { exact: true })).toBeHidden();
    await expect(page.locator('.gd-ex__support a').first()).toHaveAttribute('href', '/hjalplinjer/');
    await expect(page.locator('.gd-ex')).toHaveCount(await page.locator('.gd-ex__support').count());
  });
});

test.describe('private answers', () => {
  test('an answer is still there after a reload, and the page says where it is kept', async ({ page }) => {
    await page.goto(chapter);
    await expect(page.getByText(sv.answersPrivacy).first()).toBeVisible();
    await expect(page.getByText(sv.answersShared)).toBeVisible();
    await expect(page.getByText(sv.answersBrowserClears)).toBeVisible();
    await answerBox(page).fill('Min syster Anna');
    await page.getByRole('checkbox', { name: 'Peer support' }).check();
    await expect(page.getByRole('status')).toHaveText(sv.answersUnsaved);
    await page.getByRole('button', { name: sv.answersSave }).click();
    await expect(page.getByRole('status')).toHaveText(sv.answersSaved);
    await page.reload();
    await expect(answerBox(page)).toHaveValue('Min syster Anna');
    await expect(page.getByRole('checkbox', { name: 'Peer support' })).toBeChecked();
    await expect(page.getByRole('checkbox', { name: 'Psykiatrin' })).not.toBeChecked();
  });

  test('export downloads the answer (Markdown and JSON); the JSON restores it in a fresh browser', async ({ page, browser }) => {
    await page.goto(chapter);
    await answerBox(page).fill('Min granne Olle');
    const [markdown] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: sv.answersExportMarkdown }).click(),
    ]);
    expect(markdown.suggestedFilename()).toMatch(/\.md$/);
    const md = readFileSync(await markdown.path(), 'utf8');
    expect(md).toContain(`**${writeQuestion}**`);
    expect(md).toContain('Min granne Olle');
    const [json] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: sv.answersExportJson }).click()]);
    const file = await json.path();

    const fresh = await browser.newContext();
    const other = await fresh.newPage();
    await other.goto(chapter);
    await expect(answerBox(other)).toHaveValue('');
    await other.getByLabel(sv.answersImport).setInputFiles(file);
    await expect(other.getByRole('status')).toHaveText(`${sv.answersImported.replace('{count}', '1')} ${sv.answersUnsaved}`);
    await expect(answerBox(other)).toHaveValue('Min granne Olle');
    await other.getByRole('button', { name: sv.answersSave }).click();
    await expect(other.getByRole('status')).toHaveText(sv.answersSaved);
    await other.reload();
    await expect(answerBox(other)).toHaveValue('Min granne Olle');
    await fresh.close();
  });

  test('a file that is not an export is refused and changes nothing', async ({ page }) => {
    await page.goto(chapter);
    await answerBox(page).fill('Kvar');
    await page.getByLabel(sv.answersImport).setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('{"a":1}') });
    await expect(page.getByRole('status')).toHaveText(sv.answersImportFailed);
    await expect(answerBox(page)).toHaveValue('Kvar');
  });

  test('delete clears everything, after a confirmation; cancelling keeps it', async ({ page }) => {
    await page.goto(chapter);
    await answerBox(page).fill('Att radera');
    page.once('dialog', (dialog) => dialog.dismiss());
    await page.getByRole('button', { name: sv.answersDelete }).click();
    await expect(answerBox(page)).toHaveValue('Att radera');
    let asked = '';
    page.once('dialog', (dialog) => {
      asked = dialog.message();
      void dialog.accept();
    });
    await page.getByRole('button', { name: sv.answersDelete }).click();
    await expect(page.getByRole('status')).toHaveText(sv.answersDeleted);
    expect(asked).toBe(sv.answersDeleteConfirm);
    await expect(answerBox(page)).toHaveValue('');
    expect(await stored(page)).not.toContain('Att radera');
    await page.reload();
    await expect(answerBox(page)).toHaveValue('');
  });

  test.describe('no network', () => {
    // The service worker's own caching of the helplines pages after a first visit is not the
    // page's doing; without it, any request recorded here would come from the answers.
    test.use({ serviceWorkers: 'block' });
    test('typing, choosing and saving make no network request', async ({ page }) => {
      await page.goto(chapter);
      // The page's own loading (its script after the first paint, the icon) is over before recording.
      await expect(answerBox(page)).toBeVisible();
      await page.waitForLoadState('networkidle');
      const requests: string[] = [];
      page.on('request', (request) => requests.push(request.url()));
      await answerBox(page).pressSequentially('Ingen ska få veta det här', { delay: 5 });
      await page.getByRole('checkbox', { name: 'Stödlinjer' }).check();
      await page.getByRole('button', { name: sv.answersSave }).click();
      await page.getByRole('checkbox', { name: sv.answersAutosave }).check();
      await page.getByRole('checkbox', { name: sv.answersAutosave }).uncheck();
      await page.waitForTimeout(300);
      expect(requests).toEqual([]);
      expect(await page.context().cookies()).toEqual([]);
    });
  });
});

test.describe('Min plan', () => {
  test('shows the helplines’ numbers as tel: links, says it is not treatment, and prints on one A4 page', async ({ page }) => {
    await page.goto(planPage);
    const plan = page.locator('[data-plan]');
    for (const tel of ['tel:112', 'tel:1177', 'tel:90101']) await expect(plan.locator(`a[href="${tel}"]`)).toBeVisible();
    await expect(plan.getByText(sv.planIntro)).toBeVisible();
    await expect(plan.getByText(sv.planEmergency)).toBeVisible();
    await expect(plan.getByRole('link', { name: 'Alla stödlinjer' })).toHaveAttribute('href', '/hjalplinjer/');
    const people = page.getByRole('textbox', { name: sv.planPeople });
    await people.fill('Mamma, 070-000 00 00\nKompisen Sara');
    await page.getByRole('textbox', { name: sv.planReasons }).fill('Min katt. Sommaren.');
    await page.getByRole('button', { name: sv.answersSave }).click();
    await expect(page.getByRole('status')).toHaveText(sv.answersSaved);
    await page.reload();
    await expect(people).toHaveValue('Mamma, 070-000 00 00\nKompisen Sara');

    await page.evaluate(() => {
      window.print = () => undefined;
    });
    await page.getByRole('button', { name: sv.planPrint }).click();
    await expect(page.locator('html')).toHaveClass(/gd-print-plan/);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.site-header')).toBeHidden();
    await expect(page.locator('.gd-text > p').first()).toBeHidden();
    await expect(plan.getByText('Kompisen Sara')).toBeVisible();
    const pdf = (await page.pdf({ format: 'A4', printBackground: false })).toString('latin1');
    expect(pdf.match(/\/Type\s*\/Page[^s]/g)?.length).toBe(1);
  });
});

test.describe('print', () => {
  test('"Skriv ut som arbetsblad": title and questions with empty boxes to write in, no text, fields or buttons', async ({ page }) => {
    await page.goto(chapter);
    await answerBox(page).fill('Syns inte på arbetsbladet');
    await page.evaluate(() => {
      window.print = () => undefined;
    });
    await page.getByRole('button', { name: sv.worksheet }).click();
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByText(writeQuestion)).toBeVisible();
    await expect(page.getByText('Det kan vara svårt att veta vart man ska vända sig')).toBeHidden();
    await expect(page.locator('textarea')).toBeHidden();
    await expect(page.locator('[data-answers-panel]')).toBeHidden();
    await expect(page.locator('.gd-pager')).toBeHidden();
    const boxes = page.locator('.gd-ex .gd-lines');
    expect(await boxes.count()).toBeGreaterThan(0);
    await expect(boxes.first()).toBeVisible();
    expect((await boxes.first().boundingBox())!.height).toBeGreaterThan(60);
    await expect(boxes.last()).toHaveCSS('color', 'rgba(0, 0, 0, 0)');
    const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
    expect(pdf.match(/\/Type\s*\/Page[^s]/g)?.length).toBeLessThanOrEqual(2);
  });

  test('"Skriv ut mina svar" prints the answers in the boxes', async ({ page }) => {
    await page.goto(chapter);
    await answerBox(page).fill('Min syster');
    await page.evaluate(() => {
      window.print = () => undefined;
    });
    await page.getByRole('button', { name: sv.answersPrint }).click();
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.gd-lines', { hasText: 'Min syster' })).toBeVisible();
    await expect(page.locator('.gd-lines', { hasText: 'Min syster' })).not.toHaveCSS('color', 'rgba(0, 0, 0, 0)');
  });

  test('the part’s worksheet page lists every question of the part', async ({ page }) => {
    await page.goto('/arbetsblad/for-dig-som-mar-daligt/');
    await expect(page.getByText(writeQuestion)).toBeVisible();
    await expect(page.getByText('Hur hoppfull känner du dig i dag?')).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.gd-worksheet .gd-lines').first()).toBeVisible();
  });
});

test('keyboard only: from the skip link to an answer, the facilitator notes and the next chapter', async ({ page }) => {
  await page.goto(chapter);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  const reached = async (check: () => Promise<boolean>, max = 80) => {
    for (let i = 0; i < max; i++) {
      if (await check()) return true;
      await page.keyboard.press('Tab');
    }
    return false;
  };
  expect(await reached(() => answerBox(page).evaluate((el) => el === document.activeElement))).toBe(true);
  await page.keyboard.type('Skrivet med tangentbordet');
  await expect(answerBox(page)).toHaveValue('Skrivet med tangentbordet');
  const summary = page.locator('details.gd-notes > summary');
  expect(await reached(() => summary.evaluate((el) => el === document.activeElement))).toBe(true);
  await page.keyboard.press('Enter');
  await expect(page.locator('details.gd-notes')).toHaveAttribute('open');
  await expect(page.getByText(sv.facilitatorIfUnwell, { exact: true })).toBeVisible();
  const next = page.locator('.gd-pager a[rel="next"]');
  expect(await reached(() => next.evaluate((el) => el === document.activeElement))).toBe(true);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/aterhamtningsguiden\/det-som-hjalpt-andra\/$/);
});

test('axe: 0 violations with the answer fields shown and the facilitator notes open', async ({ page }) => {
  test.setTimeout(120_000);
  for (const path of [chapter, planPage, '/aterhamtningsguiden/verktyg-for-reflektion/', '/en/recovery-guide/my-plan/']) {
    await page.goto(path);
    await expect(page.locator('[data-answers-panel]')).toBeVisible();
    await page.locator('details.gd-notes > summary').click();
    const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
    expect(results.violations.map((v) => `${path}: ${v.id} ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
  }
});

test('chapters read are marked on this device (with saving chosen) and can be forgotten', async ({ page }) => {
  await page.goto('/aterhamtningsguiden/');
  const item = page.locator('[data-progress-key="var-finns-stod"] [data-read-mark]');
  await expect(item).toBeHidden();
  await page.goto(chapter);
  await page.getByRole('checkbox', { name: sv.answersAutosave }).check();
  await page.locator('.gd-pager').scrollIntoViewIfNeeded();
  await expect.poll(() => stored(page)).toContain('var-finns-stod');
  await page.goto('/aterhamtningsguiden/');
  await expect(item).toBeVisible();
  await expect(page.locator('[data-progress-key="dina-egna-behov"] [data-read-mark]')).toBeHidden();
  await page.getByRole('button', { name: sv.progressReset }).click();
  await expect(item).toBeHidden();
  await page.reload();
  await expect(item).toBeHidden();
});

test.describe('Lyssna', () => {
  test('hidden when the browser has no voice', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window.speechSynthesis, 'getVoices', { value: () => [] });
    });
    await page.goto(chapter);
    await expect(page.getByRole('button', { name: sv.answersExportJson })).toBeVisible();
    await expect(page.getByRole('button', { name: sv.listen })).toBeHidden();
  });

  test('reads the chapter with a Swedish voice, with pause and stop', async ({ page }) => {
    await page.addInitScript(() => {
      const spoken: { text: string; lang: string; voice: string | undefined }[] = [];
      const synth = window.speechSynthesis;
      Object.defineProperty(synth, 'getVoices', {
        value: () => [
          { lang: 'en-GB', name: 'English' },
          { lang: 'sv-SE', name: 'Svenska' },
        ],
      });
      Object.defineProperty(synth, 'speak', {
        value: (u: SpeechSynthesisUtterance) =>
          spoken.push({ text: u.text, lang: u.lang, voice: (u.voice as { name?: string } | null)?.name }),
      });
      Object.defineProperty(synth, 'cancel', { value: () => undefined });
      Object.defineProperty(synth, 'pause', { value: () => undefined });
      Object.defineProperty(window, 'spoken', { value: spoken });
      // A real SpeechSynthesisUtterance refuses a voice object that is not the browser's own.
      const Real = window.SpeechSynthesisUtterance;
      window.SpeechSynthesisUtterance = class extends Real {
        voice_: unknown;
        override get voice() {
          return this.voice_ as SpeechSynthesisVoice;
        }
        override set voice(v) {
          this.voice_ = v;
        }
      };
    });
    await page.goto(chapter);
    await page.getByRole('button', { name: sv.listen }).click();
    await expect(page.getByRole('button', { name: sv.listenPause })).toBeFocused();
    const spoken = await page.evaluate(() => (window as unknown as { spoken: { text: string; lang: string; voice: string }[] }).spoken);
    expect(spoken[0]!.text).toBe('Var finns stöd?');
    expect(spoken.map((s) => s.text)).toContain(`Att fundera på: ${writeQuestion}`);
    expect(spoken.map((s) => s.text).join(' ')).not.toContain('Deltagarna kan ha dåliga erfarenheter');
    expect(spoken.every((s) => s.lang === 'sv' && s.voice === 'Svenska')).toBe(true);
    await page.getByRole('button', { name: sv.listenPause }).click();
    await expect(page.getByRole('button', { name: sv.listenResume })).toBeVisible();
    await page.getByRole('button', { name: sv.listenStop }).click();
    await expect(page.getByRole('button', { name: sv.listen })).toBeFocused();
  });
});

test.describe('search', () => {
  const search = (page: Page, query: string) =>
    page.evaluate(async (q) => {
      const pagefind = await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`);
      await pagefind.init();
      const found = await pagefind.search(q);
      const data = await Promise.all(found.results.map((r: { data: () => Promise<unknown> }) => r.data()));
      return (data as { url: string; filters: Record<string, string[]> }[]).map((d) => ({ url: d.url, type: d.filters.type ?? [] }));
    }, query);

  test('finds a chapter by the words of an exercise question, with the chapter filter', async ({ page }) => {
    await page.goto('/aterhamtningsguiden/');
    const results = await search(page, 'hoppfull');
    expect(results).toContainEqual({ url: '/aterhamtningsguiden/aterhamtningsberattelser/', type: [sv.typeName] });
  });

  test('never finds the facilitator notes', async ({ page }) => {
    await page.goto('/aterhamtningsguiden/');
    // "blädderblock" is only in the facilitator notes of one chapter.
    expect(readFileSync(resolve('content/guide/sv/det-som-hjalpt-andra.mdx'), 'utf8')).toContain('blädderblock');
    // The chapter is not found by it, and no result shows it. (Pagefind still returns near matches
    // for a word no page has: the guide's front page, whose compound parts include "blad" of
    // "arbetsblad", and before that the "B" of file sizes. Neither comes from the notes.)
    const results = await page.evaluate(async (q) => {
      const pagefind = await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`);
      await pagefind.init();
      const found = await pagefind.search(q);
      return Promise.all(found.results.map((r: { data: () => Promise<unknown> }) => r.data()));
    }, 'blädderblock');
    const urls = (results as { url: string }[]).map((r) => r.url);
    expect(urls).not.toContain('/aterhamtningsguiden/det-som-hjalpt-andra/');
    expect(JSON.stringify(results).toLowerCase()).not.toContain('blädderblock');
  });
});
