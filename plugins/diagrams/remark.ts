/**
 * Remark plugin (runs before Docusaurus' own, so before theme-mermaid sees the fences): each
 * ```mermaid block becomes a `<Diagram>` element naming its drawing in the cache (both colour
 * modes in one SVG), and its size. The markup itself stays out of the page's JavaScript (see index.ts).
 * A block missing from the cache fails a production build naming its file and line;
 * `docusaurus start` leaves it to theme-mermaid, so an edited diagram shows at once.
 */
import path from 'node:path';
import type { Code, Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement } from 'mdast-util-mdx';
import { visit } from 'unist-util-visit';
import { diagramAccessibility } from '../../src/lib/diagram/source';
import { svgSize } from '../../src/lib/diagram/svg';
import { contentError } from '../content-errors';
import { cachedSvg } from './cache';
import { RENDER_COMMAND, ROOT, cacheKey } from './settings';

const attribute = (name: string, value: string): MdxJsxAttribute => ({ type: 'mdxJsxAttribute', name, value });

export default function remarkDiagrams() {
  const production = process.env.NODE_ENV === 'production';
  return (tree: Root, file: { path?: string }) => {
    const where = (node: Code) =>
      `${path.relative(ROOT, file.path ?? 'unknown')}:${(node.position?.start.line ?? 0) + 1}`;
    const seen = new Map<string, number>();

    visit(tree, 'code', (node, index, parent) => {
      if (node.lang !== 'mermaid' || !parent || index === undefined) return;
      const source = node.value;
      const drawing = cacheKey(source);
      const svg = cachedSvg(drawing);
      if (svg === undefined) {
        if (!production) return;
        throw contentError(where(node), `this diagram has not been drawn yet; run: ${RENDER_COMMAND}`);
      }
      const accessibility = diagramAccessibility(source);
      if (!accessibility) throw contentError(where(node), 'a diagram needs accTitle and accDescr lines');
      // A second copy of the same diagram on one page gets its own ids.
      const copy = (seen.get(drawing) ?? 0) + 1;
      seen.set(drawing, copy);
      const { width, height } = svgSize(svg);
      const element: MdxJsxFlowElement = {
        type: 'mdxJsxFlowElement',
        name: 'Diagram',
        attributes: [
          attribute('title', accessibility.title),
          attribute('drawing', drawing),
          attribute('size', `${width} ${height}`),
          ...(copy > 1 ? [attribute('copy', String(copy))] : []),
        ],
        children: [],
        position: node.position,
      };
      parent.children[index] = element;
    });
  };
}
