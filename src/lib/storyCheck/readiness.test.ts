import { describe, expect, it } from 'vitest';
import { checkStory, type StoryText } from './analysis';
import { readinessSummary, singularShare, sortStories } from './readiness';

const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');
const text = (action: string, result: string, extra = 0): StoryText => ({
  situation: { text: words(75 + extra), toPrepare: false },
  task: { text: words(75), toPrepare: false },
  action: { text: `${action} ${words(140)}`, toPrepare: false },
  result: { text: result, toPrepare: false },
});
const stories = [
  { id: 'b', title: 'Bravo', check: checkStory(text('I led it.', 'Done.'), []) },
  { id: 'a', title: 'Alpha', check: checkStory(text('I led it, I built it.', 'Cut 40% of cost.', 20), []) },
  { id: 'c', title: 'Charlie', check: checkStory(text('We did it, we won.', 'Done.'), []) },
];
const ids = (list: Array<{ id: string }>) => list.map((s) => s.id).join('');

describe('the readiness table', () => {
  it('sorts by each column both ways, ties in catalog order', () => {
    expect(ids(sortStories(stories, 'story', 'ascending'))).toBe('abc');
    expect(ids(sortStories(stories, 'story', 'descending'))).toBe('cba');
    // a: 128 s, c: 118 s, b: 117 s
    expect(ids(sortStories(stories, 'time', 'descending'))).toBe('acb');
    expect(ids(sortStories(stories, 'time', 'ascending'))).toBe('bca');
    // c: no "I"; b and a: only "I", a tie kept in catalog order
    expect(ids(sortStories(stories, 'action', 'ascending'))).toBe('cba');
    expect(ids(sortStories(stories, 'result', 'descending'))).toBe('abc');
    // c fails three checks, b two, a none
    expect(ids(sortStories(stories, 'status', 'ascending'))).toBe('cba');
    expect(ids(sortStories(stories, 'status', 'descending'))).toBe('abc');
  });

  it('counts ready stories and reads the share of "I"', () => {
    expect(readinessSummary(stories)).toEqual({ ready: 1, needsWork: 2 });
    expect(singularShare(stories[2].check)).toBe(0);
    expect(singularShare(stories[1].check)).toBe(1);
    expect(singularShare(checkStory(text('', 'Done.'), []))).toBeNull();
  });
});
