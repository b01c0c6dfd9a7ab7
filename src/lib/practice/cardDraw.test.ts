import { describe, expect, it } from 'vitest';
import { CARD_WEIGHTS, deckStats, pickCard, type CardMarks } from './cardDraw';
import { pickDistinct, pickOne } from './random';

const cards = [{ id: 'shaky' }, { id: 'unseen' }, { id: 'confident' }];
const marks: CardMarks = { shaky: 'shaky', confident: 'confident', gone: 'shaky' };
/** Random values spread evenly over [0, 1). */
const grid = (steps: number) => Array.from({ length: steps }, (_, i) => i / steps);
const fixed = (value: number) => () => value;

function draws(exclude: string[] = []): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const value of grid(700)) {
    const { id } = pickCard(cards, marks, fixed(value), exclude);
    counts[id] = (counts[id] ?? 0) + 1;
  }
  return counts;
}

describe('pickCard', () => {
  it('draws shaky cards twice as often as unseen ones, and unseen twice as often as confident ones', () => {
    expect(CARD_WEIGHTS).toEqual({ shaky: 4, unseen: 2, confident: 1 });
    expect(draws()).toEqual({ shaky: 400, unseen: 200, confident: 100 });
  });

  it('is deterministic given the random number', () => {
    expect(pickCard(cards, marks, fixed(0)).id).toBe('shaky');
    expect(pickCard(cards, marks, fixed(4 / 7)).id).toBe('unseen');
    expect(pickCard(cards, marks, fixed(6 / 7)).id).toBe('confident');
    expect(pickCard(cards, marks, fixed(0.999999)).id).toBe('confident');
  });

  it('a card comes back more often once marked shaky, and less often once confident', () => {
    const share = (cardMarks: CardMarks) =>
      grid(600).filter((value) => pickCard(cards, cardMarks, fixed(value)).id === 'unseen').length / 600;
    expect(share({})).toBeCloseTo(1 / 3);
    expect(share({ unseen: 'shaky' })).toBeCloseTo(1 / 2);
    expect(share({ unseen: 'confident' })).toBeCloseTo(1 / 5);
  });

  it('skips excluded cards unless nothing else is left', () => {
    expect(draws(['shaky'])).toEqual({ unseen: 467, confident: 233 });
    expect(pickCard([{ id: 'only' }], {}, fixed(0.5), ['only']).id).toBe('only');
    expect(() => pickCard([], {}, fixed(0))).toThrow('empty deck');
  });
});

describe('deckStats', () => {
  it('counts the marks of the deck’s own cards', () => {
    expect(deckStats(cards, marks)).toEqual({ shaky: 1, confident: 1, unseen: 1 });
  });
});

describe('pickOne and pickDistinct', () => {
  it('pick by position of the random number', () => {
    expect(pickOne(['a', 'b', 'c'], fixed(0.5))).toBe('b');
    expect(pickOne(['a', 'b', 'c'], fixed(0.999999))).toBe('c');
    expect(() => pickOne([], fixed(0))).toThrow('empty list');
  });

  it('never picks the same item twice', () => {
    expect(pickDistinct(['a', 'b', 'c', 'd'], 3, fixed(0))).toEqual(['a', 'b', 'c']);
    expect(pickDistinct(['a', 'b', 'c', 'd'], 3, fixed(0.9))).toEqual(['d', 'c', 'b']);
    expect(pickDistinct(['a', 'b'], 5, fixed(0))).toEqual(['a', 'b']);
  });
});
