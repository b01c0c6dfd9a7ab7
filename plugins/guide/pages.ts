/**
 * The guide's pages as a locale shows them (Node only): each page of the sidebar in order, with
 * its route, its localized title and its blocks. The practice deck, the "to prepare" list, the
 * author's guide (`npm run guide`) and the tests all read the docs from here.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { guideSidebar } from './sidebar';
import { localizedFrontMatter } from '../localized-text/frontMatter';
import type { SiteLocale } from '../localized-text/locales';
import { readPageContent } from './mdx';
import { GUIDE_TITLE, guideSections, type GuideSection } from '../../src/lib/guide/sections';
import { guideRst } from '../../src/lib/guide/rst';
import type { PageContent } from '../../src/lib/guide/blocks';

export interface GuidePage extends GuideSection, PageContent {
  file: string;
  /** The page's route without the base URL or locale, e.g. `/breadth/devops`. */
  route: string;
  title: string;
  /** The page's front matter in the locale, its translated fields merged in. */
  frontMatter: Record<string, unknown>;
}

/** The page source of a docs id. */
export function docFile(docsDir: string, id: string): string {
  return path.join(docsDir, `${id}.mdx`);
}

/** Every page of the sidebar, in the guide's order, as `locale` shows it (the site's own pages too). */
export function guidePages(siteDir: string, locale: SiteLocale): GuidePage[] {
  const docsDir = path.join(siteDir, 'docs');
  return guideSections(guideSidebar(docsDir)).map((section) => {
    const file = docFile(docsDir, section.id);
    const source = readFileSync(file, 'utf8');
    const { frontMatter, ...content } = readPageContent(file, source, locale, section.outline);
    const shown = localizedFrontMatter(file, frontMatter, locale);
    return {
      ...section,
      file,
      route: String(shown.slug ?? `/${section.id}`),
      title: String(shown.title),
      frontMatter: shown,
      ...content,
    };
  });
}

/** The author's guide is in the Chinese site's wording: the author's own mix of English and Chinese. */
export const GUIDE_LOCALE: SiteLocale = 'zh-Hans';

/** `source/prep-guide.rst`: the author's guide, written from the pages by `npm run guide`. */
export const guideFile = (siteDir: string): string => path.join(siteDir, 'source/prep-guide.rst');

/** The author's guide as `npm run guide` writes it from the pages. */
export function guideText(siteDir: string): string {
  const pages = guidePages(siteDir, GUIDE_LOCALE);
  return guideRst(
    GUIDE_TITLE,
    pages.filter((page) => !page.site),
  );
}
