/**
 * Build-time part of `markdown.parseFrontMatter`: validates every story's front matter
 * against the schema and derives its tags.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { storyCardPath } from '../socialCard';
import { storyTags, validateStoryFacts, vocabularyFromTagKeys, type TagVocabulary } from './schema';

const STORY_FILE = /[/\\]stories[/\\](?!index\.mdx?$)[^/\\]+\.mdx?$/;

export function isStoryFile(filePath: string): boolean {
  return STORY_FILE.test(filePath);
}

const vocabularies = new Map<string, TagVocabulary>();
export function loadVocabulary(tagsFile: string): TagVocabulary {
  let vocabulary = vocabularies.get(tagsFile);
  if (!vocabulary) {
    const tags = yaml.load(readFileSync(tagsFile, 'utf8')) as Record<string, unknown>;
    vocabulary = vocabularyFromTagKeys(Object.keys(tags));
    vocabularies.set(tagsFile, vocabulary);
  }
  return vocabulary;
}

/** A story's front matter, validated, with its tags and social card (other pages: unchanged). */
export function storyFrontMatter(filePath: string, frontMatter: Record<string, unknown>): Record<string, unknown> {
  if (!isStoryFile(filePath)) return frontMatter;
  const docsDir = filePath.slice(0, filePath.lastIndexOf(`${path.sep}stories${path.sep}`));
  const file = path.relative(path.dirname(docsDir), filePath);
  const validated = validateStoryFacts(frontMatter, loadVocabulary(path.join(docsDir, 'tags.yml')), file);
  // The story's own social card, written by plugins/story-catalog at build time.
  const image = `/${storyCardPath(path.basename(filePath).replace(/\.mdx?$/, ''))}`;
  return { image, ...frontMatter, ...validated, tags: storyTags(validated) };
}
