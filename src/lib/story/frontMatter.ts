/**
 * Build-time hook (`markdown.parseFrontMatter`): validates every story's front matter
 * against the schema and derives its tags. Translated stories take their facts from the
 * English source file, so each fact is written once.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import type { ParseFrontMatter } from '@docusaurus/types';
import { storyCardPath } from '../socialCard';
import { storyTags, validateStoryFacts, vocabularyFromTagKeys, type TagVocabulary } from './schema';

const TRANSLATED_DOCS = /[/\\]i18n[/\\][^/\\]+[/\\]docusaurus-plugin-content-docs[/\\]current[/\\]/;
const STORY_FILE = /[/\\]stories[/\\](?!index\.mdx?$)[^/\\]+\.mdx?$/;
const FACT_FIELDS = ['customer', 'industry', 'impact', 'services', 'principles', 'skills'];

export function isStoryFile(filePath: string): boolean {
  return STORY_FILE.test(filePath);
}

/** The English source of a translated doc (or the path itself). */
export function sourceDocPath(filePath: string): string {
  return filePath.replace(TRANSLATED_DOCS, `${path.sep}docs${path.sep}`);
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

export const parseStoryFrontMatter: ParseFrontMatter = async (params) => {
  const result = await params.defaultParseFrontMatter(params);
  if (!isStoryFile(params.filePath)) {
    return result;
  }
  const sourcePath = sourceDocPath(params.filePath);
  const docsDir = sourcePath.slice(0, sourcePath.lastIndexOf(`${path.sep}stories${path.sep}`));
  const file = path.relative(path.dirname(docsDir), params.filePath);
  let facts = result.frontMatter;
  if (sourcePath !== params.filePath) {
    const translatedFact = FACT_FIELDS.find((field) => field in result.frontMatter);
    if (translatedFact) {
      throw new Error(
        `${file}: "${translatedFact}" belongs in the English source ${path.relative(path.dirname(docsDir), sourcePath)} only.`,
      );
    }
    const source = await params.defaultParseFrontMatter({
      filePath: sourcePath,
      fileContent: readFileSync(sourcePath, 'utf8'),
    });
    facts = source.frontMatter;
  }
  const validated = validateStoryFacts(facts, loadVocabulary(path.join(docsDir, 'tags.yml')), file);
  // The story's own social card, written by plugins/story-catalog at build time.
  const image = `/${storyCardPath(path.basename(params.filePath).replace(/\.mdx?$/, ''))}`;
  return { ...result, frontMatter: { image, ...result.frontMatter, ...validated, tags: storyTags(validated) } };
};
