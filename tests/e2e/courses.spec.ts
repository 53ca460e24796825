/**
 * Courses and events in a real browser, on the built site: the catalogue's filter by keyboard with
 * and without JavaScript, a course page's sessions, time honesty (with the clock set after a
 * course's last session, the course shows as past and enrolment as closed, and the catalogue moves
 * it to the archive), and the printed prospectus. axe, CSP, console and sideways scrolling on every
 * course and event page are checked by the sitemap sweep (site.spec.ts).
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** Before the spring term: enrolment open for "Stress och oro" (closes 15 March 2027). */
const beforeTerm = new Date('2027-01-10T10:00:00Z');
/** After the last session of "Stress och oro" (6 April 2027, 17:00–19:00 Swedish summer time). */
const afterStress = new Date('2027-04-06T17:30:00Z');

test.describe('the catalogue without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the grouped lists lead by keyboard to a course card; the menus stay hidden', async ({ page }) => {
    await page.goto('/kurser/');
    await expect(page.locator('form.course-filter')).toBeHidden();
    const row = page.locator('li#audience-relatives');
    await expect(row).toContainText('Anhöriga');
    const link = row.getByRole('link', { name: 'Att vara anhörig' });
    await link.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#kurs-att-vara-anhorig$/);
    await expect(page.locator('#kurs-att-vara-anhorig')).toBeInViewport();
    // Every filter facet has its list: audience, format, theme, month.
    for (const id of ['audience-staff', 'format-online', 'theme-sleep', 'month-2027-03'])
      await expect(page.locator(`li#${id}`), id).toBeVisible();
  });
});

test.describe('the catalogue with JavaScript', () => {
  test('filters by keyboard at once and says how many are shown', async ({ page }) => {
    // Many steps and an axe run: on a shared two-core machine this takes longer than the default 30 s.
    test.slow();
    await page.clock.setFixedTime(beforeTerm);
    await page.goto('/kurser/');
    const form = page.locator('form.course-filter');
    await expect(form).toBeVisible();
    await expect(page.locator('.course-index')).toBeHidden();
    const cards = page.locator('[data-course-list] > li');
    const total = await cards.count();
    expect(total).toBeGreaterThanOrEqual(10);
    const status = form.getByRole('status');
    // One course (the autumn try-out evening) is already over in January 2027.
    await expect(status).toHaveText(`Visar ${total - 1} av ${total - 1} kurser.`);

    await page.getByLabel('För vem?').focus();
    await page.keyboard.press('ArrowDown'); // own-experience
    await page.keyboard.press('ArrowDown'); // relatives
    await expect(page.getByLabel('För vem?')).toHaveValue('relatives');
    await expect(page.locator('#kurs-att-vara-anhorig')).toBeVisible();
    await expect(page.locator('#kurs-somn-och-aterhamtning')).toBeHidden();
    const shown = await cards.filter({ visible: true }).count();
    expect(shown).toBeLessThan(total - 1);
    await expect(status).toHaveText(`Visar ${shown} av ${total - 1} kurser.`);

    await page.getByLabel('Hur?').selectOption('online');
    await expect(form.getByText('Ingen kurs passar alla valen.')).toBeVisible();
    await page.getByLabel('För vem?').selectOption('');
    await expect(page.locator('#kurs-somn-och-aterhamtning')).toBeVisible();
    expect((await new AxeBuilder({ page }).withTags(wcagTags).analyze()).violations).toEqual([]);
  });

  test('with the clock after a course has ended, it moves to the archive', async ({ page }) => {
    await page.clock.setFixedTime(afterStress);
    await page.goto('/kurser/');
    await expect(page.locator('#kurs-stress-och-oro')).toBeHidden();
    const archive = page.locator('section[aria-labelledby="arkiv"]');
    await expect(archive).toBeVisible();
    await expect(archive.getByRole('link', { name: 'Stress och oro' })).toBeVisible();
    await expect(archive.getByRole('link', { name: 'Hopp och identitet' })).toBeHidden();
  });
});

