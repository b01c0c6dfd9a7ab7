/** The readiness table on /stories: its columns, their sort keys and the ready / needs work count. */
import type { StoryCheck } from './analysis';

export const READINESS_COLUMNS = ['story', 'time', 'action', 'result', 'parts', 'notes', 'status'] as const;
export type ReadinessColumn = (typeof READINESS_COLUMNS)[number];
export type SortDirection = 'ascending' | 'descending';

export interface ReadinessStory {
  id: string;
  title: string;
  check: StoryCheck;
  /** The notes this browser keeps on the story (they are the reader's, not the catalog's). */
  notes?: number;
}

/** Share of "I" among Action's first-person words, or null when it has none. */
export function singularShare(check: StoryCheck): number | null {
  const total = check.action.singular + check.action.plural;
  return total === 0 ? null : check.action.singular / total;
}

const sortKey: Record<ReadinessColumn, (story: ReadinessStory) => number | string> = {
  story: (story) => story.title,
  time: (story) => story.check.totalSeconds,
  action: (story) => singularShare(story.check) ?? -1,
  result: (story) => story.check.measures.length,
  parts: (story) => story.check.unfinished.length,
  notes: (story) => story.notes ?? 0,
  // Ascending puts the stories with the most work first.
  status: (story) => -story.check.needsWork.length,
};

/** Sorted by one column; ties keep the given (catalog) order. */
export function sortStories<T extends ReadinessStory>(
  stories: readonly T[],
  column: ReadinessColumn,
  direction: SortDirection,
): T[] {
  const sign = direction === 'ascending' ? 1 : -1;
  const key = sortKey[column];
  return [...stories].sort((a, b) => {
    const [x, y] = [key(a), key(b)];
    const order = typeof x === 'string' ? x.localeCompare(String(y)) : x - (y as number);
    return sign * order;
  });
}

export function readinessSummary(stories: readonly ReadinessStory[]): { ready: number; needsWork: number } {
  const ready = stories.filter((story) => story.check.ready).length;
  return { ready, needsWork: stories.length - ready };
}
