/**
 * Remark plugin: one page source serves both locales. Wording that differs by language is
 * written side by side, `<En>English</En><Zh>中文</Zh>` (inline, in a heading, or as blocks),
 * and each locale's build keeps its own element's content and drops the other. Runs before
 * Docusaurus' own plugins, so headings, the table of contents and search see one language.
 * An element without its partner right beside it fails the build naming its file and line.
 */
import path from 'node:path';
import { contentError } from '../content-errors';
import { currentLocale, LOCALE_ELEMENTS, type SiteLocale } from './locales';
import type { MdNode as Node } from '../../src/lib/guide/mdNode';

const ELEMENT_NAMES: string[] = Object.values(LOCALE_ELEMENTS);
const isLocaleElement = (node: Node) =>
  (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && ELEMENT_NAMES.includes(node.name ?? '');
const isBlank = (node: Node) => node.type === 'text' && !node.value?.trim();

/**
 * The elements of one side-by-side group, from `start`, skipping blank text between them: one per
 * locale at most, so two bilingual paragraphs in a row are two groups.
 */
function group(children: Node[], start: number): Node[] {
  const members: Node[] = [];
  for (let i = start; i < children.length && members.length < ELEMENT_NAMES.length; i++) {
    if (isLocaleElement(children[i])) members.push(children[i]);
    else if (!isBlank(children[i])) break;
  }
  return members;
}

const BLOCKS = ['paragraph', 'heading', 'list', 'code', 'blockquote', 'table', 'thematicBreak', 'mdxJsxFlowElement'];
const isBlock = (node: Node) => BLOCKS.includes(node.type) && !isLocaleElement(node);

/**
 * An element's content. Text written as a block among blocks (`<En>text</En>` on its own
 * line between paragraphs) is a paragraph; elsewhere (a list item, a "to prepare" note) it
 * stays inline, as it would be without the element.
 */
function content(element: Node, amongBlocks: boolean): Node[] {
  const children = element.children ?? [];
  const inlineOnly = children.length > 0 && !children.some((child) => BLOCKS.includes(child.type));
  return element.type === 'mdxJsxFlowElement' && amongBlocks && inlineOnly
    ? [{ type: 'paragraph', children, position: element.position }]
    : children;
}

export default function remarkLocalizedText(options: { locale?: SiteLocale } = {}) {
  return (tree: Node, file: { path?: string }) => {
    const keep = LOCALE_ELEMENTS[options.locale ?? currentLocale()];
    const where = (node: Node) =>
      `${path.relative(process.cwd(), file.path ?? 'unknown')}:${node.position?.start.line ?? 0}`;

    const walk = (node: Node) => {
      const children = node.children;
      if (!children) return;
      const amongBlocks = node.type === 'root' || children.some(isBlock);
      const result: Node[] = [];
      for (let i = 0; i < children.length; i++) {
        if (!isLocaleElement(children[i])) {
          result.push(children[i]);
          continue;
        }
        const members = group(children, i);
        const names = members.map((member) => member.name);
        const expected = ELEMENT_NAMES.map((name) => `<${name}>`).join('');
        if (names.join() !== ELEMENT_NAMES.join())
          throw contentError(
            where(children[i]),
            `expected ${expected} side by side, one per language, found ${names.map((name) => `<${name}>`).join('')}`,
          );
        for (const member of members) if (member.name === keep) result.push(...content(member, amongBlocks));
        i = children.indexOf(members[members.length - 1]);
      }
      node.children = result;
      result.forEach(walk);
    };
    walk(tree);
  };
}
