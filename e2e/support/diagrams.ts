/** Helpers for pages with build-time diagrams. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, type APIRequestContext, type Locator, type Page } from '@playwright/test';
import { diagramSources } from '../../plugins/diagrams/cache';
import { diagramAccessibility } from '../../src/lib/diagram/source';
import { DIAGRAM_SVG } from '../../src/lib/pageMarkers';

/** Every drawing on the page: one per diagram, for both colour modes. */
export const allDiagramSvgs = (page: Page | Locator) => page.locator(`figure[data-diagram] ${DIAGRAM_SVG} > svg`);
/** The drawings the reader sees now (a closed section hides its own). */
export const shownDiagramSvgs = (page: Page | Locator) =>
  page.locator(`figure[data-diagram] ${DIAGRAM_SVG} > svg:visible`);

/** A drawing's node shapes: their fill tells its colours. */
const NODE_SHAPE = '.node rect, .node polygon, .node path';

/** The fill of a drawing's first node shape. */
export const nodeFill = (svg: Locator) =>
  svg.evaluate((el, shape) => getComputedStyle(el.querySelector(shape)!).fill, NODE_SHAPE);

/** Whether each drawing on the page shows in dark colours (its first node shape's fill). */
export async function drawingsAreDark(page: Page): Promise<boolean[]> {
  return allDiagramSvgs(page).evaluateAll(
    (svgs, shape) =>
      svgs.map((svg) => {
        const [r, g, b] = (getComputedStyle(svg.querySelector(shape)!).fill.match(/\d+/g) ?? []).map(Number);
        return (r + g + b) / 3 < 128;
      }),
    NODE_SHAPE,
  );
}

/** The node links of a page's drawings. */
export const DIAGRAM_LINKS = `figure[data-diagram] ${DIAGRAM_SVG} svg a`;

/** The href of every node link in the page's drawings. */
export async function diagramLinksOnPage(page: Page): Promise<string[]> {
  return page
    .locator(DIAGRAM_LINKS)
    .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? a.getAttribute('xlink:href') ?? ''));
}

/** Matches built HTML (attributes quoted or not) that has an element with this id. */
export const elementWithId = (id: string) => new RegExp(`\\sid="?${id}[\\s">]`);

/** The link's page answers 200 and, for a fragment, has an element with that id. */
export async function expectLinkTargetExists(request: APIRequestContext, href: string, from: string): Promise<void> {
  const [target, anchor] = href.split('#');
  const response = await request.get(target);
  expect(response.status(), `${href} linked from ${from}`).toBe(200);
  if (anchor) {
    expect(await response.text(), `anchor #${anchor} of ${href} linked from ${from}`).toMatch(elementWithId(anchor));
  }
}

export interface ExpectedDiagram {
  title: string;
  /** Node, subgraph and edge labels as the reader should see them, `<br/>` read as a space. */
  labels: string[];
}

