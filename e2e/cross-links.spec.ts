/** Tags, evidence links and the principle matrix agree with the docs' front matter. */
import type { Page } from '@playwright/test';
import { test, expect } from './support/test';
import { gotoHydrated } from './support/site';
import { readDocs, readTagDefinitions } from './support/docsFrontMatter';

const docs = readDocs();
const tags = readTagDefinitions();
const stories = docs.filter((doc) => doc.principles.length > 0).sort((a, b) => a.file.localeCompare(b.file));

test('every tag a page uses is defined in tags.yml', () => {
  expect(docs.filter((doc) => doc.tags.length > 0).length).toBeGreaterThan(10);
  for (const doc of docs)
    for (const tag of doc.tags) expect(Object.keys(tags), `${doc.file} uses ${tag}`).toContain(tag);
});

test('every tag page lists exactly the pages that carry the tag, as served, before any script runs', async ({
  page,
  request,
}) => {
  // The lists are in each tag page's HTML (hydration keeps them): the forty pages are fetched
  // and read with the browser's HTML parser, which runs no script, in a second instead of a
  // page load each.
  const used = [...new Set(docs.flatMap((doc) => doc.tags))];
  expect(used.length).toBeGreaterThan(30);
  const served = await Promise.all(
    used.map(async (tag) => {
      const response = await request.get(`/tags${tags[tag].permalink}`);
      expect(response.ok(), `tag page of ${tag}`).toBe(true);
      return [tag, await response.text()] as const;
    }),
  );
  const listed = await page.evaluate((pages) => {
    const parser = new DOMParser();
    return pages.map(([tag, html]) => {
      const links = parser.parseFromString(html, 'text/html').querySelectorAll('main article a:has(h2)');
      return [tag, [...links].map((a) => new URL(a.getAttribute('href')!, 'http://site').pathname)] as const;
    });
  }, served);
  expect(listed).toHaveLength(used.length);
  for (const [tag, paths] of listed) {
    const expected = docs.filter((doc) => doc.tags.includes(tag)).map((doc) => doc.slug);
    expect([...paths].sort(), `tag page of ${tag}`).toEqual([...expected].sort());
  }
});

test('"Lake Formation" leads to both stories that used it', async ({ page }) => {
  await gotoHydrated(page, '/tags/aws/lake-formation');
  await expect(page.getByRole('link', { name: 'Huron Consulting Group Data Platform Build Lab' })).toBeVisible();
  await expect(
    page.getByRole('link', { name: 'Capital One Decentralized Data Access in Data Mesh Project' }),
  ).toBeVisible();
});

test('the principle matrix on the page equals the stories’ front matter', async ({ page }) => {
  await gotoHydrated(page, '/leadership-principles');
  const matrix = page.locator('[data-principle-matrix]');
  const columns = await matrix
    .locator('thead th[data-story-column]')
    .evaluateAll((ths) => ths.map((th) => th.getAttribute('data-story-column')));
  expect([...columns].sort()).toEqual(stories.map((story) => story.file.replace(/^stories\/|\.mdx$/g, '')).sort());
  const principleIds = Object.keys(tags)
    .filter((key) => key.startsWith('lp-'))
    .map((key) => key.slice(3));
  expect(principleIds).toHaveLength(16);
  for (const principle of principleIds) {
    const cells = await matrix
      .locator(`tr[data-matrix-row="${principle}"] td`)
      .evaluateAll((tds) => tds.map((td) => td.getAttribute('data-matrix-cell')));
    const expected = columns.map((column) => {
      const story = stories.find((s) => s.file === `stories/${column}.mdx`)!;
      return story.principles.some((p) => p.principle === principle) ? 'yes' : 'no';
    });
    expect(cells, `row ${principle}`).toEqual(expected);
    const gap = expected.every((cell) => cell === 'no');
    await expect(matrix.locator(`tr[data-matrix-row="${principle}"] th`)).toContainText(
      gap ? 'gap, to prepare' : tags[`lp-${principle}`].label,
    );
  }
  const gaps = principleIds.filter(
    (principle) => !stories.some((s) => s.principles.some((p) => p.principle === principle)),
  );
  // In English plural forms: "1 of 16 principles has", "one story covers".
  const covered = stories.length === 1 ? 'one story covers' : `${stories.length} stories cover`;
  await expect(page.locator('[data-matrix-summary]')).toHaveText(
    `${gaps.length} of 16 principles ${gaps.length === 1 ? 'has' : 'have'} no story yet; ${covered} the rest.`,
  );
});

