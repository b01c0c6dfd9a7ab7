/** What tests read from a rendered diagram's SVG markup. */
import { LINK_HREF } from '../../src/lib/diagram/svg';

/** The targets of the diagram's node links (`click X href "..."`), in document order. */
export function svgLinks(svg: string): string[] {
  return [...svg.matchAll(LINK_HREF)].map((match) => match[2]);
}

/** The id Mermaid gave the SVG element. */
export function svgId(svg: string): string {
  const id = /<svg\b[^>]*?\sid="([^"]+)"/.exec(svg)?.[1];
  if (!id) throw new Error('rendered diagram has no <svg id>');
  return id;
}
