import { useEffect, useLayoutEffect, useRef } from 'react';
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

/** Space, → and 1–5 for the drill on screen (see `practiceKeyAction`). */
export function usePracticeKeys(handlers: PracticeKeyHandlers): void {
  // Updated before the browser can deliver another key, so a key never reaches stale state.
  const latest = useRef(handlers);
  useLayoutEffect(() => {
    latest.current = handlers;
  });

  useEffect(() => {
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
