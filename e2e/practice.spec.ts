/** Practice mode: story rehearsal, principle drill, flash cards, mock loop, saved progress, phone, a11y. */
import { test, expect, policyViolationsOf } from './support/test';
import type { Locator, Page } from '@playwright/test';
import { guideOutline } from './support/guideOutline';
import { PROGRESS_KEY } from '../src/lib/practice/progress';
import { PRINCIPLE_QUESTIONS } from '../src/data/principleQuestions';
import {
  chineseNote,
  expectNoAxeViolations,
  gotoHydrated,
  storyPages,
  watchForErrors,
  type StoryPage,
} from './support/site';
import { STAR_PART_NAMES, STAR_PARTS } from '../src/lib/story/starParts';
import { expectLinkTargetExists } from './support/diagrams';

const PRACTICE = '/practice';
/** One flash card per non-empty outline item of the pages, in guide order (the tests' own reading). */
const OUTLINE = guideOutline();

/** Cards to open: the first nested item of two heading outlines, the first item of two list outlines. */
const SAMPLE_CARDS = [
  ...OUTLINE.filter((item) => item.headings && item.parents.length === 1)
    .filter((item, index, all) => all.findIndex((other) => other.route === item.route) === index)
    .slice(0, 2),
  ...OUTLINE.filter((item) => !item.headings)
    .filter((item, index, all) => all.findIndex((other) => other.route === item.route) === index)
    .slice(0, 2),
];

/** Makes the flash cards' first draw the card at `index` of the deck (draws are weighted evenly). */
async function drawCardAt(page: Page, index: number) {
  await page.addInitScript((value) => (Math.random = () => value), (index + 0.5) / OUTLINE.length);
}

/** Leaves focus on nothing, so Space reaches the page instead of pressing a button. */
const blur = (page: Page) => page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
const parts = (page: Page) => page.locator('[data-practice-part]');
const history = (page: Page, storyId: string) => page.locator(`[data-history-story="${storyId}"] td`);

/** Stops the installed fake clock, so only `clock.runFor` moves time, however slow the machine. */
async function pauseClock(page: Page) {
  await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1000);
}

async function openDrill(page: Page, name: string) {
  await page.getByRole('group', { name: 'Drills' }).getByRole('button', { name }).click();
}

const HURON = storyPages().find((story) => story.story === 'huron-data-platform')!;

/** Each STAR part's title and the first sentence its page source gives it (a draft, for a part to prepare). */
function firstSentences(story: StoryPage): Array<[string, string]> {
  return STAR_PARTS.map((part) => [
    STAR_PART_NAMES[part],
    story.blocks.find((block) => block.star === part && block.text)!.text,
  ]);
}

/** Picks a story and waits until its text is loaded. */
async function pickStory(page: Page, label: string) {
  await page.getByRole('combobox', { name: 'Story' }).selectOption({ label });
  await blur(page);
  await expect(page.getByRole('button', { name: 'Reveal Situation' })).toBeEnabled();
}

async function revealAll(page: Page) {
  for (let i = 1; i <= 4; i++) {
    await page.keyboard.press('ArrowRight');
    await expect(parts(page)).toHaveCount(i);
  }
}

test('Space pressed as soon as the timer’s button is usable starts the timer, on a slow phone @phone', async ({
  page,
}) => {
  // A 4× slower CPU, as Lighthouse's phone, stretches the time between the server's HTML
  // showing and hydration; the key goes the moment the button is usable.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.goto(PRACTICE, { waitUntil: 'commit' });
  const bar = page.locator('[data-practice-bar]');
  await expect(bar.getByRole('button', { name: 'Start', exact: true })).toBeEnabled({ timeout: 30_000 });
  await page.keyboard.press('Space');
  await expect(bar.getByRole('button', { name: 'Pause', exact: true })).toBeVisible();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
});

