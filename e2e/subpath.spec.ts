/**
 * The site built for a sub-path base URL (BASE_URL=/dla-prep/, as on GitHub Pages). Every page's
 * HTML refers to the site's own files and pages under the sub-path only, each of which exists in
 * the build, and every node link of its drawings points under the sub-path to a page (and
 * anchor) that exists. What only a browser shows (the scripts a page loads as it hydrates, a
 * drawing's links as read in the page) is checked on one page of each kind,
 * which loads with no broken request; a copied link keeps the sub-path.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { load } from 'cheerio';
import { test, expect } from './support/test';
import { LOCALES, builtFileOf, builtPagePaths, gotoHydrated, pageKinds, watchForErrors } from './support/site';
import { diagramLinksOnPage, expectLinkTargetExists, scriptsWithMermaid } from './support/diagrams';
import { SUBPATH, SUBPATH_BUILD_DIR, missingBuiltTarget, sitemapPathsIn } from './support/subpath';
import { DIAGRAM_SVG } from '../src/lib/pageMarkers';

test('no script of the sub-path build carries Mermaid’s runtime', () => {
  expect(scriptsWithMermaid(SUBPATH_BUILD_DIR)).toEqual([]);
});

for (const locale of LOCALES) {
  const prefix = locale === 'en' ? '' : `${locale}/`;
  const pages = builtPagePaths(locale, SUBPATH_BUILD_DIR);

  test(`every ${locale} page of the sub-path build refers under ${SUBPATH} to files and pages that exist, its drawings' links included`, () => {
    const sitemap = sitemapPathsIn(SUBPATH_BUILD_DIR, prefix);
    expect(sitemap.length).toBeGreaterThan(20);
    for (const url of sitemap) expect(url.startsWith(`${SUBPATH}${prefix}`), url).toBe(true);

    // Collected, then compared once: thousands of references, each a few checks.
    const problems: string[] = [];
    let references = 0;
    let drawingLinks = 0;
    for (const url of pages) {
      const $ = load(readFileSync(path.join(SUBPATH_BUILD_DIR, builtFileOf(url)), 'utf8'));
      const drawingLinkElements = new Set($(`${DIAGRAM_SVG} svg a`).toArray());
      for (const element of $('[href], [src], [xlink\\:href]').toArray()) {
        for (const name of ['href', 'src', 'xlink:href']) {
          const reference = element.attribs[name];
          // Another origin, a fragment, `data:` or `mailto:` is not the site's own file.
          if (!reference?.startsWith('/') || reference.startsWith('//')) continue;
          references++;
          const where = `${name}="${reference}" on ${SUBPATH}${url.slice(1)}`;
          const isDrawingLink = drawingLinkElements.has(element);
          if (isDrawingLink) drawingLinks++;
          const under = isDrawingLink ? `${SUBPATH}${prefix}` : SUBPATH;
          if (!reference.startsWith(under)) problems.push(`${where}: not under ${under}`);
          else {
            // A drawing's link is a reader's way on, so its anchor must be on the page too.
            const missing = missingBuiltTarget(reference, { withAnchor: isDrawingLink });
            if (missing) problems.push(`${where}: ${missing}`);
          }
        }
      }
    }
    expect(problems).toEqual([]);
    expect(references).toBeGreaterThan(pages.length * 10);
    expect(drawingLinks).toBeGreaterThan(50);
  });

  for (const [kind, url] of pageKinds(locale, SUBPATH_BUILD_DIR)) {
    const pageUrl = `${SUBPATH}${url.slice(1)}`;
    test(`${pageUrl} (${kind}) loads under ${SUBPATH} with no broken request, and its drawings' links open`, async ({
      page,
      request,
    }) => {
      const problems = watchForErrors(page);
      await gotoHydrated(page, pageUrl);
      const links = await diagramLinksOnPage(page);
      if (kind.includes('drawings')) expect(links.length, 'node links in the drawings').toBeGreaterThan(0);
      for (const href of new Set(links)) {
        expect(href.startsWith(`${SUBPATH}${prefix}`), `diagram link ${href}`).toBe(true);
        await expectLinkTargetExists(request, href, pageUrl);
      }
      expect(problems()).toEqual([]);
    });
  }
}

test(`a copied section link is the serving origin, ${SUBPATH} and the fragment`, async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const story = `${SUBPATH}stories/huron-data-platform`;
  await gotoHydrated(page, story);
  await page.getByRole('button', { name: 'Copy link to Result' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}${story}#result`);
});

test(`a link with notes keeps ${SUBPATH}, and opens with its notes beside their section`, async ({
  page,
  context,
  baseURL,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const story = `${SUBPATH}stories/huron-data-platform`;
  await gotoHydrated(page, story);
  await page.getByRole('button', { name: 'Add note to Result' }).click();
  await page.getByRole('textbox', { name: 'Note on Result' }).fill('A number, please.');
  await page.getByRole('button', { name: 'Save note' }).click();
  await page.getByRole('button', { name: 'Copy link with notes' }).click();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(new RegExp(`^${baseURL}${story}#notes=1\\.`));
  await page.evaluate(() => localStorage.clear());
  await page.goto('about:blank');
  await gotoHydrated(page, link);
  await expect(page.locator('[data-notes="result"] [data-note="received"] p')).toHaveText('A number, please.');
});
