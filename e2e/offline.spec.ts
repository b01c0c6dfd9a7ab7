/**
 * The offline copy: a first visit only reads; a second page view (or the navbar control) saves
 * the current language for offline reading, never on Save-Data unless asked; the copy can be
 * removed; a new release reaches a reader with a copy at their next navigation, whole.
 */
import type { Server } from 'node:http';
import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './support/test';
import { BUILD_DIR, gotoHydrated, searchTargets, watchForErrors } from './support/site';
import {
  cachedPaths,
  emulateConnection,
  expectSavedOffline,
  newestWorkerActive,
  nextRelease,
  openOfflineControl,
  workers,
} from './support/offline';
import { serveStatic } from '../scripts/lib/staticServer.mts';
import { PAGE_VIEWS_KEY } from '../src/lib/offline/offlineCopy';
import { starSection } from '../src/lib/pageMarkers';

test.use({ withServiceWorker: true, serviceWorkers: 'allow' });

const STORY = '/stories/huron-data-platform';

/**
 * Waits until the page has counted this session's `count`th page view and the network is quiet:
 * the count is written just before the choice to save the copy or not, and saving starts at once
 * (it registers a worker, which would show by the time half a second has passed without requests).
 */
async function pageViewsCounted(page: Page, count: number): Promise<void> {
  await expect
    .poll(() => page.evaluate((key) => sessionStorage.getItem(key), PAGE_VIEWS_KEY), { timeout: 15_000 })
    .toBe(String(count));
  await page.waitForLoadState('networkidle');
}

test('a first visit to a story reads it and saves nothing for offline @phone', async ({ page }) => {
  test.setTimeout(30_000);
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await gotoHydrated(page, STORY);
  await pageViewsCounted(page, 1);
  expect(await workers(page)).toEqual({});
  expect(await cachedPaths(page)).toEqual([]);
  // Only the page and what it loads: its code and styles, the logo; no worker, no other page,
  // no search index, no link-preview card, no drawing (the page's own are inline).
  const unexpected = requested.filter(
    (pathname) =>
      pathname !== STORY && !/^\/assets\/(js|css)\/[^/]+$/.test(pathname) && !/^\/img\/[^/]+\.svg$/.test(pathname),
  );
  expect(unexpected).toEqual([]);
});

test('a second page view saves this language only; then the story, a section and search work offline', async ({
  page,
  context,
}) => {
  test.setTimeout(120_000);
  await gotoHydrated(page, STORY);
  await page.locator('.navbar').getByRole('link', { name: 'Overview', exact: true }).click();
  await expect(page).toHaveURL(/\/overview$/);
  await expectSavedOffline(page, '/');
  const cached = await cachedPaths(page);
  expect(cached).toContain('/search-index.json');
  expect(cached).toContain(`${STORY}.html`);
  expect(cached.filter((pathname) => pathname.startsWith('/zh-Hans/'))).toEqual([]);
  expect(cached.filter((pathname) => pathname.endsWith('.png'))).toEqual([]);
  expect(Object.keys(await workers(page))).toEqual(['/']);
  await expect(await openOfflineControl(page)).toContainText('Ready offline');

  await context.setOffline(true);
  const { en, 'zh-Hans': zh } = searchTargets();
  await gotoHydrated(page, `${en.story.route}#${en.part}`);
  await expect(page.locator(starSection(en.part))).toHaveAttribute('open', '');
  await expect(page.locator(starSection(en.part)).getByText(en.words[0]).first()).toBeVisible();
  await page.locator('input.navbar__search-input').fill('Lake Formation');
  await expect(page.getByRole('listbox').getByRole('option').filter({ hasText: 'Huron' }).first()).toBeVisible();

  // Switching language online saves that language too (the reader is using the site).
  await context.setOffline(false);
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'English' }).hover();
  await page.getByRole('link', { name: '简体中文' }).click();
  await expect(page).toHaveURL(new RegExp(`/zh-Hans${en.story.route}`));
  await expectSavedOffline(page, '/zh-Hans/');
  await context.setOffline(true);
  await gotoHydrated(page, '/zh-Hans/overview');
  await page.locator('input.navbar__search-input').fill(zh.query);
  await expect(page.getByRole('listbox').getByRole('option').filter({ hasText: zh.story.title }).first()).toBeVisible();
});

test('offline, with both languages saved, the Chinese home without its slash opens, and its pages’ code comes from the Chinese copy', async ({
  page,
  context,
}) => {
  // docusaurus serve shows the Chinese home as /zh-Hans, outside the Chinese worker's scope.
  for (const home of ['/', '/zh-Hans/']) {
    await gotoHydrated(page, home);
    // The second page view may have started saving already.
    const save = (await openOfflineControl(page)).getByRole('button', { name: /^(Save for offline|保存以离线阅读)$/ });
    if (await save.count()) await save.click();
    await expectSavedOffline(page, home);
  }
  await context.setOffline(true);
  const problems = watchForErrors(page);
  await gotoHydrated(page, '/zh-Hans');
  // The stories page's code was never loaded online: it comes from the Chinese copy.
  await page.getByRole('link', { name: '故事' }).first().click();
  await expect(page).toHaveURL(/\/zh-Hans\/stories$/);
  await expect(page.locator('h1')).toBeVisible();
  expect(problems()).toEqual([]);
});

