/**
 * The site's `markdown.parseFrontMatter`: parses a page's front matter, merges its translation
 * for the locale being built (plugins/localized-text), then validates a story's facts
 * (src/lib/story). A front matter that is not valid YAML fails naming the file and line, where
 * the YAML parser alone names neither the file nor its line in the file.
 */
import path from 'node:path';
import type { ParseFrontMatter } from '@docusaurus/types';
import { localizedFrontMatter } from '../localized-text/frontMatter';
import { currentLocale } from '../localized-text/locales';
import { storyFrontMatter } from '../../src/lib/story/frontMatter';

interface YamlError {
  name?: string;
  reason?: string;
  /** Where the parser stopped, 0-based, counted from the opening `---` line. */
  mark?: { line: number };
}

/** `docs/x.mdx:12: the front matter is not valid YAML: …`, or the error itself when it is not YAML's. */
export function frontMatterError(filePath: string, error: unknown): unknown {
  const yaml = error as YamlError;
  if (yaml?.name !== 'YAMLException') return error;
  const line = yaml.mark ? `:${yaml.mark.line + 1}` : '';
  return new Error(
    `${path.relative(process.cwd(), filePath)}${line}: the front matter is not valid YAML: ${yaml.reason ?? String(error)}`,
  );
}

export const parseFrontMatter: ParseFrontMatter = async (params) => {
  let result;
  try {
    result = await params.defaultParseFrontMatter(params);
  } catch (error) {
    throw frontMatterError(params.filePath, error);
  }
  const frontMatter = localizedFrontMatter(params.filePath, result.frontMatter, currentLocale());
  return { ...result, frontMatter: storyFrontMatter(params.filePath, frontMatter) };
};
