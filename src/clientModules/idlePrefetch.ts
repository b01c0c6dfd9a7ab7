/**
 * Docusaurus prefetches the code of each page a link leads to as soon as the link is in view,
 * all at once: on a page whose sidebar shows many links, one long task of a phone's main thread
 * while the page loads. The same prefetches wait here for idle time, a few at a time.
 */
import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';
import { idleQueue, whenIdle } from '@site/src/lib/idle';

/** What Docusaurus puts on `window`: its links call these. */
interface Docusaurus {
  prefetch(routePath: string): unknown;
  preload(routePath: string): unknown;
}

if (ExecutionEnvironment.canUseDOM) {
  let current: Docusaurus | undefined;
  // Docusaurus sets `window.docusaurus` once, after the client modules load; its links call it.
  Object.defineProperty(window, 'docusaurus', {
    configurable: true,
    get: () => current,
    set: (docusaurus: Docusaurus) => {
      const prefetch = idleQueue(
        (routePath: string) => void docusaurus.prefetch(routePath),
        (callback) => whenIdle(callback, 2_000, 200),
      );
      current = Object.freeze({ ...docusaurus, prefetch: (routePath: string) => (prefetch(routePath), true) });
    },
  });
}
