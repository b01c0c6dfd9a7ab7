/**
 * Reads the author's guide once per build and serves the practice page with the flash-card
 * deck (every breadth and depth outline item) as a route module, so only /practice loads it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { createSlugger, normalizeUrl } from '@docusaurus/utils';
import { parseSeed } from '../../src/lib/seed/parseSeed';
import { buildDeck, type PracticeDeck } from '../../src/lib/practice/deck';

export default function practiceDeckPlugin(context: LoadContext): Plugin<unknown> {
  const guide = path.join(context.siteDir, 'source', 'prep-guide.rst');
  return {
    name: 'practice-deck',
    getPathsToWatch: () => [guide],
    async loadContent(): Promise<PracticeDeck> {
      return { cards: buildDeck(parseSeed(readFileSync(guide, 'utf8')), createSlugger) };
    },
    async contentLoaded({ content, actions }) {
      const deck = await actions.createData('practice-deck.json', JSON.stringify(content));
      actions.addRoute({
        path: normalizeUrl([context.baseUrl, 'practice']),
        component: '@site/src/components/PracticePage',
        modules: { deck },
        exact: true,
      });
    },
  };
}
