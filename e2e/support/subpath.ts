/** The sub-path build (`npm run build:subpath`) and where the tests serve it. */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { elementWithId } from './diagrams';

export const SUBPATH = '/dla-prep/';
export const SUBPATH_BUILD_DIR = path.resolve(__dirname, '../../build-subpath');

export function sitemapPathsIn(buildDir: string, localeDir: string): string[] {
  const xml = readFileSync(path.join(buildDir, localeDir, 'sitemap.xml'), 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]).pathname);
}

const isFile = (file: string) => statSync(file, { throwIfNoEntry: false })?.isFile() ?? false;

/**
 * Why a reference under the sub-path (`/dla-prep/assets/…`, `/dla-prep/stories/x#result`) has
 * nothing behind it in the sub-path build, or undefined when it does: a file, or a page (its
 * `.html`, or a folder's `index.html`) that, `withAnchor`, has an element with the fragment's id.
 */
export function missingBuiltTarget(reference: string, { withAnchor }: { withAnchor: boolean }): string | undefined {
  // Every page refers to the same scripts and styles: each reference is looked up once.
  const key = `${withAnchor} ${reference}`;
  if (!targetProblems.has(key)) targetProblems.set(key, targetProblem(reference, withAnchor));
  return targetProblems.get(key);
}
const targetProblems = new Map<string, string | undefined>();

function targetProblem(reference: string, withAnchor: boolean): string | undefined {
  const [address, anchor] = reference.slice(SUBPATH.length).split('#');
  const file = decodeURIComponent(address.split('?')[0]);
  const candidates = file === '' || file.endsWith('/') ? [`${file}index.html`] : [file, `${file}.html`];
  const found = candidates.map((name) => path.join(SUBPATH_BUILD_DIR, name)).find(isFile);
  if (!found) return `no file ${candidates.join(' or ')} in the sub-path build`;
  if (withAnchor && anchor && !elementWithId(anchor).test(readFileSync(found, 'utf8')))
    return `no element with id "${anchor}" in ${path.relative(SUBPATH_BUILD_DIR, found)}`;
  return undefined;
}
