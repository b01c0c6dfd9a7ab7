/** Local search: English and Chinese queries, no-match, keyboard use, clean URLs, offline. */
import { test, expect } from './support/test';
import type { Page } from '@playwright/test';
import { chineseNote, focusSearchWithShortcut, gotoHydrated, searchTarget, searchTargets } from './support/site';

async function search(page: Page, query: string) {
  const input = page.locator('input.navbar__search-input');
  await input.fill(query);
  return page.getByRole('listbox').getByRole('option');
}

/** Words of a story's own, as its page source says (e2e/support/site.ts). */
const TARGETS = searchTargets();
const note = chineseNote();
const TRANSLATION = searchTarget('en', note.story, note.part);

const cases = [
  { locale: '', query: 'Lake Formation', expect: ['Huron Consulting Group', 'Capital One'] },
  { locale: '', query: TARGETS.en.query, expect: [TARGETS.en.story.title] },
  { locale: '', query: 'Step Functions', expect: ['Huron Consulting Group'] },
  { locale: '/zh-Hans', query: '面试', expect: ['Interview Prep Overview'] },
  { locale: '/zh-Hans', query: '技术广度', expect: ['技术广度准备'] },
  { locale: '/zh-Hans', query: TARGETS['zh-Hans'].query, expect: [TARGETS['zh-Hans'].story.title] },
  // The English site indexes its own wording of a Chinese note.
  { locale: '', query: TRANSLATION.query, expect: [TRANSLATION.story.title] },
];

for (const { locale, query, expect: titles } of cases) {
  test(`"${query}" finds ${titles.join(' and ')}${locale ? ` in ${locale}` : ''}`, async ({ page }) => {
    await gotoHydrated(page, `${locale}/`);
    const options = await search(page, query);
    for (const title of titles) await expect(options.filter({ hasText: title }).first()).toBeVisible();
  });
}

test('a query with no match says so', async ({ page }) => {
  await gotoHydrated(page, '/');
  await search(page, 'zzqxvj');
  await expect(page.getByRole('listbox')).toContainText('No results');
});

test('keyboard only: shortcut to focus, arrows to choose, Enter to open a clean URL', async ({ page }) => {
  await gotoHydrated(page, '/overview');
  await focusSearchWithShortcut(page);
  // One input event (as a paste or an IME gives): typed key by key, a late result list for a
  // shorter query can replace the list while the arrows move through it.
  await page.keyboard.insertText(TARGETS.en.query);
  const options = page.getByRole('listbox').getByRole('option');
  await expect(options.first()).toContainText(TARGETS.en.story.title);
  await page.keyboard.press('ArrowDown');
  await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowUp');
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(TARGETS.en.story.route));
  expect(page.url()).not.toContain('_highlight');
});

test('the full results page lists matches for a query', async ({ page }) => {
  await gotoHydrated(page, '/search?q=Lake%20Formation');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Search results for "Lake Formation"');
  const results = page.getByRole('article');
  await expect(results.getByRole('link', { name: /Huron Consulting Group/ }).first()).toBeVisible();
  await expect(results.getByRole('link', { name: /Capital One/ }).first()).toBeVisible();
});

test('search keeps working offline once the site has loaded', async ({ page, context }) => {
  await gotoHydrated(page, '/');
  await expect((await search(page, 'Athena')).first()).toBeVisible();
  await context.setOffline(true);
  const options = await search(page, TARGETS.en.query);
  await expect(options.filter({ hasText: TARGETS.en.story.title }).first()).toBeVisible();
});
