/**
 * Every page of the production build (every HTML file, the 404 page included), in both locales,
 * visited in a reader's tab (service worker on): loads clean, hydrates, has unique ids, passes
 * axe (WCAG 2.2 AA) in light mode and its colour rules in dark mode, and keeps to the
 * JavaScript budget in real bytes: every script the page loads, inline ones included, before
 * and after a first focus of the search box (which starts the search worker), gzip, none from
 * another origin. The sitemap lists exactly these pages.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { test, expect } from './support/test';
import type { Page } from '@playwright/test';
import {
  BUILD_DIR,
  LOCALES,
  builtPagePaths,
  expectNoAxeViolations,
  gotoHydrated,
  sitemapPaths,
  watchForErrors,
} from './support/site';
import { allDiagramSvgs, shownDiagramSvgs } from './support/diagrams';

const BUDGET = JSON.parse(readFileSync(path.resolve(__dirname, '../performance-budget.json'), 'utf8')) as {
  gzipJavaScriptKB: { pageWithoutDiagram: number; pageWithDiagram: number };
};

const fileSizes = new Map<string, number>();
/** Gzip size of a built file, by its site path. */
function gzipBytesOf(pathname: string): number {
  if (!fileSizes.has(pathname)) fileSizes.set(pathname, gzipSync(readFileSync(path.join(BUILD_DIR, pathname))).length);
  return fileSizes.get(pathname)!;
}

/**
 * Records the scripts a page requests (its own and its workers'), those from another origin,
 * whether the search index was asked for, and how many requests are still open.
 */
function watchRequests(page: Page, origin: string) {
  const seen = { scripts: new Set<string>(), foreign: [] as string[], searchIndex: false, open: new Set<unknown>() };
  page.on('request', (request) => {
    seen.open.add(request);
    const target = new URL(request.url());
    seen.searchIndex ||= /\/search-index[^/]*\.json$/.test(target.pathname);
    if (request.resourceType() !== 'script' && !target.pathname.endsWith('.js')) return;
    if (target.origin === origin) seen.scripts.add(target.pathname);
    else seen.foreign.push(target.href);
  });
  page.on('requestfinished', (request) => seen.open.delete(request));
  page.on('requestfailed', (request) => seen.open.delete(request));
  return seen;
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
    test(`${url} loads clean, has unique ids, passes axe in light and dark mode, keeps to the JS budget`, async ({
      readerPage: page,
      baseURL,
    }) => {
      await page.emulateMedia({ colorScheme: 'light' });
      const problems = watchForErrors(page);
      const requests = watchRequests(page, new URL(baseURL!).origin);
      try {
        await gotoHydrated(page, url);
        expect(await page.evaluate(() => 'serviceWorker' in navigator), 'the service worker is on').toBe(true);
        await page.waitForLoadState('networkidle');
        await expect(page.locator('h1').first()).toBeVisible();
        expect(await idProblems(page)).toEqual([]);
        const diagrams = (await allDiagramSvgs(page).count()) / 2;

        // Open the STAR sections (closed <details> content is not checked by axe).
        const expandAll = page.getByRole('button', { name: /^(Expand all|全部展开)$/ });
        if (await expandAll.count()) await expandAll.click();
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
        await expectNoAxeViolations(page, 'colours');

        // The budget, after a first search: focusing the box starts the search worker, which loads
        // its code and the index (axe ran first: the search box's combobox state changes on focus).: focusing the box starts the search worker, which loads its code and the index.
        await page.locator('input.navbar__search-input').focus();
        await expect.poll(() => requests.searchIndex, { intervals: [50] }).toBe(true);
        await expect.poll(() => requests.open.size, { intervals: [50] }).toBe(0);
        const inline = await page.evaluate(() =>
          [...document.querySelectorAll('script:not([src])')].map((script) => script.textContent ?? ''),
        );
        const kb =
          ([...requests.scripts].reduce((sum, script) => sum + gzipBytesOf(script), 0) +
            inline.reduce((sum, text) => sum + gzipSync(text).length, 0)) /
          1024;
        const budget = diagrams ? BUDGET.gzipJavaScriptKB.pageWithDiagram : BUDGET.gzipJavaScriptKB.pageWithoutDiagram;
        expect(kb, `gzip JS of ${url} (KB), budget in performance-budget.json`).toBeLessThanOrEqual(budget);
        // The main bundle alone is over 150 KB: less means scripts went uncounted.
        expect(kb, `gzip JS of ${url} (KB) as counted`).toBeGreaterThan(150);
        expect(requests.foreign, 'scripts from another origin').toEqual([]);

        expect(problems()).toEqual([]);
      } finally {
        page.removeAllListeners();
      }
    });
  }
}
