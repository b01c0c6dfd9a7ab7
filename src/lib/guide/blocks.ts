/**
 * A page of the guide as blocks, read from its MDX syntax tree once the locale's wording is chosen
 * (plugins/localized-text): every heading, paragraph, outline item, STAR sentence and "to prepare"
 * note, in page order. The practice deck, the author's guide in reStructuredText and the fidelity
 * check all read the pages through these blocks.
 */
import { STAR_PARTS, type StarPart } from '../story/starParts';
import type { MdNode } from './mdNode';
import { ContentError } from '../contentError';

/** How a page's outline is written: its `##` headings are the outline's top-level items, or it is one list. */
export type Outline = 'headings' | 'list';

export interface PageBlock {
  /** What the block is in the author's guide. */
  kind: 'paragraph' | 'list-item';
  /** How the page shows it: a heading, a paragraph, a list item, or a "to prepare" note. */
  shownAs: 'heading' | 'paragraph' | 'list-item' | 'to-prepare';
  /** Plain text, white space collapsed; empty for an empty outline item. */
  text: string;
  /** The same text with its inline markup, as reStructuredText. */
  rst: string;
  /** List nesting (0 = top level). */
  depth: number;
  /** An item of a numbered list. */
  ordered?: boolean;
  /** The STAR part a story's block is in. */
  star?: StarPart;
  /** Words the site adds (`<SiteText>`, a "to prepare" note): on the page, not in the author's guide. */
  site?: boolean;
  /** The page's anchor for the block, when the source sets one: a heading's `{#id}`, a note's `id`, a STAR part. */
  id?: string;
  /** A component the guide writes as a directive (`BreadthAreas`: the contents of its areas). */
  directive?: 'contents';
  /** 1-based line in the page source. */
  line: number;
}

/** Components that hold no words of their own: drawn from front matter or other pages. */
const WORDLESS = new Set([
  'ShownIn',
  'StoryCards',
  'StoryReadiness',
  'PrincipleList',
  'PrincipleMatrix',
  'LoopPlanner',
  'DepthTopics',
  'ToPrepareList',
  'Diagram',
]);
/** Not the guide's words: imports, comments and the page's front matter. */
const SILENT = new Set(['yaml', 'mdxjsEsm', 'mdxFlowExpression']);

/** `a table`, `an image`: what the error names (a vowel takes `an`). */
// cspell:ignore aeiou
const article = (what: string) => `${'aeiou'.includes(what[0].toLowerCase()) ? 'an' : 'a'} ${what}`;
const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();
const attribute = (node: MdNode, name: string) =>
  node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);

interface Context {
  file: string;
  star?: StarPart;
  site?: boolean;
}

const lineOf = (node: MdNode) => node.position?.start.line ?? 0;

