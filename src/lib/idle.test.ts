import { describe, expect, it } from 'vitest';
import { idleQueue, type IdleTime } from './idle';

/** A queue recording what it ran, in a browser whose idle periods the test hands out, each a long one. */
function queueInFakeBrowser() {
  const waiting: Array<(idle: IdleTime) => void> = [];
  const ran: string[] = [];
  return {
    ran,
    enqueue: idleQueue(
      (item: string) => ran.push(item),
      (callback) => void waiting.push(callback),
    ),
    pending: () => waiting.length,
    period: () => waiting.shift()!({ timeRemaining: () => 50, didTimeout: false }),
  };
}

describe('idleQueue', () => {
  it('runs nothing at once, then each item in idle time, in order, once', () => {
    const { ran, enqueue, ...idle } = queueInFakeBrowser();
    enqueue('a');
    enqueue('b');
    enqueue('c');
    expect(ran).toEqual([]);
    expect(idle.pending()).toBe(1);
    idle.period();
    expect(ran).toEqual(['a', 'b', 'c']);
    expect(idle.pending()).toBe(0);
  });

  it('stops before an idle period runs out and goes on in the next', () => {
    const waiting: Array<(idle: IdleTime) => void> = [];
    let left = 0;
    const ran: number[] = [];
    const enqueue = idleQueue(
      (item: number) => {
        ran.push(item);
        left -= 5;
      },
      (callback) => void waiting.push(callback),
    );
    for (const item of [1, 2, 3, 4, 5]) enqueue(item);
    left = 12;
    waiting.shift()!({ timeRemaining: () => Math.max(0, left), didTimeout: false });
    // 12 ms: the first item leaves 7, the second 2, too little for a third.
    expect(ran).toEqual([1, 2]);
    expect(waiting).toHaveLength(1);
    left = 0;
    // A period that timed out (the page stayed busy) still moves the queue by one.
    waiting.shift()!({ timeRemaining: () => 0, didTimeout: true });
    expect(ran).toEqual([1, 2, 3]);
    left = 100;
    waiting.shift()!({ timeRemaining: () => Math.max(0, left), didTimeout: false });
    expect(ran).toEqual([1, 2, 3, 4, 5]);
    expect(waiting).toHaveLength(0);
  });

  it('asks for one idle period at a time, and again for items queued later', () => {
    const { ran, enqueue, ...idle } = queueInFakeBrowser();
    enqueue('a');
    enqueue('b');
    expect(idle.pending()).toBe(1);
    idle.period();
    enqueue('c');
    expect(idle.pending()).toBe(1);
    idle.period();
    expect(ran).toEqual(['a', 'b', 'c']);
  });
});
