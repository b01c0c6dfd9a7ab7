/**
 * Each locale is a separate build with its own service worker, and a worker only precaches
 * its own build. Registering the other locales' workers too means switching language works
 * offline after the first visit (same parameters as plugin-pwa's own registration).
 */
import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';
import siteConfig from '@generated/docusaurus.config';
import i18n from '@generated/i18n';
import { localeBaseUrls } from '@site/src/lib/localeUrls';

if (ExecutionEnvironment.canUseDOM && 'serviceWorker' in navigator && process.env.NODE_ENV === 'production') {
  window.addEventListener('load', () => {
    const params = encodeURIComponent(JSON.stringify({ offlineMode: true, debug: false }));
    const urls = localeBaseUrls(siteConfig.baseUrl, i18n.currentLocale, i18n.defaultLocale, i18n.locales);
    for (const [locale, scope] of Object.entries(urls)) {
      if (locale !== i18n.currentLocale)
        void navigator.serviceWorker.register(`${scope}sw.js?params=${params}`, { scope });
    }
  });
}
