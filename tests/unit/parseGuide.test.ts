import { describe, expect, it } from 'vitest';
import { parseGuide, stripInlineMarkup } from '../support/parseGuide';

describe('parseGuide', () => {
  it('reads titled sections at three levels with their path', () => {
    const blocks = parseGuide('Top\n=====\n\nPart\n-----\n\nSub\n~~~~~\n\n- item\n');
    expect(blocks.map((b) => [b.kind, b.text, b.path])).toEqual([
      ['heading', 'Top', ['Top']],
      ['heading', 'Part', ['Top', 'Part']],
      ['heading', 'Sub', ['Top', 'Part', 'Sub']],
      ['list-item', 'item', ['Top', 'Part', 'Sub']],
    ]);
  });

  it('nests list items by indentation and keeps empty bullets', () => {
    const blocks = parseGuide('- a\n    - b\n        - c\n1. d\n-\n');
    expect(blocks.map((b) => [b.text, b.depth])).toEqual([
      ['a', 0],
      ['b', 1],
      ['c', 2],
      ['d', 0],
      ['', 0],
    ]);
  });

  it('skips directives with their options and assigns STAR parts from bold labels', () => {
    const blocks = parseGuide(
      '.. contents::\n    :depth: 1\n\n**S**:\n\nsit\n\n**Task**\n\n1. do\n\n**Result**:\n\nok\n\nReference:\n\n- link\n',
    );
    expect(blocks.map((b) => [b.text, b.star])).toEqual([
      ['sit', 'situation'],
      ['do', 'task'],
      ['ok', 'result'],
      ['Reference:', undefined],
      ['link', undefined],
    ]);
  });

  it('removes inline markup', () => {
    expect(stripInlineMarkup('**Data Lake Creation**')).toBe('Data Lake Creation');
    expect(stripInlineMarkup('the Hive ``MSCK REPAIR TABLE`` command')).toBe('the Hive MSCK REPAIR TABLE command');
  });
});
