/**
 * Every URL of the production sitemap, in both locales: loads clean, hydrates, has unique ids,
 * passes axe (WCAG 2.2 AA) in light and dark mode, and stays within the JavaScript budget.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { test, expect } from './support/test';
import type { Page } from '@playwright/test';
import { BUILD_DIR, LOCALES, sitemapPaths, watchForErrors, gotoHydrated, expectNoAxeViolations } from './support/site';
import { allDiagramSvgs, shownDiagramSvgs } from './support/diagrams';

const BUDGET = JSON.parse(readFileSync(path.resolve(__dirname, '../performance-budget.json'), 'utf8')) as {
  gzipJavaScriptKB: { pageWithoutDiagram: number; pageWithDiagram: number };
};

const gzipSizes = new Map<string, number>();
function gzipBytes(pathname: string): number {
  if (!gzipSizes.has(pathname)) gzipSizes.set(pathname, gzipSync(readFileSync(path.join(BUILD_DIR, pathname))).length);
  return gzipSizes.get(pathname)!;
}

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

function watchScripts(page: Page): Set<string> {
  const scripts = new Set<string>();
  page.on('response', (response) => {
    const url = new URL(response.url());
    if (url.pathname.endsWith('.js') && url.host === new URL(page.url() || response.url()).host)
      scripts.add(url.pathname);
  });
  return scripts;
}

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

  for (const url of paths) {
    test(`${url} loads clean, passes axe in light and dark mode, and keeps to the JS budget`, async ({ page }) => {
      const problems = watchForErrors(page);
      const scripts = watchScripts(page);
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

      await page.waitForLoadState('networkidle');
      const kb = [...scripts].map(gzipBytes).reduce((sum, bytes) => sum + bytes, 0) / 1024;
      const budget = diagrams ? BUDGET.gzipJavaScriptKB.pageWithDiagram : BUDGET.gzipJavaScriptKB.pageWithoutDiagram;
      expect(kb, `gzip JS of ${url} (KB), budget in performance-budget.json`).toBeLessThanOrEqual(budget);
    });
  }
}
