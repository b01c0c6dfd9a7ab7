import { describe, expect, it } from 'vitest';
import { isStoryFile } from './frontMatter';

describe('story file detection', () => {
  it('treats story pages, not the stories index, as stories', () => {
    expect(isStoryFile('/site/docs/stories/huron-data-platform.mdx')).toBe(true);
    expect(isStoryFile('/site/i18n/zh-Hans/docusaurus-plugin-content-docs/current/stories/huron.mdx')).toBe(true);
    expect(isStoryFile('/site/docs/stories/index.mdx')).toBe(false);
    expect(isStoryFile('/site/docs/overview.mdx')).toBe(false);
  });

});
