import { describe, expect, it } from 'vitest';
import { mermaidBlocks } from './cache';

describe('the mermaid blocks of a page source', () => {
  it('are its fenced mermaid blocks, in any fence and inside components, with their first line', () => {
    const mdx = [
      'intro', // 1
      '',
      '```mermaid',
      'flowchart LR',
      '  A --> B',
      '```',
      '',
      '```js',
      'x',
      '```', // 10
      '~~~mermaid',
      'pie',
      '~~~',
      '',
      '<En>', // 15
      '',
      '  ```mermaid',
      '  flowchart TB',
      '    C --> D',
      '  ```', // 20
      '',
      '</En>',
    ].join('\n');
    expect(mermaidBlocks('docs/x.mdx', mdx)).toEqual([
      { source: 'flowchart LR\n  A --> B', line: 4 },
      { source: 'pie', line: 12 },
      { source: 'flowchart TB\n  C --> D', line: 18 },
    ]);
  });

  it('of a source that is not MDX fail naming the file and line', () => {
    expect(() => mermaidBlocks('docs/x.mdx', 'intro\n\n<En>\n\n```mermaid\npie\n```\n')).toThrow(/^docs\/x\.mdx:\d+: /);
  });
});
