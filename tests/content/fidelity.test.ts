/**
 * Nothing lost: every block of every page's source (heading, paragraph, outline item, STAR
 * sentence, "to prepare" note) is in its own element of its built page, in order, in both
 * locales (see tests/support/fidelity.ts). Needs a production build (`npm run build`) first.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { guidePages } from '../../plugins/guide/pages';
import { builtPages, fidelityProblems } from '../support/fidelity';

const siteDir = path.resolve(__dirname, '../..');
const buildDir = path.join(siteDir, 'build');

describe.each(['en', 'zh-Hans'] as const)('every page source is on the %s site', (locale) => {
  const pages = guidePages(siteDir, locale);

  it('has a production build to check', () => {
    const index = path.join(buildDir, locale === 'en' ? '' : locale, 'index.html');
    expect(existsSync(index), `run "npm run build" first (${index})`).toBe(true);
  });

  it(`each block of the ${pages.length} pages, in its own element, in order`, () => {
    expect(pages.reduce((count, page) => count + page.blocks.length, 0)).toBeGreaterThan(200);
    expect(fidelityProblems(pages, builtPages(buildDir, locale))).toEqual([]);
  });
});
