/**
 * The `test` every spec uses: pages behave like a browser without service workers, unless a
 * test opts in (`test.use({ withServiceWorker: true })`). Otherwise a test's second page view
 * would save the offline copy of its language, and Playwright's own `serviceWorkers: 'block'` makes the PWA plugin log an
 * error that no real browser produces.
 *
 * `readerPage` is one page per worker, kept across tests, as a reader's tab is: the service
 * worker on, installed once, the HTTP cache warm. The page sweep uses it.
 */
import { test as base, type Page } from '@playwright/test';

export const test = base.extend<{ withServiceWorker: boolean }, { readerPage: Page }>({
  readerPage: [
    async ({ browser }, use, workerInfo) => {
      const { baseURL, viewport, userAgent, deviceScaleFactor, isMobile, hasTouch } = workerInfo.project.use;
      const context = await browser.newContext({ baseURL, viewport, userAgent, deviceScaleFactor, isMobile, hasTouch });
      await use(await context.newPage());
      await context.close();
    },
    { scope: 'worker' },
  ],
  withServiceWorker: [false, { option: true }],
  page: async ({ page, withServiceWorker }, use) => {
    if (!withServiceWorker) {
      await page.addInitScript(() => {
        delete (Navigator.prototype as { serviceWorker?: unknown }).serviceWorker;
      });
    }
    await use(page);
  },
});

export { expect } from '@playwright/test';
