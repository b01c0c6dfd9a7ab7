/**
 * The site's one link checker: broken links and anchors (a diagram's node links included) fail
 * the build naming the source file and line of each, all in one run. It reads the locale's built
 * HTML (links.ts) and maps each page back to its source. Docusaurus' own checker is off
 * (docusaurus.config.ts): it names routes rather than files, reports anchors only once the links
 * are fixed, and sees no diagram link.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { LoadContext, Plugin, Props } from '@docusaurus/types';
import type { LoadedContent as DocsContent } from '@docusaurus/plugin-content-docs';
import type { LoadedContent as PagesContent } from '@docusaurus/plugin-content-pages';
import { contentError } from '../content-errors';
import { brokenLinks, describeBrokenLink, linkLine, pageRoute, type BrokenLink, type BuiltPage } from './links';

/** Where links outside a page's `<main>` (navbar, footer, sidebar) are written. */
const SITE_WIDE_SOURCES = ['docusaurus.config.ts', 'sidebars.ts'];

/** The source file of each docs page and page, by its path inside the locale (`/overview`). */
function routeSources({ plugins, baseUrl }: Props): Map<string, string> {
  const content = (name: string) => plugins.find((plugin) => plugin.name === name)?.content;
  const docs = (content('docusaurus-plugin-content-docs') as DocsContent | undefined)?.loadedVersions ?? [];
  const pages = (content('docusaurus-plugin-content-pages') as PagesContent | undefined) ?? [];
  return new Map(
    [...docs.flatMap((version) => version.docs), ...pages].map(({ permalink, source }) => [
      `/${permalink.slice(baseUrl.length)}`.replace(/\/$/, '') || '/',
      source.replace(/^@site\//, ''),
    ]),
  );
}

export default function linksPlugin(context: LoadContext): Plugin {
  const { siteDir } = context;
  const readSource = (file: string) => readFileSync(path.join(siteDir, file), 'utf8');
  return {
    name: 'links',
    // Reads every file before its first `await`, as other plugins' postBuild may rewrite pages.
    async postBuild(props) {
      const { outDir, baseUrl, i18n } = props;
      const files = readdirSync(outDir, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => path.relative(outDir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
      const pages: BuiltPage[] = files
        .filter((file) => file.endsWith('.html'))
        .map((file) => ({ file, html: readFileSync(path.join(outDir, file), 'utf8') }));
      const otherBaseUrls = i18n.locales
        .filter((locale) => locale !== i18n.currentLocale)
        .map((locale) => i18n.localeConfigs[locale].baseUrl);
      const broken = brokenLinks(pages, { baseUrl, otherBaseUrls, files: new Set(files) });
      if (broken.length === 0) return;

      const sources = routeSources(props);
      const location = (link: BrokenLink): string => {
        const candidates = link.inMain
          ? [sources.get(pageRoute(link.page))].filter((file) => file !== undefined)
          : SITE_WIDE_SOURCES;
        for (const file of candidates) {
          const line = linkLine(readSource(file), link);
          if (line !== undefined) return `${file}:${line}`;
        }
        // A generated page (tags, …) has no source of its own: its built file.
        return candidates[0] ?? path.relative(siteDir, path.join(outDir, link.page));
      };
      const lines = [...new Set(broken.map((link) => contentError(location(link), describeBrokenLink(link)).message))];
      throw new Error(lines.join('\n'));
    },
  };
}
