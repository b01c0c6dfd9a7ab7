/**
 * Offline reading: after one online visit, the service workers precache the site, and a
 * story, the other language, a STAR section and search all work with the network off.
 */
import { test, expect } from './support/test';
import { gotoHydrated } from './support/site';

test.use({ withServiceWorker: true, serviceWorkers: 'allow' });

test('after one visit the site reads, switches language and searches offline', async ({ page, context }) => {
  test.setTimeout(90_000);
  await gotoHydrated(page, '/');
  // Both locales' workers installed and activated (their install precaches every page).
  await expect
    .poll(
      () =>
        page.evaluate(async () =>
          (await navigator.serviceWorker.getRegistrations()).map((r) => r.active?.state).sort(),
        ),
      {
        timeout: 60_000,
      },
    )
    .toEqual(['activated', 'activated']);
  const precached = await page.evaluate(async () => {
    const urls: string[] = [];
    for (const name of await caches.keys())
      for (const request of await (await caches.open(name)).keys()) urls.push(new URL(request.url).pathname);
    return urls;
  });
  expect(precached).toContain('/search-index.json');
  expect(precached).toContain('/zh-Hans/search-index.json');
  await page.reload();
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

  await context.setOffline(true);
  await gotoHydrated(page, '/stories/firstgroup-dynamodb-data-lake#action');
  await expect(page.locator('details[data-star-section="action"]')).toHaveAttribute('open', '');
  await expect(
    page.locator('details[data-star-section="action"]').getByText('Write Sharding', { exact: false }),
  ).toBeVisible();

  await expect(page.getByText('Create a dashboard app on AWS Quicksight')).toBeVisible();

  await page.getByRole('button', { name: 'English' }).hover();
  await page.getByRole('link', { name: '简体中文' }).click();
  await expect(page).toHaveURL(/\/zh-Hans\/stories\/firstgroup-dynamodb-data-lake/);
  await expect(page.getByRole('button', { name: '全部展开' })).toBeVisible();

  await page.locator('input.navbar__search-input').fill('单点测试');
  await expect(page.getByRole('listbox').getByRole('option').filter({ hasText: 'Capital One' }).first()).toBeVisible();

  await gotoHydrated(page, '/overview');
  await page.locator('input.navbar__search-input').fill('Lake Formation');
  await expect(page.getByRole('listbox').getByRole('option').filter({ hasText: 'Huron' }).first()).toBeVisible();
});
