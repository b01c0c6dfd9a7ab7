/**
 * A mentor's notes: written beside a story's sections, carried in a link's fragment to a fresh
 * browser, kept or dismissed there, answered the same way; hostile and broken links; what the
 * story check and the readiness table count; the notes code left out of a story's first view.
 * Links are built here with Node's own zlib, independently of the site's encoder.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { devices, type Browser, type Page } from '@playwright/test';
import { test, expect, reportPolicyViolations } from './support/test';
import { expectNoAxeViolations, gotoHydrated, loadedScripts, storyPages, type Locale } from './support/site';

const STORY = storyPages()[0];
const ZH = JSON.parse(readFileSync(path.resolve(__dirname, '../i18n/zh-Hans/code.json'), 'utf8')) as Record<
  string,
  { message: string }
>;

/** A string of the site in a locale: its English default, or its Chinese translation. */
function text(locale: Locale, id: string, english: string, values: Record<string, string> = {}): string {
  const message = locale === 'en' ? english : ZH[id].message;
  return message.replace(/\{(\w+)\}/g, (_, name: string) => values[name]);
}

const words = (locale: Locale) => ({
  situation: text(locale, 'star.situation', 'Situation'),
  result: text(locale, 'star.result', 'Result'),
  addTo: (section: string) => text(locale, 'notes.addTo', 'Add note to {section}', { section }),
  field: (section: string) => text(locale, 'notes.field', 'Note on {section}', { section }),
  save: text(locale, 'notes.save', 'Save note'),
  copyLink: text(locale, 'notes.copyLink', 'Copy link with notes'),
  keep: text(locale, 'notes.keep', 'Keep notes'),
  dismiss: text(locale, 'notes.dismiss', 'Dismiss notes'),
  fromLink: text(locale, 'notes.fromLink', 'Notes from the link'),
  /** The story check summary's count (English has two plural forms, Chinese one). */
  openNotes: (count: number) =>
    locale === 'en' ? `${count} open notes` : ZH['storyCheck.summary.notes'].message.replace('{count}', String(count)),
});

const storyCheckSummary = (page: Page) => page.locator('[data-story-check-summary]');

const urlOf = (locale: Locale) => `${locale === 'en' ? '' : '/zh-Hans'}${STORY.route}`;
const notesOf = (page: Page, section: string) => page.locator(`[data-notes="${section}"]`);
const NOTE_ON_SITUATION = 'Open with the 8 years on AWS: it explains why the old platform no longer fits.';
const NOTE_ON_RESULT = 'Your Result has no number.\nHow many teams, and how much faster?';

/** A link's fragment carrying `value` as JSON, as format `version` packs it. */
const fragmentOf = (value: unknown, version = 1) =>
  `notes=${version}.${deflateRawSync(Buffer.from(JSON.stringify(value))).toString('base64url')}`;

async function addNote(page: Page, locale: Locale, section: string, note: string): Promise<void> {
  const w = words(locale);
  await page.getByRole('button', { name: w.addTo(section) }).click();
  await page.getByRole('textbox', { name: w.field(section) }).fill(note);
  await page.getByRole('button', { name: w.save }).click();
}

/** A second browser with nothing stored: the mentor's, or the candidate's when the answer comes back. */
async function freshPage(browser: Browser, baseURL: string, options: Parameters<Browser['newContext']>[0]) {
  const context = await browser.newContext({ ...options, baseURL });
  const violations = await reportPolicyViolations(context);
  return { page: await context.newPage(), violations, close: () => context.close() };
}

/**
 * Axe at the top of the page, as the page sweep runs it: scrolled down, axe counts a chip under
 * the sticky navbar as a touch target too small (covered), whatever the notes do.
 */
async function expectNoAxeViolationsFromTop(page: Page): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await expectNoAxeViolations(page);
}

const holdsNotesCode = (scripts: string[]) => scripts.some((script) => script.includes('deflate-raw'));

