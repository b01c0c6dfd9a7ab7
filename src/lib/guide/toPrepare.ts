/**
 * What the guide leaves to prepare, read from the pages' "to prepare" marks in guide order: the
 * `/to-prepare` page lists them, so it shrinks as the author writes each part.
 */
import type { StarPart } from '../story/starParts';
import type { PageBlock } from './blocks';

export interface ToPrepareSpot {
  /** The page's title, and its route with the mark's anchor. */
  title: string;
  link: string;
  /** A story's unwritten STAR part, with the draft the guide has for it. */
  part?: StarPart;
  /** What is missing, in the site's words, or the part's draft. */
  text: string;
}

/** The global data of `plugins/guide`. */
export interface GuideData {
  toPrepare: ToPrepareSpot[];
  /** The pages of the breadth and depth outlines, by short title (the home page names them). */
  topics: { breadth: string[]; depth: string[] };
}

interface MarkedPage {
  title: string;
  route: string;
  site?: true;
  blocks: readonly PageBlock[];
}

export function toPrepareSpots(pages: readonly MarkedPage[]): ToPrepareSpot[] {
  return pages
    .filter((page) => !page.site)
    .flatMap((page) =>
      page.blocks
        .filter((block) => block.shownAs === 'to-prepare')
        .map((block) => ({
          title: page.title,
          link: block.id ? `${page.route}#${block.id}` : page.route,
          ...(block.star && { part: block.star }),
          text: block.text,
        })),
    );
}
