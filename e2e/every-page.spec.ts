/** Every URL of the production sitemap, in both locales: loads clean, hydrates, passes axe. */
import { test, expect } from '@playwright/test';
import { LOCALES, sitemapPaths, watchForErrors, gotoHydrated, expectNoAxeViolations } from './support/site';

for (const locale of LOCALES) {
  const paths = sitemapPaths(locale);

  test(`the ${locale} sitemap lists every part of the guide`, () => {
    const prefix = locale === 'en' ? '' : `/${locale}`;
    for (const route of [
      '/',
      '/overview',
      '/leadership-principles',
      '/breadth/devops',
      '/depth/big-data',
      '/stories/huron-data-platform',
      '/to-prepare',
    ]) {
      expect(paths).toContain(route === '/' ? `${prefix}/` : `${prefix}${route}`);
    }
  });

  for (const path of paths) {
    test(`${path} loads without errors and has no axe violations`, async ({ page }) => {
      const problems = watchForErrors(page);
      await gotoHydrated(page, path);
      await expect(page.locator('h1').first()).toBeVisible();
      await expectNoAxeViolations(page);
      expect(problems()).toEqual([]);
    });
  }
}
