/**
 * The fidelity check fails, naming the source line, on built pages with defects planted in their
 * HTML: an outline item removed, a Result sentence moved into Action, a Chinese note removed from
 * the Chinese site, two paragraphs swapped. The page sources stay as they are (the check compares
 * what they say with what was built), and the blocks to break are chosen by what they are, not by
 * their words, so the author's edits never break this test.
 */
import path from 'node:path';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { guidePages, type GuidePage } from '../../plugins/guide/pages';
import type { PageBlock } from '../../src/lib/guide/blocks';
import { starSection } from '../../src/lib/pageMarkers';
import { builtPages, fidelityProblems, type BuiltPage, type Locale } from '../support/fidelity';

const siteDir = path.resolve(__dirname, '../..');
const buildDir = path.join(siteDir, 'build');

/** The built pages of `locale`, with `route`'s HTML changed by `plant`. */
function withDefect(locale: Locale, route: string, plant: (html: ReturnType<typeof load>) => void): BuiltPage {
  const built = builtPages(buildDir, locale);
  return (shown) => {
    const html = built(shown);
    if (shown !== route || html === undefined) return html;
    const $ = load(html);
    plant($);
    return $.html();
  };
}

/** `docs/…:line on /route`: how a problem names a block. */
const where = (page: GuidePage, block: PageBlock) =>
  `${path.relative(process.cwd(), page.file)}:${block.line} on ${page.route}`;

/** The first block, over the pages in order, that `pick` accepts, with its page. */
function firstBlock(pages: GuidePage[], pick: (block: PageBlock, page: GuidePage) => boolean) {
  for (const page of pages) for (const block of page.blocks) if (pick(block, page)) return { page, block };
  throw new Error('no such block in the pages');
}

/** The elements of `selector` whose text starts with `text`. */
const withText = ($: ReturnType<typeof load>, selector: string, text: string) =>
  $(selector).filter((_i, element) => $(element).text().replace(/\s+/g, ' ').trim().startsWith(text));

const unique = (block: PageBlock, page: GuidePage) =>
  page.blocks.filter((other) => other.text === block.text).length === 1;
const CJK = /\p{Script=Han}/u;

describe('the fidelity check against defects planted in the built pages', () => {
  const en = guidePages(siteDir, 'en');
  const zh = guidePages(siteDir, 'zh-Hans');

  it('passes on the build as it is', () => {
    expect(fidelityProblems(en, builtPages(buildDir, 'en'))).toEqual([]);
  });

  it('names a removed outline item', () => {
    const { page, block } = firstBlock(en, (b, p) => p.outline === 'headings' && b.depth === 1 && unique(b, p));
    const built = withDefect('en', page.route, ($) => withText($, 'article li', block.text).remove());
    expect(fidelityProblems(en, built)).toEqual([`${where(page, block)}: no list-item reads "${block.text}"`]);
  });

  it('names a STAR sentence moved to another part', () => {
    const { page, block } = firstBlock(
      en,
      (b, p) => b.star === 'result' && b.shownAs === 'list-item' && p.blocks.some((other) => other.star === 'action'),
    );
    const built = withDefect('en', page.route, ($) => {
      const item = withText($, `${starSection('result')} li`, block.text);
      $(`${starSection('action')} ol, ${starSection('action')} ul`)
        .first()
        .append(item);
    });
    expect(fidelityProblems(en, built)).toEqual([
      `${where(page, block)}: no list-item in result reads "${block.text}"`,
    ]);
  });

  it('names a Chinese note removed from the Chinese site', () => {
    const { page, block } = firstBlock(zh, (b) => b.shownAs === 'paragraph' && !b.site && CJK.test(b.text));
    const built = withDefect('zh-Hans', page.route, ($) => withText($, 'article p', block.text).remove());
    expect(fidelityProblems(zh, built)).toEqual([`${where(page, block)}: no paragraph reads "${block.text}"`]);
  });

  it('names a paragraph moved after the one that follows it', () => {
    const { page, block } = firstBlock(
      en,
      (b, p) =>
        b.shownAs === 'paragraph' &&
        !b.star &&
        unique(b, p) &&
        p.blocks[p.blocks.indexOf(b) - 1]?.shownAs === 'paragraph',
    );
    const before = page.blocks[page.blocks.indexOf(block) - 1];
    const built = withDefect('en', page.route, ($) =>
      withText($, 'article p', before.text).insertAfter(withText($, 'article p', block.text)),
    );
    expect(fidelityProblems(en, built)).toEqual([
      `${where(page, block)}: the paragraph "${block.text}" is not after the block before it`,
    ]);
  });
});
