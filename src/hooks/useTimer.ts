import { useCallback, useEffect, useRef, useState } from 'react';
import { timerPhase, type TimerPhase } from '@site/src/lib/practice/timer';

export interface Timer {
  elapsedSeconds: number;
  targetSeconds: number;
  running: boolean;
  phase: TimerPhase;
  /** Starts or pauses; does nothing once the target is reached. */
  toggle: () => void;
  pause: () => void;
  reset: () => void;
}

const TICK_MS = 250;

/** A stopwatch that stops by itself at the target. */
export function useTimer(targetSeconds: number): Timer {
  const [elapsedMs, setElapsedMs] = useState(0);
  const [running, setRunning] = useState(false);
  const elapsedAtStart = useRef(0);
  const limitMs = targetSeconds * 1000;

  useEffect(() => {
    if (!running) return undefined;
    const startedAt = Date.now() - elapsedAtStart.current;
    const id = window.setInterval(() => {
      const elapsed = Math.min(Date.now() - startedAt, limitMs);
      elapsedAtStart.current = elapsed;
      setElapsedMs(elapsed);
      if (elapsed >= limitMs) setRunning(false);
    }, TICK_MS);
    return () => window.clearInterval(id);
  }, [running, limitMs]);

  const over = elapsedMs >= limitMs;
  const toggle = useCallback(() => setRunning((wasRunning) => !wasRunning && !over), [over]);
  const pause = useCallback(() => setRunning(false), []);
  const reset = useCallback(() => {
    setRunning(false);
    elapsedAtStart.current = 0;
    setElapsedMs(0);
  }, []);

  return {
    elapsedSeconds: elapsedMs / 1000,
    targetSeconds,
    running,
    phase: timerPhase(elapsedMs / 1000, targetSeconds),
    toggle,
    pause,
    reset,
  };
}
