/**
 * Each locale is a separate build with its own service worker, and a worker only precaches
 * its own build. Registering the other locales' workers too means switching language works
 * offline after the first visit (same parameters as plugin-pwa's own registration).
 */
import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';
import siteConfig from '@generated/docusaurus.config';
import i18n from '@generated/i18n';
import { localeBaseUrls } from '@site/src/lib/localeUrls';

function registerOtherLocales(): void {
  const params = encodeURIComponent(JSON.stringify({ offlineMode: true, debug: false }));
  const urls = localeBaseUrls(siteConfig.baseUrl, i18n.currentLocale, i18n.defaultLocale, i18n.locales);
  for (const [locale, scope] of Object.entries(urls)) {
    if (locale !== i18n.currentLocale)
      void navigator.serviceWorker.register(`${scope}sw.js?params=${params}`, { scope });
  }
}

if (ExecutionEnvironment.canUseDOM && 'serviceWorker' in navigator && process.env.NODE_ENV === 'production') {
  // Once the page is idle: precaching the other language must not compete with this page's load.
  const whenIdle = () =>
    'requestIdleCallback' in window
      ? window.requestIdleCallback(registerOtherLocales, { timeout: 10_000 })
      : setTimeout(registerOtherLocales, 5_000);
  window.addEventListener('load', whenIdle);
}