test('each principle lists its stories with the aspect and a link into the right STAR section', async ({ page }) => {
  await gotoHydrated(page, '/leadership-principles');
  expect(stories.length).toBeGreaterThanOrEqual(3);
  for (const story of stories) {
    expect(story.principles.length, story.file).toBeGreaterThan(0);
    for (const { principle, aspect, section } of story.principles) {
      const item = page.locator(`li[data-principle="${principle}"]`);
      await expect(item).toContainText(aspect);
      await expect(item.locator(`a[href$="${story.slug}#${section}"]`)).toBeVisible();
    }
  }
  await expect(page.locator('li[data-principle="ownership"] [data-to-prepare]')).toBeVisible();
});

test('the loop planner reuses a story only when it must, names the aspect, and flags gaps', async ({ page }) => {
  await gotoHydrated(page, '/leadership-principles');
  const plan = page.locator('[data-loop-plan]');
  await expect(plan.locator('[data-round]')).toHaveCount(5);
  await expect(plan.locator('[data-round="2"] [data-to-prepare]')).toContainText('No story shows Ownership yet');
  // Four principles with a story but only three stories: exactly one reuse, from another aspect.
  const reuse = plan.locator('[data-reuse]');
  await expect(reuse).toHaveCount(1);
  await expect(reuse).toContainText(/Same story as round \d: say so frankly/);
  const rounds = await plan.locator('[data-round]').evaluateAll((items) =>
    items.map((item) => ({
      story: item.querySelector('p a')?.getAttribute('href')?.split('#')[0] ?? null,
      text: item.querySelector('p')!.textContent!,
      reused: item.querySelector('[data-reuse]') !== null,
    })),
  );
  const reused = rounds.find((round) => round.reused)!;
  const first = rounds.find((round) => round.story === reused.story && !round.reused)!;
  expect(first, 'the reused story was told in an earlier round').toBeDefined();
  expect(reused.text.split('Same story')[0]).not.toBe(first.text);

  // With three principles that have stories, every round gets a different story.
  await plan.locator('[data-round="5"] select').selectOption('ownership');
  await expect(reuse).toHaveCount(0);
  await expect(plan.locator('[data-to-prepare]')).toHaveCount(2);
  const told = await plan
    .locator('[data-round] p a')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href')!.split('#')[0]));
  expect(new Set(told).size).toBe(told.length);
});

test('breadth items show the stories that demonstrate them, and stories link back', async ({ page }) => {
  await gotoHydrated(page, '/breadth/data-engineering');
  const etl = page.locator('[data-shown-in="etl"]');
  await expect(etl.getByRole('link', { name: 'Huron Consulting Group' })).toHaveAttribute(
    'href',
    '/stories/huron-data-platform',
  );
  await expect(etl.getByRole('link', { name: 'FirstGroup' })).toBeVisible();
  await expect(etl.getByRole('link')).toHaveCount(2);

  await gotoHydrated(page, '/stories/capital-one-data-mesh');
  await expect(page.getByRole('heading', { name: 'Skills this story proves' })).toBeVisible();
  const related = page.locator('#related-stories + ul');
  await expect(related.getByRole('link', { name: 'Huron Consulting Group Data Platform Build Lab' })).toBeVisible();
});

/** Words split across lines inside the matrix: each run of letters must sit in one box (Chinese may wrap anywhere). */
const brokenWordsInMatrix = (page: Page) =>
  page.locator('[data-principle-matrix]').evaluate((table) => {
    const broken: string[] = [];
    const texts = document.createTreeWalker(table, NodeFilter.SHOW_TEXT);
    for (let node = texts.nextNode() as Text | null; node; node = texts.nextNode() as Text | null) {
      for (const word of node.data.matchAll(/[^\s\p{Script=Han}\p{Pd}]+/gu)) {
        const range = document.createRange();
        range.setStart(node, word.index);
        range.setEnd(node, word.index + word[0].length);
        const boxes = [...range.getClientRects()].filter((box) => box.width > 0 && box.height > 0);
        if (boxes.length > 1) broken.push(word[0]);
      }
    }
    return broken;
  });

/** Elements with text of their own that the back-to-top button, when drawn, overlaps. */
const textUnderBackToTop = (page: Page) =>
  page.evaluate(() => {
    const button = document.querySelector('.theme-back-to-top-button')!;
    if (!button.checkVisibility()) return [];
    const box = button.getBoundingClientRect();
    return [...document.querySelectorAll('main *')]
      .filter((element) => element.checkVisibility({ opacityProperty: true, visibilityProperty: true }))
      .filter((element) =>
        [...element.childNodes].some((child) => child.nodeType === Node.TEXT_NODE && child.textContent!.trim()),
      )
      .filter((element) => {
        const text = element.getBoundingClientRect();
        return text.left < box.right && box.left < text.right && text.top < box.bottom && box.top < text.bottom;
      })
      .map((element) => element.textContent!.slice(0, 40));
  });