const { defaultBrowserType: _, ...PHONE } = devices['Pixel 7'];
const JOURNEYS = [
  { locale: 'en', colorScheme: 'light', device: 'desktop' },
  { locale: 'zh-Hans', colorScheme: 'dark', device: 'desktop' },
  { locale: 'en', colorScheme: 'dark', device: 'phone' },
  { locale: 'zh-Hans', colorScheme: 'light', device: 'phone' },
] as const;

for (const { locale, colorScheme, device } of JOURNEYS) {
  test.describe(`${locale}, ${colorScheme}, ${device}`, () => {
    const contextOptions = { colorScheme, ...(device === 'phone' ? PHONE : {}) };
    test.use(contextOptions);

    test('notes on two sections travel in a link to a fresh browser, are kept there, and the answer comes back', async ({
      page,
      context,
      browser,
      baseURL,
    }) => {
      const w = words(locale);
      const url = urlOf(locale);
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await gotoHydrated(page, url);
      await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);

      await addNote(page, locale, w.situation, NOTE_ON_SITUATION);
      await addNote(page, locale, w.result, NOTE_ON_RESULT);
      await expect(notesOf(page, 'situation')).toHaveText(new RegExp(NOTE_ON_SITUATION));
      await expect(notesOf(page, 'result').locator('p')).toHaveText(NOTE_ON_RESULT);
      // Beside its own section, after the section's box.
      await expect(page.locator('section[data-star-part="result"] > [data-notes="result"]')).toHaveCount(1);
      await expect(storyCheckSummary(page)).toContainText(w.openNotes(2));

      await page.getByRole('button', { name: w.copyLink }).click();
      const link = await page.evaluate(() => navigator.clipboard.readText());
      expect(link).toMatch(new RegExp(`^${baseURL}${url}#notes=1\\.[A-Za-z0-9_-]+$`));

      const mentor = await freshPage(browser, baseURL!, contextOptions);
      await gotoHydrated(mentor.page, link);
      for (const [section, note] of [
        ['situation', NOTE_ON_SITUATION],
        ['result', NOTE_ON_RESULT],
      ]) {
        const received = notesOf(mentor.page, section).locator('[data-note="received"]');
        await expect(received).toHaveCount(1);
        await expect(received).toContainText(w.fromLink);
        await expect(received.locator('p')).toHaveText(note);
      }
      // A link's notes, their banner and an editor open: nothing for assistive technology to trip on, in this colour mode.
      await mentor.page.getByRole('button', { name: w.addTo(w.situation) }).click();
      await expect(mentor.page.getByRole('textbox', { name: w.field(w.situation) })).toBeFocused();
      await expectNoAxeViolationsFromTop(mentor.page);
      await mentor.page.keyboard.press('Escape');
      await mentor.page.getByRole('button', { name: w.keep }).click();
      await expect(mentor.page).toHaveURL(`${baseURL}${url}`);
      await mentor.page.reload();
      await expect(mentor.page.locator('html[data-has-hydrated="true"]')).toHaveCount(1);
      await expect(notesOf(mentor.page, 'situation').locator('[data-note="kept"] p')).toHaveText(NOTE_ON_SITUATION);
      await expect(notesOf(mentor.page, 'result').locator('[data-note="kept"] p')).toHaveText(NOTE_ON_RESULT);
      await expect(mentor.page.locator('[data-note="received"]')).toHaveCount(0);

      // The mentor answers on the story as a whole; the candidate's link brings back only what is new.
      await mentor.page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
      const answer = 'Good. Tell it in under three minutes.';
      await addNote(mentor.page, locale, text(locale, 'notes.story', 'the story'), answer);
      await mentor.page.getByRole('button', { name: w.copyLink }).click();
      const reply = await mentor.page.evaluate(() => navigator.clipboard.readText());
      expect(mentor.violations).toEqual([]);
      await mentor.close();

      await page.goto('about:blank');
      await gotoHydrated(page, reply);
      await expect(notesOf(page, 'story').locator('[data-note="received"] p')).toHaveText(answer);
      await page.getByRole('button', { name: w.keep }).click();
      await expect(page).toHaveURL(`${baseURL}${url}`);
      await expect(page.locator('[data-note="kept"]')).toHaveCount(3);
      await expect(storyCheckSummary(page)).toContainText(w.openNotes(3));
    });
  });
}

