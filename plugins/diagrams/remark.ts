/**
 * Remark plugin (runs before Docusaurus' own, so before theme-mermaid sees the fences): each
 * ```mermaid block becomes a `<Diagram>` element carrying its light and dark SVG from the cache,
 * node links prefixed with the locale's base URL. A block missing from the cache fails a
 * production build naming its file and line; `docusaurus start` leaves it to theme-mermaid,
 * so an edited diagram shows at once.
 */
import path from 'node:path';
import { diagramAccessibility } from '../../src/lib/diagram/source';
import { localizeSvgLinks, renameSvgId } from '../../src/lib/diagram/svg';
import { cachedSvg } from './cache';
import { RENDER_COMMAND, ROOT, VARIANTS, cacheKey } from './settings';

export interface RemarkDiagramsOptions {
  baseUrl: string;
  defaultLocale: string;
}

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

export default function remarkDiagrams(options: RemarkDiagramsOptions) {
  const production = process.env.NODE_ENV === 'production';
  return (tree: Node, file: VFileLike) => {
    const locale = process.env.DOCUSAURUS_CURRENT_LOCALE ?? options.defaultLocale;
    const base = options.baseUrl + (locale === options.defaultLocale ? '' : `${locale}/`);
    const withBaseUrl = (link: string) => base + link.replace(/^\//, '');
    const where = (node: Node) =>
      `${path.relative(ROOT, file.path ?? 'unknown')}:${(node.position?.start.line ?? 0) + 1}`;
    const seen = new Map<string, number>();

    const replace = (node: Node): Node => {
      if (node.type !== 'code' || node.lang !== 'mermaid') return node;
      const source = node.value ?? '';
      const [light, dark] = VARIANTS.map((variant) => {
        const key = cacheKey(source, variant);
        const svg = cachedSvg(key);
        if (svg === undefined) return undefined;
        const copy = (seen.get(key) ?? 0) + 1;
        seen.set(key, copy);
        // A second copy of the same diagram on one page gets its own ids.
        return localizeSvgLinks(copy > 1 ? renameSvgId(svg, key, `${key}-${copy}`) : svg, withBaseUrl);
      });
      if (light === undefined || dark === undefined) {
        if (!production) return node;
        throw new Error(`${where(node)}: this diagram has not been drawn yet; run: ${RENDER_COMMAND}`);
      }
      const accessibility = diagramAccessibility(source);
      if (!accessibility) throw new Error(`${where(node)}: a diagram needs accTitle and accDescr lines`);
      return {
        type: 'mdxJsxFlowElement',
        name: 'Diagram',
        attributes: [
          attribute('title', accessibility.title),
          attribute('light', light),
          attribute('dark', dark),
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
