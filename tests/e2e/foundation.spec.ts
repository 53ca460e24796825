import { expect, test } from '@playwright/test';

test.describe('languages', () => {
  test('the switcher goes to the counterpart page and back', async ({ page }) => {
    await page.goto('/hjalplinjer/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
    await page.getByRole('link', { name: 'In English' }).click();
    await expect(page).toHaveURL(/\/en\/helplines\/$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.getByRole('link', { name: 'På svenska' }).click();
    await expect(page).toHaveURL(/\/hjalplinjer\/$/);
  });

  test('a page without a translation links to the other language’s home page and says so', async ({ page }) => {
    await page.goto('/404.html');
    const link = page.getByRole('link', { name: /In English/ });
    await expect(link).toHaveAttribute('href', '/en/');
    await expect(link).toContainText('engelska startsidan');
  });
});

test.describe('404', () => {
  test('an unknown address answers 404 and points to the helplines and the start page', async ({ page }) => {
    const response = await page.goto('/finns-inte/');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sidan finns inte');
    await expect(page.getByRole('link', { name: 'Se alla stödlinjer' })).toHaveAttribute('href', '/hjalplinjer/');
    await expect(page.getByRole('link', { name: 'Gå till startsidan' })).toHaveAttribute('href', '/');
    await expect(page.getByRole('link', { name: 'See all helplines' })).toHaveAttribute('href', '/en/helplines/');
  });
});

test.describe('crisis path without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('112 and 1177 are one tap away and the helplines link works', async ({ page }) => {
    await page.goto('/');
    const strip = page.getByRole('complementary', { name: 'Akut hjälp' });
    await expect(strip.getByRole('link', { name: /112/ })).toHaveAttribute('href', 'tel:112');
    await expect(strip.getByRole('link', { name: /1177/ })).toHaveAttribute('href', 'tel:1177');
    await strip.getByRole('link', { name: 'Alla stödlinjer' }).click();
    await expect(page).toHaveURL(/\/hjalplinjer\/$/);
  });
});

test.describe('keyboard', () => {
  test('the skip link is the first stop and moves focus to the main content', async ({ page }) => {
    await page.goto('/');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Hoppa till innehållet' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(page.locator('main')).toBeFocused();
  });
});
