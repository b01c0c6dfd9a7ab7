/**
 * Diagrams drawn at build time: in the served HTML (also without JavaScript), the colour
 * mode's variant, fitted to the column, labels inside their shapes, node links that work and
 * are checked, the toolbar, and no Mermaid code in what readers download.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { test, expect } from './support/test';
import type { Page } from '@playwright/test';
import { BUILD_DIR, LOCALES, expectNoAxeViolations, gotoHydrated, storyPages } from './support/site';
import {
  allDiagramSvgs,
  DIAGRAM_LINKS,
  drawingsAreDark,
  nodeFill,
  diagramLinksOnPage,
  expectLinkTargetExists,
  expectedDiagrams,
  shownDiagramSvgs,
  shownLabels,
  touchGesture,
  scriptsWithMermaid,
  zoomViewLayout,
} from './support/diagrams';
import { DIAGRAM_SVG, DIAGRAM_SVG_ATTRIBUTE } from '../src/lib/pageMarkers';

// One source serves both locales (plugins/localized-text).
const STORIES = storyPages();
const localeUrl = (locale: string, route: string) => (locale === 'en' ? route : `/${locale}${route}`);

/** Pages whose built HTML holds a diagram, per locale prefix ('' or '/zh-Hans'). */
function pagesWithDiagrams(prefix: '' | '/zh-Hans'): string[] {
  const dir = path.join(BUILD_DIR, prefix);
  const pages = readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html') && !file.startsWith('zh-Hans'))
    .filter((file) => readFileSync(path.join(dir, file), 'utf8').includes(DIAGRAM_SVG_ATTRIBUTE))
    .map((file) => `${prefix}/${file.replace(/\.html$/, '').replace(/(^|\/)index$/, '')}`)
    .sort();
  expect(pages.length).toBeGreaterThanOrEqual(8);
  return pages;
}

/** Zoom levels are rounded to whole percents, so widths match within 1 %. */
function expectNear(actual: number, expected: number): void {
  expect(Math.abs(actual - expected), `${actual} ≈ ${expected}`).toBeLessThanOrEqual(expected * 0.01);
}

/** Opens every closed STAR section, so every diagram is laid out. */
async function openAllSections(page: Page): Promise<void> {
  const expandAll = page.getByRole('button', { name: /^(Expand all|全部展开)$/ });
  if (await expandAll.count()) await expandAll.click();
}

for (const locale of LOCALES) {
  for (const story of STORIES) {
    const url = localeUrl(locale, story.route);
    const expected = expectedDiagrams(story.source);

    test.describe('without JavaScript', () => {
      test.use({ javaScriptEnabled: false });

      test(`${url} serves its diagrams in the HTML, with title and labels, and shows them`, async ({
        page,
        request,
      }) => {
        const html = await (await request.get(url)).text();
        // One drawing per diagram, for both colour modes: its markup and words are in the page once.
        expect(html.match(/<svg\b[^>]*\sid="?diagram-[0-9a-f]{12}[\s">]/g), 'drawings in the HTML').toHaveLength(
          expected.length,
        );
        for (const { title } of expected) {
          expect(
            html.match(new RegExp(`<title id="?chart-title-diagram-[0-9a-f]{12}"?>${title}</title>`, 'g')),
            `title "${title}" in the served SVG`,
          ).toHaveLength(1);
        }
        await page.goto(url);
        for (const details of await page.locator('details').all())
          if ((await details.getAttribute('open')) === null) await details.locator('> summary').click();
        const svgs = shownDiagramSvgs(page);
        await expect(svgs).toHaveCount(expected.length);
        for (const [index, diagram] of expected.entries()) {
          const svg = svgs.nth(index);
          await expect(svg).toBeVisible();
          expect((await svg.boundingBox())!.height).toBeGreaterThan(150);
          await expect(svg.locator('title')).toHaveText(diagram.title);
          expect(diagram.labels.length).toBeGreaterThan(4);
          const labels = await shownLabels(svg);
          for (const label of diagram.labels) expect(labels, `label "${label}" in ${diagram.title}`).toContain(label);
        }
      });
    });
  }
}

