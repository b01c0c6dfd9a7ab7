/**
 * The `test` every spec uses: pages behave like a browser without service workers, unless a
 * test opts in (`test.use({ withServiceWorker: true })`). Otherwise every test would precache
 * the whole site, and Playwright's own `serviceWorkers: 'block'` makes the PWA plugin log an
 * error that no real browser produces.
 */
import { test as base } from '@playwright/test';

export const test = base.extend<{ withServiceWorker: boolean }>({
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
