// Service-worker addition (plugin-pwa `swCustom`; plain JS because the plugin only compiles .js).
// Pages come from the network while there is one, so a reader online always gets the current
// release whole; the offline copy answers when the network fails. The site is built with
// `trailingSlash: false`, so a page /overview is the file /overview.html (and / is
// /index.html), which the stock worker does not look up. A locale's home is /zh-Hans/index.html,
// and some servers (`docusaurus serve`) show it as /zh-Hans, which the root's worker answers.
export default function offlineNavigation() {
  self.addEventListener('fetch', (event) => {
    const url = new URL(event.request.url);
    if (event.request.mode !== 'navigate' || url.origin !== self.location.origin) return;
    if (/\.[a-z0-9]+$/i.test(url.pathname)) return;
    const files = url.pathname.endsWith('/')
      ? [`${url.pathname}index.html`]
      : [`${url.pathname}.html`, `${url.pathname}/index.html`];
    // The stock worker would answer / from the copy first: this one decides for every page.
    event.stopImmediatePropagation();
    event.respondWith(
      fetch(event.request).catch(async () => {
        for (const file of files) {
          const cached = await caches.match(`${url.origin}${file}`, { ignoreSearch: true });
          if (cached) return cached;
        }
        return Response.error();
      }),
    );
  });
}
