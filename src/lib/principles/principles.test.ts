import { describe, expect, it } from 'vitest';
import { buildPrincipleMatrix, OVERUSE_THRESHOLD, type MatrixStory } from './matrix';
import { planLoop } from './loopPlan';

const p = (principle: string, aspect = `${principle} aspect`) => ({ principle, aspect, section: 'action' as const });
const stories: MatrixStory[] = [
  { id: 'huron', principles: [p('invent'), p('dive'), p('deliver')] },
  { id: 'capital', principles: [p('think'), p('deliver', 'live in two units')] },
  { id: 'firstgroup', principles: [p('dive', 'key design'), p('invent', 'write sharding')] },
];
const principles = ['invent', 'dive', 'think', 'deliver', 'ownership'];

describe('buildPrincipleMatrix', () => {
  it('puts each story’s evidence in its cell and finds the principles to prepare', () => {
    const matrix = buildPrincipleMatrix(principles, stories);
    expect(matrix.storyIds).toEqual(['huron', 'capital', 'firstgroup']);
    expect(matrix.rows.find((row) => row.principle === 'dive')!.cells.map((cell) => cell?.aspect ?? null)).toEqual([
      'dive aspect',
      null,
      'key design',
    ]);
    expect(matrix.toPrepare).toEqual(['ownership']);
  });

  it('flags a story leaned on for too many principles', () => {
    const many = Array.from({ length: OVERUSE_THRESHOLD + 1 }, (_, i) => p(`lp${i}`));
    const matrix = buildPrincipleMatrix(
      many.map((x) => x.principle),
      [
        { id: 'busy', principles: many },
        { id: 'calm', principles: [p('lp0')] },
      ],
    );
    expect(matrix.load).toEqual([
      { storyId: 'busy', count: OVERUSE_THRESHOLD + 1, overused: true },
      { storyId: 'calm', count: 1, overused: false },
    ]);
  });

  it('rejects a story naming an unknown principle', () => {
    expect(() => buildPrincipleMatrix(['invent'], stories)).toThrow('Story "huron" names unknown principle "dive"');
  });
});

describe('planLoop', () => {
  it('uses a different story in every round when it can', () => {
    const plan = planLoop(['invent', 'dive', 'deliver'], stories);
    expect(plan.map((round) => round.storyId)).toEqual(['huron', 'firstgroup', 'capital']);
    expect(plan.every((round) => round.reusedFrom.length === 0)).toBe(true);
  });

  it('with more rounds than stories, reuses as little as possible and names the other aspect', () => {
    const plan = planLoop(['invent', 'dive', 'think', 'deliver', 'dive'], stories);
    const repeats = plan.filter((round) => round.reusedFrom.length > 0);
    expect(repeats).toHaveLength(2);
    for (const round of repeats) {
      const earlier = plan[round.reusedFrom[0] - 1];
      expect(earlier.storyId).toBe(round.storyId);
      expect(round.aspect).not.toBe(earlier.aspect);
    }
  });

  it('marks a principle with no story as to prepare and still plans the others', () => {
    const plan = planLoop(['ownership', 'think'], stories);
    expect(plan[0]).toEqual({
      round: 1,
      principle: 'ownership',
      storyId: null,
      aspect: null,
      section: null,
      reusedFrom: [],
    });
    expect(plan[1]).toMatchObject({ round: 2, storyId: 'capital', reusedFrom: [] });
  });
});