test.describe('without JavaScript on a dark system', () => {
  test.use({ javaScriptEnabled: false, colorScheme: 'dark' });

  test('the page has no colour mode and is light, and so is its drawing', async ({ page }) => {
    await page.goto('/stories/huron-data-platform');
    await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
    await expect(shownDiagramSvgs(page)).toHaveCount(1);
    expect(await drawingsAreDark(page)).toEqual([false]);
    // The figure the drawing sits on is light too.
    const background = await page
      .locator('figure[data-diagram]')
      .evaluate((figure) => (getComputedStyle(figure).backgroundColor.match(/\d+/g) ?? []).slice(0, 3).map(Number));
    expect(Math.min(...background), `figure background rgb(${background.join(', ')})`).toBeGreaterThan(200);
  });
});

test.describe('in dark mode', () => {
  test.use({ colorScheme: 'dark' });

  test('the drawing is dark, and the toggle recolours it without replacing or moving it; it prints and downloads as shown', async ({
    page,
  }) => {
    const fetchedDrawings: string[] = [];
    page.on(
      'request',
      (request) => /\/diagram-[0-9a-f]+\.svg$/.test(request.url()) && fetchedDrawings.push(request.url()),
    );
    await gotoHydrated(page, '/overview');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    const svg = allDiagramSvgs(page).first();
    await expect(svg).toBeVisible();
    const darkFill = await nodeFill(svg);
    const handles = await allDiagramSvgs(page).elementHandles();
    const box = await page.locator('figure[data-diagram]').first().boundingBox();
    await page.evaluate(
      (drawings) => document.querySelectorAll(drawings).forEach((drawing) => drawing.setAttribute('data-seen', '')),
      `${DIAGRAM_SVG} > svg`,
    );
    // On paper the drawing takes its light colours.
    await page.emulateMedia({ media: 'print' });
    const paperFill = await nodeFill(svg);
    expect(paperFill).not.toBe(darkFill);
    await page.emulateMedia({ media: 'screen' });

    const toggle = page.getByRole('button', { name: /Switch between dark and light mode/ });
    for (const mode of ['light', 'dark', 'light']) {
      while ((await page.locator('html').getAttribute('data-theme')) !== mode) await toggle.click();
      await expect(svg).toBeVisible();
      expect(await nodeFill(svg)).toBe(mode === 'light' ? paperFill : darkFill);
      expect(await page.locator('figure[data-diagram]').first().boundingBox()).toEqual(box);
    }
    // The same SVG elements, never re-rendered.
    for (const handle of handles)
      expect(
        await handle.evaluate((drawing) => drawing.isConnected && (drawing as Element).hasAttribute('data-seen')),
      ).toBe(true);
    await expect(allDiagramSvgs(page)).toHaveCount(handles.length);
    // Hydration kept the drawings of the HTML: none was fetched again.
    expect(fetchedDrawings).toEqual([]);

    // Downloaded in dark mode, the file is dark on its own.
    while ((await page.locator('html').getAttribute('data-theme')) !== 'dark') await toggle.click();
    const downloadPromise = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download SVG' }).first().click();
    const saved = readFileSync(await (await downloadPromise).path(), 'utf8');
    expect(saved).not.toContain('data-theme');
    const file = await page.context().newPage();
    await file.setContent(saved);
    expect(await nodeFill(file.locator('svg').first())).toBe(darkFill);
    await file.close();
  });
});

