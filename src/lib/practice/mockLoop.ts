/**
 * The mock onsite loop: five rounds, as the overview describes, each with a Leadership
 * Principle question and a functional prompt; then which stories were told more than once
 * (the guide's first tip says not to) and which prompts were shaky.
 */
import { pickDistinct, pickOne, type Random } from './random';
import { pickCard, type CardMark, type CardMarks } from './cardDraw';

export const LOOP_ROUNDS = 5;

export interface LoopRound {
  principle: string;
  question: string;
  cardId: string;
}

export interface LoopAnswer {
  /** The story the reader says they told, if any. */
  storyId: string | null;
  mark: CardMark | null;
}

export function drawLoop(
  questions: Readonly<Record<string, readonly string[]>>,
  cards: readonly { id: string }[],
  marks: CardMarks,
  random: Random,
): LoopRound[] {
  const principles = pickDistinct(Object.keys(questions), LOOP_ROUNDS, random);
  const cardIds: string[] = [];
  return principles.map((principle) => {
    const question = pickOne(questions[principle], random);
    const cardId = pickCard(cards, marks, random, cardIds).id;
    cardIds.push(cardId);
    return { principle, question, cardId };
  });
}

export interface LoopSummary {
  /** Stories told in more than one round, with those rounds (1-based). */
  reused: Array<{ storyId: string; rounds: number[] }>;
  /** Card ids marked shaky, in round order. */
  shaky: string[];
}

export function summarizeLoop(rounds: readonly LoopRound[], answers: readonly LoopAnswer[]): LoopSummary {
  const roundsByStory = new Map<string, number[]>();
  answers.forEach(({ storyId }, index) => {
    if (storyId) roundsByStory.set(storyId, [...(roundsByStory.get(storyId) ?? []), index + 1]);
  });
  return {
    reused: [...roundsByStory]
      .filter(([, told]) => told.length > 1)
      .map(([storyId, told]) => ({ storyId, rounds: told })),
    shaky: rounds.filter((_, index) => answers[index]?.mark === 'shaky').map((round) => round.cardId),
  };
}
