/**
 * Publishes what the pages leave to prepare (src/lib/guide/toPrepare) as global data, in the
 * locale being built, for the `/to-prepare` page. Read again whenever a page changes.
 */
import type { LoadContext, Plugin } from '@docusaurus/types';
import type { SiteLocale } from '../localized-text/locales';
import { guidePages } from './pages';
import { toPrepareSpots, type GuideData } from '../../src/lib/guide/toPrepare';

export default function guidePlugin(context: LoadContext): Plugin<unknown> {
  return {
    name: 'guide',
    // After any plugin reloads (see plugins/story-catalog): the docs plugin watches the pages.
    async allContentLoaded({ actions }) {
      const pages = guidePages(context.siteDir, context.i18n.currentLocale as SiteLocale);
      actions.setGlobalData({ toPrepare: toPrepareSpots(pages) } satisfies GuideData);
    },
  };
}
