/**
 * Which flash card comes next: a weighted random draw, not spaced repetition (a card remembers
 * only the reader's last mark). Shaky cards are drawn twice as often as cards not yet seen, which
 * are drawn twice as often as confident ones.
 */
import type { Random } from './random';

export type CardMark = 'confident' | 'shaky';
export type CardMarks = Readonly<Record<string, CardMark>>;

export const CARD_WEIGHTS = { shaky: 4, unseen: 2, confident: 1 } as const;

export function cardWeight(id: string, marks: CardMarks): number {
  return CARD_WEIGHTS[marks[id] ?? 'unseen'];
}

/**
 * A weighted random card. Cards in `exclude` (the one just shown, those already drawn) are
 * skipped unless nothing else is left.
 */
export function pickCard<T extends { id: string }>(
  cards: readonly T[],
  marks: CardMarks,
  random: Random,
  exclude: readonly string[] = [],
): T {
  const allowed = cards.filter((card) => !exclude.includes(card.id));
  const pool = allowed.length > 0 ? allowed : cards;
  if (pool.length === 0) throw new Error('Cannot pick from an empty deck');
  let remaining = random() * pool.reduce((sum, card) => sum + cardWeight(card.id, marks), 0);
  for (const card of pool) {
    remaining -= cardWeight(card.id, marks);
    if (remaining < 0) return card;
  }
  return pool[pool.length - 1];
}

export function deckStats(cards: readonly { id: string }[], marks: CardMarks): Record<CardMark | 'unseen', number> {
  const stats = { shaky: 0, confident: 0, unseen: 0 };
  for (const card of cards) stats[marks[card.id] ?? 'unseen']++;
  return stats;
}
