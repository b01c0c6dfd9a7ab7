/** The sub-path build (`npm run build:subpath`) and where the tests serve it. */
import { readFileSync } from 'node:fs';
import path from 'node:path';

export const SUBPATH = '/dla-prep/';
export const SUBPATH_BUILD_DIR = path.resolve(__dirname, '../../build-subpath');

export function sitemapPathsIn(buildDir: string, localeDir: string): string[] {
  const xml = readFileSync(path.join(buildDir, localeDir, 'sitemap.xml'), 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]).pathname);
}
