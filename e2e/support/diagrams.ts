/** Helpers for pages with Mermaid diagrams. */
import { expect, type APIRequestContext, type Page } from '@playwright/test';

/** Renders every diagram of the page (opening closed STAR sections) and returns their sizes. */
export async function renderedDiagrams(page: Page) {
  const expandAll = page.getByRole('button', { name: /^(Expand all|全部展开)$/ });
  if (await expandAll.count()) await expandAll.click();
  const figures = page.locator('figure[data-diagram-key]');
  const count = await figures.count();
  for (let i = 0; i < count; i++) {
    await figures.nth(i).scrollIntoViewIfNeeded();
    await expect(figures.nth(i).locator('.docusaurus-mermaid-container > svg, [role="alert"]')).toBeAttached();
  }
  return figures.evaluateAll((all) =>
    all.map((figure) => {
      const svg = figure.querySelector<SVGSVGElement>('.docusaurus-mermaid-container > svg');
      return {
        key: figure.getAttribute('data-diagram-key')!,
        width: Math.round(svg?.viewBox.baseVal.width ?? 0),
        height: Math.round(svg?.viewBox.baseVal.height ?? 0),
      };
    }),
  );
}

/** The href of every node link in the page's rendered diagrams. */
export async function diagramLinksOnPage(page: Page): Promise<string[]> {
  await renderedDiagrams(page);
  return page
    .locator('.docusaurus-mermaid-container svg a')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? a.getAttribute('xlink:href') ?? ''));
}

/** The link's page answers 200 and, for a fragment, has an element with that id. */
export async function expectLinkTargetExists(request: APIRequestContext, href: string, from: string): Promise<void> {
  const [target, anchor] = href.split('#');
  const response = await request.get(target);
  expect(response.status(), `${href} linked from ${from}`).toBe(200);
  if (anchor) {
    expect(await response.text(), `anchor #${anchor} of ${href} linked from ${from}`).toMatch(
      new RegExp(`id="?${anchor}[\\s">]`),
    );
  }
}
