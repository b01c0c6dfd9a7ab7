/** What `requestIdleCallback` passes: how long the browser expects to stay idle. */
export interface IdleTime {
  timeRemaining(): number;
  readonly didTimeout: boolean;
}

export type RequestIdle = (callback: (idle: IdleTime) => void) => void;

/**
 * Runs `callback` when the browser is next idle, or after `timeoutMs` if it stays busy. A browser
 * without idle callbacks runs it after `withoutIdleMs`, as a period with no idle time left.
 */
export function whenIdle(callback: (idle: IdleTime) => void, timeoutMs: number, withoutIdleMs: number): void {
  if ('requestIdleCallback' in window) window.requestIdleCallback(callback, { timeout: timeoutMs });
  else setTimeout(() => callback({ timeRemaining: () => 0, didTimeout: true }), withoutIdleMs);
}

/** Time an item may take, in ms: an idle period is ended before it runs out, not overrun. */
const ITEM_MS = 4;

/**
 * A function that queues its argument and runs `run` on each queued item in idle time, as many
 * as fit in each idle period (at least one, so the queue always moves), in the order queued.
 */
export function idleQueue<T>(run: (item: T) => void, requestIdle: RequestIdle): (item: T) => void {
  const queue: T[] = [];
  let scheduled = false;
  const work = (idle: IdleTime) => {
    scheduled = false;
    do run(queue.shift()!);
    while (queue.length > 0 && idle.timeRemaining() > ITEM_MS);
    schedule();
  };
  const schedule = () => {
    if (scheduled || queue.length === 0) return;
    scheduled = true;
    requestIdle(work);
  };
  return (item: T) => {
    queue.push(item);
    schedule();
  };
}
