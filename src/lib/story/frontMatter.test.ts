import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isStoryFile, sourceDocPath } from './frontMatter';

describe('story file detection', () => {
  it('treats story pages, not the stories index, as stories', () => {
    expect(isStoryFile('/site/docs/stories/huron-data-platform.mdx')).toBe(true);
    expect(isStoryFile('/site/i18n/zh-Hans/docusaurus-plugin-content-docs/current/stories/huron.mdx')).toBe(true);
    expect(isStoryFile('/site/docs/stories/index.mdx')).toBe(false);
    expect(isStoryFile('/site/docs/overview.mdx')).toBe(false);
  });

  it('maps a translated doc to its English source', () => {
    const translated = path.join(
      '/site',
      'i18n',
      'zh-Hans',
      'docusaurus-plugin-content-docs',
      'current',
      'stories',
      'a.mdx',
    );
    expect(sourceDocPath(translated)).toBe(path.join('/site', 'docs', 'stories', 'a.mdx'));
    expect(sourceDocPath('/site/docs/stories/a.mdx')).toBe('/site/docs/stories/a.mdx');
  });
});