/** A heading's explicit anchor, `## Title {#id}` (Docusaurus' syntax), and its text without it. */
const HEADING_ID = /\s*\{#([^}]+)\}\s*$/;
function headingId(node: MdNode): { id?: string; children: MdNode[] } {
  const children = [...(node.children ?? [])];
  const last = children.at(-1);
  const match = last?.type === 'text' ? HEADING_ID.exec(last.value ?? '') : null;
  if (!last || !match) return { children };
  children[children.length - 1] = { ...last, value: (last.value ?? '').slice(0, match.index) };
  return { id: match[1], children };
}

/** The inline content of a block as plain text and as reStructuredText. */
function inline(nodes: MdNode[], context: Context): { text: string; rst: string } {
  let text = '';
  let rst = '';
  for (const node of nodes) {
    const problem = (what: string) =>
      new ContentError(
        `${context.file}:${lineOf(node)}`,
        `${what} has no form in the author's guide (source/prep-guide.rst): write paragraphs, lists and ## headings, or put the site's own words in <SiteText>`,
      );
    switch (node.type) {
      case 'text':
        text += node.value ?? '';
        rst += node.value ?? '';
        break;
      case 'break':
        text += ' ';
        rst += ' ';
        break;
      case 'inlineCode':
        text += node.value ?? '';
        rst += `\`\`${node.value}\`\``;
        break;
      case 'strong':
      case 'emphasis': {
        const inner = inline(node.children ?? [], context);
        const mark = node.type === 'strong' ? '**' : '*';
        text += inner.text;
        rst += `${mark}${inner.rst}${mark}`;
        break;
      }
      case 'link': {
        const inner = inline(node.children ?? [], context);
        text += inner.text;
        // A bare address stays bare, as the author writes it; other links are reST hyperlinks.
        rst += inner.text === node.url ? inner.text : `\`${inner.rst} <${node.url}>\`_`;
        break;
      }
      case 'mdxTextExpression':
        break; // a comment
      case 'mdxJsxTextElement':
        if (node.name === 'ToPrepare' || node.name === 'SiteText') {
          const inner = inline(node.children ?? [], context);
          text += inner.text;
          break;
        }
        throw problem(`<${node.name}> in running text`);
      default:
        throw problem(article(node.type));
    }
  }
  return { text: collapse(text), rst: collapse(rst) };
}

export interface PageContent {
  blocks: PageBlock[];
  /** The `<StarSection>` parts of a story, in page order. */
  starSections: StarPart[];
}

/**
 * The blocks of a page, from its localized syntax tree. `file` names the source in errors; on an
 * outline page written with `headings`, each `##` heading is a top-level outline item and its
 * list nests under it.
 */
export function pageContent(tree: MdNode, file: string, outline?: Outline): PageContent {
  const blocks: PageBlock[] = [];
  const starSections: StarPart[] = [];
  /** List depth under the current heading: 1 on a headings outline, once a heading has opened an item. */
  let baseDepth = 0;

  const unsupported = (node: MdNode, context: Context) =>
    new ContentError(
      `${context.file}:${lineOf(node)}`,
      `${article(node.type === 'mdxJsxFlowElement' ? `<${node.name}>` : node.type)} has no form in the author's guide (source/prep-guide.rst): write paragraphs, lists and ## headings, or put the site's own words in <SiteText>`,
    );

  const list = (node: MdNode, depth: number, context: Context) => {
    for (const item of node.children ?? []) {
      const [first, ...rest] = blockChildren(item, true);
      const base = { kind: 'list-item' as const, depth, ordered: node.ordered ?? false, line: lineOf(item) };
      const where = { ...(context.star && { star: context.star }), ...(context.site && { site: true }) };
      if (first?.type === 'paragraph') {
        blocks.push({ ...base, ...where, shownAs: 'list-item', ...inline(first.children ?? [], context) });
      } else if (first?.type === 'mdxJsxFlowElement' && first.name === 'ToPrepare') {
        // An empty outline item, marked in its place: the note is the site's, the empty item the guide's.
        blocks.push({ ...base, ...where, shownAs: 'list-item', text: '', rst: '' });
        blocks.push({ ...base, ...(context.star && { star: context.star }), ...note(first, context) });
      } else if (first === undefined) {
        blocks.push({ ...base, ...where, shownAs: 'list-item', text: '', rst: '' });
      } else {
        throw unsupported(first, context);
      }
      for (const child of rest) {
        if (child.type === 'list') list(child, depth + 1, context);
        else throw unsupported(child, context);
      }
    }
  };

  const flow = (nodes: MdNode[], context: Context) => {
    for (const node of nodes) {
      const where = { ...(context.star && { star: context.star }), ...(context.site && { site: true }) };
      const line = lineOf(node);
      if (SILENT.has(node.type)) continue;
      switch (node.type) {
        case 'heading': {
          if (node.depth !== 2) throw unsupported({ ...node, type: `level-${node.depth} heading` }, context);
          const { id, children } = headingId(node);
          const content = inline(children, context);
          const item = outline === 'headings' && !context.site;
          blocks.push({
            kind: item ? 'list-item' : 'paragraph',
            shownAs: 'heading',
            depth: 0,
            ...content,
            ...where,
            ...(id && { id }),
            line,
          });
          if (item) baseDepth = 1;
          break;
        }
        case 'paragraph':
          blocks.push({
            kind: 'paragraph',
            shownAs: 'paragraph',
            depth: 0,
            ...inline(node.children ?? [], context),
            ...where,
            line,
          });
          break;
        case 'list':
          list(node, baseDepth, context);
          break;
        case 'code':
          // A Mermaid block is the site's drawing of the text beside it (plugins/diagrams).
          if (node.lang !== 'mermaid') throw unsupported({ ...node, type: 'code block' }, context);
          break;
        case 'mdxJsxFlowElement':
          element(node, context);
          break;
        default:
          throw unsupported(node, context);
      }
    }
  };

  const element = (node: MdNode, context: Context) => {
    const line = lineOf(node);
    switch (node.name) {
      case 'StarStory':
        flow(blockChildren(node), context);
        return;
      case 'SiteText':
        flow(blockChildren(node), { ...context, site: true });
        return;
      case 'StarSection': {
        const part = attribute(node, 'part')?.value;
        if (typeof part !== 'string' || !STAR_PARTS.includes(part as StarPart))
          throw new ContentError(
            `${context.file}:${line}`,
            `<StarSection> needs part="situation", "task", "action" or "result".`,
          );
        if (starSections.includes(part as StarPart))
          throw new ContentError(
            `${context.file}:${line}`,
            `a second <StarSection part="${part}">: expected each STAR part once.`,
          );
        starSections.push(part as StarPart);
        const draft = attribute(node, 'toPrepare');
        if (draft) {
          const text = collapse(String(draft.value ?? ''));
          blocks.push({
            kind: 'paragraph',
            shownAs: 'to-prepare',
            text,
            rst: text,
            depth: 0,
            star: part as StarPart,
            id: part,
            line,
          });
        } else flow(blockChildren(node), { ...context, star: part as StarPart });
        return;
      }
      case 'ToPrepare':
        blocks.push({
          kind: 'paragraph',
          depth: 0,
          line,
          ...(context.star && { star: context.star }),
          ...note(node, context),
        });
        return;
      case 'BreadthAreas':
        blocks.push({
          kind: 'paragraph',
          shownAs: 'paragraph',
          text: '',
          rst: '',
          depth: 0,
          directive: 'contents',
          line,
        });
        return;
      default:
        if (WORDLESS.has(node.name ?? '')) return;
        throw unsupported(node, context);
    }
  };

  flow(tree.children ?? [], { file });
  return { blocks, starSections };
}

/**
 * A node's content as blocks: inline content (text written in `<SiteText>words</SiteText>`, or the
 * wording a locale keeps in a list item) is a paragraph; `leading`: only the inline run it starts with.
 */
function blockChildren(node: MdNode, leading = false): MdNode[] {
  const children = (node.children ?? []).filter((child) => !(child.type === 'text' && !child.value?.trim()));
  const run = children.findIndex((child) => !INLINE.has(child.type));
  const inlineCount = run === -1 ? children.length : run;
  if (inlineCount === 0 || (!leading && inlineCount < children.length)) return children;
  return [
    { type: 'paragraph', children: children.slice(0, inlineCount), position: node.position },
    ...children.slice(inlineCount),
  ];
}
const INLINE = new Set([
  'text',
  'strong',
  'emphasis',
  'inlineCode',
  'link',
  'break',
  'mdxJsxTextElement',
  'mdxTextExpression',
]);

/** A `<ToPrepare>` note: the site's words saying what is missing, at its anchor. */
function note(node: MdNode, context: Context) {
  const id = attribute(node, 'id')?.value;
  return {
    shownAs: 'to-prepare' as const,
    site: true as const,
    ...inline(paragraphContent(node), context),
    ...(typeof id === 'string' && { id }),
  };
}

/** A note's inline content, whether written inline or as one paragraph. */
function paragraphContent(node: MdNode): MdNode[] {
  return (node.children ?? []).flatMap((child) => (child.type === 'paragraph' ? (child.children ?? []) : [child]));
}
