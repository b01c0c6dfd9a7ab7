/**
 * Flash cards from the guide's breadth and depth outlines: every non-empty outline item, with
 * where it sits in the outline and where it is on the site.
 */
import type { Slugger } from '@docusaurus/utils';
import type { GuideBlock } from '../guide/parseGuide';
import { correctNames } from '../guide/corrections';
import { routeOfPath } from '../guide/routes';

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

/** The guide sections whose subsections are card areas, and whether their top-level items are headings. */
const DECK_SECTIONS: Record<string, { headings: boolean }> = {
  技术广度准备: { headings: true },
  技术深度准备: { headings: false },
};

/**
 * The cards of the guide's outline. `createSlugger` makes heading ids as the site's Markdown
 * headings get them (`@docusaurus/utils`, i.e. github-slugger); it is passed in so this module
 * stays free of Node-only code and can share `Card` and `cardLink` with the browser.
 */
export function buildDeck(blocks: readonly GuideBlock[], createSlugger: () => Slugger): Card[] {
  const cards: Card[] = [];
  const ids = createSlugger();
  // Heading ids are unique per page, as the site's Markdown headings get them.
  const headingSluggers = new Map<string, Slugger>();
  const parents: string[] = [];
  let anchor: string | undefined;

  for (const block of blocks) {
    const [, section, area] = block.path;
    const deck = DECK_SECTIONS[section];
    if (block.kind !== 'list-item' || !deck || block.path.length !== 3) continue;
    const route = routeOfPath(block.path);
    if (!route) throw new Error(`guide line ${block.line}: no page is mapped for "${area}"`);
    const text = correctNames(block.text);
    parents.length = block.depth;
    parents.push(text);
    if (block.depth === 0 && deck.headings) {
      if (!headingSluggers.has(route)) headingSluggers.set(route, createSlugger());
      anchor = headingSluggers.get(route)!.slug(text);
    }
    if (text === '') continue;
    cards.push({
      id: `${route}/${ids.slug(parents.join(' '))}`,
      text,
      path: [correctNames(area), ...parents.slice(0, -1)],
      route: `/${route}`,
      ...(deck.headings && { anchor }),
    });
  }
  return cards;
}
