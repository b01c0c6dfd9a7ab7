import { describe, expect, it } from 'vitest';
import { formatClock, STORY_TARGET, targetSeconds, timerPhase, warningSeconds } from './timer';
import { practiceKeyAction } from './keys';
import {
  addRehearsal,
  EMPTY_PROGRESS,
  historyByStory,
  markCard,
  parseProgress,
  setTarget,
  type PracticeProgress,
} from './progress';
import { drawLoop, LOOP_ROUNDS, summarizeLoop, type LoopAnswer } from './mockLoop';

describe('timer', () => {
  it('warns in the last 30 seconds, or the last quarter of a short target, then is over', () => {
    expect(warningSeconds(120)).toBe(30);
    expect(warningSeconds(60)).toBe(15);
    expect(timerPhase(89, 120)).toBe('on-time');
    expect(timerPhase(90, 120)).toBe('warning');
    expect(timerPhase(120, 120)).toBe('over');
    expect(timerPhase(45, 60)).toBe('warning');
  });

  it('times a rehearsal by the minutes chosen, or by the story’s own estimate', () => {
    expect(targetSeconds(3, 165)).toBe(180);
    expect(targetSeconds(STORY_TARGET, 165)).toBe(165);
  });

  it('formats minutes and seconds', () => {
    expect(formatClock(0)).toBe('0:00');
    expect(formatClock(65.9)).toBe('1:05');
    expect(formatClock(600)).toBe('10:00');
  });
});

describe('practiceKeyAction', () => {
  const press = (key: string, target: 'field' | 'control' | 'other' = 'other', modified = false) =>
    practiceKeyAction({ key, target, modified });

  it('maps Space, → and 1–5', () => {
    expect(press(' ')).toEqual({ type: 'toggle' });
    expect(press('ArrowRight')).toEqual({ type: 'next' });
    expect(press('4')).toEqual({ type: 'rate', rating: 4 });
    expect(press('6')).toBeNull();
    expect(press('a')).toBeNull();
  });

  it('leaves form fields, focused buttons’ Space and modified keys alone', () => {
    expect(press('ArrowRight', 'field')).toBeNull();
    expect(press('3', 'field')).toBeNull();
    expect(press(' ', 'control')).toBeNull();
    expect(press('ArrowRight', 'control')).toEqual({ type: 'next' });
    expect(press('2', 'other', true)).toBeNull();
  });
});

describe('progress', () => {
  const progress: PracticeProgress = {
    rehearsals: [
      { storyId: 'huron', rating: 3, seconds: 100 },
      { storyId: 'capital', rating: 5, seconds: 90 },
      { storyId: 'huron', rating: 4, seconds: 118 },
    ],
    marks: { 'breadth/devops/jenkins': 'shaky' },
    targets: { rehearsal: 3, round: 10 },
  };

  it('survives a save and a load', () => {
    expect(parseProgress(JSON.stringify(progress))).toEqual(progress);
    const byStory = { ...progress, targets: { rehearsal: STORY_TARGET, round: 5 } };
    expect(parseProgress(JSON.stringify(byStory))).toEqual(byStory);
  });

  it('falls back to the defaults for missing, broken or foreign data', () => {
    expect(parseProgress(null)).toEqual(EMPTY_PROGRESS);
    expect(parseProgress('{not json')).toEqual(EMPTY_PROGRESS);
    expect(parseProgress('[1]')).toEqual(EMPTY_PROGRESS);
    expect(
      parseProgress(
        JSON.stringify({
          rehearsals: [
            { storyId: 'huron', rating: 9, seconds: 1 },
            { storyId: 'huron', rating: 2, seconds: 5, x: 1 },
            'x',
          ],
          marks: { a: 'shaky', b: 'maybe' },
          targets: { rehearsal: 7, round: 3 },
        }),
      ),
    ).toEqual({
      rehearsals: [{ storyId: 'huron', rating: 2, seconds: 5 }],
      marks: { a: 'shaky' },
      targets: { rehearsal: EMPTY_PROGRESS.targets.rehearsal, round: 3 },
    });
  });

  it('updates without changing the previous state', () => {
    const next = setTarget(
      markCard(addRehearsal(EMPTY_PROGRESS, { storyId: 'huron', rating: 2, seconds: 60 }), 'c1', 'confident'),
      'round',
      10,
    );
    expect(next).toEqual({
      rehearsals: [{ storyId: 'huron', rating: 2, seconds: 60 }],
      marks: { c1: 'confident' },
      targets: { rehearsal: 'story', round: 10 },
    });
    expect(EMPTY_PROGRESS.rehearsals).toEqual([]);
    expect(markCard(next, 'c1', 'shaky').marks).toEqual({ c1: 'shaky' });
  });

  it('groups the history by story, oldest first, with the average rating', () => {
    expect(historyByStory(progress.rehearsals, ['huron', 'capital', 'firstgroup'])).toEqual([
      { storyId: 'huron', rehearsals: [progress.rehearsals[0], progress.rehearsals[2]], average: 3.5 },
      { storyId: 'capital', rehearsals: [progress.rehearsals[1]], average: 5 },
      { storyId: 'firstgroup', rehearsals: [], average: null },
    ]);
  });
});

describe('mock loop', () => {
  const questions = { a: ['a1', 'a2'], b: ['b1', 'b2'], c: ['c1', 'c2'], d: ['d1', 'd2'], e: ['e1', 'e2'], f: ['f1'] };
  const cards = Array.from({ length: 8 }, (_, i) => ({ id: `card${i}` }));

  it('draws five rounds with different principles and different prompts', () => {
    const loop = drawLoop(questions, cards, { card7: 'shaky' }, () => 0.99);
    expect(loop).toHaveLength(LOOP_ROUNDS);
    expect(loop.map((round) => round.principle)).toEqual(['f', 'e', 'd', 'c', 'b']);
    expect(loop.map((round) => round.question)).toEqual(['f1', 'e2', 'd2', 'c2', 'b2']);
    expect(new Set(loop.map((round) => round.cardId)).size).toBe(LOOP_ROUNDS);
    expect(loop[0].cardId).toBe('card7');
  });

  it('reports the stories told more than once and the shaky prompts', () => {
    const loop = drawLoop(questions, cards, {}, () => 0);
    const answers: LoopAnswer[] = [
      { storyId: 'huron', mark: 'confident' },
      { storyId: 'capital', mark: 'shaky' },
      { storyId: 'huron', mark: null },
      { storyId: null, mark: 'shaky' },
      { storyId: 'huron', mark: 'confident' },
    ];
    expect(summarizeLoop(loop, answers)).toEqual({
      reused: [{ storyId: 'huron', rounds: [1, 3, 5] }],
      shaky: [loop[1].cardId, loop[3].cardId],
    });
    expect(summarizeLoop(loop, [])).toEqual({ reused: [], shaky: [] });
  });
});