test('a story rehearsal reveals S, T, A and R in order with the story’s own text; the timer warns and stops', async ({
  page,
}) => {
  const problems = watchForErrors(page);
  await page.clock.install();
  await gotoHydrated(page, PRACTICE);
  await pickStory(page, 'Huron data platform');
  await page.getByRole('combobox', { name: 'Target' }).selectOption({ label: '2 min' });
  await blur(page);
  await pauseClock(page);
  const timer = page.getByRole('timer', { name: 'Elapsed time' });
  await expect(timer).toHaveText('0:00 / 2:00');

  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  const expected = firstSentences(HURON);
  for (const [index, [title, text]] of expected.entries()) {
    await expect(page.getByRole('button', { name: `Reveal ${title}` })).toBeVisible();
    await page.keyboard.press('ArrowRight');
    await expect(parts(page)).toHaveCount(index + 1);
    await expect(parts(page).nth(index).getByRole('heading', { level: 3 })).toHaveText(title);
    await expect(parts(page).nth(index)).toContainText(text);
  }
  await expect(page.getByRole('button', { name: /^Reveal/ })).toHaveCount(0);
  // The search indexer's hidden heading stays on the story page.
  await expect(parts(page).locator('h3[hidden], .hash-link')).toHaveCount(0);

  await page.clock.runFor(60_000);
  await expect(timer).toHaveText('1:00 / 2:00');
  await expect(page.locator('[data-timer-phase]')).toHaveAttribute('data-timer-phase', 'on-time');
  await page.clock.runFor(31_000);
  await expect(page.locator('[data-timer-phase]')).toHaveAttribute('data-timer-phase', 'warning');
  await expect(page.getByRole('status').filter({ hasText: 'Less than 30 seconds left' })).toBeVisible();
  await page.clock.runFor(40_000);
  await expect(timer).toHaveText('2:00 / 2:00');
  await expect(page.getByRole('status').filter({ hasText: 'Time’s up' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Resume' })).toBeDisabled();
  await page.clock.runFor(30_000);
  await expect(timer).toHaveText('2:00 / 2:00');
  expect(problems()).toEqual([]);
});

for (const story of storyPages()) {
  test(`the rehearsal of ${story.story} reveals its four STAR parts with its own text`, async ({ page }) => {
    await gotoHydrated(page, PRACTICE);
    await page.getByRole('combobox', { name: 'Story' }).selectOption(story.story);
    await blur(page);
    await expect(page.getByRole('button', { name: 'Reveal Situation' })).toBeEnabled();
    await revealAll(page);
    for (const [index, [title, text]] of firstSentences(story).entries()) {
      const unwritten = story.blocks.some(
        (block) => block.star === STAR_PARTS[index] && block.shownAs === 'to-prepare',
      );
      // A part to prepare carries the badge beside its name.
      await expect(parts(page).nth(index).getByRole('heading', { level: 3 })).toHaveText(
        unwritten ? `${title}To prepare` : title,
      );
      await expect(parts(page).nth(index)).toContainText(text);
    }
  });
}

test('Space pauses and resumes, and the target is configurable', async ({ page }) => {
  await page.clock.install();
  await gotoHydrated(page, PRACTICE);
  await page.getByRole('combobox', { name: 'Target' }).selectOption({ label: '1 min' });
  await blur(page);
  await pauseClock(page);
  const timer = page.getByRole('timer');
  await expect(timer).toHaveText('0:00 / 1:00');
  await page.keyboard.press('Space');
  await page.clock.runFor(20_000);
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'Resume' })).toBeVisible();
  await page.clock.runFor(20_000);
  await expect(timer).toHaveText('0:20 / 1:00');
  await page.keyboard.press('Space');
  await page.clock.runFor(26_000);
  // A one-minute target warns in its last quarter.
  await expect(page.getByRole('status').filter({ hasText: 'Less than 15 seconds left' })).toBeVisible();
});

