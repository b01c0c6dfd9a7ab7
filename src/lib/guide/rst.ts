/**
 * The author's guide in their own format, reStructuredText, written from the pages' blocks
 * (`npm run guide` → `source/prep-guide.rst`): titled sections in the sidebar's order, nested
 * lists, bold STAR labels, literals and links. The site's own words (`site` blocks) are left out.
 */
import { STAR_PART_NAMES } from '../story/starParts';
import type { PageBlock } from './blocks';

export interface RstSection {
  level: 1 | 2;
  title: string;
  blocks: readonly PageBlock[];
}

const UNDERLINE_WIDTH = 78;
const UNDERLINES = { 0: '=', 1: '-', 2: '~' } as const;
const INDENT = '    ';
const CONTENTS = `.. contents::\n${INDENT}:depth: 1\n${INDENT}:local:`;

const heading = (title: string, level: 0 | 1 | 2) => `${title}\n${UNDERLINES[level].repeat(UNDERLINE_WIDTH)}`;

/**
 * A block's line in the guide, without its list marker. A heading the page shows above the guide's
 * own text is a label line there, `About X:`; an outline's heading is its item.
 */
export function writtenText(block: PageBlock): string {
  const label = block.shownAs === 'heading' && block.kind === 'paragraph';
  return label && !/[:：]$/.test(block.rst) ? `${block.rst}:` : block.rst;
}

/** The chunks of a section, each written as one reST block: a paragraph, a whole list, a directive. */
function chunks(blocks: readonly PageBlock[]): string[] {
  const written: string[] = [];
  let list: string[] | undefined;
  /** Numbers of the ordered lists open at each depth. */
  const numbers: number[] = [];
  let star: PageBlock['star'];

  for (const block of blocks) {
    if (block.site) continue;
    if (block.star && block.star !== star) {
      list = undefined;
      written.push(`**${STAR_PART_NAMES[block.star]}**:`);
    }
    star = block.star;
    if (block.kind === 'list-item') {
      if (!list) {
        list = [];
        numbers.length = 0;
        written.push('');
      }
      numbers.length = block.depth + 1;
      numbers[block.depth] = (numbers[block.depth] ?? 0) + 1;
      const marker = block.ordered ? `${numbers[block.depth]}.` : '-';
      list.push(`${INDENT.repeat(block.depth)}${marker}${block.rst ? ` ${writtenText(block)}` : ''}`);
      written[written.length - 1] = list.join('\n');
      continue;
    }
    list = undefined;
    if (block.directive === 'contents') written.push(CONTENTS);
    else written.push(writtenText(block));
  }
  return written;
}

/** The whole guide: its title, a table of contents, then each section and its blocks. */
export function guideRst(title: string, sections: readonly RstSection[]): string {
  const parts = [`${heading(title, 0)}\n\n${CONTENTS}`];
  for (const section of sections) {
    parts.push([heading(section.title, section.level), ...chunks(section.blocks)].join('\n\n'));
  }
  return `${parts.join('\n\n\n')}\n`;
}
