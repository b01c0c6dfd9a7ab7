import { describe, expect, it } from 'vitest';
import { isStoryFile, partsToPrepare } from './storyFiles';

describe('story file detection', () => {
  it('treats story pages, not the stories index, as stories', () => {
    expect(isStoryFile('/site/docs/stories/huron-data-platform.mdx')).toBe(true);
    expect(isStoryFile('/site/i18n/zh-Hans/docusaurus-plugin-content-docs/current/stories/huron.mdx')).toBe(true);
    expect(isStoryFile('/site/docs/stories/index.mdx')).toBe(false);
    expect(isStoryFile('/site/docs/overview.mdx')).toBe(false);
  });
});

describe('partsToPrepare', () => {
  it('finds the STAR sections marked "to prepare"', () => {
    const mdx = [
      '<StarSection part="situation">text</StarSection>',
      '<StarSection part="task" toPrepare="I am" />',
      '<StarSection part="result" toPrepare="We" />',
    ].join('\n');
    expect(partsToPrepare(mdx)).toEqual(['task', 'result']);
    expect(partsToPrepare('<StarSection part="action">done</StarSection>')).toEqual([]);
  });
});
