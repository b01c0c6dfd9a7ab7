/**
 * Reads a story's STAR text as a locale's page shows it: the page source parsed as MDX, its
 * wording chosen by the same remark step the pages use, then reduced to plain text per part.
 */
import path from 'node:path';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatter } from 'micromark-extension-frontmatter';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfm } from 'micromark-extension-gfm';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { mdxjs } from 'micromark-extension-mdxjs';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { contentError } from '../content-errors';
import remarkLocalizedText from '../localized-text/remark';
import type { SiteLocale } from '../localized-text/locales';
import { StoryTextError, storyTextFromTree, type MdNode } from '../../src/lib/storyCheck/storyText';
import type { StoryText } from '../../src/lib/storyCheck/analysis';

export function readStoryText(file: string, source: string, locale: SiteLocale): StoryText {
  const where = path.relative(process.cwd(), file);
  let tree: MdNode;
  try {
    tree = fromMarkdown(source, {
      extensions: [mdxjs(), frontmatter(['yaml']), gfm()],
      mdastExtensions: [mdxFromMarkdown(), frontmatterFromMarkdown(['yaml']), gfmFromMarkdown()],
    }) as MdNode;
  } catch (error) {
    const { line, reason } = error as { line?: number; reason?: string };
    throw contentError(`${where}:${line ?? 0}`, `the story cannot be read as MDX: ${reason ?? String(error)}`);
  }
  remarkLocalizedText({ locale })(tree, { path: file });
  try {
    return storyTextFromTree(tree, where);
  } catch (error) {
    throw error instanceof StoryTextError ? contentError(error.where, error.problem) : error;
  }
}
