import { test, expect } from './support/test';
import { chineseNote, gotoHydrated } from './support/site';

test('switching language keeps the reader on the same page', async ({ page }) => {
  const note = chineseNote();
  await gotoHydrated(page, note.story.route);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('button', { name: 'English' }).hover();
  await page.getByRole('link', { name: '简体中文' }).click();
  await expect(page).toHaveURL(new RegExp(`/zh-Hans${note.story.route}$`));
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
  await expect(page.getByText(note.zh, { exact: false })).toBeAttached();

  await page.getByRole('button', { name: '简体中文' }).hover();
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(new RegExp(`${note.story.route}$`));
  await expect(page).not.toHaveURL(/zh-Hans/);
  await expect(page.getByText(note.en, { exact: false })).toBeAttached();
});
