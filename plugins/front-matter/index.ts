/**
 * The site's `markdown.parseFrontMatter`: parses a page's front matter, checks a docs page's
 * fields against Docusaurus' own schema, merges its translation for the locale being built
 * (plugins/localized-text), then validates a story's facts (src/lib/story). Each mistake fails
 * while the pages load, with one line naming the file and the line of the field
 * (plugins/content-errors), where the YAML parser and Docusaurus name neither.
 */
import path from 'node:path';
import type { ParseFrontMatter } from '@docusaurus/types';
import { DocFrontMatterSchema } from '@docusaurus/plugin-content-docs/lib/frontMatter.js';
import { ContentError, contentError } from '../content-errors';
import { localizedFrontMatter } from '../localized-text/frontMatter';
import { currentLocale } from '../localized-text/locales';
import { storyFrontMatter } from './storyFrontMatter';
import { fieldLine, fieldName } from './fieldLine';

interface YamlError {
  name?: string;
  reason?: string;
  /** Where the parser stopped, 0-based, counted from the opening `---` line. */
  mark?: { line: number };
}

const DOCS_PAGE = /[/\\]docs[/\\].+\.mdx?$/;

/** `docs/x.mdx` or `docs/x.mdx:12`. */
const location = (filePath: string, line?: number) =>
  `${path.relative(process.cwd(), filePath)}${line === undefined ? '' : `:${line}`}`;

/** `docs/x.mdx:12: the front matter is not valid YAML: …`, or the error itself when it is not YAML's. */
function yamlError(filePath: string, error: unknown): unknown {
  const yaml = error as YamlError;
  if (yaml?.name !== 'YAMLException') return error;
  return contentError(
    location(filePath, yaml.mark && yaml.mark.line + 1),
    `the front matter is not valid YAML: ${yaml.reason ?? String(error)}`,
  );
}

/** `file:line` of a front-matter field, or the file when the field is not written in it. */
const fieldLocation = (filePath: string, fileContent: string, field: string, value?: unknown) =>
  location(filePath, fieldLine(fileContent, field, value));

/** Docusaurus' own check of a docs page's fields, reported as one line instead of a dump. */
function checkDocFields(filePath: string, fileContent: string, frontMatter: Record<string, unknown>): void {
  const { error } = DocFrontMatterSchema.validate(frontMatter, { convert: true, allowUnknown: true });
  const detail = error?.details[0];
  if (!detail) return;
  const field = fieldName(detail.path);
  const found = detail.context?.value;
  throw contentError(
    fieldLocation(filePath, fileContent, field, found),
    `front matter ${detail.message}, found ${JSON.stringify(found) ?? 'nothing'}`,
  );
}

export const parseFrontMatter: ParseFrontMatter = async (params) => {
  const { filePath, fileContent } = params;
  let result;
  try {
    result = await params.defaultParseFrontMatter(params);
  } catch (error) {
    throw yamlError(filePath, error);
  }
  if (DOCS_PAGE.test(filePath)) checkDocFields(filePath, fileContent, result.frontMatter);
  const frontMatter = localizedFrontMatter(filePath, result.frontMatter, currentLocale());
  try {
    return { ...result, frontMatter: storyFrontMatter(filePath, frontMatter) };
  } catch (error) {
    if (!(error instanceof ContentError) || !error.field) throw error;
    throw contentError(fieldLocation(filePath, fileContent, error.field.name, error.field.value), error.problem);
  }
};
