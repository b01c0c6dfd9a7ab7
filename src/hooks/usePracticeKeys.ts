import { useLayoutEffect, useRef } from 'react';
import { practiceKeyAction, type PracticeKeyEvent } from '@site/src/lib/practice/keys';

export interface PracticeKeyHandlers {
  toggle?: () => void;
  next?: () => void;
  rate?: (rating: number) => void;
}

function targetKind(target: EventTarget | null): PracticeKeyEvent['target'] {
  if (!(target instanceof HTMLElement)) return 'other';
  if (target.isContentEditable || target.closest('input, select, textarea')) return 'field';
  return target.closest('button, a, summary') ? 'control' : 'other';
}

/**
 * Space, → and 1–5 for the drill on screen (see `practiceKeyAction`). The listener and the
 * handlers are set in layout effects, committed with the first client render, before the controls that keys act on
 * are enabled (the timer's button after hydration, a story's reveal once its text is loaded):
 * a key pressed once a control is usable always finds them, however slow the page is.
 */
export function usePracticeKeys(handlers: PracticeKeyHandlers): void {
  const latest = useRef(handlers);
  useLayoutEffect(() => {
    latest.current = handlers;
  });

  useLayoutEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const action = practiceKeyAction({
        key: event.key,
        modified: event.ctrlKey || event.altKey || event.metaKey,
        target: targetKind(event.target),
      });
      if (!action) return;
      const { rate } = latest.current;
      const handler = action.type === 'rate' ? rate?.bind(null, action.rating) : latest.current[action.type];
      if (!handler) return;
      event.preventDefault();
      handler();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
