/**
 * The story check: the panel on each story page, the readiness table on /stories and the
 * rehearsal's default target. Expected figures are computed here from the STAR text the page
 * shows (which the fidelity test holds to the guide), by this file's own counting, not by the
 * site's analysis.
 */
import { test, expect } from './support/test';
import type { Page } from '@playwright/test';
import { expectNoAxeViolations, gotoHydrated, storyPages } from './support/site';
import { readDocs } from './support/docsFrontMatter';
import { TOOLBAR, starSection } from '../src/lib/pageMarkers';

/** Every story's id (its file name), in the sidebar's order, as the readiness table lists them. */
const STORIES = storyPages().map((page) => page.story);
const PARTS = ['situation', 'task', 'action', 'result'] as const;
const WORDS_PER_MINUTE = 150;
const CJK_PER_MINUTE = 250;
const TARGET = { min: 120, max: 180 };

const clock = (seconds: number) => `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;

interface PartText {
  text: string;
  toPrepare: boolean;
}

/** Each STAR section's text as the reader sees it, without its diagrams, buttons and hidden headings. */
function shownStarText(page: Page): Promise<Record<string, PartText>> {
  return page.evaluate(
    ([parts, notShown]) => {
      const result: Record<string, { text: string; toPrepare: boolean }> = {};
      for (const [part, selector] of parts) {
        const body = document.querySelector(selector)!.cloneNode(true) as HTMLElement;
        const toPrepare = body.querySelector('[data-to-prepare]') !== null;
        body.querySelectorAll(notShown).forEach((el) => el.remove());
        // Block elements end a line, as they do on screen.
        body.querySelectorAll('p, li, h3, h4, div').forEach((el) => el.append('\n'));
        result[part] = { text: body.textContent ?? '', toPrepare };
      }
      return result;
    },
    [
      PARTS.map((part) => [part, `${starSection(part)} > div`] as const),
      `figure, button, ${TOOLBAR}, [hidden], [data-to-prepare]`,
    ] as const,
  );
}

const CJK = /\p{Script=Han}/gu;
/** Tokens between spaces and brackets with a letter or digit in them, CJK characters counted apart. */
function expectedFigures({ text, toPrepare }: PartText) {
  const cjk = text.match(CJK)?.length ?? 0;
  const words = text
    .replace(CJK, ' ')
    .split(/[\s()[\]]+/)
    .filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
  const seconds = Math.round((words / WORDS_PER_MINUTE + cjk / CJK_PER_MINUTE) * 60);
  return { words, cjk, seconds, unfinished: toPrepare || words + cjk === 0 };
}

function expectedFirstPerson(action: string) {
  const spoken = action.replace(/"[^"\n]*"|“[^”]*”/g, ' ');
  const tokens = spoken.split(/[^A-Za-z’']+/).map((token) => token.replace(/[’'].*$/, ''));
  const singular =
    tokens.filter((t) => ['I', 'me', 'my', 'mine', 'myself'].includes(t.length > 1 ? t.toLowerCase() : t)).length +
    (spoken.match(/我(?!们)/g)?.length ?? 0);
  const plural =
    tokens.filter((t) => t !== 'US' && ['we', 'our', 'ours', 'ourselves', 'us'].includes(t.toLowerCase())).length +
    (spoken.match(/我们/g)?.length ?? 0);
  return { singular, plural };
}

const panel = (page: Page) => page.locator('[data-story-check]');

for (const locale of ['', '/zh-Hans']) {
  for (const story of STORIES) {
    test(`${locale || 'en'} ${story}: the story check states the text's own figures`, async ({ page }) => {
      await gotoHydrated(page, `${locale}/stories/${story}`);
      const shown = await shownStarText(page);
      const figures = Object.fromEntries(PARTS.map((part) => [part, expectedFigures(shown[part])]));
      const total = PARTS.reduce((sum, part) => sum + figures[part].seconds, 0);

      // Closed until asked for, so the story comes first; opened with the keyboard.
      await expect(panel(page)).not.toHaveAttribute('open', '');
      await panel(page).locator('summary').focus();
      await page.keyboard.press('Enter');
      await expect(panel(page)).toHaveAttribute('open', '');

      const time = panel(page).locator('[data-check="time"]');
      for (const part of PARTS) {
        const row = time.locator(`tr[data-part="${part}"]`);
        await expect(row.locator('td').last(), `${part} time`).toHaveText(clock(figures[part].seconds));
        if (figures[part].unfinished) await expect(row).toContainText(locale ? '待准备' : 'to prepare');
        else await expect(row).toContainText(String(figures[part].words));
      }
      await expect(time.locator('tfoot td').last()).toHaveText(clock(total));
      const onTarget = total >= TARGET.min && total <= TARGET.max;
      await expect(time.locator('[data-status]')).toHaveAttribute('data-status', onTarget ? 'pass' : 'needs-work');

      const { singular, plural } = expectedFirstPerson(shown.action.text);
      await expect(panel(page).locator('[data-action-words]')).toContainText(`: ${singular} · `);
      await expect(panel(page).locator('[data-action-words]')).toContainText(`: ${plural} (`);
      const owned = singular + plural > 0 && singular >= plural;
      await expect(panel(page).locator('[data-check="action"] [data-status]')).toHaveAttribute(
        'data-status',
        owned ? 'pass' : 'needs-work',
      );

      const numbers = shown.result.text.match(/(?<![\p{L}\p{N}])\d+\+?(?![\p{L}\p{N}])/gu) ?? [];
      const result = panel(page).locator('[data-check="result"]');
      await expect(result.locator('[data-status]')).toHaveAttribute(
        'data-status',
        numbers.length ? 'pass' : 'needs-work',
      );
      for (const number of numbers) await expect(result.locator('[data-measures]')).toContainText(number);

      const unfinished = PARTS.filter((part) => figures[part].unfinished);
      const parts = panel(page).locator('[data-check="parts"]');
      await expect(parts.locator('[data-status]')).toHaveAttribute(
        'data-status',
        unfinished.length ? 'needs-work' : 'pass',
      );
      if (unfinished.length) await expect(parts.locator('[data-unfinished]')).toBeVisible();

      const failing = [!onTarget, !owned, numbers.length === 0, unfinished.length > 0].filter(Boolean).length;
      await expect(panel(page).locator('[data-story-check-summary]')).toContainText(
        failing === 0
          ? locale
            ? '已就绪'
            : 'ready'
          : locale
            ? `4 项中有 ${failing} 项`
            : `needs work on ${failing} of 4`,
      );
      await expect(panel(page).locator('[data-story-check-summary]')).toContainText(clock(total));
      // Every principle the story is mapped to, linked to its page.
      const principles = readDocs().find((doc) => doc.file === `stories/${story}.mdx`)!.principles;
      await expect(panel(page).locator('[data-check="principles"] a[href*="/tags/"]')).toHaveCount(principles.length);
    });
  }
}

