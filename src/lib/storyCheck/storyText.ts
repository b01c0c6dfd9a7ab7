/**
 * A story's STAR parts as plain text, read from its page's syntax tree once the locale's wording
 * is chosen (plugins/localized-text): the text a reader sees, without diagrams or markup.
 */
import { STAR_PARTS, type StarPart } from '../story/starParts';
import type { StoryText } from './analysis';

/** The few fields of an mdast / MDX node this reads. */
export interface MdNode {
  type: string;
  name?: string | null;
  value?: string;
  attributes?: Array<{ type: string; name?: string; value?: unknown }>;
  children?: MdNode[];
  position?: { start: { line: number } };
}

export class StoryTextError extends Error {
  constructor(
    /** `file` or `file:line`. */
    readonly where: string,
    readonly problem: string,
  ) {
    super(`${where}: ${problem}`);
    this.name = 'StoryTextError';
  }
}

/** Blocks read out as their own line; everything else runs on within its block. */
const BLOCKS = new Set(['paragraph', 'heading', 'listItem', 'blockquote', 'tableRow', 'mdxJsxFlowElement']);
/** Not read out: drawings and code. */
const SILENT = new Set(['code', 'mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression', 'html']);

function plainText(node: MdNode): string {
  if (SILENT.has(node.type)) return '';
  if (node.type === 'text' || node.type === 'inlineCode') return node.value ?? '';
  if (node.type === 'break') return '\n';
  const inner = (node.children ?? []).map(plainText).join('');
  return BLOCKS.has(node.type) ? `\n${inner}\n` : inner;
}

const attribute = (node: MdNode, name: string) =>
  node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);

function starSections(node: MdNode): MdNode[] {
  if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'StarSection')
    return [node];
  return (node.children ?? []).flatMap(starSections);
}

/**
 * Each STAR part's text. `file` names the source in errors: a story must hold each part once,
 * written or marked `toPrepare`.
 */
export function storyTextFromTree(tree: MdNode, file: string): StoryText {
  const found: Partial<StoryText> = {};
  for (const section of starSections(tree)) {
    const where = `${file}:${section.position?.start.line ?? 0}`;
    const part = attribute(section, 'part')?.value;
    if (typeof part !== 'string' || !STAR_PARTS.includes(part as StarPart))
      throw new StoryTextError(where, `<StarSection> needs part="situation", "task", "action" or "result".`);
    if (found[part as StarPart])
      throw new StoryTextError(where, `a second <StarSection part="${part}">: expected each STAR part once.`);
    const text = plainText(section)
      .split('\n')
      .map((line) => line.replace(/\s+/g, ' ').trim())
      .filter(Boolean)
      .join('\n');
    found[part as StarPart] = { text, toPrepare: attribute(section, 'toPrepare') !== undefined };
  }
  const missing = STAR_PARTS.filter((part) => !found[part]);
  if (missing.length > 0)
    throw new StoryTextError(
      file,
      `no <StarSection part="${missing.join('">, <StarSection part="')}">: expected all four STAR parts (mark an unwritten one toPrepare="…").`,
    );
  return found as StoryText;
}
