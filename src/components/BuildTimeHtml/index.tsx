import React, {
  Suspense,
  lazy,
  useLayoutEffect,
  useRef,
  useState,
  type ComponentType,
  type MouseEvent,
  type ReactNode,
} from 'react';
import { useHistory } from '@docusaurus/router';
import useIsBrowser from '@docusaurus/useIsBrowser';

export interface Props<P extends object> {
  /**
   * The component while the HTML is rendered at build time, else undefined:
   * `__RENDERING_HTML__ ? require(…).default : undefined` (plugins/html-render-flag).
   */
  served: ComponentType<P> | undefined;
  /** The same component for the browser (`() => import(…)`), a chunk of its own. */
  load: () => Promise<{ default: ComponentType<P> }>;
  /** Plain data (the served HTML is kept while they stay the same). */
  props: P;
  className?: string;
}

const sameProps = (a: object, b: object) =>
  Object.keys(a).length === Object.keys(b).length &&
  Object.entries(a).every(([key, value]) => Object.is(value, (b as Record<string, unknown>)[key]));

/** A click a link would handle itself: the primary button, no modifier key, no other window. */
function plainClick(event: MouseEvent): boolean {
  return event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
}

/**
 * Static content (it depends on build-time data only) whose code stays out of the page's first
 * view: the HTML rendered at build time is kept as it is when the page hydrates, like a diagram's
 * drawing, and its links still navigate inside the site. Only where there is no served HTML (after a
 * navigation inside the site, or on the dev server) does the browser load the component and render it.
 */
export default function BuildTimeHtml<P extends object>({
  served: Served,
  load,
  props,
  className,
}: Props<P>): ReactNode {
  const history = useHistory();
  // False while the first page hydrates (its HTML is there to keep), true after a navigation.
  const isBrowser = useIsBrowser();
  const [servedProps, setServedProps] = useState(() => (isBrowser ? undefined : props));
  const [Loaded] = useState(() => lazy(load));
  const kept = useRef<HTMLDivElement>(null);
  // No served HTML to keep (the dev server renders in the browser only): render the component.
  useLayoutEffect(() => {
    if (kept.current && !kept.current.hasChildNodes()) setServedProps(undefined);
  }, []);

  if (Served)
    return (
      <div className={className}>
        <Served {...props} />
      </div>
    );

  if (servedProps && sameProps(servedProps, props)) {
    // The served links are plain <a> elements: follow a site link as <Link> would, without a reload.
    const followSiteLink = (event: MouseEvent) => {
      const link = (event.target as Element).closest('a');
      if (!link || link.origin !== window.location.origin || link.target || link.hasAttribute('download')) return;
      if (!plainClick(event)) return;
      event.preventDefault();
      history.push(link.pathname + link.search + link.hash);
    };
    return (
      // The clicks are links' (Enter on a link clicks it too): the box itself is not interactive.
      <div
        ref={kept}
        className={className}
        onClick={followSiteLink}
        dangerouslySetInnerHTML={{ __html: '' }}
        suppressHydrationWarning
      />
    );
  }

  return (
    <div className={className}>
      <Suspense fallback={null}>
        <Loaded {...props} />
      </Suspense>
    </div>
  );
}
