/**
 * Practice keyboard shortcuts: Space starts or pauses the timer, → reveals the next step,
 * 1–5 rate. Form fields keep their keys, and Space still presses a focused button or link.
 */
export type PracticeKeyAction = { type: 'toggle' } | { type: 'next' } | { type: 'rate'; rating: number };

export interface PracticeKeyEvent {
  key: string;
  /** Ctrl, Alt or Meta held: a browser or system shortcut. */
  modified: boolean;
  /** What has focus: a text field or select, a button or link, or anything else. */
  target: 'field' | 'control' | 'other';
}

export function practiceKeyAction({ key, modified, target }: PracticeKeyEvent): PracticeKeyAction | null {
  if (modified || target === 'field') return null;
  if (key === ' ') return target === 'control' ? null : { type: 'toggle' };
  if (key === 'ArrowRight') return { type: 'next' };
  if (/^[1-5]$/.test(key)) return { type: 'rate', rating: Number(key) };
  return null;
}