test('the story check prints only when the reader has opened it', async ({ page }) => {
  await gotoHydrated(page, '/stories/huron-data-platform');
  await page.emulateMedia({ media: 'print' });
  await expect(panel(page)).toBeHidden();
  await page.emulateMedia({ media: 'screen' });
  await panel(page).locator('summary').click();
  await page.emulateMedia({ media: 'print' });
  await expect(panel(page)).toBeVisible();
  await expect(panel(page).locator('[data-check="time"] table')).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the story check is in the served page and opens natively', async ({ page }) => {
    await page.goto('/stories/capital-one-data-mesh');
    await expect(panel(page).locator('[data-story-check-summary]')).toHaveText(
      /^(ready|needs work on \d of 4) · \d:\d\d spoken$/,
    );
    await panel(page).locator('summary').click();
    await expect(panel(page).locator('[data-check="time"] table')).toBeVisible();
    await expect(panel(page).locator('[data-check="result"] [data-status]')).toHaveText(/^. (passes|needs work)$/);
  });
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds no violations in the open story check and the readiness table (${colorScheme} mode)`, async ({
    page,
  }) => {
    // The structure does not change with the colour mode: dark mode runs the colour rules.
    const rules = colorScheme === 'dark' ? 'colours' : undefined;
    await page.emulateMedia({ colorScheme });
    await gotoHydrated(page, '/stories/firstgroup-dynamodb-data-lake');
    await panel(page).locator('summary').click();
    await expectNoAxeViolations(page, rules);
    await gotoHydrated(page, '/stories');
    await page.locator('[data-readiness-table] th[data-column="time"] button').click();
    await expectNoAxeViolations(page, rules);
  });
}

/** The readiness table's rows as [story id, total seconds, status]. */
function tableRows(page: Page) {
  return page.locator('[data-readiness-row]').evaluateAll((rows) =>
    rows.map((row) => ({
      id: row.getAttribute('data-readiness-row')!,
      seconds: Number(row.querySelector('[data-total-seconds]')!.getAttribute('data-total-seconds')),
      ready: row.querySelector('[data-status]')!.getAttribute('data-status') === 'pass',
    })),
  );
}

test('the readiness table agrees with each story’s check, sorts by any column and counts what is ready', async ({
  page,
}) => {
  const totals: Record<string, string> = {};
  const ready: Record<string, boolean> = {};
  for (const story of STORIES) {
    await gotoHydrated(page, `/stories/${story}`);
    totals[story] = (await panel(page).locator('[data-check="time"] tfoot td').last().textContent())!;
    ready[story] = (await panel(page).locator('[data-story-check-summary]').textContent())!.startsWith('ready');
  }

  await gotoHydrated(page, '/stories');
  const table = page.locator('[data-readiness-table]');
  expect((await tableRows(page)).map((row) => row.id)).toEqual(STORIES);
  for (const story of STORIES) {
    await expect(table.locator(`[data-readiness-row="${story}"] [data-total-seconds]`)).toHaveText(totals[story]);
    await expect(table.locator(`[data-readiness-row="${story}"] [data-status]`)).toHaveAttribute(
      'data-status',
      ready[story] ? 'pass' : 'needs-work',
    );
  }
  const readyCount = Object.values(ready).filter(Boolean).length;
  await expect(page.locator('[data-readiness-summary]')).toHaveText(
    `${readyCount} ready · ${STORIES.length - readyCount} need work`,
  );

  const timeHeader = table.locator('th[data-column="time"]');
  await timeHeader.getByRole('button').click();
  await expect(timeHeader).toHaveAttribute('aria-sort', 'ascending');
  const ascending = (await tableRows(page)).map((row) => row.seconds);
  expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
  await timeHeader.getByRole('button').press('Enter');
  await expect(timeHeader).toHaveAttribute('aria-sort', 'descending');
  const descending = (await tableRows(page)).map((row) => row.seconds);
  expect(descending).toEqual([...ascending].reverse());

  const storyHeader = table.locator('th[data-column="story"]');
  await storyHeader.getByRole('button').click();
  await expect(timeHeader).not.toHaveAttribute('aria-sort');
  const titles = await table.locator('tbody th').allTextContents();
  expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b)));

  await table.locator('th[data-column="status"]').getByRole('button').click();
  const byStatus = await tableRows(page);
  expect(byStatus.map((row) => row.ready)).toEqual([...byStatus.map((row) => row.ready)].sort((a, b) => +a - +b));

  // The principles no story shows, as the matrix lists them.
  await expect(page.locator('[data-principle-gaps]')).toContainText('Ownership');
  await expect(page.locator('[data-principle-gaps]')).toContainText('Bias for Action');
});

test('a rehearsal is timed by the story’s estimated spoken time, and the summary compares with it', async ({
  page,
}) => {
  await page.clock.install();
  for (const story of ['capital-one-data-mesh', 'huron-data-platform']) {
    await gotoHydrated(page, `/stories/${story}`);
    const total = (await panel(page).locator('[data-check="time"] tfoot td').last().textContent())!;
    const [minutes, seconds] = total.split(':').map(Number);
    const estimate = Math.min(300, Math.max(60, Math.round((minutes * 60 + seconds) / 15) * 15));

    await gotoHydrated(page, '/practice');
    const label = story === 'huron-data-platform' ? 'Huron data platform' : 'Capital One data mesh';
    await page.getByRole('combobox', { name: 'Story' }).selectOption({ label });
    const timer = page.getByRole('timer', { name: 'Elapsed time' });
    await expect(timer).toHaveText(`0:00 / ${clock(estimate)}`);
    await expect(page.getByRole('combobox', { name: 'Target' })).toHaveValue('story');

    await page.getByRole('button', { name: 'Start' }).click();
    await page.clock.runFor(60_000);
    await page.getByRole('button', { name: 'Pause' }).click();
    for (const part of ['Situation', 'Task', 'Action', 'Result'])
      await page.getByRole('button', { name: `Reveal ${part}` }).click();
    await page.getByRole('button', { name: '4 out of 5' }).click();
    await expect(page.locator('[data-versus-estimate]')).toHaveText(
      `${clock(estimate - 60)} under the story’s estimated ${clock(estimate)}.`,
    );
  }
});

test.describe('on a 390 × 844 phone @phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('the readiness table scrolls sideways in its own region, by keyboard too, and the page does not', async ({
    page,
  }) => {
    await gotoHydrated(page, '/stories');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const region = page.getByRole('region', { name: 'Readiness' });
    const widths = await region.evaluate((element) => ({ scroll: element.scrollWidth, client: element.clientWidth }));
    expect(widths.scroll).toBeGreaterThan(widths.client);
    await region.focus();
    await expect(region).toBeFocused();
    // Pressed again while polling: a key pressed while the page still settles may scroll nothing.
    await expect
      .poll(async () => {
        await page.keyboard.press('ArrowRight');
        return region.evaluate((element) => element.scrollLeft);
      })
      .toBeGreaterThan(0);
    await expectNoAxeViolations(page);

    await gotoHydrated(page, '/zh-Hans/stories/capital-one-data-mesh');
    await panel(page).locator('summary').tap();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await expectNoAxeViolations(page);
  });
});
