/**
 * One source per page: the English and Chinese builds render the same structure, diagrams,
 * links and story facts on every docs page (tests/support/localeDrift.ts). That the check names
 * a page whose Chinese diagram differs is proven on a copy in newStory.test.ts.
 * Needs a production build (`npm run build`) first.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { localeDrift, pageStructure } from '../support/localeDrift';

const buildDir = path.resolve(__dirname, '../../build');
const HURON = 'stories/huron-data-platform';

describe('both locales render each page from its one source', () => {
  it('reads the structure it compares', () => {
    const huron = pageStructure(readFileSync(path.join(buildDir, `${HURON}.html`), 'utf8'));
    expect(huron.sections).toEqual(['situation', 'task', 'action', 'result']);
    expect(huron.diagrams).toHaveLength(2); // one diagram, light and dark
    expect(huron.numbers).toEqual(expect.arrayContaining(['300+', '24']));
    expect(huron.facts).toContain('Huron Consulting Group');
    expect(huron.links).toContain('/tags/aws/lake-formation');
    const overview = pageStructure(readFileSync(path.join(buildDir, 'overview.html'), 'utf8'));
    expect(overview.headings).toEqual(expect.arrayContaining(['position', 'onsite-loop', 'functional-criteria']));
  });

  it('finds no difference between the English and Chinese pages of the build', () => {
    expect(localeDrift(buildDir)).toEqual([]);
  });
});