test('Save-Data: nothing is saved on its own; the control saves at once and removes the copy', async ({ page }) => {
  test.setTimeout(90_000);
  await emulateConnection(page, { saveData: true, effectiveType: '4g' });
  await gotoHydrated(page, '/overview');
  await page.locator('main').getByRole('link', { name: 'Leadership Principles' }).first().click();
  await expect(page).toHaveURL(/\/leadership-principles$/);
  // The second page view would have saved the copy: it starts saving as soon as it is counted.
  await pageViewsCounted(page, 2);
  expect(await workers(page)).toEqual({});
  const control = await openOfflineControl(page);
  await expect(control).toContainText('Not saved for offline reading.');

  await control.getByRole('button', { name: 'Save for offline' }).click();
  await expectSavedOffline(page, '/');
  await expect(control).toContainText('Ready offline');
  expect((await cachedPaths(page)).length).toBeGreaterThan(100);

  await control.getByRole('button', { name: 'Remove offline copy' }).click();
  await expect(control).toContainText('Not saved for offline reading.');
  expect(await workers(page)).toEqual({});
  expect(await page.evaluate(() => caches.keys())).toEqual([]);
  // Removed means removed: later page views do not save it again on their own.
  await gotoHydrated(page, '/stories');
  await pageViewsCounted(page, 3);
  expect(await workers(page)).toEqual({});
});

/** Stops a server at once: kept-alive connections would still serve the old files. */
function stopServer(server: Server): Promise<void> {
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeAllConnections();
  return closed;
}

/** Which release a page is: its marker (none in A) and the main script it runs. */
function release(page: Page): Promise<{ marker: string | null; mainScript: string | undefined }> {
  return page.evaluate(() => ({
    marker: document.querySelector('meta[name="release"]')?.getAttribute('content') ?? null,
    mainScript: [...document.scripts]
      .map((script) => script.src.split('/').pop() ?? '')
      .find((name) => name.startsWith('main.')),
  }));
}

test('a new release reaches a reader with an offline copy at the next page, never mixed', async ({
  page,
  context,
}, testInfo) => {
  test.setTimeout(120_000);
  const port = 4180 + testInfo.parallelIndex;
  const origin = `http://localhost:${port}`;
  const next = nextRelease(BUILD_DIR, 'release B');
  const releaseA = readdirSync(path.join(BUILD_DIR, 'assets/js')).find((file) => file.startsWith('main.'));
  let server: Server = await serveStatic(BUILD_DIR, port);
  try {
    await gotoHydrated(page, `${origin}/overview`);
    await (await openOfflineControl(page)).getByRole('button', { name: 'Save for offline' }).click();
    await expectSavedOffline(page, '/');
    // The reader comes back another day: the page is under the copy's worker.
    await gotoHydrated(page, `${origin}/overview`);
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

    await stopServer(server);
    server = await serveStatic(next.dir, port);
    // The reader's tab still runs release A; the browser checks the worker (as it does on its own).
    await page.locator('main').getByRole('link', { name: 'Leadership Principles' }).first().click();
    await expect(page).toHaveURL(/\/leadership-principles$/);
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    const status = page.locator('nav [data-offline-control]').getByRole('status');
    await expect(status).toHaveText('The guide was updated: the new version opens with your next page.', {
      timeout: 60_000,
    });
    expect(await release(page)).toEqual({ marker: null, mainScript: releaseA });

    await page.locator('.navbar').getByRole('link', { name: 'Overview', exact: true }).click();
    await expect(page).toHaveURL(/\/overview$/);
    await expect.poll(() => release(page)).toEqual({ marker: 'release B', mainScript: next.mainScript });
    await expect(status).toContainText('Ready offline');
    // The copy is B's, whole, once B's worker takes over (at the latest when the reader's tabs
    // close): offline, the home page opens as B, and A's files are gone.
    await page.close();
    await expect.poll(() => newestWorkerActive(context), { timeout: 30_000 }).toBe(true);
    const nextDay = await context.newPage();
    await gotoHydrated(nextDay, `${origin}/overview`);
    await expect.poll(() => cachedPaths(nextDay)).not.toContain(`/assets/js/${releaseA}`);
    expect(await cachedPaths(nextDay)).toContain(`/assets/js/${next.mainScript}`);
    await expect(nextDay.locator('nav [data-offline-control]').getByRole('status')).toContainText('Ready offline');
    await context.setOffline(true);
    await gotoHydrated(nextDay, `${origin}/`);
    expect(await release(nextDay)).toEqual({ marker: 'release B', mainScript: next.mainScript });
  } finally {
    await stopServer(server);
    rmSync(next.dir, { recursive: true, force: true });
  }
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 412, height: 915 }, isMobile: true, hasTouch: true });

  test('the menu holds the control: it says how the copy stands and saves it', async ({ page }) => {
    test.setTimeout(60_000);
    await gotoHydrated(page, STORY);
    // The bar's right edge is search and the colour toggle; the control is in the menu.
    await expect(page.locator('nav [data-offline-control] summary')).toBeHidden();
    await page.getByRole('button', { name: 'Toggle navigation bar' }).tap();
    await page.getByRole('button', { name: '← Back to main menu' }).tap();
    const control = page.locator('.navbar-sidebar li[data-offline-control]');
    await expect(control.getByRole('status')).toHaveText('Not saved for offline reading.');
    await control.getByRole('button', { name: 'Save for offline' }).tap();
    await expectSavedOffline(page, '/');
    await expect(control.getByRole('status')).toContainText('Ready offline');
  });
});
