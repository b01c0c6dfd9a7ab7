import { describe, expect, it } from 'vitest';
import { queryPatterns } from './searchMatches';

const found = (pattern: RegExp, text: string) => [...text.matchAll(pattern)].map((match) => match[0]);

describe('queryPatterns', () => {
  it('finds every word of the query, whatever its case, the longer word first', () => {
    const { words } = queryPatterns('  shard  Write sharding ')!;
    expect(found(words, 'A "Write Sharding" key: one shard, write less.')).toEqual([
      'Write',
      'Sharding',
      'shard',
      'write',
    ]);
  });

  it('finds the query as a phrase across any white space, not its words apart', () => {
    const { phrase } = queryPatterns('write sharding')!;
    expect(found(phrase, 'an optimized "Write\n  Sharding" strategy; write the sharding')).toEqual([
      'Write\n  Sharding',
    ]);
  });

  it('takes the query literally and finds Chinese text', () => {
    expect(found(queryPatterns('a+b (c)')!.words, 'a+b (c) ab')).toEqual(['a+b', '(c)']);
    expect(found(queryPatterns('单点测试')!.phrase, '做单点测试。')).toEqual(['单点测试']);
  });

  it('has nothing to look for in a blank query', () => {
    expect(queryPatterns(' \n ')).toBeUndefined();
  });
});