test('the rating persists across a reload and “reset my progress” clears it', async ({ page }) => {
  await gotoHydrated(page, PRACTICE);
  await pickStory(page, 'Capital One data mesh');
  await expect(page.getByRole('group', { name: 'How well did you tell it?' })).toHaveCount(0);
  await revealAll(page);
  await expect(page.getByRole('button', { name: '4 out of 5' })).toBeVisible();
  await page.keyboard.press('4');
  await expect(page.getByRole('status').filter({ hasText: 'Saved: 4 out of 5, told in 0:00.' })).toBeVisible();
  await expect(history(page, 'capital-one-data-mesh')).toHaveText(['1', '4/5 (0:00)', '4.0']);

  await page.reload();
  await expect(page.locator('html[data-has-hydrated="true"]')).toHaveCount(1);
  await expect(history(page, 'capital-one-data-mesh')).toHaveText(['1', '4/5 (0:00)', '4.0']);
  await expect(history(page, 'huron-data-platform')).toHaveText(['0', '', '—']);

  page.once('dialog', (dialog) => dialog.accept());
  await page.getByRole('button', { name: 'Reset my progress' }).click();
  await expect(history(page, 'capital-one-data-mesh')).toHaveText(['0', '', '—']);
  await page.reload();
  await expect(page.locator('html[data-has-hydrated="true"]')).toHaveCount(1);
  await expect(history(page, 'capital-one-data-mesh')).toHaveText(['0', '', '—']);
});

/** A story with a part its source leaves to prepare, if any is left, else the first story. */
const UNFINISHED =
  storyPages().find((story) => story.blocks.some((b) => b.star && b.shownAs === 'to-prepare' && !b.site)) ??
  storyPages()[0];

test('a part the story leaves to prepare shows as “to prepare” in the rehearsal; “surprise me” picks another story', async ({
  page,
}) => {
  await gotoHydrated(page, PRACTICE);
  await page.getByRole('combobox', { name: 'Story' }).selectOption(UNFINISHED.story);
  await blur(page);
  await expect(page.getByRole('button', { name: 'Reveal Situation' })).toBeEnabled();
  await revealAll(page);
  for (const [index, part] of STAR_PARTS.entries()) {
    const draft = UNFINISHED.blocks.find((b) => b.star === part && b.shownAs === 'to-prepare' && !b.site);
    const shown = parts(page).nth(index);
    if (draft) {
      await expect(shown.getByRole('heading')).toHaveText(`${STAR_PART_NAMES[part]}To prepare`);
      await expect(shown.locator('[data-to-prepare]')).toHaveText(
        `Not written yet — to prepare. The guide’s draft stops at “${draft.text}”.`,
      );
    } else await expect(shown.getByRole('heading')).toHaveText(STAR_PART_NAMES[part]);
  }

  await page.getByRole('button', { name: 'Surprise me' }).click();
  await expect(page.getByRole('combobox', { name: 'Story' })).not.toHaveValue(UNFINISHED.story);
  await expect(parts(page)).toHaveCount(0);
});

