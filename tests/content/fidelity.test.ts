/**
 * Nothing lost: every heading, outline item and STAR sentence of the author's guide
 * (after the name corrections) is in the built HTML of its page, in both locales.
 * Needs a production build (`npm run build`) first.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SeedBlock } from '../../src/lib/seed/parseSeed';
import { routeOfPath } from '../../src/lib/seed/routes';
import { GUIDE_BLOCKS as blocks, expectedText } from '../support/seedText';
import { htmlToText } from '../../src/lib/html/textContent';

const root = path.resolve(__dirname, '../..');
const buildDir = path.join(root, 'build');

function routeOf(block: SeedBlock): string {
  const route = routeOfPath(block.path);
  if (!route) throw new Error(`seed line ${block.line}: no page is mapped for section "${block.path.join(' / ')}"`);
  return route;
}

const pageTexts = new Map<string, string>();
function pageText(file: string): string {
  if (!pageTexts.has(file)) pageTexts.set(file, htmlToText(readFileSync(file, 'utf8')));
  return pageTexts.get(file)!;
}

describe.each(['en', 'zh-Hans'] as const)('every part of the guide is on the %s site', (locale) => {
  const localeDir = locale === 'en' ? buildDir : path.join(buildDir, locale);

  it('has a production build to check', () => {
    expect(existsSync(path.join(localeDir, 'index.html')), `run "npm run build" first (${localeDir})`).toBe(true);
  });

  it.each(blocks.map((block) => [block.line, block] as const))('seed line %i', (_line, block) => {
    const file = path.join(localeDir, `${routeOf(block)}.html`);
    const html = readFileSync(file, 'utf8');
    const where = `seed line ${block.line} (${block.path.join(' / ')}) in ${path.relative(root, file)}`;
    if (block.text === '') {
      expect(html, `${where}: the empty item must be marked "to prepare"`).toContain('data-to-prepare');
      return;
    }
    const expected = expectedText(block, locale);
    expect(pageText(file).includes(expected), `${where}: missing "${expected}"`).toBe(true);
  });
});
