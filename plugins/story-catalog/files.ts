/**
 * Where stories and tags are on disk, for the front-matter hook, the sidebar, the table of
 * contents and the story catalog: the story files, and `tags.yml`, read again only when it changes.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { vocabularyFromTagKeys, type TagVocabulary } from '../../src/lib/story/schema';
import { isStoryFile } from '../../src/lib/story/storyFiles';

/** The story files of a docs folder, as full paths. */
export function storyFiles(docsDir: string): string[] {
  const dir = path.join(docsDir, 'stories');
  return readdirSync(dir)
    .map((name) => path.join(dir, name))
    .filter(isStoryFile);
}

/** One tag of `tags.yml`, as written there. */
export interface TagEntry {
  label: string;
  description: string;
  permalink: string;
}

const tagFiles = new Map<string, { modified: number; tags: Record<string, TagEntry> }>();

/** The tags of `<docsDir>/tags.yml`, by key, in file order. */
export function loadTags(docsDir: string): Record<string, TagEntry> {
  const file = path.join(docsDir, 'tags.yml');
  const modified = statSync(file).mtimeMs;
  let read = tagFiles.get(file);
  if (read?.modified !== modified) {
    read = { modified, tags: yaml.load(readFileSync(file, 'utf8')) as Record<string, TagEntry> };
    tagFiles.set(file, read);
  }
  return read.tags;
}

/** The three tag vocabularies of `<docsDir>/tags.yml`. */
export function loadVocabulary(docsDir: string): TagVocabulary {
  return vocabularyFromTagKeys(Object.keys(loadTags(docsDir)));
}
