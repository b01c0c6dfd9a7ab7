/**
 * Every block of every page's source reaches its page, checked element by element in built HTML
 * against the blocks the page source has in that locale (plugins/guide): each one in the page's
 * article body only (not its <title>, breadcrumbs, table of contents, tags or footer), in an
 * element of its own kind (the title in the h1; a heading in a heading; an outline item in a list
 * item; a paragraph in a paragraph; a "to prepare" note in its marker), a STAR sentence inside its
 * own STAR part, between word boundaries, and after the block before it: a renderer that drops,
 * merges or moves a block fails, naming the block's source file and line.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { load, type CheerioAPI, type Cheerio } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import type { PageBlock } from '../../src/lib/guide/blocks';
import type { GuidePage } from '../../plugins/guide/pages';
import { starSection } from '../../src/lib/pageMarkers';

export type Locale = 'en' | 'zh-Hans';

export function normalizeSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

const HEADINGS = 'h1, h2, h3, h4, h5, h6';
const ELEMENTS: Record<PageBlock['shownAs'], string> = {
  heading: HEADINGS,
  'list-item': 'li',
  paragraph: 'p',
  'to-prepare': '[data-to-prepare]',
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

/** The built HTML of a page route (`/breadth/devops`), or undefined when there is none. */
export type BuiltPage = (route: string) => string | undefined;

/** Problems found on one page, one line each naming the source file and line; empty when all is there. */
function pageProblems(page: GuidePage, html: string): string[] {
  const $ = load(html);
  const markdown = $('article .theme-doc-markdown');
  const body = (markdown.length ? markdown : $('main')).first();
  body.find('nav, footer, .theme-doc-toc-mobile, .theme-doc-footer').remove();
  /** Document order of the body's elements: a block must come after the one before it. */
  const order = new Map<AnyNode, number>(
    body
      .find('*')
      .toArray()
      .map((element, index) => [element, index]),
  );
  const file = path.relative(process.cwd(), page.file);
  const problems: string[] = [];

  if (!body.find('h1').filter((_i, h1) => containsWord(ownText($, $(h1)), page.title)).length)
    problems.push(`${file} on ${page.route}: no h1 reads the title "${page.title}"`);

  let previous = -1;
  for (const block of page.blocks) {
    if (block.directive || block.text === '') continue;
    const scope = block.star ? body.find(starSection(block.star)) : body;
    const selector =
      block.shownAs === 'to-prepare' && block.kind === 'list-item'
        ? `li ${ELEMENTS['to-prepare']}`
        : ELEMENTS[block.shownAs];
    const holders = scope
      .find(selector)
      .toArray()
      .filter((element) => containsWord(ownText($, $(element)), block.text));
    const where = `${file}:${block.line} on ${page.route}`;
    const what = `${block.shownAs}${block.star ? ` in ${block.star}` : ''}`;
    if (holders.length === 0) {
      problems.push(`${where}: no ${what} reads "${block.text}"`);
      continue;
    }
    const next = holders.find((element) => (order.get(element) ?? -1) > previous);
    if (!next) {
      problems.push(`${where}: the ${what} "${block.text}" is not after the block before it`);
      continue;
    }
    previous = order.get(next) ?? previous;
  }
  return problems;
}

/** Problems found on every page, one line each naming the source file and line. */
export function fidelityProblems(pages: readonly GuidePage[], builtPage: BuiltPage): string[] {
  return pages.flatMap((page) => {
    const html = builtPage(page.route);
    return html === undefined
      ? [`${path.relative(process.cwd(), page.file)}: no built page ${page.route}`]
      : pageProblems(page, html);
  });
}

/** The pages of a production build in `locale`, read from disk. */
export function builtPages(buildDir: string, locale: Locale): BuiltPage {
  const localeDir = locale === 'en' ? buildDir : path.join(buildDir, locale);
  return (route) => {
    const file = path.join(localeDir, `${route}.html`);
    return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
  };
}
