/**
 * Plans which story to tell in each behavioural round. The guide's tip: "don't use same story
 * multiple times, if have to, be frank" and tell it from a different aspect. So the plan uses
 * as many different stories as possible, and when a story must come back it names the other
 * aspect to tell.
 */
import type { StarPart } from '../story/starParts';
import type { MatrixStory } from './matrix';

export interface PlannedRound {
  round: number;
  principle: string;
  /** Null when no story shows the principle yet (to prepare). */
  storyId: string | null;
  aspect: string | null;
  section: StarPart | null;
  /** Earlier rounds that already used this story. */
  reusedFrom: number[];
}

/** Candidate stories per round: the stories that show that round's principle. */
function candidates(principle: string, stories: readonly MatrixStory[]) {
  return stories.flatMap((story) =>
    story.principles.filter((p) => p.principle === principle).map((p) => ({ storyId: story.id, ...p })),
  );
}

/**
 * Assigns a story to each round, minimising repeats (the number of rounds whose story was
 * already told); among equal plans the earlier story in the list wins. Exhaustive search: a
 * loop has a handful of rounds and each principle a handful of stories.
 */
export function planLoop(roundPrinciples: readonly string[], stories: readonly MatrixStory[]): PlannedRound[] {
  const options = roundPrinciples.map((principle) => candidates(principle, stories));
  let best: number[] | null = null;
  let bestRepeats = Infinity;
  const choice: number[] = [];
  const uses = new Map<string, number>();

  const search = (round: number, repeats: number) => {
    if (repeats >= bestRepeats) return;
    if (round === options.length) {
      best = [...choice];
      bestRepeats = repeats;
      return;
    }
    if (options[round].length === 0) {
      choice.push(-1);
      search(round + 1, repeats);
      choice.pop();
      return;
    }
    options[round].forEach((option, index) => {
      const used = uses.get(option.storyId) ?? 0;
      uses.set(option.storyId, used + 1);
      choice.push(index);
      search(round + 1, repeats + (used > 0 ? 1 : 0));
      choice.pop();
      uses.set(option.storyId, used);
    });
  };
  search(0, 0);

  const picked = best ?? [];
  return roundPrinciples.map((principle, round) => {
    const option = picked[round] >= 0 ? options[round][picked[round]] : undefined;
    const reusedFrom = option
      ? picked
          .slice(0, round)
          .map((index, earlier) => (index >= 0 && options[earlier][index].storyId === option.storyId ? earlier + 1 : 0))
          .filter((earlier) => earlier > 0)
      : [];
    return {
      round: round + 1,
      principle,
      storyId: option?.storyId ?? null,
      aspect: option?.aspect ?? null,
      section: option?.section ?? null,
      reusedFrom,
    };
  });
}
