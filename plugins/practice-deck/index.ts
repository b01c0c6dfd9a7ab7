/**
 * Reads the author's guide once per build and serves the practice page with the flash-card
 * deck (every breadth and depth outline item) as a route module, so only /practice loads it.
 */
import type { LoadContext, Plugin } from '@docusaurus/types';
import { createSlugger, normalizeUrl } from '@docusaurus/utils';
import { GUIDE_FILE, loadGuide } from '../../src/lib/guide/guideFile';
import { buildDeck, type PracticeDeck } from '../../src/lib/practice/deck';

export default function practiceDeckPlugin(context: LoadContext): Plugin<unknown> {
  return {
    name: 'practice-deck',
    getPathsToWatch: () => [GUIDE_FILE],
    async loadContent(): Promise<PracticeDeck> {
      return { cards: buildDeck(loadGuide(), createSlugger) };
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
