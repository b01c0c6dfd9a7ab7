import { test, expect } from './support/test';
import { gotoHydrated } from './support/site';

test('switching language keeps the reader on the same page', async ({ page }) => {
  await gotoHydrated(page, '/stories/capital-one-data-mesh');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('button', { name: 'English' }).hover();
  await page.getByRole('link', { name: '简体中文' }).click();
  await expect(page).toHaveURL(/\/zh-Hans\/stories\/capital-one-data-mesh$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
  await expect(page.getByText('如果单点测试', { exact: false })).toBeAttached();

  await page.getByRole('button', { name: '简体中文' }).hover();
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(/\/stories\/capital-one-data-mesh$/);
  await expect(page).not.toHaveURL(/zh-Hans/);
  await expect(page.getByText('If we tested at a single point', { exact: false })).toBeAttached();
});
