/**
 * Flash cards from the guide's outline pages (breadth and depth): every non-empty outline item,
 * with where it sits in the outline and where it is on the site.
 */
import type { Slugger } from '@docusaurus/utils';
import type { Outline, PageBlock } from '../guide/blocks';

export interface Card {
  /** Stable across builds: the page route and the item's outline path, slugged. */
  id: string;
  text: string;
  /** The outline area, then the parent items, outermost first. */
  path: string[];
  /** Route of the item's page, e.g. `/breadth/devops`. */
  route: string;
  /** Heading id of the item's top-level outline item; depth pages have no headings. */
  anchor?: string;
}

/** The global data of `plugins/practice-deck`. */
export interface PracticeDeck {
  cards: Card[];
}

/** Where a card's item is on the site: its page, at its top-level heading when it has one. */
export function cardLink(card: Card): string {
  return card.anchor ? `${card.route}#${card.anchor}` : card.route;
}

/** An outline page of the guide, as the deck reads it (plugins/guide reads the pages). */
export interface OutlinePage {
  route: string;
  title: string;
  outline?: Outline;
  blocks: readonly PageBlock[];
}

/**
 * The cards of the guide's outline pages, in page order. `createSlugger` makes heading ids as the
 * site's Markdown headings get them (`@docusaurus/utils`, i.e. github-slugger); it is passed in so
 * this module stays free of Node-only code and can share `Card` and `cardLink` with the browser.
 */
export function buildDeck(pages: readonly OutlinePage[], createSlugger: () => Slugger): Card[] {
  const cards: Card[] = [];
  const ids = createSlugger();
  for (const page of pages) {
    if (!page.outline) continue;
    // Heading ids are unique per page, as the site's Markdown headings get them.
    const headings = createSlugger();
    const parents: string[] = [];
    let anchor: string | undefined;
    for (const block of page.blocks) {
      if (block.kind !== 'list-item' || block.site || block.star) continue;
      parents.length = block.depth;
      parents.push(block.text);
      if (block.shownAs === 'heading') anchor = block.id ?? headings.slug(block.text);
      if (block.text === '') continue;
      cards.push({
        id: `${page.route.replace(/^\//, '')}/${ids.slug(parents.join(' '))}`,
        text: block.text,
        path: [page.title, ...parents.slice(0, -1)],
        route: page.route,
        ...(page.outline === 'headings' && { anchor }),
      });
    }
  }
  return cards;
}
