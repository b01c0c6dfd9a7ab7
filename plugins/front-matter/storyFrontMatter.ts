/**
 * Build-time part of `markdown.parseFrontMatter`: validates every story's front matter
 * against the schema and derives its tags.
 */
import path from 'node:path';
import { storyCardPath } from '../../src/lib/socialCard';
import { storyTags, validateStoryFacts } from '../../src/lib/story/schema';
import { isStoryFile } from '../../src/lib/story/storyFiles';
import { loadVocabulary } from '../story-catalog/files';

/** A story's front matter, validated, with its tags and social card (other pages: unchanged). */
export function storyFrontMatter(filePath: string, frontMatter: Record<string, unknown>): Record<string, unknown> {
  if (!isStoryFile(filePath)) return frontMatter;
  const docsDir = filePath.slice(0, filePath.lastIndexOf(`${path.sep}stories${path.sep}`));
  const file = path.relative(path.dirname(docsDir), filePath);
  const validated = validateStoryFacts(frontMatter, loadVocabulary(docsDir), file);
  // The story's own social card, written by plugins/story-catalog at build time.
  const image = `/${storyCardPath(path.basename(filePath).replace(/\.mdx?$/, ''))}`;
  return { image, ...frontMatter, ...validated, tags: storyTags(validated) };
}
