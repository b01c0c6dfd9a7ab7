/**
 * A search result lands on its match (section opened, words highlighted, clean URL) and the
 * colour-mode toggle changes what the reader sees with one click, on a desktop and a phone.
 */
import { test, expect } from './support/test';
import type { Page } from '@playwright/test';
import { expectNoAxeViolations, gotoHydrated, searchTargets } from './support/site';
import { starSection } from '../src/lib/pageMarkers';

const TARGETS = searchTargets();
const landings = [
  {
    locale: '',
    target: TARGETS.en,
    labels: { collapseAll: 'Collapse all', copyStoryLink: 'Copy link to this story' },
  },
  {
    locale: '/zh-Hans',
    target: TARGETS['zh-Hans'],
    labels: { collapseAll: '全部折叠', copyStoryLink: '复制这个故事的链接' },
  },
];

/** The highlighted words inside a STAR section and inside the viewport. */
function highlightedInView(page: Page, part: string): Promise<string[]> {
  return page.evaluate((selector) => {
    const within = document.querySelector(selector)!;
    return [...(CSS.highlights.get('search-match') ?? [])]
      .map((range) => range as Range)
      .filter((range) => {
        const box = range.getBoundingClientRect();
        return within.contains(range.startContainer) && box.top >= 0 && box.bottom <= window.innerHeight;
      })
      .map((range) => range.toString());
  }, starSection(part));
}

for (const { locale, target, labels } of landings) {
  const { query, story, part: section, words: highlighted } = target;
  test(`a search for "${query}" opens ${story.story}'s ${section} at the highlighted match, with clean links @phone`, async ({
    page,
    context,
    baseURL,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const path = `${locale}${story.route}`;
    // Sections the reader closed: the result opens its own anyway.
    await gotoHydrated(page, path);
    await page.getByRole('button', { name: labels.collapseAll }).click();
    await page.locator('input.navbar__search-input').fill(query);
    await page.getByRole('listbox').getByRole('option').filter({ hasText: story.title }).first().click();

    await expect(page.locator(starSection(section))).toHaveAttribute('open', '');
    await expect.poll(() => highlightedInView(page, section)).toEqual(expect.arrayContaining(highlighted));
    expect(new URL(page.url()).pathname).toBe(path);
    expect(page.url()).not.toContain('_highlight');
    await page.getByRole('button', { name: labels.copyStoryLink }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}${path}`);
  });
}

const toggles = [
  { system: 'light', path: '/', name: /Switch between dark and light mode/ },
  { system: 'dark', path: '/zh-Hans/', name: /切换浅色\/暗黑模式/ },
] as const;

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
]) {
  test.describe(`at ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });

    for (const { system, path, name } of toggles) {
      test(`one click on the colour-mode toggle leaves the ${system} system mode, and the choice lasts`, async ({
        page,
      }) => {
        const other = system === 'light' ? 'dark' : 'light';
        const html = page.locator('html');
        await page.emulateMedia({ colorScheme: system });
        await gotoHydrated(page, path);
        await expect(html).toHaveAttribute('data-theme', system);
        // In the navbar itself: no menu to open on a phone.
        await page.locator('.navbar__inner').getByRole('button', { name }).click();
        await expect(html).toHaveAttribute('data-theme', other);
        await page.reload();
        await expect(html).toHaveAttribute('data-theme', other);
        if (viewport.width < 997) await expectNoAxeViolations(page);
      });
    }
  });
}
