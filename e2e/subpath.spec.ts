/**
 * The site built for a sub-path base URL (BASE_URL=/dla-prep/, as on GitHub Pages): every
 * sitemap URL loads with no broken request, every diagram link stays under the sub-path, and a
 * copied link keeps it.
 */
import { test, expect } from './support/test';
import { gotoHydrated, watchForErrors } from './support/site';
import { diagramLinksOnPage, expectLinkTargetExists, scriptsWithMermaid } from './support/diagrams';
import { SUBPATH, SUBPATH_BUILD_DIR, sitemapPathsIn } from './support/subpath';

test('no script of the sub-path build carries Mermaid’s runtime', () => {
  expect(scriptsWithMermaid(SUBPATH_BUILD_DIR)).toEqual([]);
});

for (const locale of ['', 'zh-Hans/']) {
  const paths = sitemapPathsIn(SUBPATH_BUILD_DIR, locale);

  test(`the ${locale || 'en/'} sub-path sitemap is under ${SUBPATH}`, () => {
    expect(paths.length).toBeGreaterThan(20);
    for (const path of paths) expect(path.startsWith(`${SUBPATH}${locale}`)).toBe(true);
  });

  test(`every ${locale || 'en/'} page loads under ${SUBPATH} with no broken request or diagram link`, async ({
    page,
    request,
  }) => {
    test.setTimeout(180_000);
    const problems = watchForErrors(page);
    const checked = new Set<string>();
    for (const path of paths) {
      await gotoHydrated(page, path);
      for (const href of await diagramLinksOnPage(page)) {
        expect(href.startsWith(`${SUBPATH}${locale}`), `diagram link ${href} on ${path}`).toBe(true);
        if (!checked.has(href)) await expectLinkTargetExists(request, href, path);
        checked.add(href);
      }
    }
    expect(checked.size).toBeGreaterThan(10);
    expect(problems()).toEqual([]);
  });
}

test(`a copied section link is the serving origin, ${SUBPATH} and the fragment`, async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const story = `${SUBPATH}stories/huron-data-platform`;
  await gotoHydrated(page, story);
  await page.getByRole('button', { name: 'Copy link to Result' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}${story}#result`);
});
