import { describe, expect, it } from 'vitest';
import { parseGuide, stripInlineMarkup } from './parseGuide';
import { readGuide } from './guideFile';
import { correctNames, NAME_CORRECTIONS } from './corrections';

const guide = readGuide();

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

  it('finds every part of the guide', () => {
    const blocks = parseGuide(guide);
    const headings = blocks.filter((b) => b.kind === 'heading').map((b) => b.text);
    expect(headings).toHaveLength(19);
    expect(blocks.filter((b) => b.path[1]?.startsWith('Huron') && b.star === 'action')).toHaveLength(4);
    const firstGroupTask = blocks.filter((b) => b.path[1]?.startsWith('FirstGroup') && b.star === 'task');
    expect(firstGroupTask.map((b) => b.text)).toEqual(['I am']);
    expect(blocks.find((b) => b.line === 267)).toMatchObject({ kind: 'list-item', text: '' });
  });
});

describe('correctNames', () => {
  it('fixes exactly the listed misspelled names', () => {
    expect(NAME_CORRECTIONS.map(([wrong, right]) => `${wrong} → ${right}`)).toEqual([
      'Leadership Principal → Leadership Principle',
      'AUG → AUC',
      'Logic Regression → Logistic Regression',
      'Charlies → Chalice',
      'ETDC → etcd',
      'Farget → Fargate',
      'STC (Schema Transform Convertion) → SCT (Schema Conversion Tool)',
      'Hanlding → Handling',
      'surfix → suffix',
    ]);
  });

  it('applies each correction to the guide and leaves the IAM sense of "principal" alone', () => {
    const corrected = correctNames(guide);
    for (const [wrong] of NAME_CORRECTIONS) expect(corrected).not.toContain(wrong);
    expect(corrected).toContain('There are too many principal and resources');
    expect(corrected).toContain('list of IAM Role (Principal)');
    expect(corrected).toContain('Docker Swarm, K8S, Fargate');
    expect(corrected).toContain('DMS SCT (Schema Conversion Tool), Source endpoint');
    expect(correctNames('AUGUST')).toBe('AUGUST');
  });
});