test('every diagram fits its column and every label fits its shape, on a desktop and at 390 px @phone', async ({
  page,
}) => {
  test.setTimeout(150_000);
  const widths = [page.viewportSize()!.width, 390];
  expect(widths[0]).toBeGreaterThanOrEqual(412); // 1280 on desktop, 412 on the phone project
  // Each page is loaded at the project's width, then narrowed as a phone turned or a window
  // resized would be: two frames let the layout and the site's resize handlers settle.
  for (const url of pagesWithDiagrams('')) {
    await page.setViewportSize({ width: widths[0], height: widths[0] > 1000 ? 800 : 844 });
    await gotoHydrated(page, url);
    await openAllSections(page);
    for (const width of widths) {
      await page.setViewportSize({ width, height: width > 1000 ? 800 : 844 });
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      const svgs = shownDiagramSvgs(page);
      expect(await svgs.count(), url).toBeGreaterThan(0);
      for (const svg of await svgs.all()) {
        const fit = await svg.evaluate((element) => {
          const viewport = element.closest('[role="region"]')!;
          const box = viewport.getBoundingClientRect();
          const drawing = element.getBoundingClientRect();
          return {
            inside: drawing.left >= box.left - 0.5 && drawing.right <= box.right + 0.5,
            scrolls: viewport.scrollWidth > viewport.clientWidth,
            pageScrolls: document.documentElement.scrollWidth > window.innerWidth,
          };
        });
        const title = await svg.locator('title').textContent();
        expect(fit, `${title} on ${url}`).toEqual({ inside: true, scrolls: false, pageScrolls: false });
        const overflows = await svg.evaluate((element) => {
          const within = (inner: DOMRect, outer: DOMRect) =>
            inner.left >= outer.left - 1 &&
            inner.right <= outer.right + 1 &&
            inner.top >= outer.top - 1 &&
            inner.bottom <= outer.bottom + 1;
          const problems: string[] = [];
          let checked = 0;
          const check = (group: Element, shapeSelector: string) => {
            const text = group.querySelector('text');
            const shape = group.querySelector(shapeSelector);
            if (!text?.textContent?.trim() || !shape) return;
            checked++;
            if (!within(text.getBoundingClientRect(), shape.getBoundingClientRect())) problems.push(text.textContent);
          };
          element
            .querySelectorAll('g.node')
            .forEach((node) =>
              check(node, ':scope > rect, :scope > polygon, :scope > path, :scope > g > path, :scope > circle'),
            );
          element.querySelectorAll('g.edgeLabel g.label').forEach((label) => check(label, 'rect.background'));
          element.querySelectorAll('g.cluster').forEach((cluster) => check(cluster, ':scope > rect'));
          return { checked, problems };
        });
        expect(overflows.checked, `labels checked in ${title}`).toBeGreaterThan(4);
        expect(overflows.problems, `labels outside their shapes in ${title} on ${url} at ${width} px`).toEqual([]);
      }
    }
  }
});

