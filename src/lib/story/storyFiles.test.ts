import { describe, expect, it } from 'vitest';
import { isStoryFile, sidebarPosition } from './storyFiles';

describe('story file detection', () => {
  it('treats story pages, not the stories index, as stories', () => {
    expect(isStoryFile('/site/docs/stories/huron-data-platform.mdx')).toBe(true);
    expect(isStoryFile('/site/i18n/zh-Hans/docusaurus-plugin-content-docs/current/stories/huron.mdx')).toBe(true);
    expect(isStoryFile('/site/docs/stories/index.mdx')).toBe(false);
    expect(isStoryFile('/site/docs/overview.mdx')).toBe(false);
  });
});

describe('sidebarPosition', () => {
  it('reads a number from the front matter, and nothing else', () => {
    expect(sidebarPosition('---\ntitle: A\nsidebar_position: 3\n---\n\nBody')).toBe(3);
    expect(sidebarPosition("---\nsidebar_position: 'first'\n---\n")).toBeUndefined();
    expect(sidebarPosition('---\ntitle: A\n---\n')).toBeUndefined();
    expect(sidebarPosition('No front matter. sidebar_position: 2')).toBeUndefined();
  });
});
