/**
 * Remark plugin (runs before Docusaurus' own, so before theme-mermaid sees the fences): each
 * ```mermaid block becomes a `<Diagram>` element naming its drawing in the cache (both colour
 * modes in one SVG), and its size. The markup itself stays out of the page's JavaScript (see index.ts).
 * A block missing from the cache fails a production build naming its file and line;
 * `docusaurus start` leaves it to theme-mermaid, so an edited diagram shows at once.
 */
import path from 'node:path';
import { diagramAccessibility } from '../../src/lib/diagram/source';
import { svgSize } from '../../src/lib/diagram/svg';
import { contentError } from '../content-errors';
import { cachedSvg } from './cache';
import { RENDER_COMMAND, ROOT, cacheKey } from './settings';

interface Node {
  type: string;
  lang?: string | null;
  value?: string;
  children?: Node[];
  position?: { start: { line: number } };
  [key: string]: unknown;
}

interface VFileLike {
  path?: string;
}

function attribute(name: string, value: string) {
  return { type: 'mdxJsxAttribute', name, value };
}

export default function remarkDiagrams() {
  const production = process.env.NODE_ENV === 'production';
  return (tree: Node, file: VFileLike) => {
    const where = (node: Node) =>
      `${path.relative(ROOT, file.path ?? 'unknown')}:${(node.position?.start.line ?? 0) + 1}`;
    const seen = new Map<string, number>();

    const replace = (node: Node): Node => {
      if (node.type !== 'code' || node.lang !== 'mermaid') return node;
      const source = node.value ?? '';
      const drawing = cacheKey(source);
      const svg = cachedSvg(drawing);
      if (svg === undefined) {
        if (!production) return node;
        throw contentError(where(node), `this diagram has not been drawn yet; run: ${RENDER_COMMAND}`);
      }
      const accessibility = diagramAccessibility(source);
      if (!accessibility) throw contentError(where(node), 'a diagram needs accTitle and accDescr lines');
      // A second copy of the same diagram on one page gets its own ids.
      const copy = (seen.get(drawing) ?? 0) + 1;
      seen.set(drawing, copy);
      const { width, height } = svgSize(svg);
      return {
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
    };

    const walk = (node: Node) => {
      if (!node.children) return;
      node.children = node.children.map(replace);
      node.children.forEach(walk);
    };
    walk(tree);
  };
}
