/**
 * The fidelity check fails, naming the source line, on built pages with three defects planted in
 * their HTML: a breadth bullet removed, a Result sentence moved into Action, and a Chinese note
 * removed from the Chinese site. The page sources stay as they are: the check compares what they
 * say with what was built.
 */
import path from 'node:path';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { guidePages, type GuidePage } from '../../plugins/guide/pages';
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

/** `docs/…:line` of the one block of `page` whose text starts with `start`. */
function sourceLine(pages: GuidePage[], route: string, start: string): string {
  const page = pages.find((p) => p.route === route)!;
  const blocks = page.blocks.filter((block) => block.text.startsWith(start));
  expect(blocks).toHaveLength(1);
  return `${path.relative(process.cwd(), page.file)}:${blocks[0].line} on ${route}`;
}

describe('the fidelity check against defects planted in the built pages', () => {
  const en = guidePages(siteDir, 'en');
  const zh = guidePages(siteDir, 'zh-Hans');

  it('passes on the build as it is', () => {
    expect(fidelityProblems(en, builtPages(buildDir, 'en'))).toEqual([]);
  });

  it('names a removed bullet', () => {
    const route = '/breadth/cloud-architect';
    const built = withDefect('en', route, ($) =>
      $('article li')
        .filter((_i, li) => $(li).text().trim() === 'EC2')
        .remove(),
    );
    expect(fidelityProblems(en, built)).toEqual([`${sourceLine(en, route, 'EC2')}: no list-item reads "EC2"`]);
  });

  it('names a STAR sentence moved to another part', () => {
    const route = '/stories/huron-data-platform';
    const moved = 'The pipeline has processed 300+';
    const built = withDefect('en', route, ($) => {
      const item = $('details[data-star-section="result"] li').filter((_i, li) => $(li).text().startsWith(moved));
      $('details[data-star-section="action"] ol').first().append(item);
    });
    expect(fidelityProblems(en, built)).toEqual([
      `${sourceLine(en, route, moved)}: no list-item in result reads "${en.find((p) => p.route === route)!.blocks.find((b) => b.text.startsWith(moved))!.text}"`,
    ]);
  });

  it('names a Chinese note removed from the Chinese site, and a sentence moved within a page', () => {
    const route = '/overview';
    const note = 'On-Site 面试一共有 5 轮';
    const removed = withDefect('zh-Hans', route, ($) =>
      $('article p')
        .filter((_i, p) => $(p).text().includes(note))
        .remove(),
    );
    expect(fidelityProblems(zh, removed)).toEqual([
      expect.stringMatching(new RegExp(`^${sourceLine(zh, route, note)}: no paragraph reads "On-Site`)),
    ]);
    const first = 'From the overview information';
    const swapped = withDefect('en', route, ($) => {
      const paragraph = $('article p').filter((_i, p) => $(p).text().startsWith(first));
      paragraph.insertAfter($('article p').filter((_i, p) => $(p).text().startsWith('It take care of')));
    });
    expect(fidelityProblems(en, swapped)).toEqual([
      expect.stringMatching(
        new RegExp(
          `^${sourceLine(en, route, 'It take care of')}: the paragraph "It take care of .*" is not after the block before it$`,
        ),
      ),
    ]);
  });
});
