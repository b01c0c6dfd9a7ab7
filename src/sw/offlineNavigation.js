// Service-worker addition (plugin-pwa `swCustom`; plain JS because the plugin only compiles .js).
// The site is built with `trailingSlash: false`, so a page /overview is the file /overview.html,
// which the stock worker does not look up for a navigation when the network is gone.
export default function offlineNavigation() {
  self.addEventListener('fetch', (event) => {
    const url = new URL(event.request.url);
    const isPage = event.request.mode === 'navigate' && url.origin === self.location.origin;
    if (!isPage || url.pathname.endsWith('/') || /\.[a-z0-9]+$/i.test(url.pathname)) return;
    event.respondWith(
      fetch(event.request).catch(async () => {
        const cached = await caches.match(`${url.origin}${url.pathname}.html`, { ignoreSearch: true });
        return cached ?? Response.error();
      }),
    );
  });
}
