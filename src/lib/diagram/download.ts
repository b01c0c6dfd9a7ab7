/** A drawing as a file: the colours the reader sees, named from its title. Loaded on a first download. */
import { inColourMode } from './colourModes';

/** `Huron data platform` → `huron-data-platform.svg`; letters of every script kept. */
export function svgFileName(title: string): string {
  const slug = title
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase();
  return `${slug || 'diagram'}.svg`;
}

/** The drawing's markup as an SVG file in one colour mode (the page's styles for the other left out). */
export function svgFile(svg: string, mode: 'light' | 'dark'): Blob {
  return new Blob([inColourMode(svg, mode)], { type: 'image/svg+xml' });
}
