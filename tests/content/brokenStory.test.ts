/**
 * A story with a wrong front-matter field must fail the real build, naming file and field.
 * Builds a temporary copy of the site (English only) with one deliberate mistake.
 */
import { describe, expect, it } from 'vitest';
import { siteCopyWith } from '../support/siteCopy';

describe('story front matter validation in the build', () => {
  it('fails on an unknown principle with the file and field', () => {
    const copy = siteCopyWith({
      'docs/stories/huron-data-platform.mdx': (text) => text.replace('principle: dive-deep', 'principle: dive-deeper'),
    });
    try {
      const { status, output } = copy.build();
      expect(status, output.slice(-2000)).not.toBe(0);
      expect(output).toContain(
        'docs/stories/huron-data-platform.mdx: story front matter field "principles[1].principle" is invalid',
      );
      expect(output).toContain('got "dive-deeper"');
    } finally {
      copy.remove();
    }
  }, 200_000);
});
