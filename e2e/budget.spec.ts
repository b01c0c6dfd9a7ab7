/**
 * The JavaScript budget, in real bytes, on every built page of both locales, as a reader gets
 * it: the service worker on, every script the page loads (inline ones included, gzip), before
 * and after a first focus of the search box, which loads the search code. No script may come
 * from another origin. Budgets live in performance-budget.json and only go down.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { test, expect } from './support/test';
import { BUILD_DIR, LOCALES, builtPagePaths, gotoHydrated } from './support/site';
import { allDiagramSvgs } from './support/diagrams';

const BUDGET = JSON.parse(readFileSync(path.resolve(__dirname, '../performance-budget.json'), 'utf8')) as {
  gzipJavaScriptKB: { pageWithoutDiagram: number; pageWithDiagram: number };
};

const fileSizes = new Map<string, number>();
/** Gzip size of a built file, by its site path. */
function gzipBytesOf(pathname: string): number {
  if (!fileSizes.has(pathname)) fileSizes.set(pathname, gzipSync(readFileSync(path.join(BUILD_DIR, pathname))).length);
  return fileSizes.get(pathname)!;
}

test.use({ withServiceWorker: true });

for (const locale of LOCALES) {
  test(`every ${locale} page keeps to the JavaScript budget with the service worker and search code`, async ({
    context,
    baseURL,
  }) => {
    test.setTimeout(360_000);
    const pages = builtPagePaths(locale);
    expect(pages.length).toBeGreaterThan(50);
    const origin = new URL(baseURL!).origin;
    const foreign: string[] = [];
    const overBudget: string[] = [];
    let registeredWorker = false;
    for (const url of pages) {
      const page = await context.newPage();
      const scripts = new Set<string>();
      const pending = new Set<unknown>();
      let searchIndexRequested = false;
      // Worker requests (the search worker's code and index) are reported on the page too.
      page.on('request', (request) => {
        pending.add(request);
        const target = new URL(request.url());
        searchIndexRequested ||= /\/search-index[^/]*\.json$/.test(target.pathname);
        if (request.resourceType() !== 'script' && !target.pathname.endsWith('.js')) return;
        if (target.origin === origin) scripts.add(target.pathname);
        else foreign.push(`${target.href} on ${url}`);
      });
      page.on('requestfinished', (request) => pending.delete(request));
      page.on('requestfailed', (request) => pending.delete(request));
      await gotoHydrated(page, url);
      await page.waitForLoadState('networkidle');
      // A first search: focusing the box starts the search worker, which loads its code and the index.
      await page.locator('input.navbar__search-input').focus();
      await expect.poll(() => searchIndexRequested, `${url} loads the search index`).toBe(true);
      await expect.poll(() => pending.size).toBe(0);
      registeredWorker ||= await page.evaluate(
        async () => (await navigator.serviceWorker.getRegistrations()).length > 0,
      );
      const inline = await page.evaluate(() =>
        [...document.querySelectorAll('script:not([src])')].map((script) => script.textContent ?? ''),
      );
      const bytes =
        [...scripts].reduce((sum, script) => sum + gzipBytesOf(script), 0) +
        inline.reduce((sum, text) => sum + gzipSync(text).length, 0);
      const diagrams = await allDiagramSvgs(page).count();
      const budget = diagrams ? BUDGET.gzipJavaScriptKB.pageWithDiagram : BUDGET.gzipJavaScriptKB.pageWithoutDiagram;
      if (bytes / 1024 > budget) overBudget.push(`${url}: ${(bytes / 1024).toFixed(1)} KB > ${budget} KB`);
      await page.close();
    }
    expect(registeredWorker, 'the service worker registers, as for a reader').toBe(true);
    expect(foreign, 'scripts from another origin').toEqual([]);
    expect(overBudget, 'gzip JavaScript over budget (performance-budget.json)').toEqual([]);
  });
}
