/**
 * Parses the author’s reStructuredText guide into flat, typed blocks, for the check that the guide
 * `npm run guide` writes reads back as the pages' blocks (plugins/guide/guide.test.ts).
 * Only the subset of reST the guide uses is supported: titled sections, bullet and
 * enumerated lists nested by indentation, paragraphs, bold STAR labels and directives.
 */

import type { StarPart } from '../../src/lib/story/starParts';

export interface GuideBlock {
  kind: 'heading' | 'paragraph' | 'list-item';
  /** Text with inline markup (`**bold**`, ``literal``) removed; empty for an empty bullet. */
  text: string;
  /** 1-based line in the guide. */
  line: number;
  /** Titles of the enclosing sections, outermost first (a heading's own title is last). */
  path: string[];
  /** Nesting depth of a list item (0 = top level). */
  depth: number;
  /** The STAR part a block belongs to, inside a story. */
  star?: StarPart;
}

const UNDERLINE_LEVELS: Record<string, number> = { '=': 0, '-': 1, '~': 2 };
const STAR_LABELS: Record<string, StarPart> = {
  s: 'situation',
  situation: 'situation',
  t: 'task',
  task: 'task',
  a: 'action',
  action: 'action',
  r: 'result',
  result: 'result',
};
/** A label such as `Reference:` after the last STAR part: what follows is no longer the story. */
const AFTER_STORY = /^(References?|Links?):$/i;
const LIST_MARKER = /^( *)(?:[-*]|\d+\.)(?: +(.*))?$/;
const INDENT_PER_LEVEL = 4;

export function stripInlineMarkup(text: string): string {
  return text
    .replace(/\*\*(.+?)\*\*/g, '$1')
    .replace(/``(.+?)``/g, '$1')
    .trim();
}

function isUnderline(line: string | undefined): string | undefined {
  if (!line) return undefined;
  const match = /^([=\-~])\1{3,}\s*$/.exec(line);
  return match?.[1];
}

/** A bold line such as `**S**:` or `**Situation**` that opens a STAR part. */
function starLabel(line: string): StarPart | undefined {
  const match = /^\*\*([A-Za-z]+)\*\*:?\s*$/.exec(line.trim());
  return match ? STAR_LABELS[match[1].toLowerCase()] : undefined;
}

export function parseGuide(rst: string): GuideBlock[] {
  const lines = rst.split(/\r?\n/);
  const blocks: GuideBlock[] = [];
  const path: string[] = [];
  let star: StarPart | undefined;
  let inDirective = false;

  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i];
    const line = i + 1;
    if (raw.trim() === '') {
      continue;
    }
    const underline = isUnderline(lines[i + 1]);
    if (underline && !raw.startsWith(' ')) {
      const level = UNDERLINE_LEVELS[underline];
      path.length = level;
      path.push(raw.trim());
      blocks.push({ kind: 'heading', text: raw.trim(), line, path: [...path], depth: 0 });
      star = undefined;
      inDirective = false;
      i++;
      continue;
    }
    if (raw.startsWith('.. ')) {
      inDirective = true;
      continue;
    }
    if (inDirective && raw.startsWith(' ')) {
      continue;
    }
    inDirective = false;
    const label = starLabel(raw);
    if (label) {
      star = label;
      continue;
    }
    if (AFTER_STORY.test(raw.trim())) star = undefined;
    const item = LIST_MARKER.exec(raw);
    if (item) {
      blocks.push({
        kind: 'list-item',
        text: stripInlineMarkup(item[2] ?? ''),
        line,
        path: [...path],
        depth: Math.floor(item[1].length / INDENT_PER_LEVEL),
        star,
      });
      continue;
    }
    blocks.push({ kind: 'paragraph', text: stripInlineMarkup(raw), line, path: [...path], depth: 0, star });
  }
  return blocks;
}
