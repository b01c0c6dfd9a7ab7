/**
 * Writes `robots.txt` for the one indexing switch in the config. Docusaurus' own `noIndex`
 * also drops the sitemap, which the tests and offline precache rely on, so it stays off.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';

export interface RobotsOptions {
  allowIndexing: boolean;
}

export function robotsTxt(allowIndexing: boolean, sitemapUrl: string): string {
  return allowIndexing ? `User-agent: *\nAllow: /\n\nSitemap: ${sitemapUrl}\n` : 'User-agent: *\nDisallow: /\n';
}

/** A plugin module for one setting: `plugins: [robotsPlugin({ allowIndexing })]`. */
export default function robotsPlugin(options: RobotsOptions) {
  return (context: LoadContext): Plugin => ({
    name: 'robots',
    injectHtmlTags: () =>
      options.allowIndexing
        ? {}
        : { headTags: [{ tagName: 'meta', attributes: { name: 'robots', content: 'noindex, nofollow' } }] },
    async postBuild({ outDir, siteConfig }) {
      // Only the default locale's build is the site root, where crawlers look.
      if (context.i18n.currentLocale !== context.i18n.defaultLocale) return;
      const sitemapUrl = new URL(`${siteConfig.baseUrl}sitemap.xml`, siteConfig.url).href;
      writeFileSync(path.join(outDir, 'robots.txt'), robotsTxt(options.allowIndexing, sitemapUrl));
    },
  });
}
