/** A keyboard-only journey: home → story → section → search, without touching the mouse. */
import { test, expect } from './support/test';
import { focusSearchWithShortcut, gotoHydrated, searchTarget, storyPages } from './support/site';
import { starSection } from '../src/lib/pageMarkers';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

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

  const story = storyPages().at(-1)!;
  await tabTo(page, new RegExp(`^${escapeRegExp(story.title.slice(0, 20))}`));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${story.route}$`));

  // Sections load open: the summary closes the section and opens it again.
  await tabTo(page, /^Action$/);
  const sentence = story.blocks.find((block) => block.star === 'action' && block.text)!.text;
  await expect(page.getByText(sentence)).toBeVisible();
  const action = page.locator(starSection('action'));
  await page.keyboard.press('Enter');
  await expect(action).not.toHaveAttribute('open', '');
  await page.keyboard.press('Enter');
  await expect(action).toHaveAttribute('open', '');
  await expect(page.getByText(sentence)).toBeVisible();

  await focusSearchWithShortcut(page);
  // One input event (as a paste or an IME gives): typed key by key, a late result list for a
  // shorter query can replace the list while the arrows move through it.
  // Words only one story part has (e2e/support/site.ts): the first story's Action, on a search from the last story.
  const target = searchTarget('en', storyPages()[0], 'action');
  await page.keyboard.insertText(target.query);
  const options = page.getByRole('listbox').getByRole('option');
  await expect(options.first()).toContainText(target.story.title);
  await expect(options).toHaveCount(1);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowUp');
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(target.story.route));
  for (const word of target.words) await expect(page.locator('article').first()).toContainText(word);
});