test.describe('with hostile markup in the fetched story', () => {
  test.use({ expectPolicyViolations: true });

  test("a rehearsal inserts the story page's text sanitised: no script, event handler or javascript: link runs", async ({
    page,
    context,
    request,
  }) => {
    // The page the rehearsal fetches, with hostile markup in its Situation: read and altered here,
    // before the page asks for it, so the route only answers. (A route handler that awaits the
    // server, or throws, leaves the page's request pending and the rehearsal "Loading" with no
    // error of its own: the failure this test once had.)
    // The Situation's opening words, up to any character the HTML would escape.
    const situation = firstSentences(HURON)[0][1].split(/[.&<>"']/)[0];
    const served = await request.get(HURON.route);
    expect(served.ok()).toBe(true);
    const hostile = (await served.text()).replace(
      `<p>${situation}`,
      '<img src=x onerror="window.injected=1"><script>window.injected=2</script>' +
        '<a href="javascript:window.injected=3">a hostile link</a><svg><script>window.injected=4</script></svg>' +
        `<p onclick="window.injected=5">${situation}`,
    );
    expect(hostile).toContain('a hostile link');
    await page.route(`**${HURON.route}`, (route) => route.fulfill({ body: hostile, contentType: 'text/html' }));
    await gotoHydrated(page, PRACTICE);
    await pickStory(page, 'Huron data platform');
    await page.keyboard.press('ArrowRight');
    const shown = parts(page).first();
    await expect(shown).toContainText(situation);
    await expect(shown.locator('script, [onerror], [onclick]')).toHaveCount(0);
    await expect(shown.getByText('a hostile link')).not.toHaveAttribute('href', /javascript:/);
    await shown.getByText('a hostile link').click();
    await shown.getByText(situation).click();
    expect(await page.evaluate(() => (window as { injected?: number }).injected)).toBeUndefined();
    // Parsing the fetched page (DOMParser, then DOMPurify) may trip the policy on its inline
    // handler and scripts, though an inert document never runs them: whether Chromium reports that
    // varies from run to run (none, in one run of the full suite), so what is checked is that a
    // report, if any, is inline code blocked and nothing else. That violations are reported at
    // all is proven in content-security-policy.spec.ts.
    for (const violation of policyViolationsOf(context))
      expect(violation).toMatch(/^securitypolicyviolation: script-src-(attr|elem) blocked inline /);
  });
});

test('a story page that fails to load says so and links to the page, with no endless “Loading”', async ({ page }) => {
  await page.route(`**${HURON.route}`, (route) => route.fulfill({ status: 503, body: 'unavailable' }));
  await gotoHydrated(page, PRACTICE);
  await page.getByRole('combobox', { name: 'Story' }).selectOption(HURON.story);
  await expect(page.getByRole('alert')).toHaveText('The story text could not be loaded. Read it on its page');
  await expect(page.getByRole('alert').getByRole('link')).toHaveAttribute('href', HURON.route);
  await expect(page.getByRole('button', { name: /^(Reveal|Loading)/ })).toHaveCount(0);
});

test('the Chinese practice page rehearses the Chinese story text', async ({ page }) => {
  const note = chineseNote();
  await gotoHydrated(page, `/zh-Hans${PRACTICE}`);
  await page.getByRole('group', { name: '练习项目' }).waitFor();
  await page.locator('[data-drill="story"] select').first().selectOption(note.story.story);
  await blur(page);
  await expect(page.locator('[data-drill="story"] [data-practice-bar] > button.button--primary')).toBeEnabled();
  const index = STAR_PARTS.indexOf(note.part);
  for (let i = 0; i <= index; i++) await page.keyboard.press('ArrowRight');
  await expect(parts(page).nth(index)).toContainText(note.zh);
});

test('the principle drill asks a question, shows the mapped stories as the hint and flags gaps', async ({ page }) => {
  await gotoHydrated(page, PRACTICE);
  await openDrill(page, 'Principle drill');
  const principle = page.getByRole('combobox', { name: 'Principle' });
  await expect(principle.locator('option')).toHaveCount(16);

  await principle.selectOption('dive-deep');
  const question = page.locator('[data-principle-question="dive-deep"]');
  expect(PRINCIPLE_QUESTIONS['dive-deep']).toContain(await question.locator('p').nth(1).textContent());
  await expect(page.locator('[data-principle-hint]')).toHaveCount(0);
  await blur(page);
  await page.keyboard.press('ArrowRight');
  const hint = page.getByRole('list', { name: 'Stories that show this principle' });
  await expect(hint.getByRole('listitem')).toHaveText([
    /^Huron data platform \(Action\): data location permissions/,
    /^FirstGroup DynamoDB to data lake \(Action\): reading their DynamoDB key design/,
  ]);
  await expect(hint.getByRole('link', { name: 'Huron data platform' })).toHaveAttribute(
    'href',
    '/stories/huron-data-platform#action',
  );
  await expect(question.getByRole('link', { name: 'Dive Deep' })).toHaveAttribute(
    'href',
    '/leadership-principles#dive-deep',
  );

  await principle.selectOption('ownership');
  await expect(page.locator('[data-principle-question="ownership"] [data-to-prepare]')).toHaveText(
    'No story yet — prepare one.',
  );
  await expect(page.getByRole('button', { name: 'Show the stories' })).toHaveCount(0);

  await page.getByRole('button', { name: 'Next question' }).click();
  await expect(page.locator('[data-principle-question="ownership"]')).toHaveCount(0);
});

test('the deck holds one card per outline item of the guide', async ({ page }) => {
  expect(OUTLINE.length).toBeGreaterThan(100);
  await gotoHydrated(page, PRACTICE);
  await openDrill(page, 'Flash cards');
  await expect(page.locator('[data-deck-stats]')).toHaveText(
    `${OUTLINE.length} cards: 0 shaky, 0 confident, ${OUTLINE.length} not marked yet.`,
  );
});

for (const item of SAMPLE_CARDS) {
  test(`the flash card "${item.text}" shows its outline path and links to its place in the guide`, async ({
    page,
    request,
  }) => {
    expect(SAMPLE_CARDS).toHaveLength(4);
    await drawCardAt(page, OUTLINE.indexOf(item));
    await gotoHydrated(page, PRACTICE);
    await openDrill(page, 'Flash cards');
    const card = page.locator('[data-card]');
    await expect(card).toContainText(`Explain: ${item.text}`);
    await expect(card).toContainText([item.area, ...item.parents].join(' › '));
    const link = card.getByRole('link', { name: 'Check it in the guide' });
    const href = (await link.getAttribute('href'))!;
    await expectLinkTargetExists(request, href, `the "${item.text}" card`);
    // A heading outline's card opens at its top-level item's heading; a list's at its page.
    await link.click();
    await expect(page).toHaveURL(new RegExp(`${item.route}${item.headings ? '#' : '$'}`));
    if (item.headings)
      await expect(page.locator(`[id="${decodeURIComponent(href.split('#')[1])}"]`)).toContainText(item.parents[0]);
  });
}

test('flash cards keep the confident / shaky mark', async ({ page }) => {
  await gotoHydrated(page, PRACTICE);
  await openDrill(page, 'Flash cards');
  const card = page.locator('[data-card]');
  const id = (await card.getAttribute('data-card'))!;
  const shown = (await card.textContent())!;
  expect(
    OUTLINE.some((item) => shown.includes(`Explain: ${item.text}`)),
    shown,
  ).toBe(true);

  await card.getByRole('button', { name: 'Shaky' }).click();
  await expect(card).not.toHaveAttribute('data-card', id);
  await expect(page.locator('[data-deck-stats]')).toContainText('1 shaky, 0 confident');
  const saved = await page.evaluate((key) => JSON.parse(localStorage.getItem(key)!), PROGRESS_KEY);
  expect(saved.marks).toEqual({ [id]: 'shaky' });

  const next = await card.getAttribute('data-card');
  await page.keyboard.press('ArrowRight');
  await expect(card).not.toHaveAttribute('data-card', next!);
});

test('the mock loop runs five timed rounds and reports the reused stories and the shaky topics', async ({ page }) => {
  await page.clock.install();
  await gotoHydrated(page, PRACTICE);
  await openDrill(page, 'Mock loop');
  await pauseClock(page);
  await page.getByRole('button', { name: 'Start the loop' }).click();
  const told = [
    'huron-data-platform',
    'capital-one-data-mesh',
    'firstgroup-dynamodb-data-lake',
    'huron-data-platform',
    '',
  ];
  const principles = new Set<string>();
  let shakyTopic = '';
  for (const [index, storyId] of told.entries()) {
    const round = page.locator(`[data-round="${index + 1}"]`);
    await expect(round.getByRole('heading', { level: 3 })).toHaveText(`Round ${index + 1} of 5`);
    await expect(round.getByRole('heading', { level: 3 })).toBeFocused();
    principles.add((await round.locator('[data-principle-question]').getAttribute('data-principle-question'))!);
    await expect(round.locator('[data-card]')).toContainText('Explain: ');
    await page.keyboard.press('Space');
    await page.clock.runFor(10_000);
    await expect(round.getByRole('timer')).toHaveText('0:10 / 5:00');
    await round.getByRole('combobox', { name: 'Story you told' }).selectOption(storyId);
    if (index === 1) {
      shakyTopic = (await round.locator('[data-card] strong').first().textContent())!;
      expect(OUTLINE.map((item) => item.text)).toContain(shakyTopic);
      await round.getByRole('button', { name: 'Shaky' }).click();
    }
    if (index === 2) {
      await blur(page);
      await page.keyboard.press('ArrowRight');
    } else {
      await round.getByRole('button', { name: index < 4 ? 'Next round' : 'Finish the loop' }).click();
    }
  }
  expect(principles.size).toBe(5);

  const summary = page.locator('[data-loop-summary]');
  await expect(summary.locator('[data-reused] li')).toHaveText(['Huron data platform: rounds 1, 4']);
  await expect(summary).toContainText('The guide’s tip: don’t use the same story twice');
  await expect(summary.locator('[data-shaky] li a')).toHaveText([shakyTopic]);
  await expect(page.getByRole('button', { name: 'Start another loop' })).toBeVisible();
});

test('without local storage the page says so and still works', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('Storage is disabled', 'SecurityError');
      },
    });
  });
  const problems = watchForErrors(page);
  await gotoHydrated(page, PRACTICE);
  await expect(page.getByRole('alert')).toHaveText(
    'This browser does not let the site store data, so your progress will be lost when you leave or reload the page.',
  );
  await pickStory(page, 'Huron data platform');
  await revealAll(page);
  await page.keyboard.press('5');
  await expect(history(page, 'huron-data-platform')).toHaveText(['1', '5/5 (0:00)', '5.0']);
  expect(problems()).toEqual([]);
});

