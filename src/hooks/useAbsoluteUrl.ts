import { useLocation } from '@docusaurus/router';

/**
 * The shareable URL of the current page (optionally a fragment), at the origin that serves it:
 * the configured `url` (canonical and social tags) may be a placeholder or another host, as
 * under `npm start` or a deployment without SITE_URL. The router's path includes the base URL.
 * Call it in the browser only (on a click), where the origin is known.
 */
export function useAbsoluteUrl(): (fragment?: string) => string {
  const { pathname } = useLocation();
  return (fragment) => new URL(pathname + (fragment ? `#${fragment}` : ''), window.location.origin).href;
}
