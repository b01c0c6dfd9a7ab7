/**
 * One source per page: the English and Chinese builds render the same structure, diagrams,
 * links and story facts on every docs page (tests/support/localeDrift.ts), and the check fails,
 * naming the page, on a copy of the site whose Chinese page draws a different diagram.
 * Needs a production build (`npm run build`) first.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { localeDrift, pageStructure } from '../support/localeDrift';
import { siteCopyWith } from '../support/siteCopy';

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

  it('names the page whose Chinese diagram differs, in a copy built that way', () => {
    const copy = siteCopyWith({
      [`docs/${HURON}.mdx`]: (text) => {
        const diagram = /```mermaid\n[\s\S]*?\n```/.exec(text)![0];
        const changed = diagram.replace(/\[([^\]]+)\]/, '[$1, changed]');
        return text.replace(diagram, `<En>\n\n${diagram}\n\n</En>\n<Zh>\n\n${changed}\n\n</Zh>`);
      },
    });
    try {
      const { status, output } = copy.build({}, { locale: 'zh-Hans' });
      expect(status, output.slice(-2000)).toBe(0);
      // A one-locale build writes that locale at the top of its folder. The copy's English
      // pages are the working tree's, so they are compared from the main build.
      const problems = localeDrift(buildDir, path.join(copy.dir, 'build'));
      expect(problems, problems.join('\n')).toHaveLength(1);
      expect(problems[0]).toMatch(new RegExp(`^${HURON}\\.html: diagrams differ`));
    } finally {
      copy.remove();
    }
  }, 200_000);
});