test('with storage, there is no notice', async ({ page }) => {
  await gotoHydrated(page, PRACTICE);
  await expect(page.getByRole('group', { name: 'Drills' })).toBeVisible();
  await expect(page.locator('[data-storage-notice]')).toHaveCount(0);
});

test('the navbar links to practice mode and marks it active', async ({ page }) => {
  await gotoHydrated(page, '/overview');
  await page.locator('.navbar__items').getByRole('link', { name: 'Practice' }).click();
  await expect(page).toHaveURL(/\/practice$/);
  await expect(page.locator('.navbar__link--active')).toHaveText('Practice');
  await expect(page).toHaveTitle(/^Practice/);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds no violations in any drill (${colorScheme} mode)`, async ({ page }) => {
    test.setTimeout(120_000); // eight axe runs
    // The drills' structure does not change with the colour mode: dark mode runs the colour rules.
    const rules = colorScheme === 'dark' ? 'colours' : undefined;
    // No colour transitions: axe must see the final colours of a just-pressed button.
    await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
    await page.clock.install();
    await gotoHydrated(page, PRACTICE);
    // A story with a part to prepare, if any is left, timed against a fixed 2 minutes: 100 s is its warning.
    await page.getByRole('combobox', { name: 'Story' }).selectOption(UNFINISHED.story);
    await page.getByRole('combobox', { name: 'Target' }).selectOption({ label: '2 min' });
    await blur(page);
    await expect(page.getByRole('button', { name: 'Reveal Situation' })).toBeEnabled();
    await page.keyboard.press('Space');
    await revealAll(page);
    await page.clock.runFor(100_000);
    await expect(page.locator('[data-timer-phase="warning"]')).toBeVisible();
    await expectNoAxeViolations(page, rules);
    await page.keyboard.press('3');
    await page.clock.runFor(30_000);
    await expectNoAxeViolations(page, rules);

    await openDrill(page, 'Principle drill');
    await page.getByRole('combobox', { name: 'Principle' }).selectOption('ownership');
    await expectNoAxeViolations(page, rules);
    await page.getByRole('combobox', { name: 'Principle' }).selectOption('customer-obsession');
    await page.getByRole('button', { name: 'Show the stories' }).click();
    await expectNoAxeViolations(page, rules);

    await openDrill(page, 'Flash cards');
    await page.getByRole('button', { name: 'Shaky' }).click();
    await expectNoAxeViolations(page, rules);

    await openDrill(page, 'Mock loop');
    await page.getByRole('button', { name: 'Start the loop' }).click();
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await page.clock.runFor(5 * 60_000);
    await expect(page.locator('[data-timer-phase="over"]')).toBeVisible();
    await expectNoAxeViolations(page, rules);
    for (let round = 1; round <= 5; round++) {
      await page.getByRole('combobox', { name: 'Story you told' }).selectOption('huron-data-platform');
      await page.getByRole('button', { name: 'Shaky' }).click();
      await page.getByRole('button', { name: /^(Next round|Finish the loop)$/ }).click();
    }
    await expect(page.locator('[data-loop-summary]')).toBeVisible();
    await expectNoAxeViolations(page, rules);
  });
}

/** Fails unless the whole of `locator` is on screen and nothing covers its middle or its edges. */
async function expectUncovered(locator: Locator) {
  await expect(locator).toBeInViewport({ ratio: 1 });
  const covered = await locator.evaluate((element) => {
    const { left, right, top, bottom } = element.getBoundingClientRect();
    const [x, y] = [(left + right) / 2, (top + bottom) / 2];
    // Edge midpoints rather than corners, which a rounded button does not fill.
    const points = [
      [x, y],
      [x, top + 2],
      [x, bottom - 2],
      [left + 2, y],
      [right - 2, y],
    ];
    return points.filter(([x, y]) => !element.contains(document.elementFromPoint(x, y)));
  });
  expect(covered, 'points of the element covered by another').toEqual([]);
}

const noSideScroll = (page: Page, width: number) =>
  expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);

/** What a phone reader taps through, in each language. */
const REHEARSALS = [
  {
    path: PRACTICE,
    colorScheme: 'light',
    pause: 'Pause',
    reveal: /^Reveal /,
    rating: '4 out of 5',
    again: 'Rehearse again',
  },
  {
    path: `/zh-Hans${PRACTICE}`,
    colorScheme: 'dark',
    pause: '暂停',
    reveal: /^显示 /,
    rating: '4 分 (满分 5 分)',
    again: '再演练一次',
  },
] as const;

test.describe('on a 390 × 844 phone @phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  for (const { path, colorScheme, pause, reveal, rating, again } of REHEARSALS) {
    test(`the timer and the next step stay on screen through a whole rehearsal (${path}, ${colorScheme} mode)`, async ({
      page,
    }) => {
      await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
      await page.clock.install();
      await gotoHydrated(page, path);
      const story = page.locator('[data-drill="story"] select').first();
      await story.selectOption('huron-data-platform');
      await expect(story).toHaveValue('huron-data-platform');
      await blur(page);
      const timer = page.getByRole('timer');
      const bar = page.locator('[data-practice-bar]');
      await expect(bar.getByRole('button', { name: reveal })).toBeEnabled();
      await pauseClock(page);
      await page.keyboard.press('Space');
      // The timer runs before the rehearsal goes on: its button offers to pause it. Twenty
      // seconds of the fake clock stand for the telling, however fast the test clicks.
      await expect(bar.getByRole('button', { name: pause, exact: true })).toBeVisible();
      await page.clock.runFor(20_000);
      await expect(timer).toHaveText('0:20 / 2:45');
      for (let step = 0; step < 4; step++) {
        await expectUncovered(timer);
        const next = bar.getByRole('button', { name: reveal });
        await expectUncovered(next);
        await next.click();
        await expect(parts(page)).toHaveCount(step + 1);
        // The reader goes on to read the part just revealed, from its start.
        await parts(page)
          .last()
          .evaluate((part) => part.scrollIntoView({ block: 'start' }));
      }
      await expectUncovered(timer);
      await expectUncovered(bar.getByRole('button', { name: rating }));
      await bar.getByRole('button', { name: rating }).click();
      await expectUncovered(timer);
      await expectUncovered(bar.getByRole('button', { name: again }));
      await expect(timer).toHaveText('0:20 / 2:45');
      // axe waits on timers of its own.
      await page.clock.resume();
      await expectNoAxeViolations(page);
      await page.setViewportSize({ width: 360, height: 800 });
      await noSideScroll(page, 360);
    });
  }
});

test.describe('on a 360 px phone @phone', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test('no drill scrolls the page sideways', async ({ page }) => {
    await gotoHydrated(page, PRACTICE);
    await pickStory(page, 'Capital One data mesh');
    await revealAll(page);
    await noSideScroll(page, 360);
    for (const drill of ['Principle drill', 'Flash cards', 'Mock loop']) {
      await openDrill(page, drill);
      await noSideScroll(page, 360);
    }
    await page.getByRole('button', { name: 'Start the loop' }).click();
    await noSideScroll(page, 360);
  });
});
