/**
 * The offline copy's page lifecycle: each page view is counted once the page has loaded and
 * settled (caching never competes with the page the reader opened), and a navigation from a
 * page older than the site's release loads the new one in full.
 */
import type { ClientModule } from '@docusaurus/types';
import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';
import siteConfig from '@generated/docusaurus.config';
import { loadUpdateAtNavigation, pageViewed, startOfflineCopy } from '@site/src/lib/offline/offlineCopy';
import { whenIdle } from '@site/src/lib/idle';

const enabled = ExecutionEnvironment.canUseDOM && process.env.NODE_ENV === 'production' && 'serviceWorker' in navigator;
const started = enabled ? startOfflineCopy(siteConfig.baseUrl) : Promise.resolve();

function whenSettled(run: () => void): void {
  const idle = () => whenIdle(run, 5_000, 1_000);
  if (document.readyState === 'complete') idle();
  else window.addEventListener('load', idle, { once: true });
}

const offlineCopy: ClientModule = {
  onRouteUpdate({ location, previousLocation }) {
    if (enabled && previousLocation && previousLocation.pathname !== location.pathname) loadUpdateAtNavigation();
  },
  onRouteDidUpdate({ location, previousLocation }) {
    // A change of hash on the same page is not a page view.
    if (!enabled || previousLocation?.pathname === location.pathname) return;
    whenSettled(() => void started.then(pageViewed));
  },
};

export default offlineCopy;
