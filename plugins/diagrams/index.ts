/**
 * Diagrams drawn at build time. Before pages compile, every ```mermaid block of `docs/`
 * missing from `diagram-cache/` is drawn with Chromium (a warm cache needs no browser);
 * `remark.ts` then puts a `<Diagram>` naming its drawings into the page.
 *
 * The markup goes into the HTML, not into the JavaScript: only the server bundle, which renders
 * the static pages, resolves `@diagram-markup` to the drawings; the browser bundle gets an empty
 * map, keeps the server's SVG when it hydrates, and fetches the drawing (served from
 * `diagram-cache/` as a static file) only after a client-side navigation.
 *
 * After the build, every node link must land on a built page and anchor, or the build fails
 * naming the diagram's file and line.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from '@docusaurus/types';
import { diagramLinks } from '../../src/lib/diagram/source';
import { contentError } from '../content-errors';
import { builtFileCandidates, htmlIds } from '../links/links';
import { cachedSvg, diagramSources, renderMissing, requiredDrawings, type DiagramSource } from './cache';

const NO_MARKUP = path.join(__dirname, 'noMarkup.json');

/** The built page that serves a site path. */
function builtPage(outDir: string, pathname: string): string | undefined {
  return builtFileCandidates(pathname)
    .filter((file) => file.endsWith('.html'))
    .map((file) => path.join(outDir, file))
    .find((file) => existsSync(file));
}

/** Every node link of these diagrams that lands on no built page or anchor: where, and what. */
export function brokenDiagramLinks(sources: DiagramSource[], outDir: string): { where: string; problem: string }[] {
  const pageIds = new Map<string, Set<string> | undefined>();
  return sources.flatMap((diagram) =>
    diagram.source.split('\n').flatMap((text, index) => {
      const [link] = diagramLinks(text);
      if (!link) return [];
      const where = `${diagram.file}:${diagram.line + index}`;
      const [pathname, anchor] = link.split('#');
      if (!pageIds.has(pathname)) {
        const file = builtPage(outDir, pathname);
        pageIds.set(pathname, file === undefined ? undefined : htmlIds(readFileSync(file, 'utf8')));
      }
      const ids = pageIds.get(pathname);
      if (ids === undefined) return [{ where, problem: `diagram link "${link}" points to no page` }];
      if (anchor && !ids.has(anchor))
        return [{ where, problem: `diagram link "${link}" points to a missing anchor #${anchor} on ${pathname}` }];
      return [];
    }),
  );
}

export default function diagramsPlugin(): Plugin {
  const production = process.env.NODE_ENV === 'production';
  let markupFile = NO_MARKUP;
  return {
    name: 'diagrams',
    async loadContent() {
      // The dev server leaves new diagrams to theme-mermaid in the browser, so it starts at once.
      if (!production) return;
      const drawn = await renderMissing();
      if (drawn.length) console.info(`[diagrams] drew ${drawn.length} new or changed diagram(s) into diagram-cache/`);
    },
    async contentLoaded({ actions }) {
      const markup: Record<string, string> = {};
      for (const { key } of requiredDrawings()) {
        const svg = cachedSvg(key);
        if (svg) markup[key] = svg;
      }
      markupFile = await actions.createData('diagram-markup.json', JSON.stringify(markup));
    },
    configureWebpack(_config, isServer) {
      return { resolve: { alias: { '@diagram-markup': isServer ? markupFile : NO_MARKUP } } };
    },
    async postBuild({ outDir }) {
      const broken = brokenDiagramLinks(diagramSources(), outDir);
      if (broken.length)
        throw new Error(broken.map(({ where, problem }) => contentError(where, problem).message).join('\n'));
    },
  };
}