test.describe('a course page', () => {
  test('shows every session with its time, the facilitators’ roles, the venue’s accessibility and the calendar link', async ({ page }) => {
    await page.goto('/kurser/stress-och-oro/');
    const sessions = page.locator('ol.sessions > li');
    await expect(sessions).toHaveCount(4);
    await expect(sessions.first()).toContainText('tisdag 16 mars 2027');
    await expect(sessions.first()).toContainText('17:00–19:00');
    await expect(page.getByText('Alla tider är svensk tid.')).toBeVisible();
    await expect(page.getByText('Kursledare med egen erfarenhet', { exact: true })).toBeVisible();
    await expect(page.getByText('Yrkesverksam kursledare', { exact: true })).toBeVisible();
    await expect(page.locator('.venue dt', { hasText: 'Hörslinga' }).locator('+ dd')).toHaveText('Ja');
    const ics = await page.request.get((await page.getByRole('link', { name: /Lägg till i din kalender/ }).getAttribute('href')) ?? '');
    expect(ics.headers()['content-type']).toMatch(/text\/calendar/);
    expect((await ics.text()).match(/BEGIN:VEVENT/g)).toHaveLength(4);
  });

  test('a cancelled session stays listed, marked as cancelled', async ({ page }) => {
    await page.goto('/kurser/somn-och-aterhamtning/');
    const cancelled = page.locator('li.session--cancelled');
    await expect(cancelled).toHaveCount(1);
    await expect(cancelled).toContainText('Inställt');
    await expect(cancelled).toContainText('16 februari 2027');
  });

  test('before the term, enrolment is open and the ways to enrol are shown', async ({ page }) => {
    await page.clock.setFixedTime(beforeTerm);
    await page.goto('/kurser/stress-och-oro/');
    await expect(page.locator('[data-enrolment="open"]')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Anmäl dig i formuläret' })).toBeVisible();
    await expect(page.locator('[data-enrolment="past"]')).toBeHidden();
  });

  test('with the clock after its last session, it shows as past and enrolment as closed', async ({ page }) => {
    await page.clock.setFixedTime(afterStress);
    await page.goto('/kurser/stress-och-oro/');
    await expect(page.locator('.badge--past').first()).toBeVisible();
    await expect(page.locator('ol.sessions > li .badge--past')).toHaveCount(4);
    for (const badge of await page.locator('ol.sessions > li .badge--past').all()) await expect(badge).toBeVisible();
    await expect(page.locator('[data-enrolment="past"]')).toBeVisible();
    await expect(page.locator('[data-enrolment="past"]')).toHaveText('Kursen har varit.');
    await expect(page.locator('[data-enrolment="open"]')).toBeHidden();
    await expect(page.getByRole('link', { name: 'Anmäl dig i formuläret' })).toBeHidden();
  });

  test('between the last enrolment day and the last session, enrolment is closed', async ({ page }) => {
    await page.clock.setFixedTime(new Date('2027-03-20T12:00:00Z'));
    await page.goto('/kurser/stress-och-oro/');
    await expect(page.locator('[data-enrolment="closed"]')).toHaveText('Anmälan är stängd.');
    await expect(page.locator('[data-enrolment="open"]')).toBeHidden();
    // Sessions 1 (16 March) is past, the others are not.
    const past = page.locator('ol.sessions > li .badge--past');
    await expect(past.nth(0)).toBeVisible();
    await expect(past.nth(1)).toBeHidden();
  });
});

test.describe('the printed prospectus', () => {
  test('prints without the site around it, one course per page, with a table of contents', async ({ page }) => {
    await page.goto('/kurser/');
    await page.getByRole('link', { name: 'Kursprogrammet att skriva ut' }).click();
    await expect(page).toHaveURL(/\/kurser\/kursprogram\/$/);
    const toc = page.getByRole('navigation', { name: 'Innehåll' });
    const entries = toc.getByRole('listitem');
    expect(await entries.count()).toBeGreaterThanOrEqual(10);
    await expect(page.locator('.crisis-strip')).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['.crisis-strip', '.site-header', '.site-footer']) await expect(page.locator(selector), selector).toBeHidden();
    const breaks = await page.locator('.prospectus__course').evaluateAll((els) => els.map((el) => getComputedStyle(el).breakBefore));
    expect(breaks.length).toBeGreaterThanOrEqual(10);
    expect(new Set(breaks)).toEqual(new Set(['page']));
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.byteLength).toBeGreaterThan(10_000);
  });
});

test('the events page lists the events and an event page shows its enrolment and venue', async ({ page }) => {
  await page.clock.setFixedTime(beforeTerm);
  await page.goto('/evenemang/');
  await expect(page.locator('.course-list > li:visible')).toHaveCount(3);
  await page.getByRole('link', { name: 'Öppen föreläsning: återhämtning är möjlig' }).click();
  await expect(page.locator('[data-enrolment="none"]')).toHaveText('Ingen anmälan behövs. Alla är välkomna.');
  await expect(page.locator('.venue')).toContainText('Biblioteksgatan 3');
});

test('the home page shows the next courses and events', async ({ page }) => {
  await page.clock.setFixedTime(beforeTerm);
  await page.goto('/');
  const next = page.locator('section[aria-labelledby="nasta-kurser"]');
  await expect(next.getByRole('heading', { name: 'Nästa kurser och evenemang' })).toBeVisible();
  expect(await next.locator('.course-card:visible').count()).toBeGreaterThan(0);
  await expect(next.getByRole('link', { name: 'Alla kurser' })).toHaveAttribute('href', '/kurser/');
});
