/**
 * Publishes what the pages leave to prepare (src/lib/guide/toPrepare) and the outlines' topics as
 * global data, in the locale being built, for the `/to-prepare` page and the home page. Read again whenever a page changes.
 */
import type { LoadContext, Plugin } from '@docusaurus/types';
import type { SiteLocale } from '../localized-text/locales';
import { guidePages } from './pages';
import { toPrepareSpots, type GuideData } from '../../src/lib/guide/toPrepare';
import { outlineTopics } from '../../src/lib/guide/sections';

export default function guidePlugin(context: LoadContext): Plugin<unknown> {
  return {
    name: 'guide',
    // After any plugin reloads (see plugins/story-catalog): the docs plugin watches the pages.
    async allContentLoaded({ actions }) {
      const pages = guidePages(context.siteDir, context.i18n.currentLocale as SiteLocale);
      const topics = outlineTopics(
        pages.map((page) => ({ ...page, shortTitle: String(page.frontMatter.sidebar_label ?? page.title) })),
      );
      actions.setGlobalData({ toPrepare: toPrepareSpots(pages), topics } satisfies GuideData);
    },
  };
}
