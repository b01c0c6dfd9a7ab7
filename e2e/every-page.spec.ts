/**
 * Every URL of the production sitemap, in both locales: loads clean, hydrates, passes axe
 * (WCAG 2.2 AA) in light and dark mode, and stays within the JavaScript budget.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { test, expect } from './support/test';
import type { Page } from '@playwright/test';
import { BUILD_DIR, LOCALES, sitemapPaths, watchForErrors, gotoHydrated, expectNoAxeViolations } from './support/site';
import { renderedDiagrams } from './support/diagrams';

const BUDGET = JSON.parse(readFileSync(path.resolve(__dirname, '../performance-budget.json'), 'utf8')) as {
  gzipJavaScriptKB: { pageWithoutDiagram: number; pageWithDiagram: number };
};

const gzipSizes = new Map<string, { bytes: number; mermaid: boolean }>();
function scriptInfo(pathname: string) {
  if (!gzipSizes.has(pathname)) {
    const source = readFileSync(path.join(BUILD_DIR, pathname));
    gzipSizes.set(pathname, { bytes: gzipSync(source).length, mermaid: /mermaidAPI|langium/.test(source.toString()) });
  }
  return gzipSizes.get(pathname)!;
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
      // Open the STAR sections (closed <details> content is not rendered) and render every diagram.
      const diagrams = (await renderedDiagrams(page)).length;
      const svgs = page.locator('figure[data-diagram-key] [role="region"] .docusaurus-mermaid-container > svg');
      if (diagrams) await expect(svgs).toHaveCount(diagrams);
      await expectNoAxeViolations(page);

      await page.emulateMedia({ colorScheme: 'dark' });
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
      if (diagrams) await expect(svgs).toHaveCount(diagrams);
      // Judge the settled colours, not a button caught halfway through its colour transition.
      await page.waitForFunction(() =>
        document.getAnimations().every((animation) => animation.playState !== 'running'),
      );
      await expectNoAxeViolations(page);
      expect(problems()).toEqual([]);

      await page.waitForLoadState('networkidle');
      const loaded = [...scripts].map(scriptInfo);
      const kb = loaded.reduce((sum, script) => sum + script.bytes, 0) / 1024;
      const budget = diagrams ? BUDGET.gzipJavaScriptKB.pageWithDiagram : BUDGET.gzipJavaScriptKB.pageWithoutDiagram;
      expect(kb, `gzip JS of ${url} (KB), budget in performance-budget.json`).toBeLessThanOrEqual(budget);
      if (!diagrams)
        expect(
          loaded.some((script) => script.mermaid),
          `${url} has no diagram but loads mermaid`,
        ).toBe(false);
    });
  }
}
