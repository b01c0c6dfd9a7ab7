import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { useLocation } from '@docusaurus/router';

/** The shareable URL of the current page (optionally a fragment), on the configured `url`. */
export function useAbsoluteUrl(): (fragment?: string) => string {
  const { siteConfig } = useDocusaurusContext();
  const { pathname } = useLocation();
  return (fragment) => new URL(pathname + (fragment ? `#${fragment}` : ''), siteConfig.url).href;
}
