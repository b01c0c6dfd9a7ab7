/**
 * The code of the pages a page links to is prefetched in idle time, a few pages at a time
 * (src/clientModules/idlePrefetch.ts), not all at once as the links come into view: the
 * prefetches of a sidebar's links were one long task of a phone's main thread.
 */
import { test, expect } from './support/test';
import { gotoHydrated } from './support/site';

const prefetchLinks = () => document.querySelectorAll('link[rel="prefetch"]').length;

test('the pages a page links to are prefetched, in idle time and not at once', async ({ page }) => {
  await gotoHydrated(page, '/breadth/data-engineering');
  // The visible links' pages (the sidebar's, the navbar's) are prefetched: the queue drains.
  let drained = 0;
  await expect
    .poll(
      async () => {
        const count = await page.evaluate(prefetchLinks);
        const settled = count > 0 && count === drained;
        drained = count;
        return settled;
      },
      { intervals: [500] },
    )
    .toBe(true);

  // A page no link of this one leads to (a tag the page does not carry): asked for now, prefetched
  // only once the browser is idle.
  const route = '/tags/aws/glue';
  const addedAtOnce = await page.evaluate(
    ([prefetch, path]) => {
      const count = () => document.querySelectorAll(prefetch).length;
      const before = count();
      (window as unknown as { docusaurus: { prefetch(path: string): unknown } }).docusaurus.prefetch(path);
      return count() - before;
    },
    ['link[rel="prefetch"]', route] as const,
  );
  expect(addedAtOnce, 'prefetch links added at once').toBe(0);
  await expect.poll(() => page.evaluate(prefetchLinks)).toBeGreaterThan(drained);

  // A prefetched page opens from its link as before.
  await page.getByRole('main').getByRole('link', { name: 'Amazon Athena' }).click();
  await expect(page).toHaveURL(/\/tags\/aws\/athena$/);
  await expect(page.locator('h1')).toContainText('Amazon Athena');
});
