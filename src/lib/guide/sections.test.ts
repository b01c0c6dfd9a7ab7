import { describe, expect, it } from 'vitest';
import { outlineTopics } from './sections';

describe('the outlines’ topics', () => {
  it('are the pages one level below each outline’s overview, up to the next part', () => {
    const pages = [
      { id: 'overview', level: 1 as const, shortTitle: 'Overview' },
      { id: 'breadth/index', level: 1 as const, shortTitle: 'Breadth overview' },
      { id: 'breadth/a', level: 2 as const, shortTitle: 'A' },
      { id: 'breadth/b', level: 2 as const, shortTitle: 'B' },
      { id: 'depth/index', level: 1 as const, shortTitle: 'Depth overview' },
      { id: 'depth/c', level: 2 as const, shortTitle: 'C' },
      { id: 'stories/index', level: 1 as const, shortTitle: 'Stories' },
      { id: 'stories/x', level: 1 as const, shortTitle: 'X' },
    ];
    expect(outlineTopics(pages)).toEqual({ breadth: ['A', 'B'], depth: ['C'] });
  });
});
