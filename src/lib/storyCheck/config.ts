/**
 * What the story check measures against: every threshold in one place. The figures follow what
 * interview coaches name for a Leadership Principle answer; change them here, and the panel,
 * the readiness table and the practice timer all follow.
 */
export interface StoryCheckConfig {
  /** Speaking pace for English text, in words per minute. */
  wordsPerMinute: number;
  /** Speaking pace for Chinese (CJK) text, in characters per minute: a character is about a syllable. */
  cjkCharactersPerMinute: number;
  /** The spoken length of a whole answer before the follow-up questions, in seconds. */
  targetSeconds: { min: number; max: number };
  /** The least share of "I / my / me" among Action's first-person words (the rest is "we / our / us"). */
  minSingularShare: number;
  /** The rehearsal timer's default target: the spoken time rounded to this step, within these bounds. */
  rehearsal: { roundToSeconds: number; minSeconds: number; maxSeconds: number };
}

export const STORY_CHECK: StoryCheckConfig = {
  wordsPerMinute: 150,
  cjkCharactersPerMinute: 250,
  targetSeconds: { min: 120, max: 180 },
  minSingularShare: 0.5,
  rehearsal: { roundToSeconds: 15, minSeconds: 60, maxSeconds: 300 },
};
