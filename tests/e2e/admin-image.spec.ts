/**
 * An image from upload to page: an editor adds a news item in the admin, uploads a photo through
 * the media library from the image field, is stopped without alt text, writes it and publishes;
 * the throwaway copy of the project is built, and the page serves the photo as AVIF (the file
 * the browser picked decodes at its width), with WebP and JPEG at several widths beside it.
 * decap-server writes into the copy, never into this repository (as tests/e2e/admin.spec.ts).
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import sharp from 'sharp';
import sirv from 'sirv';
import { pageImages, srcsetCandidates } from '../../tools/page-images.ts';
import { buildWorkspace, decapWorkspace, freePort } from './admin-support.ts';

test.describe.configure({ mode: 'serial' });

const copy = decapWorkspace();

/** A photo-like JPEG, 1200 × 800: a gradient with noise, as a camera would give (not a flat drawing). */
async function photo(): Promise<Buffer> {
  const [width, height] = [1200, 800];
  const pixels = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 3;
      const noise = ((x * 7919 + y * 104_729) % 23) - 11;
      pixels[i] = Math.min(255, Math.max(0, (x / width) * 200 + 30 + noise));
      pixels[i + 1] = Math.min(255, Math.max(0, (y / height) * 160 + 60 + noise));
      pixels[i + 2] = Math.min(255, Math.max(0, 140 + noise));
    }
  return sharp(pixels, { raw: { width, height, channels: 3 } })
    .jpeg({ quality: 85 })
    .toBuffer();
}

test('an image uploaded in the admin is required to have alt text, and is served as AVIF and WebP at several widths', async ({ page }) => {
  test.setTimeout(240_000);
  const newsDir = join(copy.dir, 'content/news/sv');
  const before = readdirSync(newsDir);
  const upload = await photo();

  await page.goto('/admin/');
  const login = page.getByRole('button', { name: 'Logga in' });
  await expect(login.or(page.getByRole('link', { name: 'Aktuellt', exact: true }))).toBeVisible({ timeout: 30_000 });
  if (await login.isVisible()) await login.click();
  await page.goto('/admin/#/collections/news/new');
  await page.getByRole('textbox', { name: 'Rubrik' }).first().fill('Nyhet med en bild');
  await page.getByRole('textbox', { name: 'Datum' }).first().fill('2026-11-25');
  await page.getByRole('textbox', { name: 'Sammanfattning' }).first().fill('En nyhet vars bild laddades upp i webbläsaren.');

  // The image field opens the media library; the upload is chosen for the field.
  await page.getByRole('button', { name: 'Välj en bild' }).first().click();
  await page.locator('input[type="file"]').first().setInputFiles({ name: 'testbild.jpg', mimeType: 'image/jpeg', buffer: upload });
  // Uploaded from an entry, the file is a draft until the entry is saved (Decap), then written.
  await expect(page.getByText('testbild.jpg')).toBeVisible({ timeout: 20_000 });
  await page.getByRole('button', { name: 'Välj markerad' }).click();
  await expect(page.getByRole('button', { name: 'Välj en annan bild' }).first()).toBeVisible({ timeout: 20_000 });

  // Without alt text nothing is written.
  await page.getByRole('button', { name: 'Publicera', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Publicera nu' }).click();
  await expect(page.getByText(/Kunde inte spara inlägg: .*Alternativtext: måste fyllas i/).first()).toBeVisible({ timeout: 20_000 });
  expect(readdirSync(newsDir)).toEqual(before);
  expect(existsSync(join(copy.dir, 'public/media/testbild.jpg'))).toBe(false);

  await page.getByRole('textbox', { name: 'Alternativtext' }).first().fill('Ett färgfält som går från blått till gult.');
  await page.getByRole('button', { name: 'Publicera', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Publicera nu' }).click();
  const newFile = () => readdirSync(newsDir).find((f) => !before.includes(f));
  const read = () => readFileSync(join(newsDir, newFile()!), 'utf8');
  await expect.poll(() => (newFile() ? read() : ''), { timeout: 20_000 }).toContain('alt:');
  expect(read()).toContain('src: /media/testbild.jpg');
  expect(read()).toContain('alt: Ett färgfält som går från blått till gult.');
  expect(readFileSync(join(copy.dir, 'public/media/testbild.jpg'))).toEqual(upload);

  const { status, output } = buildWorkspace(copy.dir);
  expect(status, output).toBe(0);
  const slug = newFile()!.replace(/\.mdx$/, '');
  const html = readFileSync(join(copy.dir, 'dist/aktuellt', slug, 'index.html'), 'utf8');
  const [image] = pageImages(html).filter((i) => i.img.alt === 'Ett färgfält som går från blått till gult.');
  expect(image, 'the uploaded image on its page').toBeDefined();
  expect([image!.img.width, image!.img.height, image!.img.loading]).toEqual(['1200', '800', 'eager']);
  expect(image!.sources.map((s) => s.type)).toEqual(['image/avif', 'image/webp']);
  const avif = srcsetCandidates(image!.sources[0]!.srcset);
  expect(avif.map((c) => c.width)).toEqual([360, 720, 1080, 1200]);

  // Served with the production CSP: the browser picks an AVIF file and decodes it.
  const site = await serve(join(copy.dir, 'dist'));
  try {
    await page.setViewportSize({ width: 400, height: 800 });
    await page.goto(`${site.url}/aktuellt/${slug}/`);
    const img = page.getByRole('img', { name: 'Ett färgfält som går från blått till gult.' });
    await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth)).toBeGreaterThan(0);
    const current = await img.evaluate((el: HTMLImageElement) => el.currentSrc);
    expect(current).toMatch(/\.avif$/);
    const served = readFileSync(join(copy.dir, 'dist', new URL(current).pathname));
    console.log(`Uppladdad ${upload.length} byte; telefonen (400 px) fick ${served.length} byte AVIF (${new URL(current).pathname})`);
    expect(served.length).toBeLessThan(upload.length / 4);
  } finally {
    site.server.close();
  }
});

/** The built copy served statically on a free port. */
async function serve(dir: string): Promise<{ url: string; server: Server }> {
  const port = await freePort();
  const server = createServer(sirv(dir, { dev: true }));
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${port}`, server };
}
