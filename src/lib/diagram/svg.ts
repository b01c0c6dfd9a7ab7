/**
 * Pure helpers over the SVG markup Mermaid renders at build time: what the site keeps of it,
 * its node links, and the ids that must stay unique on a page.
 */

export interface SvgSize {
  width: number;
  height: number;
}

// Mermaid stores each edge's layout points as base64 JSON for its own re-rendering: dead weight here.
const LAYOUT_DATA = / data-points="[^"]*"/g;
export const LINK_HREF = /(<a\b[^>]*?\s(?:xlink:)?href=")([^"]*)(")/g;
const VIEW_BOX = /<svg\b[^>]*?\sviewBox="[-\d.]+ [-\d.]+ ([\d.]+) ([\d.]+)"/;

/**
 * The rendered SVG without data only Mermaid's own runtime reads, and with the xlink namespace
 * declared, so the markup is also a valid standalone SVG file (the download).
 */
export function cleanSvg(svg: string): string {
  const cleaned = svg.replace(LAYOUT_DATA, '');
  return cleaned.includes('xlink:') && !cleaned.includes('xmlns:xlink=')
    ? cleaned.replace(/^<svg\b/, '<svg xmlns:xlink="http://www.w3.org/1999/xlink"')
    : cleaned;
}

/** Site-relative node links get the locale's base URL (raw SVG links bypass the router). */
export function localizeSvgLinks(svg: string, withBaseUrl: (path: string) => string): string {
  return svg.replace(LINK_HREF, (all, head: string, href: string, tail: string) =>
    href.startsWith('/') ? head + withBaseUrl(href) + tail : all,
  );
}

/**
 * Mermaid prefixes every id inside the SVG (markers, edges, nodes, title) with the SVG's own
 * id, so renaming that id renames them all: a second copy of a diagram on one page stays unique.
 */
export function renameSvgId(svg: string, from: string, to: string): string {
  if (!from) throw new Error('renameSvgId: empty id');
  return svg.split(from).join(to);
}

/** The drawing's natural size, from its viewBox. */
export function svgSize(svg: string): SvgSize {
  const match = VIEW_BOX.exec(svg);
  if (!match) throw new Error('rendered diagram has no viewBox');
  return { width: Number(match[1]), height: Number(match[2]) };
}