test('a note holding markup or a javascript: address shows as those characters, in a link too', async ({
  page,
  context,
  browser,
  baseURL,
}) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => void dialog.dismiss().then(() => dialogs.push(dialog.message())));
  const hostile = ['<img src=x onerror="window.__notePwned=1">', 'javascript:window.__notePwned=2', '<b>bold</b>'];
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await gotoHydrated(page, STORY.route);
  for (const note of hostile) await addNote(page, 'en', 'Situation', note);
  await expect(notesOf(page, 'situation').locator('[data-note] p')).toHaveText(hostile);
  await page.getByRole('button', { name: 'Copy link with notes' }).click();
  const link = await page.evaluate(() => navigator.clipboard.readText());

  const other = await freshPage(browser, baseURL!, {});
  await gotoHydrated(other.page, link);
  await expect(notesOf(other.page, 'situation').locator('[data-note="received"] p')).toHaveText(hostile);
  for (const shown of [page, other.page]) {
    await expect(shown.locator('[data-notes] img, [data-notes] b, [data-notes] a')).toHaveCount(0);
    expect(await shown.evaluate(() => (window as { __notePwned?: number }).__notePwned)).toBeUndefined();
  }
  expect(dialogs).toEqual([]);
  expect(other.violations).toEqual([]);
  await other.close();
});

const BROKEN_LINKS: Array<{ name: string; fragment: () => string; message: RegExp }> = [
  {
    name: 'a truncated link',
    fragment: () => fragmentOf({ story: STORY.story, notes: [['result', NOTE_ON_RESULT]] }).slice(0, -12),
    message: /could not be read: the link is damaged or cut short\. Nothing was changed\./,
  },
  {
    name: 'a link that is not notes',
    fragment: () => 'notes=1.not-deflate',
    message: /could not be read/,
  },
  {
    name: 'an oversized link',
    fragment: () => `notes=1.${'A'.repeat(60_000)}`,
    message: /more notes than a link may hold/,
  },
  {
    name: 'a link from a future version',
    fragment: () => fragmentOf({ story: STORY.story, notes: [['result', 'x']] }, 2),
    message: /newer version of this guide/,
  },
  {
    name: 'a link for another story',
    fragment: () => fragmentOf({ story: storyPages()[1].story, notes: [['result', 'x']] }),
    message: /belong to another story/,
  },
];

test('a truncated, foreign, oversized, future or other story’s link shows one clear message and changes nothing stored', async ({
  page,
}) => {
  await gotoHydrated(page, STORY.route);
  await addNote(page, 'en', 'Task', 'My own note.');
  const stored = () => page.evaluate(() => JSON.stringify({ ...localStorage }));
  const before = await stored();
  for (const broken of BROKEN_LINKS) {
    // Pasted into the address bar of the open page: only the fragment changes.
    await page.evaluate((fragment) => (window.location.hash = fragment), broken.fragment());
    const alert = page.getByRole('alert');
    await expect(alert, broken.name).toHaveCount(1);
    await expect(alert, broken.name).toContainText(broken.message);
    await expect(page.locator('[data-note="received"]')).toHaveCount(0);
    await expect(notesOf(page, 'task').locator('[data-note="kept"] p')).toHaveText('My own note.');
    expect(await stored(), broken.name).toBe(before);
    await alert.getByRole('button', { name: 'Dismiss' }).click();
    await expect(alert).toHaveCount(0);
    expect(new URL(page.url()).hash).toBe('');
    expect(await stored()).toBe(before);
  }
});

test('a link opened on a fresh page with a broken fragment stores nothing', async ({ page }) => {
  await gotoHydrated(page, `${STORY.route}#${BROKEN_LINKS[0].fragment()}`);
  await expect(page.getByRole('alert')).toHaveText(/could not be read/);
  expect(await page.evaluate(() => Object.keys(localStorage).filter((key) => key.includes('notes')))).toEqual([]);
});

