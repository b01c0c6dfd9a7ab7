/** A keyboard-only journey: home → story → section → search, without touching the mouse. */
import { test, expect } from './support/test';
import { focusSearchWithShortcut, gotoHydrated } from './support/site';

// Generous: the story page has the navbar, sidebar, tag chips, toolbars and diagram node links first.
async function tabTo(page: import('@playwright/test').Page, name: RegExp, maxTabs = 150) {
  for (let i = 0; i < maxTabs; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return el ? `${el.getAttribute('aria-label') ?? ''} ${el.textContent ?? ''}`.trim() : '';
    });
    if (name.test(focused)) return;
  }
  throw new Error(`no focusable element matching ${name} within ${maxTabs} tabs`);
}

test('home → story → section → search with the keyboard only', async ({ page }) => {
  await gotoHydrated(page, '/');
  await tabTo(page, /^STAR stories/);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/stories$/);

  await tabTo(page, /^FirstGroup Sync App/);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/stories\/firstgroup-dynamodb-data-lake$/);

  // Sections load open: the summary closes the section and opens it again.
  await tabTo(page, /^Action$/);
  await expect(page.getByText('Decide the streaming method')).toBeVisible();
  const action = page.locator('details[data-star-section="action"]');
  await page.keyboard.press('Enter');
  await expect(action).not.toHaveAttribute('open', '');
  await page.keyboard.press('Enter');
  await expect(action).toHaveAttribute('open', '');
  await expect(page.getByText('Decide the streaming method')).toBeVisible();

  await focusSearchWithShortcut(page);
  // One input event (as a paste or an IME gives): typed key by key, a late result list for a
  // shorter query can replace the list while the arrows move through it.
  await page.keyboard.insertText('MSCK REPAIR TABLE');
  const options = page.getByRole('listbox').getByRole('option');
  await expect(options.first()).toContainText('Huron');
  await expect(options).toHaveCount(1);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowUp');
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/stories\/huron-data-platform/);
  await expect(page.locator('article').first()).toContainText('MSCK REPAIR TABLE');
});