test('every diagram node link lands on an existing page and anchor, under the locale, in both locales', async ({
  page,
  request,
}) => {
  // The links are in the drawings of each page's HTML as served (the drawings after a client-side
  // navigation are checked below): fetched, and read with the browser's HTML parser.
  const served = await Promise.all(
    [...pagesWithDiagrams(''), ...pagesWithDiagrams('/zh-Hans')].map(async (url) => {
      const response = await request.get(url);
      expect(response.ok(), url).toBe(true);
      return [url, await response.text()] as const;
    }),
  );
  const linksByPage = await page.evaluate(
    ({ pages, selector }) => {
      const parser = new DOMParser();
      return pages.map(([url, html]) => {
        const links = parser.parseFromString(html, 'text/html').querySelectorAll(selector);
        return [url, [...links].map((a) => a.getAttribute('href') ?? a.getAttribute('xlink:href') ?? '')] as const;
      });
    },
    { pages: served, selector: DIAGRAM_LINKS },
  );
  const checked = new Set<string>();
  let chineseLinks = 0;
  for (const [url, hrefs] of linksByPage) {
    if (url.startsWith('/zh-Hans')) chineseLinks += hrefs.length;
    if (url.startsWith('/zh-Hans')) for (const href of hrefs) expect(href, `link on ${url}`).toMatch(/^\/zh-Hans\//);
    for (const href of hrefs) {
      if (checked.has(href)) continue;
      checked.add(href);
      await expectLinkTargetExists(request, href, url);
    }
  }
  expect(checked.size).toBeGreaterThanOrEqual(20);
  expect(chineseLinks).toBeGreaterThanOrEqual(10);
});

test('a node link is reached by Tab with a visible focus ring and navigates without a page load', async ({ page }) => {
  await gotoHydrated(page, '/stories/huron-data-platform');
  await page.evaluate(() => ((window as unknown as { samePage: boolean }).samePage = true));
  await page.getByRole('button', { name: 'Download SVG' }).first().focus();
  await page.keyboard.press('Tab');
  const focused = page.locator(`${DIAGRAM_SVG} a:focus`);
  await expect(focused).toHaveCount(1);
  const href = (await focused.getAttribute('xlink:href'))!;
  expect(href).toMatch(/^\/(tags|breadth)\//);
  expect(await focused.evaluate((a) => getComputedStyle(a).outlineStyle)).toBe('solid');
  expect(await focused.evaluate((a) => getComputedStyle(a).outlineWidth)).toBe('3px');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${href.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
  expect(await page.evaluate(() => (window as unknown as { samePage?: boolean }).samePage)).toBe(true);
});

test('after a client-side navigation the drawings are fetched, with the locale’s links', async ({ page }) => {
  // One drawing per diagram, for both colour modes.
  const drawings = expectedDiagrams(
    STORIES.find((story) => story.route === '/stories/capital-one-data-mesh')!.source,
  ).length;
  expect(drawings).toBeGreaterThan(0);
  await gotoHydrated(page, '/zh-Hans/stories');
  await page.evaluate(() => ((window as unknown as { samePage: boolean }).samePage = true));
  const requests: string[] = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  await page.locator('main a[href="/zh-Hans/stories/capital-one-data-mesh"]').first().click();
  await expect(page).toHaveURL(/\/zh-Hans\/stories\/capital-one-data-mesh$/);
  await expect(allDiagramSvgs(page)).toHaveCount(drawings);
  await expect(shownDiagramSvgs(page).first()).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { samePage?: boolean }).samePage)).toBe(true);
  expect(requests.filter((request) => /^\/zh-Hans\/diagram-[0-9a-f]{12}\.svg$/.test(request))).toHaveLength(drawings);
  const hrefs = await diagramLinksOnPage(page);
  expect(hrefs.length).toBeGreaterThan(3);
  for (const href of hrefs) expect(href).toMatch(/^\/zh-Hans\/(tags|breadth)\//);
  const labels = await shownLabels(shownDiagramSvgs(page).first());
  expect(labels).toContain('Lake Formation cross-account sharing');
});

test('the diagram shows fitted; its zoom view opens fitted to the screen, zooms with buttons, keys and wheel, pans by dragging, closes with Escape back to its button; the toolbar downloads the SVG', async ({
  page,
}) => {
  await gotoHydrated(page, '/stories/firstgroup-dynamodb-data-lake');
  const svg = shownDiagramSvgs(page).first();
  const viewport = page.getByRole('region', { name: /^Diagram: FirstGroup/ });
  const natural = await svg.evaluate((el) => (el as SVGSVGElement).viewBox.baseVal.width);
  const column = await viewport.evaluate((el) => el.clientWidth);
  expectNear(await svg.evaluate((el) => el.getBoundingClientRect().width), Math.min(natural, column));

  const open = page.getByRole('button', { name: 'Full screen' });
  await open.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'FirstGroup DynamoDB to analytics pipeline' });
  await expect(dialog).toBeVisible();
  const fitted = await zoomViewLayout(page);
  expect(fitted).toMatchObject({ inside: true, coversWindow: true });
  expect(fitted.fill).toBeGreaterThan(0.99);
  await expectNoAxeViolations(page);

  const width = async () => (await zoomViewLayout(page)).drawing.width;
  const fittedWidth = fitted.drawing.width;
  await dialog.getByRole('button', { name: 'Zoom in' }).click();
  await expect.poll(width).toBeGreaterThan(fittedWidth * 1.2);
  await page.keyboard.press('0');
  await expect.poll(async () => Math.abs((await width()) - fittedWidth)).toBeLessThan(1);
  await page.keyboard.press('+');
  await expect.poll(width).toBeGreaterThan(fittedWidth * 1.2);
  await page.keyboard.press('-');
  await page.keyboard.press('-');
  await expect.poll(width).toBeLessThan(fittedWidth * 0.9);
  await dialog.getByRole('button', { name: 'Fit to screen' }).click();
  await expect.poll(async () => Math.abs((await width()) - fittedWidth)).toBeLessThan(1);
  const { x, y } = {
    x: fitted.drawing.left + fitted.drawing.width / 2,
    y: fitted.drawing.top + fitted.drawing.height / 2,
  };
  await page.mouse.move(x, y);
  await page.mouse.wheel(0, -200);
  await expect.poll(width).toBeGreaterThan(fittedWidth * 1.05);

  const before = (await zoomViewLayout(page)).drawing;
  await page.mouse.down();
  await page.mouse.move(x - 150, y - 100, { steps: 5 });
  await page.mouse.up();
  const after = (await zoomViewLayout(page)).drawing;
  expect(after.left - before.left).toBeCloseTo(-150, 0);
  expect(after.top - before.top).toBeCloseTo(-100, 0);
  expect(page.url()).toMatch(/\/stories\/firstgroup-dynamodb-data-lake$/); // a drag over a node link follows no link

  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(open).toBeFocused();

  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download SVG' }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toBe('firstgroup-dynamodb-to-analytics-pipeline.svg');
  const saved = readFileSync(await download.path(), 'utf8');
  expect(saved).toMatch(/^<svg [^>]*id="diagram-[0-9a-f]{12}"/);
  expect(saved).toContain('xmlns="http://www.w3.org/2000/svg"');
  expect(saved).toContain('xmlns:xlink="http://www.w3.org/1999/xlink"');
  expect(saved).toContain('Elasticsearch');
});

