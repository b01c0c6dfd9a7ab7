/** Mermaid diagrams: sizes reserved, links, toolbar, colour modes, hidden sections, failures. */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test, expect } from './support/test';
import type { Page, Response } from '@playwright/test';
import { BUILD_DIR, gotoHydrated, watchForErrors } from './support/site';
import { diagramLinksOnPage, expectLinkTargetExists, renderedDiagrams } from './support/diagrams';

const SIZES_FILE = path.resolve(__dirname, '../src/data/diagram-sizes.json');
const renderedSvg = (page: Page) => page.locator('figure [role="region"] .docusaurus-mermaid-container > svg');

/** English pages whose server-rendered HTML contains a diagram, from the production build. */
function pagesWithDiagrams(): string[] {
  return readdirSync(BUILD_DIR, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html') && !file.startsWith('zh-Hans'))
    .filter((file) => readFileSync(path.join(BUILD_DIR, file), 'utf8').includes('data-diagram-key'))
    .map((file) => `/${file.replace(/\.html$/, '').replace(/(^|\/)index$/, '')}`)
    .sort();
}

test('every diagram has its rendered size recorded, so its space is reserved before it renders', async ({ page }) => {
  test.setTimeout(120_000);
  const pages = pagesWithDiagrams();
  expect(pages.length).toBeGreaterThanOrEqual(8);
  const measured: Record<string, { width: number; height: number }> = {};
  for (const url of pages) {
    if (url.includes('diagram-error-test')) continue;
    await gotoHydrated(page, url);
    for (const { key, width, height } of await renderedDiagrams(page)) measured[key] = { width, height };
  }
  if (process.env.UPDATE_DIAGRAM_SIZES) {
    const sorted = Object.fromEntries(Object.entries(measured).sort(([a], [b]) => a.localeCompare(b)));
    writeFileSync(SIZES_FILE, `${JSON.stringify(sorted, null, 2)}\n`);
  }
  const recorded = JSON.parse(readFileSync(SIZES_FILE, 'utf8')) as typeof measured;
  expect(Object.keys(recorded).sort(), 'run UPDATE_DIAGRAM_SIZES=1 npx playwright test diagrams -g size').toEqual(
    Object.keys(measured).sort(),
  );
  for (const [key, size] of Object.entries(measured)) {
    expect(Math.abs(recorded[key].height - size.height), `height of diagram ${key}`).toBeLessThanOrEqual(
      size.height * 0.05,
    );
  }
});

test('a story diagram does not move the page when it renders', async ({ page }) => {
  await gotoHydrated(page, '/stories/huron-data-platform');
  const sectionTop = () => page.locator('details#situation').evaluate((el) => el.getBoundingClientRect().top + scrollY);
  const before = await sectionTop();
  await expect(renderedSvg(page)).toBeVisible();
  expect(Math.abs((await sectionTop()) - before)).toBeLessThanOrEqual(24);
});

test('diagram node links point under the base URL to pages and anchors that exist, in both locales', async ({
  page,
  request,
}) => {
  test.setTimeout(120_000);
  const checked = new Set<string>();
  for (const url of pagesWithDiagrams().flatMap((p) => [p, `/zh-Hans${p}`])) {
    if (url.includes('diagram-error-test')) continue;
    await gotoHydrated(page, url);
    const hrefs = await diagramLinksOnPage(page);
    if (url.startsWith('/zh-Hans')) for (const href of hrefs) expect(href, `link on ${url}`).toMatch(/^\/zh-Hans\//);
    for (const href of hrefs) {
      if (checked.has(href)) continue;
      checked.add(href);
      await expectLinkTargetExists(request, href, url);
    }
  }
  expect(checked.size).toBeGreaterThanOrEqual(20);
});

test('the toolbar zooms with buttons, keys and Ctrl+wheel, and downloads the SVG', async ({ page }) => {
  await gotoHydrated(page, '/stories/firstgroup-dynamodb-data-lake');
  const svg = renderedSvg(page);
  await expect(svg).toBeVisible();
  const width = () => svg.evaluate((el) => parseFloat((el as SVGSVGElement).style.width));
  const natural = await svg.evaluate((el) => (el as SVGSVGElement).viewBox.baseVal.width);
  expect(await width()).toBeCloseTo(natural, 0);

  await page.getByRole('button', { name: 'Zoom in' }).click();
  expect(await width()).toBeCloseTo(natural * 1.25, 0);
  await page.getByRole('button', { name: 'Zoom out' }).click();
  await page.getByRole('button', { name: 'Zoom out' }).click();
  expect(await width()).toBeCloseTo(natural * 0.8, 0);
  await page.getByRole('button', { name: 'Reset zoom' }).click();
  expect(await width()).toBeCloseTo(natural, 0);

  const viewport = page.getByRole('region', { name: /^Diagram: FirstGroup/ });
  await viewport.focus();
  await page.keyboard.press('+');
  expect(await width()).toBeCloseTo(natural * 1.25, 0);
  await page.keyboard.press('0');
  expect(await width()).toBeCloseTo(natural, 0);
  await viewport.hover();
  await page.keyboard.down('Control');
  await page.mouse.wheel(0, -100);
  await page.keyboard.up('Control');
  await expect.poll(width).toBeCloseTo(natural * 1.25, 0);

  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download SVG' }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toBe('firstgroup-dynamodb-to-analytics-pipeline.svg');
  const saved = readFileSync(await download.path(), 'utf8');
  expect(saved).toMatch(/^<svg[^>]+xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  expect(saved).toContain('Elasticsearch');
});

test('hovering diagram nodes raises no error', async ({ page }) => {
  const problems = watchForErrors(page);
  await gotoHydrated(page, '/stories/capital-one-data-mesh');
  const nodes = renderedSvg(page).first().locator('.node');
  await expect(nodes.first()).toBeVisible();
  for (let i = 0; i < Math.min(await nodes.count(), 6); i++) await nodes.nth(i).hover();
  await page.mouse.move(0, 0);
  await page.waitForTimeout(300);
  expect(problems()).toEqual([]);
});

test('full screen shows the diagram alone and Escape leaves it', async ({ page }) => {
  await gotoHydrated(page, '/stories/huron-data-platform');
  await expect(renderedSvg(page)).toBeVisible();
  await page.getByRole('button', { name: 'Full screen' }).click();
  await expect
    .poll(() => page.evaluate(() => document.fullscreenElement?.getAttribute('data-diagram')))
    .toBe('Huron data platform pipeline');
  await page.getByRole('button', { name: 'Full screen' }).click();
  await expect.poll(() => page.evaluate(() => document.fullscreenElement)).toBeNull();
});

test('diagrams follow the colour mode without vanishing', async ({ page }) => {
  await gotoHydrated(page, '/overview');
  await renderedDiagrams(page);
  const nodeFill = () =>
    renderedSvg(page)
      .first()
      .evaluate((svg) => getComputedStyle(svg.querySelector('.node rect, .node polygon, .node path')!).fill);
  await expect(renderedSvg(page)).toHaveCount(2);
  const lightFill = await nodeFill();
  const toggle = page.getByRole('button', { name: /Switch between dark and light mode/ });
  for (const mode of ['dark', 'light', 'dark', 'light', 'dark']) {
    await toggle.click();
    if ((await page.locator('html').getAttribute('data-theme')) !== mode) await toggle.click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', mode);
    await expect(renderedSvg(page)).toHaveCount(2);
    if (mode === 'light') await expect.poll(nodeFill).toBe(lightFill);
    else await expect.poll(nodeFill).not.toBe(lightFill);
  }
});

test('a diagram inside a closed section renders at its full size when the section opens', async ({ page }) => {
  await gotoHydrated(page, '/stories/capital-one-data-mesh');
  const action = page.locator('details#action');
  await expect(renderedSvg(page)).toHaveCount(1);
  await action.locator('summary').click();
  await action.locator('figure').scrollIntoViewIfNeeded();
  const svg = action.locator('.docusaurus-mermaid-container > svg');
  await expect(svg).toBeVisible();
  const { rendered, natural } = await svg.evaluate((el) => ({
    rendered: el.getBoundingClientRect().height,
    natural: (el as SVGSVGElement).viewBox.baseVal.height,
  }));
  expect(natural).toBeGreaterThan(100);
  expect(rendered).toBeCloseTo(natural, 0);
});

test('a wide diagram scrolls sideways on a phone instead of shrinking @phone', async ({ page }) => {
  await gotoHydrated(page, '/stories/huron-data-platform');
  const svg = renderedSvg(page);
  await expect(svg).toBeVisible();
  const metrics = await page.getByRole('region', { name: /^Diagram: Huron/ }).evaluate((viewport) => {
    const el = viewport.querySelector('svg')!;
    return {
      scroll: viewport.scrollWidth,
      client: viewport.clientWidth,
      width: el.getBoundingClientRect().width,
      natural: el.viewBox.baseVal.width,
    };
  });
  expect(metrics.width).toBeCloseTo(metrics.natural, 0);
  expect(metrics.scroll).toBeGreaterThan(metrics.client);
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
});

test('an invalid diagram shows an error in its place and the rest of the page still works', async ({ page }) => {
  watchForErrors(page); // mermaid logs the parse error; that is expected here
  await gotoHydrated(page, '/diagram-error-test');
  await expect(renderedSvg(page)).toHaveCount(2);
  const invalid = page.locator('figure[data-diagram="A deliberately invalid diagram"]');
  await expect(invalid.getByText(/Parse error/)).toBeVisible();
  await expect(page.getByText('The text after the invalid diagram is still here.')).toBeVisible();
});

test('a diagram far below the fold renders only when the reader gets near it', async ({ page }) => {
  await gotoHydrated(page, '/overview');
  const onsiteLoop = page.locator('figure[data-diagram="The onsite interview loop"]');
  await expect(onsiteLoop).toHaveCount(1);
  expect(await onsiteLoop.evaluate((figure) => figure.getBoundingClientRect().top > window.innerHeight + 200)).toBe(
    true,
  );
  await page.waitForTimeout(500);
  await expect(onsiteLoop.locator('.docusaurus-mermaid-container > svg')).toHaveCount(0);
  await expect(onsiteLoop.locator('[data-diagram-fallback]')).toBeVisible();
  await onsiteLoop.scrollIntoViewIfNeeded();
  await expect(onsiteLoop.locator('.docusaurus-mermaid-container > svg')).toBeVisible();
});

test('pages without a diagram load no mermaid code', async ({ page }) => {
  const scripts: Response[] = [];
  page.on('response', (response) => {
    if (response.url().endsWith('.js')) scripts.push(response);
  });
  const mermaidScripts = async () => {
    const texts = await Promise.all(
      scripts.map(async (response) => ({ url: response.url(), text: await response.text() })),
    );
    return texts.filter(({ text }) => /mermaidAPI|langium/.test(text)).map(({ url }) => url);
  };
  await gotoHydrated(page, '/breadth/devops');
  await page.waitForLoadState('networkidle');
  expect(await mermaidScripts()).toEqual([]);
  await page.getByRole('link', { name: 'Capital One' }).first().click();
  await expect(renderedSvg(page)).toBeVisible();
  expect((await mermaidScripts()).length).toBeGreaterThan(0);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test("a diagram's place shows its title and description", async ({ page }) => {
    await page.goto('/stories/firstgroup-dynamodb-data-lake');
    const figure = page.locator('figure[data-diagram]');
    await expect(figure.locator('figcaption')).toHaveText('FirstGroup DynamoDB to analytics pipeline');
    await expect(figure.locator('[data-diagram-fallback]')).toContainText('IoT sensors on school buses');
  });
});
