/**
 * The one MDX parse of a page source outside Docusaurus (Node only): its syntax tree with the
 * locale's wording chosen by the same remark step the pages use (plugins/localized-text). The
 * story catalog, the practice deck, the author's guide and the tests read pages through it.
 */
import path from 'node:path';
import { escapeMarkdownHeadingIds } from '@docusaurus/utils';
import yaml from 'js-yaml';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatter } from 'micromark-extension-frontmatter';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfm } from 'micromark-extension-gfm';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { mdxjs } from 'micromark-extension-mdxjs';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { ContentError, contentError, reported } from '../content-errors';
import remarkLocalizedText from '../localized-text/remark';
import type { SiteLocale } from '../localized-text/locales';
import { pageContent, type Outline, type PageContent } from '../../src/lib/guide/blocks';
import type { MdNode } from '../../src/lib/guide/mdNode';

/** `docs/x.mdx`: a source file as errors name it, relative to the site. */
export const shownPath = (file: string): string => path.relative(process.cwd(), file);

/**
 * A page source's syntax tree, every language's wording in it, as Docusaurus reads the page; a
 * source that is not valid MDX fails naming its file and line.
 */
export function parseMdx(file: string, source: string): MdNode {
  try {
    // As Docusaurus reads a page: a heading's `{#id}` is text, not an expression.
    return fromMarkdown(escapeMarkdownHeadingIds(source), {
      extensions: [mdxjs(), frontmatter(['yaml']), gfm()],
      mdastExtensions: [mdxFromMarkdown(), frontmatterFromMarkdown(['yaml']), gfmFromMarkdown()],
    }) as MdNode;
  } catch (error) {
    const { line, place, reason } = error as {
      line?: number;
      place?: { line?: number; start?: { line: number } };
      reason?: string;
    };
    // Some MDX errors give their place only in the message: "… (5:1-5:11)".
    const quoted = /\((\d+):\d+(?:-\d+:\d+)?\)$/.exec(String((error as Error).message ?? ''))?.[1];
    throw contentError(
      `${shownPath(file)}:${line ?? place?.line ?? place?.start?.line ?? quoted ?? 0}`,
      `the page cannot be read as MDX: ${reason ?? String(error)}`,
    );
  }
}

/** The page's syntax tree in `locale`; a page that is not valid MDX fails naming its file and line. */
export function parsePage(file: string, source: string, locale: SiteLocale): MdNode {
  const tree = parseMdx(file, source);
  unravel(tree);
  remarkLocalizedText({ locale })(tree, { path: file });
  return tree;
}

const isBlank = (node: MdNode) => node.type === 'text' && !node.value?.trim();

/**
 * As MDX compiles a page (@mdx-js/mdx's remark-mark-and-unravel): a paragraph of nothing but
 * components, such as `<En>…</En>` on a line of its own, is those components as blocks.
 */
function unravel(node: MdNode): void {
  const children = node.children;
  if (!children) return;
  node.children = children.flatMap((child) => {
    const inner = child.children ?? [];
    const onlyElements =
      child.type === 'paragraph' &&
      inner.some((c) => c.type === 'mdxJsxTextElement' || c.type === 'mdxTextExpression') &&
      inner.every((c) => c.type === 'mdxJsxTextElement' || c.type === 'mdxTextExpression' || isBlank(c));
    if (!onlyElements) return [child];
    return inner
      .filter((c) => !isBlank(c))
      .map((c) => ({ ...c, type: c.type === 'mdxJsxTextElement' ? 'mdxJsxFlowElement' : 'mdxFlowExpression' }));
  });
  node.children.forEach(unravel);
}

type ReadPage = PageContent & { frontMatter: Record<string, unknown> };

// The sidebar, the practice deck, the "to prepare" list and the story catalog each read the pages
// of a locale: each page is parsed once per locale and text (a changed source is parsed again).
const readPages = new Map<string, { source: string; page: ReadPage }>();

/**
 * The page's blocks in `locale` (src/lib/guide/blocks) and its own front matter (untranslated);
 * a mistake fails naming file and line. Shared between callers: not to be changed.
 */
export function readPageContent(file: string, source: string, locale: SiteLocale, outline?: Outline): ReadPage {
  const key = `${file}\n${locale}\n${outline ?? ''}`;
  const read = readPages.get(key);
  if (read?.source === source) return read.page;
  try {
    const tree = parsePage(file, source, locale);
    const yamlNode = tree.children?.find((node) => node.type === 'yaml');
    const frontMatter = (yaml.load(yamlNode?.value ?? '') ?? {}) as Record<string, unknown>;
    const page = { ...pageContent(tree, shownPath(file), outline), frontMatter };
    readPages.set(key, { source, page });
    return page;
  } catch (error) {
    throw error instanceof ContentError ? reported(error) : error;
  }
}
