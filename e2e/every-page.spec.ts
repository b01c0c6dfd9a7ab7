/**
 * Every page of the production build (every HTML file, the 404 page included), in both locales:
 * loads clean, hydrates, has unique ids and passes axe (WCAG 2.2 AA) in light and dark mode.
 * The sitemap lists exactly these pages. (The JavaScript budget: budget.spec.ts.)
 */
import { test, expect } from './support/test';
import type { Page } from '@playwright/test';
import {
  LOCALES,
  builtPagePaths,
  expectNoAxeViolations,
  gotoHydrated,
  sitemapPaths,
  watchForErrors,
} from './support/site';
import { allDiagramSvgs, shownDiagramSvgs } from './support/diagrams';

/** Ids used twice on the page, and `url(#…)` or `href="#…"` references inside drawings that resolve to nothing. */
function idProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const ids = [...document.querySelectorAll('[id]')].map((element) => element.id);
    const duplicates = ids.filter((id, index) => ids.indexOf(id) !== index).map((id) => `duplicate id "${id}"`);
    const unresolved = [...document.querySelectorAll('svg *')].flatMap((element) =>
      [...element.attributes]
        .flatMap((attribute) =>
          /href$/.test(attribute.name)
            ? [/^#(.+)$/.exec(attribute.value)?.[1]].filter((id) => id !== undefined)
            : [...attribute.value.matchAll(/url\(#([^)]+)\)/g)].map((match) => match[1]),
        )
        .filter((id) => !document.getElementById(id))
        .map((id) => `unresolved reference #${id}`),
    );
    return [...duplicates, ...unresolved];
  });
}

for (const locale of LOCALES) {
  const paths = builtPagePaths(locale);

  test(`the ${locale} sitemap lists every built page but the 404 page, and every part of the guide`, () => {
    expect(paths.length).toBeGreaterThan(50);
    const notFound = locale === 'en' ? '/404' : `/${locale}/404`;
    expect(paths).toContain(notFound);
    expect(sitemapPaths(locale).sort()).toEqual(paths.filter((url) => url !== notFound));
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
      expect(sitemapPaths(locale)).toContain(route === '/' ? `${prefix}/` : `${prefix}${route}`);
    }
  });

  for (const url of paths) {
    test(`${url} loads clean, has unique ids and passes axe in light and dark mode`, async ({ page }) => {
      const problems = watchForErrors(page);
      await gotoHydrated(page, url);
      await expect(page.locator('h1').first()).toBeVisible();
      expect(await idProblems(page)).toEqual([]);
      // Open the STAR sections (closed <details> content is not checked by axe).
      const expandAll = page.getByRole('button', { name: /^(Expand all|全部展开)$/ });
      if (await expandAll.count()) await expandAll.click();
      const diagrams = (await allDiagramSvgs(page).count()) / 2;
      await expect(shownDiagramSvgs(page)).toHaveCount(diagrams);
      await expectNoAxeViolations(page);

      await page.emulateMedia({ colorScheme: 'dark' });
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
      await expect(shownDiagramSvgs(page)).toHaveCount(diagrams);
      if (diagrams) await expect(page.locator('[data-diagram-svg="dark"] > svg').first()).toBeVisible();
      // Judge the settled colours, not a button caught halfway through its colour transition.
      await page.waitForFunction(() =>
        document.getAnimations().every((animation) => animation.playState !== 'running'),
      );
      await expectNoAxeViolations(page);
      expect(problems()).toEqual([]);
    });
  }
}
