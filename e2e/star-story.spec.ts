/** STAR sections: open on load, expand/collapse, keyboard, deep links, copy link, no-JS, to-prepare state. */
import { test, expect } from './support/test';
import type { Page } from '@playwright/test';
import { load } from 'cheerio';
import {
  LOCALES,
  expectNoAxeViolations,
  gotoHydrated,
  loadedScripts,
  storyPages,
  watchForErrors,
} from './support/site';
import { readDocs } from './support/docsFrontMatter';
import { DIAGRAM_SVG, STAR_SECTION, starSection } from '../src/lib/pageMarkers';

const HURON = '/stories/huron-data-platform';
/** The first sentence of a part of the story, as its page source says. */
const firstSentence = (part: string) =>
  storyPages()
    .find((story) => story.route === HURON)!
    .blocks.find((block) => block.star === part && block.text)!.text;
const RESULT = firstSentence('result');
const PARTS = ['situation', 'task', 'action', 'result'] as const;
const sections = (page: Page) => page.locator(STAR_SECTION);
const section = (page: Page, part: string) => page.locator(starSection(part));

async function openStates(page: Page): Promise<boolean[]> {
  return sections(page).evaluateAll((all) => all.map((details) => (details as HTMLDetailsElement).open));
}

test('sections load open; Collapse all and Expand all close and open every section, and the choice lasts the session', async ({
  page,
}) => {
  await gotoHydrated(page, HURON);
  await expect(sections(page)).toHaveCount(4);
  expect(await openStates(page)).toEqual([true, true, true, true]);
  await expect(page.getByText(RESULT)).toBeVisible();
  await page.getByRole('button', { name: 'Collapse all' }).click();
  expect(await openStates(page)).toEqual([false, false, false, false]);
  await expect(page.getByText(RESULT)).toBeHidden();
  // The story's diagram sits between the sections: it shows with every section closed.
  await expect(page.locator(`figure[data-diagram] ${DIAGRAM_SVG} > svg:visible`)).toBeVisible();

  await page.getByRole('link', { name: 'Capital One data mesh' }).first().click();
  await expect(page).toHaveURL(/capital-one-data-mesh$/);
  await expect.poll(() => openStates(page)).toEqual([false, false, false, false]);

  await page.getByRole('button', { name: 'Expand all' }).click();
  expect(await openStates(page)).toEqual([true, true, true, true]);
  await page.reload();
  await expect(page.locator('html[data-has-hydrated="true"]')).toHaveCount(1);
  expect(await openStates(page)).toEqual([true, true, true, true]);
  await page.getByRole('button', { name: 'Collapse all' }).click();
  await page.reload();
  await expect(page.locator('html[data-has-hydrated="true"]')).toHaveCount(1);
  expect(await openStates(page)).toEqual([false, false, false, false]);
});

test('each section toggles with the keyboard and with the mouse', async ({ page }) => {
  await gotoHydrated(page, HURON);
  // Keyboard first: after a mouse click, programmatic focus no longer counts as :focus-visible.
  for (const part of PARTS) {
    const details = section(page, part);
    const summary = details.locator('summary');
    await summary.focus();
    await expect(summary).toBeFocused();
    const outline = await summary.evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline, 'a focused summary shows an outline').not.toBe('none');
    await page.keyboard.press('Enter');
    await expect(details).not.toHaveAttribute('open', '');
    await page.keyboard.press('Space');
    await expect(details).toHaveAttribute('open', '');
  }
  for (const part of PARTS) {
    const details = section(page, part);
    await details.locator('summary').click();
    await expect(details).not.toHaveAttribute('open', '');
    await details.locator('summary').click();
    await expect(details).toHaveAttribute('open', '');
  }
});

test('after Collapse all, a cold load of a section link opens that section and scrolls it into view', async ({
  page,
}) => {
  await gotoHydrated(page, HURON);
  await page.getByRole('button', { name: 'Collapse all' }).click();
  await gotoHydrated(page, '/stories/capital-one-data-mesh#result');
  await expect(section(page, 'result')).toHaveAttribute('open', '');
  await expect(section(page, 'task')).not.toHaveAttribute('open', '');
  await expect(section(page, 'result').locator('li').first()).toBeInViewport();
});