test.describe('on a 390 × 844 phone @phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  for (const prefix of ['', '/zh-Hans']) {
    test(`the principle matrix fits with whole words and the back-to-top button covers no text (${prefix || '/'})`, async ({
      page,
    }) => {
      await gotoHydrated(page, `${prefix}/leadership-principles`);
      const matrix = page.locator('[data-principle-matrix]');
      expect(await brokenWordsInMatrix(page)).toEqual([]);
      const widths = await matrix.evaluate((table) => [table.scrollWidth, table.parentElement!.clientWidth]);
      expect(widths[0], 'the matrix is no wider than its box').toBeLessThanOrEqual(widths[1]);
      // Every story column keeps its full name for assistive technology, whatever it looks like.
      const columns = await matrix
        .locator('thead th[data-story-column]')
        .evaluateAll((ths) => ths.map((th) => th.getAttribute('data-story-column')!));
      expect(columns).toHaveLength(stories.length);
      for (const [index, column] of columns.entries()) {
        const story = stories.find((s) => s.file === `stories/${column}.mdx`)!;
        await expect(matrix.getByRole('columnheader').nth(index + 1)).toHaveAccessibleName(story.customer);
      }

      await gotoHydrated(page, `${prefix}/stories/huron-data-platform`);
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
        // The theme shows the button when the reader scrolls back up; this leaves the story's tallest
        // paragraph or list item ending just above the bottom of the screen, where the button appears.
        const paragraphHeight = await page.evaluate(async () => {
          const paragraph = [...document.querySelectorAll('article p, article li')]
            // Deep enough in the page for the button (it shows beyond 300 px).
            .filter((p) => p.checkVisibility() && p.getBoundingClientRect().bottom > window.innerHeight + 400)
            .reduce((a, b) => (b.getBoundingClientRect().height > a.getBoundingClientRect().height ? b : a));
          const { bottom, height } = paragraph.getBoundingClientRect();
          window.scrollTo(0, window.scrollY + bottom - window.innerHeight + 10 + 200);
          await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
          window.scrollBy(0, -200);
          return height;
        });
        expect(paragraphHeight, 'text tall enough to reach under the button').toBeGreaterThan(80);
        const button = page.locator('.theme-back-to-top-button');
        await expect(button).toHaveCSS('visibility', 'visible');
        await button.evaluate((element) => Promise.all(element.getAnimations().map((a) => a.finished)));
        expect(await textUnderBackToTop(page), colorScheme).toEqual([]);
        await page.evaluate(() => window.scrollTo(0, 0));
        await expect(button).toHaveCSS('visibility', 'hidden');
      }
    });
  }
});

for (const route of ['/stories', '/leadership-principles']) {
  test(`${route}: the "to prepare" callout is spaced from the block after it as paragraphs are`, async ({ page }) => {
    await gotoHydrated(page, route);
    const gaps = await page.locator('#to-prepare').evaluate((callout) => {
      const next = callout.nextElementSibling!;
      const paragraph = callout.parentElement!.querySelector(':scope > p')!;
      return {
        gap: next.getBoundingClientRect().top - callout.getBoundingClientRect().bottom,
        paragraphMargin: parseFloat(getComputedStyle(paragraph).marginBottom),
      };
    });
    expect(gaps.paragraphMargin).toBeGreaterThan(0);
    expect(gaps.gap).toBeGreaterThanOrEqual(gaps.paragraphMargin - 0.5);
  });
}

test('the home page names the outlines’ pages and the stories’ customers, as the pages say', async ({ page }) => {
  await gotoHydrated(page, '/');
  const part = (route: string) => page.locator(`main nav a[href="${route}"]`);
  const outline = (folder: string) =>
    docs
      .filter((doc) => doc.file.startsWith(`${folder}/`) && !doc.file.endsWith('index.mdx'))
      .map((doc) => doc.shortTitle);
  for (const topic of outline('breadth')) await expect(part('/breadth')).toContainText(topic);
  await expect(part('/breadth')).toContainText(`${outline('breadth').length} areas: `);
  for (const topic of outline('depth')) await expect(part('/depth')).toContainText(topic);
  for (const story of stories) await expect(part('/stories')).toContainText(story.customer);
});
