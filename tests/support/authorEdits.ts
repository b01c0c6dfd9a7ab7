/**
 * Ordinary edits an author makes to the pages, found by what the pages hold (plugins/guide), not
 * by their words: the tests that make them keep working whatever the author writes.
 */
import path from 'node:path';
import { guidePages, type GuidePage } from '../../plugins/guide/pages';
import type { PageBlock } from '../../src/lib/guide/blocks';

export interface AuthorEdit {
  /** The page source, relative to the site. */
  file: string;
  edit: (text: string) => string;
  /** A line the author's guide (`npm run guide`) holds after the edit. */
  guideLine: string;
}

/** A block's source line with `change` applied (a block's first line is in its own text). */
function changeLine(page: GuidePage, block: PageBlock, change: (line: string) => string, siteDir: string): AuthorEdit {
  return {
    file: path.relative(siteDir, page.file),
    edit: (text) => {
      const lines = text.split('\n');
      lines[block.line - 1] = change(lines[block.line - 1]);
      return lines.join('\n');
    },
    guideLine: '',
  };
}

/** Blocks whose words are the same in both languages: an edit of them shows in the author's guide. */
function sharedBlocks(siteDir: string): Array<{ page: GuidePage; block: PageBlock }> {
  const zh = guidePages(siteDir, 'zh-Hans');
  return guidePages(siteDir, 'en').flatMap((page, p) =>
    page.blocks
      .filter((block, b) => !block.site && block.text && block.text === zh[p].blocks[b]?.text)
      .map((block) => ({ page, block })),
  );
}

/** A new item, `text`, after the first nested item of the first outline written with headings. */
export function newOutlineItem(siteDir: string, text: string): AuthorEdit {
  const { page, block } = sharedBlocks(siteDir).find(
    ({ page, block }) => page.outline === 'headings' && block.kind === 'list-item' && block.depth === 1,
  )!;
  const edit = changeLine(page, block, (line) => `${line}\n${/^\s*(?:[-*]|\d+\.)/.exec(line)![0]} ${text}`, siteDir);
  return { ...edit, guideLine: `    - ${text}` };
}

/** `words` added at the end of the last sentence of a story's Result. */
export function resultWords(siteDir: string, words: string): AuthorEdit & { story: string } {
  const { page, block } = sharedBlocks(siteDir)
    .filter(({ block }) => block.star === 'result')
    .at(-1)!;
  const edit = changeLine(page, block, (line) => `${line} ${words}`, siteDir);
  return { ...edit, guideLine: words, story: path.basename(page.file, '.mdx') };
}

/** `words` added to the first sentence of a story's Situation, in the last story that has one. */
export function situationWords(siteDir: string, words: string): AuthorEdit {
  const { page, block } = sharedBlocks(siteDir)
    .filter(({ block }) => block.star === 'situation')
    .at(-1)!;
  return { ...changeLine(page, block, (line) => `${line} ${words}`, siteDir), guideLine: words };
}

/** A Chinese note with its English, at the end of the first outline written as one list. */
export function chineseNote(siteDir: string, english: string, chinese: string): AuthorEdit {
  const page = guidePages(siteDir, 'en').find((p) => p.outline === 'list')!;
  return {
    file: path.relative(siteDir, page.file),
    edit: (text) => `${text.trimEnd()}\n\n<En>${english}</En>\n<Zh>${chinese}</Zh>\n`,
    guideLine: chinese,
  };
}

/** The edits as `siteCopyWith` takes them: one function per file, in order. */
export function byFile(edits: readonly AuthorEdit[]): Record<string, (text: string) => string> {
  const files: Record<string, (text: string) => string> = {};
  for (const { file, edit } of edits) {
    const before = files[file];
    files[file] = before ? (text) => edit(before(text)) : edit;
  }
  return files;
}