test('after Collapse all, a client-side navigation to a section link opens and shows it', async ({ page }) => {
  await gotoHydrated(page, HURON);
  await page.getByRole('button', { name: 'Collapse all' }).click();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Principles' }).click();
  const link = page.locator('[data-principle="think-big"] a[href$="/stories/capital-one-data-mesh#action"]');
  await link.click();
  await expect(page).toHaveURL(/capital-one-data-mesh#action$/);
  await expect(section(page, 'action')).toHaveAttribute('open', '');
  await expect(section(page, 'situation')).not.toHaveAttribute('open', '');
  await expect(section(page, 'action').locator('summary')).toBeInViewport();

  // A hash change on the same page opens the next target too.
  await page.evaluate(() => (window.location.hash = '#result'));
  await expect(section(page, 'result')).toHaveAttribute('open', '');
});

test('copy link puts the section and story URLs at the serving origin on the clipboard', async ({
  page,
  context,
  baseURL,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await gotoHydrated(page, HURON);
  await page.getByRole('button', { name: 'Copy link to Result' }).click();
  await expect(page.locator('[data-star-part="result"]').getByRole('status')).toHaveText('Copied');
  // Where the page is served from (a random port here), not the configured placeholder site URL.
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}${HURON}#result`);
  await page.getByRole('button', { name: 'Copy link to this story' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}${HURON}`);
});

for (const locale of LOCALES) {
  test(`${locale}: a part its source leaves to prepare shows the "to prepare" state and its draft, and no other part does`, async ({
    page,
  }) => {
    const [notWritten, draftStops] =
      locale === 'en'
        ? ['Not written yet — to prepare.', 'The guide’s draft stops at']
        : ['尚未写完 — 待准备。', '原文草稿只写到'];
    for (const story of storyPages(locale)) {
      await gotoHydrated(page, `${locale === 'en' ? '' : `/${locale}`}${story.route}`);
      // The page's own controls, in its language.
      await expect(page.getByRole('button', { name: locale === 'en' ? 'Expand all' : '全部展开' })).toBeVisible();
      for (const part of PARTS) {
        const marks = story.blocks.filter((block) => block.star === part && block.shownAs === 'to-prepare');
        const marker = section(page, part).locator('[data-to-prepare]');
        await expect(marker, `${story.route} ${part}`).toHaveCount(marks.length);
        for (const [index, mark] of marks.entries()) {
          // An unwritten part (its draft is the guide's), or a note in a written one (the site's words).
          if (mark.site) await expect(marker.nth(index)).toContainText(mark.text);
          else {
            await expect(section(page, part)).toHaveAttribute('open', '');
            await expect(marker.nth(index)).toContainText(notWritten);
            await expect(marker.nth(index)).toContainText(`${draftStops} “${mark.text}”`);
          }
        }
      }
    }
  });
}

test('axe finds no violations with sections open and closed', async ({ page }) => {
  await gotoHydrated(page, '/stories/capital-one-data-mesh');
  await section(page, 'action').locator('figure').scrollIntoViewIfNeeded();
  await expect(section(page, 'action').locator(`${DIAGRAM_SVG} > svg:visible`)).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Collapse all' }).click();
  await expectNoAxeViolations(page);
});

/**
 * A story's facts, its story check's findings and its evidence depend on build-time data only: the
 * first view keeps their served HTML and loads none of their code (each names its translation ids
 * in its code; the English main bundle has none of them).
 */
const STATIC_PARTS = { facts: 'story.customer', findings: 'storyCheck.time.caption', evidence: 'story.skillsProven' };
const staticCodeLoaded = async (page: Page) => {
  const scripts = await loadedScripts(page);
  return Object.fromEntries(
    Object.entries(STATIC_PARTS).map(([part, id]) => [part, scripts.some((script) => script.includes(`"${id}"`))]),
  );
};
const customerOf = (route: string) => readDocs().find((doc) => `/${doc.slug.replace(/^\//, '')}` === route)!.customer;

test('a story’s facts, check and evidence come as served HTML; their links stay in the site; a navigation renders them', async ({
  page,
}) => {
  const [first, second] = storyPages();
  await gotoHydrated(page, first.route);
  await page.waitForLoadState('networkidle');
  expect(await staticCodeLoaded(page), 'first view').toEqual({ facts: false, findings: false, evidence: false });
  await expect(page.locator('[data-story-customer]')).toHaveText(customerOf(first.route));

  // A link in the served findings navigates inside the site: the page is not loaded again.
  await page.evaluate(() => Object.assign(window, { samePage: true }));
  const check = page.locator('[data-story-check]');
  await check.locator('summary').click();
  const principle = check.locator('[data-check="principles"] a[href*="/tags/"]').first();
  const target = (await principle.getAttribute('href'))!;
  await principle.click();
  await expect(page).toHaveURL(target);
  await expect(page.locator('h1')).toBeVisible();
  expect(await page.evaluate(() => 'samePage' in window), 'no reload').toBe(true);

  // Back on the story (served HTML gone), then to another story through its evidence: each
  // renders from its code, for the story now shown.
  await page.goBack();
  await expect(page).toHaveURL(first.route);
  const related = page.locator('footer').getByRole('link', { name: second.title, exact: true });
  await related.click();
  await expect(page).toHaveURL(second.route);
  await expect(page.locator('[data-story-customer]')).toHaveText(customerOf(second.route));
  await expect(page.locator('[data-story-check]')).toHaveAttribute('data-story-check', second.story);
  await page.locator('[data-story-check] summary').click();
  await expect(page.locator('[data-story-check] [data-check="time"] table')).toBeVisible();
  await expect(page.locator('#skills-proven')).toBeVisible();
  expect(await page.evaluate(() => 'samePage' in window), 'no reload').toBe(true);
  expect(await staticCodeLoaded(page), 'after a navigation').toEqual({ facts: true, findings: true, evidence: true });
});

test('where the page comes without a static part’s HTML, as from the dev server, its code renders it', async ({
  page,
}) => {
  const problems = watchForErrors(page);
  const [story] = storyPages();
  // The served page with the three parts' boxes emptied: the facts, the check's findings, the evidence.
  await page.route(`**${story.route}`, async (route) => {
    const $ = load(await (await route.fetch()).text());
    for (const part of ['dl[class^="facts_"]', '[data-story-check] ul', 'footer:has(#skills-proven)'])
      $(part).parent().empty();
    await route.fulfill({ body: $.html(), contentType: 'text/html' });
  });
  await gotoHydrated(page, story.route);
  await expect(page.locator('[data-story-customer]')).toHaveText(customerOf(story.route));
  await page.locator('[data-story-check] summary').click();
  await expect(page.locator('[data-story-check] [data-check="time"] table')).toBeVisible();
  await expect(page.locator('#skills-proven')).toBeVisible();
  expect(problems()).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('every STAR section is in the HTML, open, and closes natively', async ({ page }) => {
    await page.goto(HURON);
    await expect(sections(page)).toHaveCount(4);
    const text = page.getByText(firstSentence('action'), { exact: false });
    await expect(text).toBeVisible();
    await section(page, 'action').locator('summary').click();
    await expect(text).toBeHidden();
  });
});
