/** The answer timer: how long an answer may take, and when to warn that time is nearly up. */

/** Targets offered, in minutes. */
export const TARGET_MINUTES = [1, 2, 3, 5, 10] as const;
/** The target that times a story rehearsal by the story's own estimated spoken length (src/lib/storyCheck). */
export const STORY_TARGET = 'story';
export type TimerTarget = number | typeof STORY_TARGET;

/** A target in seconds: minutes as given, or the story's estimate. */
export function targetSeconds(target: TimerTarget, storySeconds: number): number {
  return target === STORY_TARGET ? storySeconds : target * 60;
}
/** The warning shows this long before the target, or in the last quarter of a short target. */
export const WARNING_SECONDS = 30;

export type TimerPhase = 'on-time' | 'warning' | 'over';

export function warningSeconds(targetSeconds: number): number {
  return Math.min(WARNING_SECONDS, targetSeconds / 4);
}

export function timerPhase(elapsedSeconds: number, targetSeconds: number): TimerPhase {
  if (elapsedSeconds >= targetSeconds) return 'over';
  return elapsedSeconds >= targetSeconds - warningSeconds(targetSeconds) ? 'warning' : 'on-time';
}

/** `m:ss`, rounded down to the second. */
export function formatClock(seconds: number): string {
  const whole = Math.max(0, Math.floor(seconds));
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}
