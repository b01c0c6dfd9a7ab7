// Service-worker addition (plugin-pwa `swCustom`; plain JS because the plugin only compiles .js).
// Pages come from the network while there is one, so a reader online always gets the current
// release whole; the offline copy answers when the network fails. The site is built with
// `trailingSlash: false`, so a page /overview is the file /overview.html (and / is
// /index.html), which the stock worker does not look up.
//
// A locale's home is /zh-Hans/index.html, and some servers (`docusaurus serve`) show it as
// /zh-Hans, outside the locale's worker: the root's worker then serves that page, and the files
// it loads (/zh-Hans/assets/…, /zh-Hans/img/…, never in the root's copy) come from the locale's.

import { isOfflineFile } from './offlineFiles.js';

/** Another locale's file of its offline copy (not a page), by its path inside this worker's scope. */
const isOtherLocaleFile = (path) => {
  const inLocale = /^[^/]+\/(.+)$/.exec(path)?.[1];
  return inLocale !== undefined && !inLocale.endsWith('.html') && isOfflineFile(inLocale);
};

export default function offlineNavigation() {
  const scope = new URL(self.registration.scope).pathname;
  const fromCopy = async (url, files) => {
    for (const file of files) {
      const cached = await caches.match(`${url.origin}${file}`, { ignoreSearch: true });
      if (cached) return cached;
    }
    return Response.error();
  };

  self.addEventListener('fetch', (event) => {
    const url = new URL(event.request.url);
    if (url.origin !== self.location.origin || event.request.method !== 'GET') return;
    if (event.request.mode !== 'navigate') {
      if (!url.pathname.startsWith(scope) || !isOtherLocaleFile(url.pathname.slice(scope.length))) return;
      event.respondWith(fetch(event.request).catch(() => fromCopy(url, [url.pathname])));
      return;
    }
    if (/\.[a-z0-9]+$/i.test(url.pathname)) return;
    const files = url.pathname.endsWith('/')
      ? [`${url.pathname}index.html`]
      : [`${url.pathname}.html`, `${url.pathname}/index.html`];
    // The stock worker would answer / from the copy first: this one decides for every page.
    event.stopImmediatePropagation();
    event.respondWith(fetch(event.request).catch(() => fromCopy(url, files)));
  });
}
