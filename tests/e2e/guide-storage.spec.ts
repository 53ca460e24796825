/**
 * Storage honesty in the guide (issue 24, item 6), in a real browser on the built site: nothing is
 * written to this browser until the reader chooses "Spara"; a file too large to be an export is
 * refused with a message and the saved plan survives a reload; a browser that refuses to save
 * (QuotaExceededError) makes the page say "Inte sparat" and never "Sparat"; "Radera" removes every
 * rc-guide key. The pure logic is unit-tested in tests/security/guide-storage.test.ts.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import type { UiStrings } from '../../src/schemas/index.ts';

const sv = (parse(readFileSync(resolve('content/ui/sv.yaml'), 'utf8')) as UiStrings).guide;
const chapter = '/aterhamtningsguiden/var-finns-stod/';
const planPage = '/aterhamtningsguiden/min-plan/';
const writeQuestion = 'Vem skulle du kunna berätta för hur du mår?';

const answerBox = (page: Page) => page.getByRole('textbox', { name: writeQuestion });
const people = (page: Page) => page.getByRole('textbox', { name: sv.planPeople });
const ourKeys = (page: Page) => page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('rc-guide')));
const stored = (page: Page) => page.evaluate(() => JSON.stringify({ ...localStorage }));
const saveButton = (page: Page) => page.getByRole('button', { name: sv.answersSave });

test('typing an answer stores nothing until the reader chooses to save', async ({ page }) => {
  await page.goto(chapter);
  await expect(page.getByText(sv.answersPrivacy).first()).toBeVisible();
  await expect(page.getByRole('checkbox', { name: sv.answersAutosave })).not.toBeChecked();
  await answerBox(page).fill('Ingen annan ska se det här');
  await page.getByRole('checkbox', { name: 'Peer support' }).check();
  await expect(page.getByRole('status')).toHaveText(sv.answersUnsaved);
  expect(await ourKeys(page)).toEqual([]);
  expect(await stored(page)).toBe('{}');
  await page.reload();
  await expect(answerBox(page)).toHaveValue('');
  expect(await stored(page)).toBe('{}');

  await answerBox(page).fill('Min syster');
  await saveButton(page).click();
  await expect(page.getByRole('status')).toHaveText(sv.answersSaved);
  expect(await ourKeys(page)).toEqual(['rc-guide']);
  await page.reload();
  await expect(answerBox(page)).toHaveValue('Min syster');

  // "Spara automatiskt" is remembered and then saves while typing.
  await page.getByRole('checkbox', { name: sv.answersAutosave }).check();
  await expect(page.getByRole('status')).toHaveText(sv.answersAutosaveOn);
  await answerBox(page).fill('Min bror');
  await expect(page.getByRole('status')).toHaveText(sv.answersSaved);
  await page.reload();
  await expect(answerBox(page)).toHaveValue('Min bror');
  await expect(page.getByRole('checkbox', { name: sv.answersAutosave })).toBeChecked();
});

test('a file too large is refused with a message, and the saved plan survives a reload', async ({ page }) => {
  await page.goto(planPage);
  await people(page).fill('Mamma, 070-000 00 00');
  await saveButton(page).click();
  await expect(page.getByRole('status')).toHaveText(sv.answersSaved);
  // An export's shape, but far larger than any export: never read, nothing written.
  const big = JSON.stringify({
    format: 'recovery-college-guide-answers',
    version: 1,
    answers: {},
    plan: { people: { label: 'x', value: 'A'.repeat(1_000_000) } },
    read: [],
  });
  await page.getByLabel(sv.answersImport).setInputFiles({ name: 'stor.json', mimeType: 'application/json', buffer: Buffer.from(big) });
  const [before] = sv.answersImportTooLarge.split('{limit}');
  await expect(page.getByRole('status')).toContainText(before!);
  await expect(page.getByRole('status')).not.toContainText(sv.answersSaved);
  await expect(people(page)).toHaveValue('Mamma, 070-000 00 00');
  expect((await stored(page)).length).toBeLessThan(10_000);
  await page.reload();
  await expect(people(page)).toHaveValue('Mamma, 070-000 00 00');
});

test('a browser that refuses to save (quota) makes the page say "not saved", never "Sparat", and keeps the earlier plan', async ({
  page,
}) => {
  await page.addInitScript(() => {
    const real = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      if ((window as unknown as { full?: boolean }).full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return real.call(this, key, value);
    };
    // Every message the page announces, in order.
    const said: string[] = [];
    Object.defineProperty(window, 'said', { value: said });
    document.addEventListener('DOMContentLoaded', () => {
      const status = document.querySelector('[data-answers-status]');
      if (status)
        new MutationObserver(() => said.push(status.textContent ?? '')).observe(status, {
          childList: true,
          characterData: true,
          subtree: true,
        });
    });
  });
  const said = () => page.evaluate(() => (window as unknown as { said: string[] }).said);
  await page.goto(planPage);
  await people(page).fill('Sparad plan');
  await saveButton(page).click();
  await expect(page.getByRole('status')).toHaveText(sv.answersSaved);

  // Saving has started; now the browser is full.
  await page.evaluate(() => {
    (window as unknown as { full: boolean }).full = true;
    (window as unknown as { said: string[] }).said.length = 0;
  });
  await people(page).fill('Ny plan som inte får plats');
  await saveButton(page).click();
  await expect(page.getByRole('status')).toHaveText(sv.answersNotSaved);
  await page.getByRole('checkbox', { name: sv.answersAutosave }).check();
  await expect(page.getByRole('status')).toHaveText(sv.answersNotSaved);
  await people(page).fill('Ännu en ändring');
  await expect(page.getByRole('status')).toHaveText(sv.answersNotSaved);
  const messages = await said();
  expect(messages.length).toBeGreaterThan(0);
  expect(messages).not.toContain(sv.answersSaved);
  expect(messages).not.toContain(sv.answersAutosaveOn);
  expect(messages.some((m) => m.includes('Sparat'))).toBe(false);
  expect(await stored(page)).toContain('Sparad plan');

  // Leaving with changes not saved asks first; the earlier plan is what comes back.
  page.on('dialog', (dialog) => void dialog.accept());
  await page.reload();
  await expect(people(page)).toHaveValue('Sparad plan');
});

test('"Radera alla mina svar" removes every rc-guide key', async ({ page }) => {
  await page.goto(chapter);
  await answerBox(page).fill('Att radera');
  await page.getByRole('checkbox', { name: sv.answersAutosave }).check();
  await expect(page.getByRole('status')).toHaveText(sv.answersAutosaveOn);
  await page.evaluate(() => localStorage.setItem('rc-guide-nosave', '1')); // a key of an earlier version
  expect((await ourKeys(page)).sort()).toEqual(['rc-guide', 'rc-guide-autosave', 'rc-guide-nosave']);
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: sv.answersDelete }).click();
  await expect(page.getByRole('status')).toHaveText(sv.answersDeleted);
  expect(await ourKeys(page)).toEqual([]);
  await expect(answerBox(page)).toHaveValue('');
  await expect(page.getByRole('checkbox', { name: sv.answersAutosave })).not.toBeChecked();
  await page.reload();
  await expect(answerBox(page)).toHaveValue('');
  expect(await ourKeys(page)).toEqual([]);
});