// Node shapes: A[..] A(..) A{..} A[(..)] A([..]) A[[..]] A((..)) A{{..}}; edge labels: -->|..|.
const NODE_LABEL =
  /\b[\w-]+(?:\[\(|\(\[|\[\[|\(\(|\{\{|\[|\(|\{)"?([^[\](){}|"]+)"?(?:\)\]|\]\)|\]\]|\)\)|\}\}|\]|\)|\})/g;
const EDGE_LABEL = /\|"?([^|"]+)"?\|/g;
const NOT_A_SHAPE = /^\s*(accTitle|accDescr|click|classDef|class|style|linkStyle|%%)\b/;

/**
 * What each diagram of a page source should show, read from the Mermaid source by the test
 * itself (not by the code under test): its accTitle and its labels.
 */
export function expectedDiagrams(file: string): ExpectedDiagram[] {
  const diagrams = diagramSources().filter((diagram) => diagram.file === file);
  expect(diagrams.length, `diagrams in ${file}`).toBeGreaterThan(0);
  return diagrams.map(({ source }) => {
    const lines = source.split('\n').filter((line) => !NOT_A_SHAPE.test(line));
    const labels = lines.flatMap((line) => [
      ...[...line.matchAll(NODE_LABEL)].map((match) => match[1]),
      ...[...line.matchAll(EDGE_LABEL)].map((match) => match[1]),
    ]);
    return {
      title: diagramAccessibility(source)!.title,
      labels: labels
        .map((label) =>
          label
            .replace(/<br\s*\/?>/g, ' ')
            .replace(/\s+/g, ' ')
            .trim(),
        )
        .filter(Boolean),
    };
  });
}

/** The labels a drawing shows: each label's lines joined with a space. */
export function shownLabels(svg: Locator): Promise<string[]> {
  return svg.evaluate((element) =>
    [...element.querySelectorAll('g.label, g.cluster-label, .nodeLabel')].map((label) => {
      const rows = [...label.querySelectorAll('tspan.row')];
      const text = rows.length ? rows.map((row) => row.textContent).join(' ') : (label.textContent ?? '');
      return text.replace(/\s+/g, ' ').trim();
    }),
  );
}

/** The drawing in the open zoom view. */
export const zoomViewSvg = (page: Page) => page.getByRole('dialog').locator('svg[id$="-zoom"]');

export interface ZoomViewLayout {
  drawing: { left: number; top: number; width: number; height: number };
  /** The drawing lies inside the screen, and at the fitted size it fills its width or height. */
  inside: boolean;
  fill: number;
  /** The dialog covers the whole window. */
  coversWindow: boolean;
}

/** Where the zoom view's drawing is, against its stage and the window. */
export function zoomViewLayout(page: Page): Promise<ZoomViewLayout> {
  return zoomViewSvg(page).evaluate((svg) => {
    const drawing = svg.getBoundingClientRect();
    const stage = svg.parentElement!.parentElement!.getBoundingClientRect();
    const dialog = svg.closest('dialog')!.getBoundingClientRect();
    return {
      drawing: { left: drawing.left, top: drawing.top, width: drawing.width, height: drawing.height },
      inside:
        drawing.left >= stage.left - 1 &&
        drawing.right <= stage.right + 1 &&
        drawing.top >= stage.top - 1 &&
        drawing.bottom <= stage.bottom + 1,
      fill: Math.max(drawing.width / stage.width, drawing.height / stage.height),
      coversWindow:
        dialog.left === 0 && dialog.top === 0 && dialog.width === innerWidth && dialog.height === innerHeight,
    };
  });
}

type Point = { x: number; y: number };

/**
 * A touch gesture through the browser's own touch input (Chromium's DevTools protocol; Playwright
 * has no multi-touch): each frame places every finger, the first frame puts them down, one frame
 * every 16 ms. The fingers rest on the last frame before they lift, as a reader's do: lifted in
 * mid-swipe, Chromium starts a fling, and the next tap only stops the fling (no click).
 */
export async function touchGesture(page: Page, frames: Point[][]): Promise<void> {
  const session = await page.context().newCDPSession(page);
  const touchPoints = (frame: Point[]) => frame.map((point, id) => ({ ...point, id }));
  const start = Date.now() / 1000;
  const at = (step: number) => start + step * 0.016;
  const rest = [...frames, ...Array<Point[]>(10).fill(frames[frames.length - 1])];
  await session.send('Input.dispatchTouchEvent', {
    type: 'touchStart',
    touchPoints: touchPoints(rest[0]),
    timestamp: at(0),
  });
  for (const [step, frame] of rest.entries())
    if (step > 0)
      await session.send('Input.dispatchTouchEvent', {
        type: 'touchMove',
        touchPoints: touchPoints(frame),
        timestamp: at(step),
      });
  await session.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [], timestamp: at(rest.length) });
  await session.detach();
}

/** The scripts of a build that carry Mermaid's runtime (none should: diagrams are drawn at build time). */
export function scriptsWithMermaid(buildDir: string): string[] {
  const scripts = readdirSync(buildDir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.js'));
  expect(scripts.length, `scripts in ${buildDir}`).toBeGreaterThan(20);
  return scripts.filter((file) =>
    /mermaidAPI|langium|registerLayoutLoaders|dagre/.test(readFileSync(path.join(buildDir, file), 'utf8')),
  );
}
