/**
 * The story check: facts about a STAR story's text that an interviewer listens for (spoken
 * length, who acted in Action, a measured Result, unfinished parts). Pure, so the build computes
 * it once per story and the unit tests pin every measure.
 */
import { STAR_PARTS, type StarPart } from '../story/starParts';
import { STORY_CHECK, type StoryCheckConfig } from './config';

/** One STAR part as the page shows it, as plain text. */
export interface StarPartText {
  text: string;
  /** The author marked this part "to prepare" (unwritten). */
  toPrepare: boolean;
}

export type StoryText = Record<StarPart, StarPartText>;

export interface PartFigures {
  /** Words of Latin-script text (a number such as "300+" is a word). */
  words: number;
  /** CJK characters, spoken at their own pace. */
  cjkCharacters: number;
  /** Estimated spoken time, in whole seconds. */
  seconds: number;
  /** Unwritten: marked "to prepare", or empty. */
  unfinished: boolean;
}

export type Timing = 'short' | 'on-target' | 'long';

/** The four checks a story passes to be ready. */
export const CHECKS = ['time', 'action', 'result', 'parts'] as const;
export type CheckName = (typeof CHECKS)[number];

export interface StoryCheck {
  parts: Record<StarPart, PartFigures>;
  totalSeconds: number;
  timing: Timing;
  /** First-person words in Action, quoted text left out. */
  action: { singular: number; plural: number };
  /** Whether Action says "I" at least as much as the config asks. */
  actionOwned: boolean;
  /** Measured outcomes found in Result, as written ("300+ datasets", "24 hours"). */
  measures: string[];
  unfinished: StarPart[];
  /** Leadership Principle ids the story is mapped to. */
  principles: string[];
  /** Checks that fail: time off target, Action not owned, Result not measured, a part unfinished. */
  needsWork: CheckName[];
  /** Every check passes. */
  ready: boolean;
  /** The rehearsal timer's default target, in seconds. */
  rehearsalSeconds: number;
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;
/**
 * A word: letters and digits, joined inside by an apostrophe, dot, hyphen, plus, slash or
 * ampersand ("don't", "e.g", "Q&A"); "300+" keeps its plus.
 */
const WORD = /[\p{L}\p{N}]+(?:['’.\-+/&][\p{L}\p{N}]+)*\+?/gu;
/** Quoted text is someone else's words, not the teller's. */
const QUOTED = /"[^"\n]*"|“[^”]*”|「[^」]*」|『[^』]*』/g;
/** "I" is only ever a capital; "US" in capitals is the country, not "us". */
const SINGULAR = /\bI\b(?![/-]\w)|\b(?:[Mm]e|[Mm]y|[Mm]ine|[Mm]yself)\b|我(?!们)/g;
const PLURAL = /\b(?:[Ww]e|[Oo]ur|[Oo]urs|[Oo]urselves|[Uu]s)\b|我们|咱们/g;
/**
 * A measured outcome: a number that is not part of a word ("S3", "EC2"), with its currency,
 * percent, plus, multiplier or scale, and the word it counts ("300+ datasets", "24 hours").
 */
const MEASURE =
  /(?<![\p{L}\p{N}.])[$€£¥]?\d+(?:[.,]\d+)*(?:\s?%|\s?percent\b|\+|[x×](?![\p{L}\p{N}])|\s?(?:[kKMB]|bn|[KMGTP]B|ms|min|h)(?![\p{L}\p{N}]))?(?![\p{L}\p{N}])(?:\s?(?!(?:of|the|a|an|and|or|to|in|on|for|with|by|from|at)\b)\p{L}+)?/gu;

const count = (pattern: RegExp, text: string) => text.match(pattern)?.length ?? 0;

export function partFigures(part: StarPartText, config: StoryCheckConfig = STORY_CHECK): PartFigures {
  const cjkCharacters = count(CJK, part.text);
  const words = count(WORD, part.text.replace(CJK, ' '));
  const minutes = words / config.wordsPerMinute + cjkCharacters / config.cjkCharactersPerMinute;
  return {
    words,
    cjkCharacters,
    seconds: Math.round(minutes * 60),
    unfinished: part.toPrepare || words + cjkCharacters === 0,
  };
}

export function firstPersonWords(text: string): { singular: number; plural: number } {
  const spoken = text.replace(QUOTED, ' ');
  return { singular: count(SINGULAR, spoken), plural: count(PLURAL, spoken) };
}

export function measuredOutcomes(text: string): string[] {
  return [...text.matchAll(MEASURE)].map((match) => match[0].trim());
}

export function timing(seconds: number, config: StoryCheckConfig = STORY_CHECK): Timing {
  if (seconds < config.targetSeconds.min) return 'short';
  return seconds > config.targetSeconds.max ? 'long' : 'on-target';
}

/** The spoken time rounded to the configured step, kept within the configured bounds. */
export function rehearsalSeconds(seconds: number, config: StoryCheckConfig = STORY_CHECK): number {
  const { roundToSeconds, minSeconds, maxSeconds } = config.rehearsal;
  const rounded = Math.round(seconds / roundToSeconds) * roundToSeconds;
  return Math.min(maxSeconds, Math.max(minSeconds, rounded));
}

export function checkStory(
  story: StoryText,
  principles: readonly string[],
  config: StoryCheckConfig = STORY_CHECK,
): StoryCheck {
  const parts = Object.fromEntries(STAR_PARTS.map((part) => [part, partFigures(story[part], config)])) as Record<
    StarPart,
    PartFigures
  >;
  const totalSeconds = STAR_PARTS.reduce((sum, part) => sum + parts[part].seconds, 0);
  const action = firstPersonWords(story.action.text);
  const pronouns = action.singular + action.plural;
  const actionOwned = pronouns > 0 && action.singular / pronouns >= config.minSingularShare;
  const measures = measuredOutcomes(story.result.text);
  const unfinished = STAR_PARTS.filter((part) => parts[part].unfinished);
  const storyTiming = timing(totalSeconds, config);
  const passes: Record<CheckName, boolean> = {
    time: storyTiming === 'on-target',
    action: actionOwned,
    result: measures.length > 0,
    parts: unfinished.length === 0,
  };
  const needsWork = CHECKS.filter((name) => !passes[name]);
  return {
    parts,
    totalSeconds,
    timing: storyTiming,
    action,
    actionOwned,
    measures,
    unfinished,
    principles: [...principles],
    needsWork,
    ready: needsWork.length === 0,
    rehearsalSeconds: rehearsalSeconds(totalSeconds, config),
  };
}
