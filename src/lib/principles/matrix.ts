/**
 * The story × Leadership Principle matrix, computed from story front matter: which principles
 * still lack a story, and which story is leaned on for too many.
 */
import type { StoryPrinciple } from '../story/schema';

export interface MatrixStory {
  id: string;
  principles: readonly StoryPrinciple[];
}

/**
 * A story told for more principles than this will almost surely be asked for twice in a
 * five-round loop, which the guide's first tip warns against.
 */
export const OVERUSE_THRESHOLD = 4;

export interface PrincipleRow {
  principle: string;
  /** Per story, in story order: the evidence, or null when the story does not show it. */
  cells: Array<StoryPrinciple | null>;
}

export interface PrincipleMatrix {
  storyIds: string[];
  rows: PrincipleRow[];
  /** Principles no story shows yet: to prepare. */
  toPrepare: string[];
  /** Principles shown per story, and whether that is too many. */
  load: Array<{ storyId: string; count: number; overused: boolean }>;
}

export function buildPrincipleMatrix(principles: readonly string[], stories: readonly MatrixStory[]): PrincipleMatrix {
  for (const story of stories) {
    const unknown = story.principles.find((p) => !principles.includes(p.principle));
    if (unknown) throw new Error(`Story "${story.id}" names unknown principle "${unknown.principle}"`);
  }
  const rows = principles.map((principle) => ({
    principle,
    cells: stories.map((story) => story.principles.find((p) => p.principle === principle) ?? null),
  }));
  return {
    storyIds: stories.map((story) => story.id),
    rows,
    toPrepare: rows.filter((row) => row.cells.every((cell) => cell === null)).map((row) => row.principle),
    load: stories.map((story) => ({
      storyId: story.id,
      count: story.principles.length,
      overused: story.principles.length > OVERUSE_THRESHOLD,
    })),
  };
}
