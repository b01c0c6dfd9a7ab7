/** What the tests read from a drawn diagram's SVG markup. */

/** The targets of the diagram's node links (`click X href "..."`), in document order. */
export function svgLinks(svg: string): string[] {
  return [...svg.matchAll(/<a\b[^>]*?\s(?:xlink:)?href="([^"]*)"/g)].map((match) => match[1]);
}

/** The id Mermaid gave the SVG element. */
export function svgId(svg: string): string {
  const id = /<svg\b[^>]*?\sid="([^"]+)"/.exec(svg)?.[1];
  if (!id) throw new Error('rendered diagram has no <svg id>');
  return id;
}
