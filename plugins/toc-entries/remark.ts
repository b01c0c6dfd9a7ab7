/**
 * Remark plugin, run after Docusaurus' own (which writes the page's `toc` export from its
 * Markdown headings): adds the headings that components draw themselves, each
 * `<StarSection part="…">` heading and the principles of `<PrincipleList />`, at their place in
 * the page and in the locale being built. The table of contents (desktop column and the phone's
 * "On this page") then lists them, and highlights them on scroll by their `h2.anchor`/`h3.anchor`.
 */
// cspell:ignore mdxjs (the ESM node type of MDX syntax trees)
import path from 'node:path';
import { visit } from 'unist-util-visit';
import { loadTags } from '../story-catalog/files';
import { TAG_PREFIX } from '../../src/lib/story/schema';
import type { MdNode } from '../../src/lib/guide/mdNode';
import { STAR_PARTS, STAR_PART_NAMES, starPartMessageId, type StarPart } from '../../src/lib/story/starParts';
import { currentLocale, type SiteLocale } from '../localized-text/locales';
import { codeMessage } from '../localized-text/codeMessages';

// `__filename`, not `__dirname`: tsx gives ESM-loaded TypeScript a wrong `__dirname`.
const ROOT = path.resolve(path.dirname(__filename), '../..');

/** One entry of a page's table of contents, as Docusaurus exports it (`value` is HTML). */
export interface TocEntry {
  value: string;
  id: string;
  level: number;
}

interface Estree {
  type: string;
  [key: string]: unknown;
}

/** A syntax-tree node as Docusaurus leaves it: a heading's id and an ESM node's program in `data`. */
interface Node extends MdNode {
  children?: Node[];
  data?: { id?: string; estree?: { body: Estree[] } };
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The entries a component adds in the given locale, or none for any other element. */
export function entriesFor(node: Node, locale: SiteLocale): TocEntry[] {
  if (node.name === 'StarSection') {
    const part = node.attributes?.find((attribute) => attribute.name === 'part')?.value as StarPart;
    if (!STAR_PARTS.includes(part)) return [];
    const label = codeMessage(locale, starPartMessageId(part), STAR_PART_NAMES[part]);
    return [{ value: escapeHtml(label), id: part, level: 2 }];
  }
  if (node.name === 'PrincipleList') {
    // Principles keep their official English names in every locale (tags.yml).
    return Object.entries(loadTags(path.join(ROOT, 'docs')))
      .filter(([key]) => key.startsWith(TAG_PREFIX.principles))
      .map(([key, tag]) => ({ value: escapeHtml(tag.label), id: key.slice(TAG_PREFIX.principles.length), level: 3 }));
  }
  return [];
}

/** The array of `export const toc = […]`, once Docusaurus has written it. */
function tocArray(tree: Node): { elements: Estree[] } | undefined {
  for (const node of tree.children ?? []) {
    const statement = node.type === 'mdxjsEsm' ? node.data?.estree?.body[0] : undefined;
    const declarator = (statement?.declaration as { declarations?: Estree[] } | undefined)?.declarations?.[0];
    const isToc = statement?.type === 'ExportNamedDeclaration' && (declarator?.id as Estree)?.name === 'toc';
    if (isToc && (declarator?.init as Estree)?.type === 'ArrayExpression')
      return declarator?.init as unknown as { elements: Estree[] };
  }
  return undefined;
}

/** Docusaurus writes each entry as an object literal with string-literal keys, as this does. */
type EntryExpression = { properties: Array<{ key: { value: unknown }; value: { value: unknown } }> };

const idOf = (element: Estree) =>
  (element as unknown as EntryExpression).properties?.find((property) => property.key.value === 'id')?.value.value;

const entryExpression = (entry: TocEntry): Estree => ({
  type: 'ObjectExpression',
  properties: Object.entries(entry).map(([key, value]) => ({
    type: 'Property',
    kind: 'init',
    method: false,
    shorthand: false,
    computed: false,
    key: { type: 'Literal', value: key },
    value: { type: 'Literal', value },
  })),
});

export default function remarkTocEntries(options: { locale?: SiteLocale } = {}) {
  return (tree: Node, file: { path?: string }) => {
    const toc = tocArray(tree);
    if (!toc) return;
    const locale = options.locale ?? currentLocale();
    const headingEntries = new Map(toc.elements.map((element) => [idOf(element), element]));
    const ordered: Estree[] = [];
    let added = 0;
    // Document order: a component's entries come right after the heading before it.
    visit(tree, (node: Node) => {
      if (node.type === 'heading' && headingEntries.has(node.data?.id))
        ordered.push(headingEntries.get(node.data?.id)!);
      if (node.type === 'mdxJsxFlowElement') {
        const entries = entriesFor(node, locale);
        ordered.push(...entries.map(entryExpression));
        added += entries.length;
      }
    });
    if (added === 0) return;
    if (ordered.length - added !== toc.elements.length)
      throw new Error(
        `${path.relative(ROOT, file.path ?? 'unknown')}: the table of contents has entries that are not headings of the page; cannot place the STAR and principle entries among them`,
      );
    toc.elements = ordered;
  };
}
