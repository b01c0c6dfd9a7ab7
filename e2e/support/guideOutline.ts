/**
 * The outline pages' items as their page sources say (plugins/guide): each non-empty outline
 * item with its page, area and parent items, in guide order. The tests' own selection of the
 * pages' blocks, not the practice deck's.
 */
import path from 'node:path';
import { guidePages } from '../../plugins/guide/pages';

export interface OutlineItem {
  route: string;
  area: string;
  parents: string[];
  text: string;
  /** The page's top-level items are its headings. */
  headings: boolean;
}

export function guideOutline(): OutlineItem[] {
  const items: OutlineItem[] = [];
  for (const page of guidePages(path.resolve(__dirname, '../..'), 'en')) {
    if (!page.outline) continue;
    const parents: string[] = [];
    for (const block of page.blocks) {
      if (block.kind !== 'list-item' || block.site) continue;
      parents.length = block.depth;
      parents.push(block.text);
      if (block.text)
        items.push({
          route: page.route,
          area: page.title,
          parents: parents.slice(0, -1),
          text: block.text,
          headings: page.outline === 'headings',
        });
    }
  }
  return items;
}
