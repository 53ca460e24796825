/**
 * The admin (Decap CMS) against the local backend: decap-server writes into a throwaway copy of
 * the project, never into this repository's content/. The admin bundle was built for the same
 * port (CMS_LOCAL_PORT, default 8081). The bundle's byte budget is checked without a browser
 * (tests/built/admin-bundle.test.ts).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { contentTypes } from '../../src/schemas/index.ts';
import { buildWorkspace, decapWorkspace, openAdmin } from './admin-support.ts';

test.describe.configure({ mode: 'serial' });

const copy = decapWorkspace();

function watchConsole(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  return problems;
}

/** Choose an option in a Decap select (react-select) by its field label. */
async function pick(page: Page, label: string, option: string) {
  const box = page.getByRole('combobox', { name: label, exact: true }).last();
  await box.fill(option);
  await box.press('Enter');
}

const pageFiles = () => readdirSync(join(copy.dir, 'content/pages/sv')).sort();

test('/admin/ loads with the local backend, an empty console, and lists every collection', async ({ page }, testInfo) => {
  const problems = watchConsole(page);
  const started = Date.now();
  await openAdmin(page);
  const seconds = (Date.now() - started) / 1000;
  expect(contentTypes.length).toBeGreaterThan(0);
  for (const type of contentTypes) await expect(page.getByRole('link', { name: type.label, exact: true })).toBeVisible();
  // Measured, not asserted: the time until an editor sees the collections.
  testInfo.annotations.push({ type: 'timing', description: `collection list after ${seconds.toFixed(2)} s` });
  console.log(`/admin/: samlingarna syns efter ${seconds.toFixed(2)} s`);

  await expect(page).toHaveTitle(/Redigera innehåll/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
  // Its own CSP, and nothing Pagefind would index.
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute('content', /'unsafe-eval'/);
  expect(await page.locator('[data-pagefind-body]').count()).toBe(0);
  await expect(page.getByRole('link', { name: 'Redaktörsguide' })).toHaveAttribute('href', '/admin/redaktorsguide/');
  await expect(page.getByRole('link', { name: 'Innehållsstatus' })).toHaveAttribute('href', '/admin/innehallsstatus/');
  expect(problems).toEqual([]);
});

test('the editor’s guide opens from the admin', async ({ page }) => {
  await page.goto('/admin/redaktorsguide/');
  await expect(page.getByRole('heading', { level: 1, name: 'Redaktörsguide' })).toBeVisible();
});

test('Innehållsstatus lists what needs care with links into the admin, accessibly', async ({ page }) => {
  await page.goto('/admin/innehallsstatus/');
  await expect(page.getByRole('heading', { level: 1, name: 'Innehållsstatus' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: /Stödlinjer: inte kontrollerade på 180 dagar/ })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Nödnummer 112' })).toHaveAttribute('href', '/admin/#/collections/helplines/entries/112');
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});

test('a required field left empty or a broken pattern is refused with the schema’s message, and nothing is written', async ({ page }) => {
  await openAdmin(page);
  const before = pageFiles();
  await page.goto('/admin/#/collections/pages/new');
  await page.getByRole('textbox', { name: 'Rubrik' }).first().fill('Ab');
  await page.getByRole('textbox', { name: 'Adress (frivillig)' }).first().fill('Boka En Peer');
  await page.getByRole('button', { name: 'Publicera' }).click();
  await page.getByRole('menuitem', { name: 'Publicera nu' }).click();
  // The schema's own messages, in Swedish.
  await expect(page.getByText('Rubriken behöver minst 3 tecken.').first()).toBeVisible();
  await expect(page.getByText(/Använd bara små bokstäver a–z, siffror och bindestreck/).first()).toBeVisible();
  await expect(page.getByText('Sammanfattning måste fyllas i.').first()).toBeVisible();
  await expect(page.getByText('Senast uppdaterad måste fyllas i.').first()).toBeVisible();
  expect(pageFiles()).toEqual(before);
});

test('an English version missing a required field is refused before anything is written', async ({ page }) => {
  await openAdmin(page);
  const before = pageFiles();
  const english = () => readdirSync(join(copy.dir, 'content/pages/en')).sort();
  const beforeEn = english();
  await page.goto('/admin/#/collections/pages/new');
  await page.getByRole('textbox', { name: 'Rubrik' }).first().fill('Halvt översatt');
  await page.getByRole('textbox', { name: 'Sammanfattning' }).first().fill('En sida vars engelska version saknar sin sammanfattning.');
  await page.getByRole('textbox', { name: 'Senast uppdaterad' }).first().fill('2026-11-23');
  // The English pane: a title, but no summary.
  await page.getByRole('textbox', { name: 'Rubrik' }).nth(1).fill('Half translated');
  await page.getByRole('button', { name: 'Publicera', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Publicera nu' }).click();
  // The build's own check, before saving, with the field's label and the language.
  await expect(page.getByText(/Kunde inte spara inlägg: .*Sammanfattning \(engelska\)/).first()).toBeVisible();
  expect(pageFiles()).toEqual(before);
  expect(english()).toEqual(beforeEn);
});

test('a page with tricky text is published, builds, and shows the text as typed', async ({ page }) => {
  test.setTimeout(180_000);
  await openAdmin(page);
  const before = pageFiles();
  await page.goto('/admin/#/collections/pages/new');
  const title = 'Möte {tisdag} & ”fika” <kl. 10> åäö';
  const typed = 'Ta med {namn} och <dåligt> humör: 3 < 5 & 5 > 3, ”citat” 🌱 {process.version}';
  await page.getByRole('textbox', { name: 'Rubrik' }).first().fill(title);
  await page
    .getByRole('textbox', { name: 'Sammanfattning' })
    .first()
    .fill('En sida med klamrar {så här} och <taggar> som ska synas som de skrevs.');
  await page.getByRole('textbox', { name: 'Senast uppdaterad' }).first().fill('2026-11-23');
  const body = page.locator('[data-slate-editor="true"]').first();
  await body.click();
  await page.keyboard.type(typed);
  await page.keyboard.press('Enter');
  // Straight quotes stay straight (SmartyPants is off): Swedish ”citat” is not English “quotes”.
  await page.keyboard.type('import x from "y" är bara text -- och ... så.');
  await page.getByRole('button', { name: 'Publicera' }).click();
  await page.getByRole('menuitem', { name: 'Publicera nu' }).click();
  const newFile = () => pageFiles().find((f) => !before.includes(f));
  const read = (name: string) => readFileSync(join(copy.dir, 'content/pages/sv', name), 'utf8');
  await expect.poll(() => (newFile() ? read(newFile()!) : ''), { timeout: 20_000 }).toContain('updated:');

  const file = newFile()!;
  expect(file).toMatch(/^[a-z0-9-]+\.mdx$/);
  const source = read(file);
  expect(source).toContain('\\{namn\\}');
  // Nothing was written for English: the translation is optional.
  const enPath = join(copy.dir, 'content/pages/en', file);
  expect(existsSync(enPath), existsSync(enPath) ? readFileSync(enPath, 'utf8') : '').toBe(false);

  const { status, output } = buildWorkspace(copy.dir);
  expect(status, output).toBe(0);
  const html = readFileSync(join(copy.dir, 'dist', file.replace(/\.mdx$/, ''), 'index.html'), 'utf8');
  await page.setContent(html.replace(/<meta http-equiv="content-security-policy"[^>]*>/i, ''));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(page.locator('main')).toContainText(typed);
  await expect(page.locator('main')).toContainText('import x from "y" är bara text -- och ... så.');
  // The expression was shown, not run.
  await expect(page.locator('main')).not.toContainText(process.version);
});

test('a helpline with tricky text is published, builds, and shows on the helplines page', async ({ page }) => {
  test.setTimeout(180_000);
  await openAdmin(page);
  const dir = join(copy.dir, 'content/helplines');
  const before = readdirSync(dir);
  await page.goto('/admin/#/collections/helplines/new');
  const name = 'Testlinjen {ny} & <åäö>';
  const summary = 'Stöd {dygnet runt} för dig <18 år & ”anhöriga” 🌱 som vill prata.';
  await page.getByRole('textbox', { name: 'Svenska' }).nth(0).fill(name);
  await page.getByRole('textbox', { name: 'Organisation' }).fill('Föreningen <Exempel> & co');
  await pick(page, 'Sort', 'Stödlinje');
  await page.getByRole('textbox', { name: 'Svenska' }).nth(1).fill(summary);
  await page.getByRole('button', { name: 'Lägg till telefonnummer' }).click();
  await page.getByRole('textbox', { name: 'Nummer som det visas' }).fill('020-50 50 50');
  await page.getByRole('textbox', { name: 'Nummer att ringa' }).fill('+4620505050');
  await pick(page, 'Sort av öppettider', 'Dygnet runt, alla dagar');
  await pick(page, 'Målgrupper', 'Alla');
  await pick(page, 'Ämnen', 'Kris');
  // Källor starts with one source (at least one is required).
  await page.getByRole('textbox', { name: 'Adress' }).fill('https://exempel.se/stod/');
  await page.getByRole('textbox', { name: 'Källa', exact: true }).fill('exempel.se: Om stödlinjen');
  await page.getByRole('textbox', { name: 'Senast kontrollerad (frivillig)' }).fill('2026-11-23');
  await page.getByRole('textbox', { name: 'Kontrollerad av' }).fill('Redaktionen, mot exempel.se');
  await page.getByRole('button', { name: 'Publicera', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Publicera nu' }).click();

  const newFile = () => readdirSync(dir).find((f) => !before.includes(f));
  await expect.poll(() => (newFile() ? readFileSync(join(dir, newFile()!), 'utf8') : ''), { timeout: 20_000 }).toContain('checkedBy');
  expect(newFile()).toMatch(/^testlinjen-ny-aao\.yaml$/);
  // Chosen by their Swedish names, stored as the codes the schema knows.
  const saved = readFileSync(join(dir, newFile()!), 'utf8');
  for (const line of ['kind: support', 'type: always', 'audiences:\n  - everyone', 'topics:\n  - crisis']) expect(saved).toContain(line);

  const { status, output } = buildWorkspace(copy.dir);
  expect(status, output).toBe(0);
  const html = readFileSync(join(copy.dir, 'dist/hjalplinjer/index.html'), 'utf8');
  await page.setContent(html.replace(/<meta http-equiv="content-security-policy"[^>]*>/i, ''));
  const card = page.locator('article', { has: page.getByRole('heading', { name }) });
  await expect(card).toContainText(summary);
  await expect(card.getByRole('link', { name: /020-50 50 50/ })).toHaveAttribute('href', 'tel:+4620505050');
});

test('components inserted from the editor are written as the site’s components and build', async ({ page }) => {
  test.setTimeout(180_000);
  await openAdmin(page);
  const before = pageFiles();
  await page.goto('/admin/#/collections/pages/new');
  await page.getByRole('textbox', { name: 'Rubrik' }).first().fill('Sida med komponenter');
  await page.getByRole('textbox', { name: 'Sammanfattning' }).first().fill('En sida med en stödlinje och en faktaruta i texten.');
  await page.getByRole('textbox', { name: 'Senast uppdaterad' }).first().fill('2026-11-23');
  await page.locator('[data-slate-editor="true"]').first().click();
  await page.keyboard.type('Inledning.');

  // Stödlinje: chosen by name from the Stödlinjer collection.
  await page.getByRole('button', { name: 'Lägg till komponent' }).first().click();
  await page.getByRole('menuitem', { name: 'Stödlinje' }).click();
  const helpline = page.getByRole('combobox', { name: 'Stödlinje' });
  await helpline.fill('Själv');
  await expect(page.getByRole('option', { name: 'Självmordslinjen' })).toBeVisible();
  await helpline.press('Enter');

  // Faktaruta: its props and its own text.
  await page.locator('[data-slate-editor="true"]').first().click();
  await page.keyboard.press('Control+End');
  await page.getByRole('button', { name: 'Lägg till komponent' }).first().click();
  await page.getByRole('menuitem', { name: 'Faktaruta' }).click();
  await page.getByRole('textbox', { name: 'Rubrik (frivillig)' }).fill('Råd {x} & ”citat”');
  await page.locator('[data-slate-editor="true"]').nth(1).click();
  await page.keyboard.type('Inne i rutan {y} <z>');

  await page.getByRole('button', { name: 'Publicera', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Publicera nu' }).click();
  const newFile = () => pageFiles().find((f) => !before.includes(f));
  const read = () => readFileSync(join(copy.dir, 'content/pages/sv', newFile()!), 'utf8');
  await expect.poll(() => (newFile() ? read() : ''), { timeout: 20_000 }).toContain('</Callout>');
  expect(read()).toContain('<HelplineRef id="sjalvmordslinjen" />');
  expect(read()).toContain('<Callout type="info" title="Råd {x} &amp; ”citat”">\nInne i rutan \\{y\\} \\<z>\n</Callout>');

  const { status, output } = buildWorkspace(copy.dir);
  expect(status, output).toBe(0);
  const html = readFileSync(join(copy.dir, 'dist', newFile()!.replace(/\.mdx$/, ''), 'index.html'), 'utf8');
  await page.setContent(html.replace(/<meta http-equiv="content-security-policy"[^>]*>/i, ''));
  await expect(page.locator('main [data-helpline="sjalvmordslinjen"]')).toContainText('Självmordslinjen');
  await expect(page.locator('main aside.callout')).toContainText('Råd {x} & ”citat”');
  await expect(page.locator('main aside.callout')).toContainText('Inne i rutan {y} <z>');
});

test('a Källhänvisning is chosen by title from Forskning and written as <Cite id>', async ({ page }) => {
  test.setTimeout(120_000);
  await openAdmin(page);
  const before = pageFiles();
  await page.goto('/admin/#/collections/pages/new');
  await page.getByRole('textbox', { name: 'Rubrik' }).first().fill('Sida med en källa');
  await page.getByRole('textbox', { name: 'Sammanfattning' }).first().fill('En sida som hänvisar till ett verk i Forskning.');
  await page.getByRole('textbox', { name: 'Senast uppdaterad' }).first().fill('2026-11-23');
  await page.locator('[data-slate-editor="true"]').first().click();
  await page.keyboard.type('Inledning.');
  await page.getByRole('button', { name: 'Lägg till komponent' }).first().click();
  await page.getByRole('menuitem', { name: 'Källhänvisning' }).click();
  const work = page.getByRole('combobox', { name: 'Verk' });
  await work.fill('Egen erfarenhet');
  await expect(page.getByRole('option', { name: /Egen erfarenhet som unikt arbetsverktyg/ })).toBeVisible();
  await work.press('Enter');
  await page.getByRole('button', { name: 'Publicera', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Publicera nu' }).click();
  const newFile = () => pageFiles().find((f) => !before.includes(f));
  const read = () => readFileSync(join(copy.dir, 'content/pages/sv', newFile()!), 'utf8');
  await expect.poll(() => (newFile() ? read() : ''), { timeout: 20_000 }).toContain('<Cite id="wenzer-2018" />');
});

test('saving an existing page keeps its component block byte for byte', async ({ page }) => {
  // The admin alone can take half a minute to load on a busy machine.
  test.setTimeout(120_000);
  await openAdmin(page);
  const path = join(copy.dir, 'content/pages/sv/start.mdx');
  const callout = /<Callout[\s\S]*?<\/Callout>/.exec(readFileSync(path, 'utf8'))?.[0];
  expect(callout).toBeTruthy();
  await page.goto('/admin/#/collections/pages/entries/start');
  const description = page.getByRole('textbox', { name: 'Sammanfattning' }).first();
  await expect(description).not.toHaveValue('', { timeout: 30_000 });
  await description.fill(`${await description.inputValue()} Välkommen!`);
  await page.getByRole('button', { name: 'Publicera' }).click();
  await page.getByRole('menuitem', { name: 'Publicera nu' }).click();
  await expect.poll(() => readFileSync(path, 'utf8'), { timeout: 20_000 }).toContain('Välkommen!');
  expect(readFileSync(path, 'utf8')).toContain(callout!);
});

test('saving a helpline through the CMS changes only the line the editor changed', async ({ page }) => {
  await openAdmin(page);
  const path = join(copy.dir, 'content/helplines/112.yaml');
  const before = readFileSync(path, 'utf8');
  await page.goto('/admin/#/collections/helplines/entries/112');
  const summary = page.getByRole('textbox', { name: 'Svenska' }).nth(1);
  await expect(summary).not.toHaveValue('');
  await summary.fill(`${await summary.inputValue()} Samtalet är gratis.`);
  await page.getByRole('button', { name: 'Publicera', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Publicera nu' }).click();
  await expect.poll(() => readFileSync(path, 'utf8'), { timeout: 20_000 }).toContain('Samtalet är gratis.');
  const [was, is] = [before.split('\n'), readFileSync(path, 'utf8').split('\n')];
  expect(is.length).toBe(was.length);
  const changed = is.flatMap((line, i) => (line === was[i] ? [] : [[was[i], line]]));
  expect(changed).toHaveLength(1);
  expect(changed[0]![1]).toBe(`${changed[0]![0]} Samtalet är gratis.`);
});

test('the media library takes an image, and refuses a script in disguise before anything is written', async ({ page }) => {
  await openAdmin(page);
  const media = () => (existsSync(join(copy.dir, 'public/media')) ? readdirSync(join(copy.dir, 'public/media')).sort() : []);
  const before = media();
  await page.getByRole('button', { name: /^Media$/ }).click();
  const input = page.locator('input[type="file"]').first();
  // An SVG that would run script on the site's (and the admin's) origin.
  await input.setInputFiles({
    name: 'harmlos.svg',
    mimeType: 'image/svg+xml',
    buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"></svg>'),
  });
  await expect(page.getByText(/Filen laddades inte upp: .*händelseattributet onload/).first()).toBeVisible({ timeout: 15_000 });
  expect(media()).toEqual(before);
  // A real PNG (1 × 1 pixel) is saved.
  const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');
  await input.setInputFiles({ name: 'punkt.png', mimeType: 'image/png', buffer: png });
  await expect.poll(media, { timeout: 15_000 }).toContain('punkt.png');
});
