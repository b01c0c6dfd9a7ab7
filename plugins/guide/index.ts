/**
 * Publishes what the pages leave to prepare (src/lib/guide/toPrepare) as global data, in the
 * locale being built, for the `/to-prepare` page. Read again whenever a page changes.
 */
import path from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import type { SiteLocale } from '../localized-text/locales';
import { guidePages } from './pages';
import { toPrepareSpots, type GuideData } from '../../src/lib/guide/toPrepare';

export default function guidePlugin(context: LoadContext): Plugin<unknown> {
  return {
    name: 'guide',
    getPathsToWatch: () => [path.join(context.siteDir, 'docs/**/*.mdx')],
    async loadContent(): Promise<GuideData> {
      return { toPrepare: toPrepareSpots(guidePages(context.siteDir, context.i18n.currentLocale as SiteLocale)) };
    },
    async contentLoaded({ content, actions }) {
      actions.setGlobalData(content);
    },
  };
}