for (const locale of LOCALES) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test.describe(`on a phone, ${locale}, ${colorScheme}`, () => {
      test.use({ colorScheme, viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

      test(`the diagram shows whole with a tap-to-zoom cue; a tap opens it fitted to the screen, it pinch-zooms and pans, and closes back to the cue`, async ({
        page,
      }) => {
        await gotoHydrated(page, localeUrl(locale, '/stories/huron-data-platform'));
        const figure = page.locator('figure[data-diagram]').first();
        const overview = figure.getByRole('region');
        await overview.scrollIntoViewIfNeeded();
        // Polled: the overview's fitted size is set once the page has laid out its column.
        const inBox = () =>
          shownDiagramSvgs(page)
            .first()
            .evaluate((svg) => {
              const drawing = svg.getBoundingClientRect();
              const box = svg.closest('[role="region"]')!.getBoundingClientRect();
              return (
                drawing.width > 0 &&
                drawing.left >= box.left - 0.5 &&
                drawing.right <= box.right + 0.5 &&
                drawing.top >= box.top - 0.5 &&
                drawing.bottom <= box.bottom + 0.5 &&
                drawing.right <= innerWidth
              );
            });
        await expect.poll(inBox).toBe(true);
        const cue = figure.getByRole('button', { name: locale === 'en' ? 'Tap to zoom' : '点按放大' });
        await expect(cue).toBeVisible();

        await overview.tap();
        await expect(page.getByRole('dialog')).toBeVisible();
        await expect.poll(async () => (await zoomViewLayout(page)).fill).toBeGreaterThan(0.99);
        const fitted = await zoomViewLayout(page);
        expect(fitted).toMatchObject({ inside: true, coversWindow: true });

        const { left, top, width, height } = fitted.drawing;
        const [x, y] = [left + width / 2, top + height / 2];
        const fingers = (spread: number) => [
          { x: x - spread / 2, y },
          { x: x + spread / 2, y },
        ];
        await touchGesture(page, [fingers(60), fingers(100), fingers(140), fingers(180)]);
        await expect.poll(async () => (await zoomViewLayout(page)).drawing.width).toBeGreaterThan(width * 2);
        const before = (await zoomViewLayout(page)).drawing;
        await touchGesture(page, [[{ x, y }], [{ x: x + 40, y: y + 30 }], [{ x: x + 80, y: y + 60 }]]);
        await expect.poll(async () => (await zoomViewLayout(page)).drawing.left - before.left).toBeGreaterThan(60);
        expect((await zoomViewLayout(page)).drawing.top - before.top).toBeGreaterThan(40);

        await page.getByRole('button', { name: locale === 'en' ? 'Close' : '关闭' }).tap();
        await expect(page.getByRole('dialog')).toHaveCount(0);
        await cue.tap();
        await expect(page.getByRole('dialog')).toBeVisible();
        await page.getByRole('button', { name: locale === 'en' ? 'Close' : '关闭' }).tap();
        await expect(cue).toBeFocused();
      });
    });
  }
}

test('no script of the build carries Mermaid’s runtime', () => {
  expect(scriptsWithMermaid(BUILD_DIR)).toEqual([]);
});
