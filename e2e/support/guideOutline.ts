/**
 * The breadth and depth outlines of the author's guide: each non-empty outline item with its
 * area and parent items, in guide order, read from the guide's blocks (the tests' own selection,
 * not the practice deck's).
 */
import { loadGuide } from '../../src/lib/guide/guideFile';

export interface OutlineItem {
  area: string;
  parents: string[];
  text: string;
}

const OUTLINE_SECTIONS = ['技术广度准备', '技术深度准备'];

export function guideOutline(): OutlineItem[] {
  const items: OutlineItem[] = [];
  const bullets: string[] = [];
  for (const block of loadGuide()) {
    const [, section, area] = block.path;
    if (block.kind !== 'list-item' || block.path.length !== 3 || !OUTLINE_SECTIONS.includes(section)) continue;
    bullets.length = block.depth;
    bullets.push(block.text);
    if (block.text) items.push({ area, parents: bullets.slice(0, -1), text: block.text });
  }
  return items;
}
