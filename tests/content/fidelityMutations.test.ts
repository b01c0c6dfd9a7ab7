/**
 * The fidelity check fails, naming the guide line, on a copy of the site built with four
 * mistakes: a one-word breadth bullet deleted, a heading renamed, a STAR sentence moved from
 * Result to Action, and the "to prepare" marker of an empty bullet removed. One English build.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fidelityProblems } from '../support/fidelity';
import { GUIDE_BLOCKS } from '../support/guideText';
import { siteCopyWith } from '../support/siteCopy';

function guideLine(predicate: (block: (typeof GUIDE_BLOCKS)[number]) => boolean): number {
  const matches = GUIDE_BLOCKS.filter(predicate);
  expect(matches).toHaveLength(1);
  return matches[0].line;
}

const HURON = 'Huron Consulting Group Data Platform Build Lab';
const MOVED =
  'The pipeline has processed 300+ datasets from “Origin” to “Purpose-built” bucket using AWS Glue Job with in 24 hours.';

describe('the fidelity check against a mutated build', () => {
  it('names the guide line of each mistake, and nothing else', () => {
    const expected = [
      guideLine((b) => b.text === 'EC2' && b.path.includes('Cloud Architect')),
      guideLine((b) => b.kind === 'heading' && b.text === HURON),
      guideLine((b) => b.star === 'result' && b.text.startsWith('The pipeline has processed 300+')),
      guideLine((b) => b.text === '' && b.path.includes('Machine Learning Powered Application')),
    ];
    const copy = siteCopyWith({
      'docs/breadth/cloud-architect.mdx': (text) => text.replace(/^- EC2\n/m, ''),
      'docs/stories/huron-data-platform.mdx': (text) =>
        text
          .replace(`title: ${HURON}`, 'title: Huron Consulting Group Data Platform Lab')
          .replace(`1. ${MOVED}\n`, '')
          .replace('<StarSection part="action">\n', `<StarSection part="action">\n\n${MOVED}\n`),
      'docs/depth/machine-learning-applications.mdx': (text) =>
        text.replace(/<ToPrepare id="ml-depth-outline">([\s\S]*?)<\/ToPrepare>/, '$1'),
      // Its link on the "to prepare" page would otherwise fail the build's anchor check.
      'docs/to-prepare.mdx': (text) => text.replace('#ml-depth-outline', ''),
    });
    try {
      const { status, output } = copy.build();
      expect(status, output.slice(-2000)).toBe(0);
      const problems = fidelityProblems(path.join(copy.dir, 'build'), 'en');
      const lines = problems.map((problem) => Number(/^guide line (\d+)/.exec(problem)?.[1]));
      expect(
        lines.sort((a, b) => a - b),
        problems.join('\n'),
      ).toEqual(expected.sort((a, b) => a - b));
    } finally {
      copy.remove();
    }
  }, 200_000);
});
