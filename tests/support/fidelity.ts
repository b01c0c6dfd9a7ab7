/**
 * Nothing of the author's guide is lost, checked element by element in built HTML: each block
 * is found in the page's article body only (not its <title>, breadcrumbs, table of contents,
 * tags or footer), inside an element of its own (a heading in a heading; an outline item in a
 * list item, or a heading where a breadth area's top-level items are its sections; a sentence
 * in a paragraph, list item, table cell or heading), between word boundaries;
 * a STAR sentence inside its own STAR part; an unfinished item marked "to prepare" in its place.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { load, type CheerioAPI, type Cheerio, type Element } from 'cheerio';
import type { GuideBlock } from '../../src/lib/guide/parseGuide';
import { routeOfPath } from '../../src/lib/guide/routes';
import { GUIDE_BLOCKS, expectedText, normalizeSpace, type Locale } from './guideText';

const HEADINGS = 'h1, h2, h3, h4, h5, h6';
const ELEMENTS: Record<GuideBlock['kind'], string> = {
  heading: HEADINGS,
  'list-item': `li, ${HEADINGS}`,
  paragraph: `p, li, td, th, dd, [data-to-prepare], ${HEADINGS}`,
};

/** The element's own text: nested lists, heading anchors and screen-reader-only copies left out. */
function ownText($: CheerioAPI, element: Cheerio<Element>): string {
  const copy = element.clone();
  copy.find('ul, ol, .hash-link, [hidden]').remove();
  return normalizeSpace(
    $(copy)
      .text()
      .replace(/\u200b/g, ''),
  );
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** `needle` in `text`, not as part of a longer word (Unicode letters and digits). */
export function containsWord(text: string, needle: string): boolean {
  return new RegExp(`(?<![\\p{L}\\p{N}])${escape(needle)}(?![\\p{L}\\p{N}])`, 'u').test(text);
}

interface Page {
  $: CheerioAPI;
  body: Cheerio<Element>;
}

/** Problems found, one line each, naming the guide line; empty when nothing is lost. */
export function fidelityProblems(buildDir: string, locale: Locale, blocks: GuideBlock[] = GUIDE_BLOCKS): string[] {
  const localeDir = locale === 'en' ? buildDir : path.join(buildDir, locale);
  const pages = new Map<string, Page>();
  const pageOf = (route: string): Page | undefined => {
    if (!pages.has(route)) {
      const file = path.join(localeDir, `${route}.html`);
      if (!existsSync(file)) return undefined;
      const $ = load(readFileSync(file, 'utf8'));
      const markdown = $('article .theme-doc-markdown');
      const body = (markdown.length ? markdown : $('main')).first();
      body.find('nav, footer, .theme-doc-toc-mobile, .theme-doc-footer').remove();
      pages.set(route, { $, body });
    }
    return pages.get(route);
  };
  /** The elements of this block's kind (inside its STAR part, for a story) holding the text. */
  const holders = (page: Page, block: GuideBlock, text: string) => {
    const scope = block.star ? page.body.find(`details[data-star-section="${block.star}"]`) : page.body;
    return scope
      .find(ELEMENTS[block.kind])
      .filter((_i, element) => containsWord(ownText(page.$, page.$(element)), text));
  };

  return blocks.flatMap((block, index) => {
    const route = routeOfPath(block.path);
    const where = `guide line ${block.line} (${block.path.join(' / ')})`;
    if (!route) return [`${where}: no page is mapped for this section`];
    const page = pageOf(route);
    if (!page) return [`${where}: no built page ${route}.html in ${localeDir}`];
    if (block.text !== '') {
      const text = expectedText(block, locale);
      return holders(page, block, text).length
        ? []
        : [`${where} on ${route}: no ${block.kind}${block.star ? ` in ${block.star}` : ''} reads "${text}"`];
    }
    // An empty outline item: the list item right after its previous sibling holds the marker.
    const sibling = blocks
      .slice(0, index)
      .reverse()
      .find((other) => other.kind === 'list-item' && other.depth <= block.depth);
    const anchor =
      sibling && sibling.depth === block.depth && sibling.text
        ? holders(page, sibling, expectedText(sibling, locale)).first()
        : undefined;
    const marked = anchor?.next('li').find('[data-to-prepare]').length ?? 0;
    return marked ? [] : [`${where} on ${route}: the empty item is not marked "to prepare" in its place`];
  });
}