test('dismissing a link’s notes stores none of them and cleans the address', async ({ page }) => {
  await gotoHydrated(page, `${STORY.route}#${fragmentOf({ story: STORY.story, notes: [['action', 'Say “I”.']] })}`);
  await expect(notesOf(page, 'action').locator('[data-note="received"] p')).toHaveText('Say “I”.');
  await page.getByRole('button', { name: 'Dismiss notes' }).click();
  await expect(page.locator('[data-notes]')).toHaveCount(0);
  expect(new URL(page.url()).hash).toBe('');
  await page.reload();
  await expect(page.locator('html[data-has-hydrated="true"]')).toHaveCount(1);
  await expect(page.locator('[data-notes]')).toHaveCount(0);
  expect(await page.evaluate(() => Object.keys(localStorage).filter((key) => key.includes('notes')))).toEqual([]);
});

test('by keyboard: add a note, edit it, remove it; Escape leaves a note unchanged', async ({ page }) => {
  await gotoHydrated(page, STORY.route);
  const add = page.getByRole('button', { name: 'Add note to Result' });
  await add.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('textbox', { name: 'Note on Result' })).toBeFocused();
  await page.keyboard.type('First draft');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Save note' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(notesOf(page, 'result').locator('[data-note="kept"] p')).toHaveText('First draft');
  await expect(add, 'focus goes back where the note was started').toBeFocused();

  const edit = notesOf(page, 'result').getByRole('button', { name: 'Edit' });
  await edit.focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('End');
  await page.keyboard.type(', unsaved');
  await page.keyboard.press('Escape');
  await expect(notesOf(page, 'result').locator('[data-note="kept"] p')).toHaveText('First draft');
  await expect(edit).toBeFocused();

  await page.keyboard.press('Enter');
  await page.keyboard.press('End');
  await page.keyboard.type(', revised');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(notesOf(page, 'result').locator('[data-note="kept"] p')).toHaveText('First draft, revised');
  await expect(edit).toBeFocused();

  await page.keyboard.press('Tab');
  await expect(notesOf(page, 'result').getByRole('button', { name: 'Remove' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-notes]')).toHaveCount(0);
  await expect(storyCheckSummary(page)).not.toContainText('note');
});

test('the readiness table counts each story’s notes and sorts by them', async ({ page }) => {
  const [first, second] = storyPages();
  await gotoHydrated(page, second.route);
  await addNote(page, 'en', 'Action', 'One.');
  await addNote(page, 'en', 'Result', 'Two.');
  await gotoHydrated(page, first.route);
  await addNote(page, 'en', 'Task', 'Three.');
  await gotoHydrated(page, '/stories');
  // The Notes column's cell: the row's cells are in the header's order.
  const column = await page
    .locator('thead th')
    .evaluateAll((ths) => ths.findIndex((th) => th.getAttribute('data-column') === 'notes'));
  expect(column).toBeGreaterThan(0);
  const cell = (story: string) => page.locator(`tr[data-readiness-row="${story}"] > *`).nth(column);
  await expect(cell(second.story)).toHaveText('2');
  await expect(cell(first.story)).toHaveText('1');
  await page.getByRole('button', { name: /^Notes/ }).click();
  await page.getByRole('button', { name: /^Notes/ }).click();
  await expect(page.locator('tr[data-readiness-row]').first()).toHaveAttribute('data-readiness-row', second.story);
});

test('a story’s first view loads no notes code; the first Add note, kept notes or a notes link load it', async ({
  page,
}) => {
  await gotoHydrated(page, STORY.route);
  await page.waitForLoadState('networkidle');
  expect(holdsNotesCode(await loadedScripts(page)), 'first view').toBe(false);
  await addNote(page, 'en', 'Task', 'A note.');
  expect(holdsNotesCode(await loadedScripts(page)), 'after Add note').toBe(true);

  // Kept notes bring it back on the next visit without a click.
  await page.goto('about:blank');
  await gotoHydrated(page, STORY.route);
  await expect(notesOf(page, 'task').locator('p')).toHaveText('A note.');
  // Another story, without notes, stays light.
  await gotoHydrated(page, storyPages()[1].route);
  await page.waitForLoadState('networkidle');
  expect(holdsNotesCode(await loadedScripts(page)), 'a story without notes').toBe(false);
});
