/**
 * Reads the guide's outline pages once per build, in the locale being built, and serves the
 * practice page with the flash-card deck (every breadth and depth outline item) as a route
 * module, so only /practice loads it.
 */
import type { LoadContext, Plugin } from '@docusaurus/types';
import { createSlugger, normalizeUrl } from '@docusaurus/utils';
import { guidePages } from '../guide/pages';
import type { SiteLocale } from '../localized-text/locales';
import { buildDeck, type PracticeDeck } from '../../src/lib/practice/deck';

export default function practiceDeckPlugin(context: LoadContext): Plugin<unknown> {
  return {
    name: 'practice-deck',
    // After any plugin reloads (see plugins/story-catalog): the docs plugin watches the pages.
    async allContentLoaded({ actions }) {
      const pages = guidePages(context.siteDir, context.i18n.currentLocale as SiteLocale);
      const content: PracticeDeck = { cards: buildDeck(pages, createSlugger) };
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
