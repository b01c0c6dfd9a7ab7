/**
 * The site built for a sub-path base URL (BASE_URL=/dla-prep/, as on GitHub Pages): every
 * sitemap URL loads with no broken request, every diagram link stays under the sub-path, and a
 * copied link keeps it.
 */
import { test, expect } from './support/test';
import { gotoHydrated, watchForErrors } from './support/site';
import { diagramLinksOnPage, expectLinkTargetExists, scriptsWithMermaid } from './support/diagrams';
import { SUBPATH, SUBPATH_BUILD_DIR, diagramLinksInBuild, sitemapPathsIn } from './support/subpath';

test('no script of the sub-path build carries Mermaid’s runtime', () => {
  expect(scriptsWithMermaid(SUBPATH_BUILD_DIR)).toEqual([]);
});

// Pages per test: two tests a language share the workers more evenly at the end of a run than
// one, and each new test costs a cold browser context.
const PAGES_PER_TEST = 35;

for (const locale of ['', 'zh-Hans/']) {
  const paths = sitemapPathsIn(SUBPATH_BUILD_DIR, locale);

  test(`the ${locale || 'en/'} sub-path sitemap is under ${SUBPATH}, and its pages' drawings hold links`, () => {
    expect(paths.length).toBeGreaterThan(20);
    expect(paths.reduce((sum, path) => sum + diagramLinksInBuild(path), 0)).toBeGreaterThan(50);
    for (const path of paths) expect(path.startsWith(`${SUBPATH}${locale}`)).toBe(true);
  });

  for (let first = 0; first < paths.length; first += PAGES_PER_TEST) {
    const shard = paths.slice(first, first + PAGES_PER_TEST);
    test(`${locale || 'en/'} pages ${first + 1}–${first + shard.length} load under ${SUBPATH} with no broken request or diagram link`, async ({
      page,
      request,
    }) => {
      const problems = watchForErrors(page);
      const checked = new Set<string>();
      let links = 0;
      for (const path of shard) {
        await gotoHydrated(page, path);
        for (const href of await diagramLinksOnPage(page)) {
          links++;
          expect(href.startsWith(`${SUBPATH}${locale}`), `diagram link ${href} on ${path}`).toBe(true);
          if (!checked.has(href)) await expectLinkTargetExists(request, href, path);
          checked.add(href);
        }
      }
      // Every node link the pages' drawings hold was checked.
      expect(links).toBe(shard.reduce((sum, path) => sum + diagramLinksInBuild(path), 0));
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
