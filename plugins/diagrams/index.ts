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
 * Node links are checked with every other link (plugins/links).
 */
import path from 'node:path';
import type { Plugin } from '@docusaurus/types';
import { cachedSvg, renderMissing, requiredDrawings } from './cache';

const NO_MARKUP = path.join(__dirname, 'noMarkup.json');

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
  };
}
