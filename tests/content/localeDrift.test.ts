/**
 * One source per page: the English and Chinese builds render the same structure, diagrams,
 * links and story facts on every docs page (tests/support/localeDrift.ts). That the check names
 * a page whose Chinese diagram differs is proven on a copy in authorLoop.test.ts.
 * Needs a production build (`npm run build`) first.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { guidePages } from '../../plugins/guide/pages';
import { localeDrift, pageStructure } from '../support/localeDrift';

const siteDir = path.resolve(__dirname, '../..');
const buildDir = path.join(siteDir, 'build');
const HURON = 'stories/huron-data-platform';
const huronSource = guidePages(siteDir, 'en').find((page) => page.id === HURON)!;
/** The first number the story's Result gives, and its customer, as its page source says. */
const resultNumber = /\d+\+?/.exec(
  huronSource.blocks
    .filter((b) => b.star === 'result')
    .map((b) => b.text)
    .join(' '),
)![0];

describe('both locales render each page from its one source', () => {
  it('reads the structure it compares', () => {
    const huron = pageStructure(readFileSync(path.join(buildDir, `${HURON}.html`), 'utf8'));
    expect(huron.sections).toEqual(['situation', 'task', 'action', 'result']);
    expect(huron.diagrams).toHaveLength(1); // one diagram, one drawing for both colour modes
    expect(huron.numbers).toContain(resultNumber);
    expect(huron.facts).toContain(String(huronSource.frontMatter.customer));
    expect(huron.links).toContain('/tags/aws/lake-formation');
    const overview = pageStructure(readFileSync(path.join(buildDir, 'overview.html'), 'utf8'));
    expect(overview.headings).toEqual(expect.arrayContaining(['position', 'onsite-loop', 'functional-criteria']));
  });

  it('finds no difference between the English and Chinese pages of the build', () => {
    expect(localeDrift(buildDir)).toEqual([]);
  });
});
