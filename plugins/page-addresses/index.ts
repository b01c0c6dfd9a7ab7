/**
 * Fails the build when two pages would be served at one address (a copied `slug`), with one line
 * naming both sources: Docusaurus' own "Duplicate routes found" names the address only.
 * Runs once every plugin has loaded its content, before the routes are made.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { contentError } from '../content-errors';
import { fieldLine } from '../front-matter/fieldLine';
import { sharedAddresses, type PageAddress } from './addresses';

/** The parts of the docs and pages plugins' loaded content read here. */
interface DocsContent {
  loadedVersions: Array<{ docs: PageAddress[] }>;
}

export default function pageAddressesPlugin(context: LoadContext): Plugin {
  const relative = (source: string) => source.replace(/^@site\//, '');
  return {
    name: 'page-addresses',
    async allContentLoaded({ allContent }) {
      const docs = allContent['docusaurus-plugin-content-docs']?.default as DocsContent | undefined;
      const pages = allContent['docusaurus-plugin-content-pages']?.default as PageAddress[] | undefined;
      const all = [...(docs?.loadedVersions.flatMap((version) => version.docs) ?? []), ...(pages ?? [])].map(
        (page) => ({ permalink: page.permalink, source: relative(page.source) }),
      );
      // In the order of their files, so the same pair always names the same file first.
      all.sort((a, b) => a.source.localeCompare(b.source));
      const [shared] = sharedAddresses(all);
      if (!shared) return;
      const { page, first } = shared;
      const line = fieldLine(readFileSync(path.join(context.siteDir, page.source), 'utf8'), 'slug');
      throw contentError(
        `${page.source}${line === undefined ? '' : `:${line}`}`,
        `the address ${page.permalink} is already ${first.source}'s; give one of them another slug`,
      );
    },
  };
}
