/**
 * Every page of the production build (every HTML file, the 404 page included), in both locales,
 * visited in a reader's tab (service worker on, both languages saved for offline reading): loads
 * clean and within the Content-Security-Policy (support/test.ts reports any violation as a
 * console error), hydrates, has unique ids, passes axe (WCAG 2.2 AA) in light mode and its colour
 * rules in dark mode, has its file and every script it ran in the offline copy, and keeps to the
 * JavaScript budget in real bytes: every script the page loads, inline ones included, and those
 * a first focus of the search box adds (the search worker's, the same on every page of a locale:
 * measured once per locale), gzip, none from another origin. One page of each kind is then opened offline from the copy. The sitemap lists
 * exactly these pages.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { test, expect, policyViolationsOf } from './support/test';
import type { Page } from '@playwright/test';
import {
  BUILD_DIR,
  LOCALES,
  animationsSettled,
  axeViolations,
  builtFileOf,
  builtPagePaths,
  expectNoAxeViolations,
  gotoHydrated,
  pageKinds,
  sitemapPaths,
  watchForErrors,
} from './support/site';
import { allDiagramSvgs, drawingsAreDark, shownDiagramSvgs } from './support/diagrams';
import { expectSavedOffline, openOfflineControl } from './support/offline';

const BUDGET = JSON.parse(readFileSync(path.resolve(__dirname, '../performance-budget.json'), 'utf8')) as {
  gzipJavaScriptKB: { pageWithoutDiagram: number; pageWithDiagram: number };
};

/** Opens a story's STAR sections, if it has them, and waits for its `diagrams` drawings to show. */
async function openSections(page: Page, diagrams: number): Promise<void> {
  const expandAll = page.getByRole('button', { name: /^(Expand all|全部展开)$/ });
  if (await expandAll.count()) await expandAll.click();
  await expect(shownDiagramSvgs(page)).toHaveCount(diagrams);
}

const PHONE = { width: 360, height: 780 };

/**
 * What scrolls sideways on the page as it is laid out now: the page itself, or an element that is
 * not a labelled region (a wide table may scroll in its own region, named for screen readers).
 */
function hiddenSidewaysScrolling(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const page = document.documentElement;
    if (page.scrollWidth > innerWidth + 1) problems.push(`the page is ${page.scrollWidth} px wide`);
    for (const element of document.querySelectorAll<HTMLElement>('body *')) {
      if (!['auto', 'scroll'].includes(getComputedStyle(element).overflowX)) continue;
      if (element.scrollWidth <= element.clientWidth + 1) continue;
      const labelled = element.getAttribute('aria-label') ?? element.getAttribute('aria-labelledby');
      if (element.getAttribute('role') === 'region' && labelled) continue;
      problems.push(`<${element.tagName.toLowerCase()} class="${element.className}"> scrolls sideways`);
    }
    return problems;
  });
}

const fileSizes = new Map<string, number>();
/** Gzip size of a built file, by its site path. */
function gzipBytesOf(pathname: string): number {
  if (!fileSizes.has(pathname)) fileSizes.set(pathname, gzipSync(readFileSync(path.join(BUILD_DIR, pathname))).length);
  return fileSizes.get(pathname)!;
}

/**
 * Records the scripts a page requests (its own and its workers'), those from another origin,
 * whether the search index was asked for, and which requests (images aside) are still open.
 */
