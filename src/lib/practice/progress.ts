/**
 * The reader's practice progress, kept in the browser: self-ratings of story rehearsals, the
 * last mark of each flash card and the chosen timer targets. Parsing never throws: data from
 * an older or broken save falls back to the defaults, field by field.
 */
import type { CardMark, CardMarks } from './cardDraw';
import { STORY_TARGET, TARGET_MINUTES, type TimerTarget } from './timer';
import { storageKey } from '../browserStorage';

export const PROGRESS_KEY = storageKey('practice');
export const RATINGS = [1, 2, 3, 4, 5] as const;

export interface Rehearsal {
  storyId: string;
  /** Self-rating, 1 to 5. */
  rating: number;
  /** Time taken, in whole seconds. */
  seconds: number;
}

export type TimedDrill = 'rehearsal' | 'round';

export interface PracticeProgress {
  rehearsals: Rehearsal[];
  marks: CardMarks;
  /** Timer target per timed drill, in minutes; a rehearsal may time each story by its own spoken length. */
  targets: { rehearsal: TimerTarget; round: number };
}

export const EMPTY_PROGRESS: PracticeProgress = {
  rehearsals: [],
  marks: {},
  // A story is timed by its own estimated spoken length; a loop round holds a behavioural and a
  // functional answer.
  targets: { rehearsal: STORY_TARGET, round: 5 },
};

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function isRehearsal(value: unknown): value is Rehearsal {
  return (
    isObject(value) &&
    typeof value.storyId === 'string' &&
    (RATINGS as readonly unknown[]).includes(value.rating) &&
    typeof value.seconds === 'number' &&
    value.seconds >= 0
  );
}

function validTarget<T extends TimerTarget>(
  value: unknown,
  fallback: T,
  allowed: readonly unknown[] = TARGET_MINUTES,
): T {
  return allowed.includes(value) ? (value as T) : fallback;
}

export function parseProgress(json: string | null): PracticeProgress {
  let data: unknown;
  try {
    data = JSON.parse(json ?? 'null');
  } catch {
    return EMPTY_PROGRESS;
  }
  if (!isObject(data)) return EMPTY_PROGRESS;
  const marks = isObject(data.marks) ? data.marks : {};
  const targets = isObject(data.targets) ? data.targets : {};
  return {
    rehearsals: Array.isArray(data.rehearsals)
      ? data.rehearsals.filter(isRehearsal).map(({ storyId, rating, seconds }) => ({ storyId, rating, seconds }))
      : [],
    marks: Object.fromEntries(
      Object.entries(marks).filter((entry): entry is [string, CardMark] =>
        ['confident', 'shaky'].includes(entry[1] as string),
      ),
    ),
    targets: {
      rehearsal: validTarget(targets.rehearsal, EMPTY_PROGRESS.targets.rehearsal, [STORY_TARGET, ...TARGET_MINUTES]),
      round: validTarget(targets.round, EMPTY_PROGRESS.targets.round),
    },
  };
}

export function addRehearsal(progress: PracticeProgress, rehearsal: Rehearsal): PracticeProgress {
  return { ...progress, rehearsals: [...progress.rehearsals, rehearsal] };
}

export function markCard(progress: PracticeProgress, cardId: string, mark: CardMark): PracticeProgress {
  return { ...progress, marks: { ...progress.marks, [cardId]: mark } };
}

export function setTarget(progress: PracticeProgress, drill: 'rehearsal', target: TimerTarget): PracticeProgress;
export function setTarget(progress: PracticeProgress, drill: 'round', minutes: number): PracticeProgress;
export function setTarget(progress: PracticeProgress, drill: TimedDrill, target: TimerTarget): PracticeProgress {
  return { ...progress, targets: { ...progress.targets, [drill]: target } };
}

export interface StoryHistory {
  storyId: string;
  rehearsals: Rehearsal[];
  /** Mean rating, or null before the first rehearsal. */
  average: number | null;
}

/** Rehearsals grouped by story, in the given story order, oldest first. */
export function historyByStory(rehearsals: readonly Rehearsal[], storyIds: readonly string[]): StoryHistory[] {
  return storyIds.map((storyId) => {
    const mine = rehearsals.filter((r) => r.storyId === storyId);
    const average = mine.length === 0 ? null : mine.reduce((sum, r) => sum + r.rating, 0) / mine.length;
    return { storyId, rehearsals: mine, average };
  });
}
