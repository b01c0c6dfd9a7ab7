import { describe, expect, it } from 'vitest';
import { sharedAddresses } from './addresses';

describe('sharedAddresses', () => {
  it('names the page that takes an address already taken, and the first page there', () => {
    const a = { permalink: '/stories/x', source: 'docs/stories/a.mdx' };
    const b = { permalink: '/stories/y', source: 'docs/stories/b.mdx' };
    const c = { permalink: '/stories/x/', source: 'docs/stories/c.mdx' };
    expect(sharedAddresses([a, b, c])).toEqual([{ page: c, first: a }]);
  });

  it('finds nothing when every address is its own', () => {
    expect(
      sharedAddresses([
        { permalink: '/', source: 'src/pages/index.tsx' },
        { permalink: '/a', source: 'docs/a.mdx' },
      ]),
    ).toEqual([]);
  });
});