function watchRequests(page: Page, origin: string) {
  const seen = {
    scripts: new Set<string>(),
    foreign: [] as string[],
    searchIndex: false,
    open: new Map<unknown, string>(),
  };
  page.on('request', (request) => {
    // Images are left out: Playwright reports an image the page shows twice (the logo) as never
    // finishing when the offline copy serves it, and no image holds scripts or changes the page.
    if (request.resourceType() !== 'image') seen.open.set(request, `${request.resourceType()} ${request.url()}`);
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

test('the sweep’s axe run finds a planted violation in each colour mode', async ({ page }) => {
  await gotoHydrated(page, '/overview');
  await page.evaluate(() => {
    document
      .querySelector('main p')!
      .insertAdjacentHTML(
        'beforeend',
        '<img src="/img/logo.svg"><span style="color:#777;background:#888">faint</span>',
      );
  });
  const light = await axeViolations(page);
  expect(light).toContainEqual(expect.stringMatching(/^image-alt:/));
  expect(light).toContainEqual(expect.stringMatching(/^color-contrast:/));
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await axeViolations(page, 'colours')).toEqual([expect.stringMatching(/^color-contrast:/)]);
});

/**
 * The scripts a first search adds (the search bar's worker, its code), per locale: the same on
 * every page of the locale, so measured once, on its home page, and counted into each page's budget.
 */
const searchScripts = new Map<string, string[]>();

test('the site’s stylesheets, which every page shares, lock no orientation; a planted lock is found', async ({
  page,
}) => {
  await gotoHydrated(page, '/overview');
  await expectNoAxeViolations(page, 'stylesheets');
  await page.evaluate(() =>
    document.head.insertAdjacentHTML(
      'beforeend',
      '<style>@media (orientation: portrait) { main { transform: rotate(90deg); } }</style>',
    ),
  );
  expect(await axeViolations(page, 'stylesheets')).toEqual([expect.stringMatching(/^css-orientation-lock:/)]);
});

// The reader saved both languages for offline reading: each page is checked again offline.
test.beforeAll(async ({ readerPage: page, baseURL }) => {
  for (const home of ['/', '/zh-Hans/']) {
    await gotoHydrated(page, home);
    const save = (await openOfflineControl(page)).getByRole('button', { name: /^(Save for offline|保存以离线阅读)$/ });
    if (await save.count()) await save.click();
    await expectSavedOffline(page, home);
  }
  for (const locale of LOCALES) {
    await gotoHydrated(page, locale === 'en' ? '/' : `/${locale}/`);
    const requests = watchRequests(page, new URL(baseURL!).origin);
    try {
      // Focusing the box starts the search worker, which loads its code and the index.
      await page.locator('input.navbar__search-input').focus();
      await expect.poll(() => requests.searchIndex, { intervals: [50] }).toBe(true);
      await expect.poll(() => [...requests.open.values()], { intervals: [50] }).toEqual([]);
      expect(requests.scripts.size, `scripts of a first search (${locale})`).toBeGreaterThan(0);
      searchScripts.set(locale, [...requests.scripts]);
    } finally {
      page.removeAllListeners();
    }
  }
  expect(policyViolationsOf(page.context()), 'Content-Security-Policy violations').toEqual([]);
});

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
    test(`${url} loads clean and within its policy, has unique ids, passes axe in light and dark mode, is in the offline copy, keeps to the JS budget`, async ({
      readerPage: page,
      baseURL,
      viewport,
    }) => {
      // Reduced motion: no colour transitions to wait out before axe judges the colours.
      await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
      const problems = watchForErrors(page);
      const requests = watchRequests(page, new URL(baseURL!).origin);
      try {
        await gotoHydrated(page, url);
        expect(await page.evaluate(() => 'serviceWorker' in navigator), 'the service worker is on').toBe(true);
        await expect.poll(() => [...requests.open.values()], { intervals: [50] }).toEqual([]);
        await expect(page.locator('h1').first()).toBeVisible();
        expect(await idProblems(page)).toEqual([]);
        const diagrams = await allDiagramSvgs(page).count();

        // Open the STAR sections (closed <details> content is not checked by axe).
        await openSections(page, diagrams);
        await expectNoAxeViolations(page);

        // Dark mode: the colour rules again.
        await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
        await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
        if (diagrams) expect(await drawingsAreDark(page)).toEqual(Array(diagrams).fill(true));
        // Judge the settled colours, not a button caught halfway through its colour transition.
        await animationsSettled(page);
        await expectNoAxeViolations(page, 'colours');

        // The budget: the page's scripts and a first search's (measured once per locale, above).
        await expect.poll(() => [...requests.open.values()], { intervals: [50] }).toEqual([]);
        const scripts = new Set([...requests.scripts, ...searchScripts.get(locale)!]);
        const inline = await page.evaluate(() =>
          [...document.querySelectorAll('script:not([src])')].map((script) => script.textContent ?? ''),
        );
        const kb =
          ([...scripts].reduce((sum, script) => sum + gzipBytesOf(script), 0) +
            inline.reduce((sum, text) => sum + gzipSync(text).length, 0)) /
          1024;
        const budget = diagrams ? BUDGET.gzipJavaScriptKB.pageWithDiagram : BUDGET.gzipJavaScriptKB.pageWithoutDiagram;
        expect(kb, `gzip JS of ${url} (KB), budget in performance-budget.json`).toBeLessThanOrEqual(budget);
        // The main bundle alone is over 140 KB: less means scripts went uncounted.
        expect(kb, `gzip JS of ${url} (KB) as counted`).toBeGreaterThan(140);
        expect(requests.foreign, 'scripts from another origin').toEqual([]);

        // Offline, this page opens from the saved copy: its file and every script it ran are in it
        // (how the worker serves them is checked once per kind of page, below).
        const missing = await page.evaluate(
          async (files) => {
            const absent: string[] = [];
            for (const file of files) if (!(await caches.match(file, { ignoreSearch: true }))) absent.push(file);
            return absent;
          },
          [builtFileOf(url), ...scripts],
        );
        expect(missing, 'files of the page missing from the offline copy').toEqual([]);

        // On a 360 px phone nothing scrolls sideways out of sight, but in a labelled region.
        await page.setViewportSize(PHONE);
        expect(await hiddenSidewaysScrolling(page)).toEqual([]);

        expect(problems()).toEqual([]);
        expect(policyViolationsOf(page.context()), 'Content-Security-Policy violations').toEqual([]);
      } finally {
        await page.setViewportSize(viewport!);
        page.removeAllListeners();
      }
    });
  }

  for (const [kind, url] of pageKinds(locale)) {
    test(`offline, ${url} (${kind}) opens from the saved copy, hydrated, in dark mode, its sections and drawings shown`, async ({
      readerPage: page,
    }) => {
      const problems = watchForErrors(page);
      try {
        await page.emulateMedia({ colorScheme: 'dark' });
        await gotoHydrated(page, url);
        const diagrams = await allDiagramSvgs(page).count();
        await page.context().setOffline(true);
        expect((await page.reload())?.fromServiceWorker(), 'the page comes from the offline copy').toBe(true);
        await expect(page.locator('html[data-has-hydrated="true"]')).toHaveCount(1);
        await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
        await openSections(page, diagrams);
        if (diagrams) expect(await drawingsAreDark(page)).toEqual(Array(diagrams).fill(true));
        expect(problems()).toEqual([]);
        expect(policyViolationsOf(page.context()), 'Content-Security-Policy violations').toEqual([]);
      } finally {
        await page.context().setOffline(false);
        page.removeAllListeners();
      }
    });
  }
}
