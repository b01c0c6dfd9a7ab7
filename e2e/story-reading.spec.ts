/**
 * Reading a story: its sections open on load, the Situation text on the first screen (1280×800)
 * or the second (390×844 phone), and the table of contents lists the STAR parts (and the
 * Principles page its 16 principles), highlighting the part scrolled to. Both locales, light and dark.
 */
import { test, expect } from './support/test';
import type { Page } from '@playwright/test';
import { animationsSettled, gotoHydrated, storyPages } from './support/site';
import { STAR_SECTION, starSection } from '../src/lib/pageMarkers';

const STORIES = storyPages().map((page) => page.story);
const PARTS = ['situation', 'task', 'action', 'result'];
const VARIANTS = [
  { prefix: '', colorScheme: 'light' },
  { prefix: '/zh-Hans', colorScheme: 'dark' },
] as const;

const situationText = (page: Page) => page.locator(`${starSection('situation')} > div > p`).first();
const tocLinks = (page: Page, toc: string) => page.locator(`${toc} a.table-of-contents__link`);
const DESKTOP_TOC = '.theme-doc-toc-desktop';

/** The table of contents' entries as `#id text`, and the STAR headings the same way. */
async function tocEntries(page: Page, toc: string): Promise<string[]> {
  return tocLinks(page, toc).evaluateAll((links) =>
    links.map((link) => `${link.getAttribute('href')} ${link.textContent}`),
  );
}
const starHeadings = (page: Page) =>
  page
    .locator(`${STAR_SECTION} > summary h2.anchor`)
    .evaluateAll((headings) => headings.map((heading) => `#${heading.id} ${heading.textContent}`));

/** Scrolls a heading to the top, as a reader does, and expects its entry to be the highlighted one. */
async function expectActiveAfterScrollingTo(page: Page, id: string): Promise<void> {
  await page.locator(`[id="${id}"]`).evaluate((heading) => heading.scrollIntoView());
  const active = page.locator(`${DESKTOP_TOC} .table-of-contents__link--active`);
  await expect(active).toHaveCount(1);
  await expect(active).toHaveAttribute('href', `#${id}`);
}

for (const { prefix, colorScheme } of VARIANTS) {
  test.describe(`at 1280×800, ${prefix || 'en'}, ${colorScheme}`, () => {
    test.use({ viewport: { width: 1280, height: 800 }, colorScheme });

    for (const story of STORIES) {
      test(`${story}: sections open, the Situation text on the first screen, the STAR parts in the table of contents`, async ({
        page,
      }) => {
        await gotoHydrated(page, `${prefix}/stories/${story}`);
        await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
        expect(
          await page.locator(STAR_SECTION).evaluateAll((all) => all.map((d) => (d as HTMLDetailsElement).open)),
        ).toEqual([true, true, true, true]);
        const text = situationText(page);
        await expect(text).toBeVisible();
        expect((await text.boundingBox())!.y, 'the Situation text starts above the fold').toBeLessThan(800 - 30);

        const headings = await starHeadings(page);
        expect(headings.map((heading) => heading.split(' ')[0])).toEqual(PARTS.map((part) => `#${part}`));
        expect((await tocEntries(page, DESKTOP_TOC)).slice(0, 4)).toEqual(headings);
        await expectActiveAfterScrollingTo(page, 'result');
        await expectActiveAfterScrollingTo(page, 'task');
      });
    }

    test('the Principles page lists the 16 principles in its table of contents, by their ids', async ({ page }) => {
      await gotoHydrated(page, `${prefix}/leadership-principles`);
      const principles = await page
        .locator('[data-principle] > h3.anchor')
        .evaluateAll((headings) => headings.map((heading) => `#${heading.id} ${heading.textContent}`));
      expect(principles).toHaveLength(16);
      const entries = await tocEntries(page, DESKTOP_TOC);
      const first = entries.indexOf(principles[0]);
      expect(first, 'the first principle follows its section heading').toBe(1);
      expect(entries.slice(first, first + 16)).toEqual(principles);

      await tocLinks(page, DESKTOP_TOC).filter({ hasText: 'Dive Deep' }).click();
      await expect(page).toHaveURL(/#dive-deep$/);
      await expect(page.locator('#dive-deep')).toBeInViewport();
      await expect(page.locator(`${DESKTOP_TOC} .table-of-contents__link--active`)).toHaveAttribute(
        'href',
        '#dive-deep',
      );
      await expectActiveAfterScrollingTo(page, 'frugality');
    });
  });

  test.describe(`on a 390 × 844 phone, ${prefix || 'en'}, ${colorScheme} @phone`, () => {
    test.use({ viewport: { width: 390, height: 844 }, colorScheme });

    test('the Situation text starts within the second screen; "On this page" lists and opens the STAR parts', async ({
      page,
    }) => {
      await gotoHydrated(page, `${prefix}/stories/huron-data-platform`);
      await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
      const text = situationText(page);
      await expect(text).toBeVisible();
      expect((await text.boundingBox())!.y).toBeLessThan(2 * 844 - 30);

      const menu = page.locator('.theme-doc-toc-mobile');
      await menu.locator('button').click();
      // The list opens with a height transition: a click while it grows can land beside the link.
      await expect(tocLinks(page, '.theme-doc-toc-mobile').last()).toBeVisible();
      await animationsSettled(page);
      expect(await tocEntries(page, '.theme-doc-toc-mobile')).toEqual(await starHeadings(page));
      await tocLinks(page, '.theme-doc-toc-mobile').nth(2).click();
      await expect(page).toHaveURL(/#action$/);
      await expect(page.locator('#action')).toBeInViewport();
    });
  });
}

/** The story header's two lists of tag links, by their visible labels. */
const TAG_ROWS = /^(AWS services|Leadership Principles):$/;

test('every tag of every story shows whole inside its row, at 1280 px and on a 360 px phone', async ({ page }) => {
  for (const width of [1280, 360]) {
    await page.setViewportSize({ width, height: 800 });
    for (const story of STORIES) {
      await gotoHydrated(page, `/stories/${story}`);
      const rows = page.getByRole('list', { name: TAG_ROWS });
      await expect(rows).toHaveCount(2);
      for (const row of await rows.all()) {
        const box = (await row.boundingBox())!;
        const overflow = await row.evaluate((list) => list.scrollWidth - list.clientWidth);
        expect(overflow, `${story} at ${width} px: the row scrolls sideways`).toBeLessThanOrEqual(0);
        const chips = row.getByRole('link');
        expect(await chips.count()).toBeGreaterThan(0);
        for (const chip of await chips.all()) {
          const chipBox = (await chip.boundingBox())!;
          const where = `${story} at ${width} px: "${await chip.textContent()}"`;
          expect(chipBox.x, where).toBeGreaterThanOrEqual(box.x - 0.5);
          expect(chipBox.x + chipBox.width, where).toBeLessThanOrEqual(Math.min(box.x + box.width, width) + 0.5);
          expect(chipBox.y + chipBox.height, where).toBeLessThanOrEqual(box.y + box.height + 0.5);
          expect(
            await chip.evaluate((link) => link.scrollWidth - link.clientWidth),
            `${where} is cut`,
          ).toBeLessThanOrEqual(0);
        }
      }
    }
  }
});
