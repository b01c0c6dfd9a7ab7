/** The sub-path build (`npm run build:subpath`) and where the tests serve it. */
import { readFileSync } from 'node:fs';
import path from 'node:path';

export const SUBPATH = '/dla-prep/';
export const SUBPATH_BUILD_DIR = path.resolve(__dirname, '../../build-subpath');

export function sitemapPathsIn(buildDir: string, localeDir: string): string[] {
  const xml = readFileSync(path.join(buildDir, localeDir, 'sitemap.xml'), 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]).pathname);
}

/** How many node links the light drawings of a sub-path page hold in its built HTML. */
export function diagramLinksInBuild(pagePath: string): number {
  const file = pagePath.slice(SUBPATH.length).replace(/(^|\/)$/, '$1index') + '.html';
  const html = readFileSync(path.join(SUBPATH_BUILD_DIR, file), 'utf8');
  return [...html.matchAll(/data-diagram-svg="?light"?[^>]*>([\s\S]*?)<\/svg>/g)].reduce(
    (sum, [, drawing]) => sum + [...drawing.matchAll(/<a[\s>]/g)].length,
    0,
  );
}
