/**
 * Wraps the theme's Mermaid diagram: base-URL-aware node links, a caption that also stands
 * in for the diagram without JavaScript, a toolbar (full screen, zoom, SVG download), and a
 * re-render on colour-mode change (keyed, so the diagram never vanishes).
 */
import React, { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import clsx from 'clsx';
// Mermaid's node tooltips call selection.transition(), which d3-transition adds as a side
// effect; mermaid imports d3 through its side-effect-free umbrella package, so the bundler
// drops it and hovering a node throws "transition is not a function".
import 'd3-transition';
import Mermaid from '@theme-original/Mermaid';
import type MermaidType from '@theme/Mermaid';
import type { WrapperProps } from '@docusaurus/types';
import { useColorMode } from '@docusaurus/theme-common';
import { useBaseUrlUtils } from '@docusaurus/useBaseUrl';
import { translate } from '@docusaurus/Translate';
import { diagramAccessibility, diagramKey, localizeDiagramLinks } from '@site/src/lib/diagram/source';
import diagramSizes from '@site/src/data/diagram-sizes.json';
import { RENDER_ALL_EVENT } from '@site/src/lib/diagramRendering';
import DiagramToolbar from '@site/src/components/DiagramToolbar';
import { useDiagramZoom } from '@site/src/components/DiagramToolbar/useDiagramZoom';
import styles from './styles.module.css';

export type Props = WrapperProps<typeof MermaidType>;

/** Paper is white: in dark mode a light copy of the diagram is rendered for printing. */
const LIGHT_THEME_DIRECTIVE = '%%{init: {"theme": "default"}}%%\n';

/** Rendered sizes measured by `e2e/diagram-sizes.spec.ts`, so the page reserves the space (no layout shift). */
const SIZES: Record<string, { width: number; height: number } | undefined> = diagramSizes;

/**
 * True once the figure comes near the viewport (a diagram in a closed section waits until it
 * opens), or when printing asks for every diagram: Mermaid's layout is a long main-thread task
 * that should not delay the page's first load.
 */
function useShouldRender(ref: React.RefObject<HTMLElement | null>): boolean {
  const [shouldRender, setShouldRender] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!element || shouldRender) return undefined;
    const render = () => setShouldRender(true);
    const observer = new IntersectionObserver((entries) => entries.some((entry) => entry.isIntersecting) && render(), {
      rootMargin: '200px 0px',
    });
    observer.observe(element);
    window.addEventListener(RENDER_ALL_EVENT, render);
    return () => {
      observer.disconnect();
      window.removeEventListener(RENDER_ALL_EVENT, render);
    };
  }, [ref, shouldRender]);
  return shouldRender;
}

/** Watches the viewport for the SVG mermaid inserts. */
function useRenderedSvg(ref: React.RefObject<HTMLElement | null>, renderKey: string): SVGSVGElement | null {
  const [svg, setSvg] = useState<SVGSVGElement | null>(null);
  useEffect(() => {
    const element = ref.current;
    if (!element) return undefined;
    const find = () => setSvg(element.querySelector<SVGSVGElement>('.docusaurus-mermaid-container > svg'));
    find();
    const observer = new MutationObserver(find);
    observer.observe(element, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [ref, renderKey]);
  return svg;
}

export default function MermaidWrapper(props: Props): ReactNode {
  const { colorMode } = useColorMode();
  const { withBaseUrl } = useBaseUrlUtils();
  const figure = useRef<HTMLElement>(null);
  const viewport = useRef<HTMLDivElement>(null);
  const accessibility = diagramAccessibility(props.value);
  const key = diagramKey(props.value);
  const reservedHeight = SIZES[key]?.height;
  const title = accessibility?.title ?? translate({ id: 'diagram.untitled', message: 'Diagram' });
  const renderKey = colorMode;
  const source = localizeDiagramLinks(props.value, (path) => withBaseUrl(path));
  const displayed = useShouldRender(figure);
  const svg = useRenderedSvg(viewport, renderKey);
  const zoom = useDiagramZoom(svg, viewport);

  useEffect(() => {
    // Diagram types without acc grammar (mindmap) still get an accessible name.
    if (svg && !svg.querySelector('title')) svg.setAttribute('aria-label', title);
  }, [svg, title]);

  const downloadSvg = useCallback(() => {
    if (!svg) return;
    const blob = new Blob([new XMLSerializer().serializeToString(svg)], { type: 'image/svg+xml' });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = `${
      title
        .replace(/[^\p{L}\p{N}]+/gu, '-')
        .replace(/^-|-$/g, '')
        .toLowerCase() || 'diagram'
    }.svg`;
    link.click();
    URL.revokeObjectURL(link.href);
  }, [svg, title]);

  return (
    <figure ref={figure} className={styles.figure} data-diagram={title} data-diagram-key={key}>
      <figcaption className={styles.caption}>{title}</figcaption>
      <DiagramToolbar
        title={title}
        zoom={zoom}
        canDownload={svg !== null}
        onDownload={downloadSvg}
        onFullScreen={() =>
          document.fullscreenElement ? document.exitFullscreen() : figure.current?.requestFullscreen()
        }
      />
      <div
        ref={viewport}
        className={clsx(styles.viewport, svg && styles.rendered)}
        style={svg || !reservedHeight ? undefined : { minHeight: reservedHeight }}
        tabIndex={0}
        role="region"
        aria-label={translate({ id: 'diagram.viewport', message: 'Diagram: {title}' }, { title })}
        onKeyDown={zoom.onKeyDown}
        onWheel={zoom.onWheel}>
        {!svg && accessibility && (
          <p className={styles.fallback} data-diagram-fallback>
            {accessibility.description}
          </p>
        )}
        {displayed && <Mermaid key={renderKey} value={source} />}
      </div>
      {displayed && colorMode === 'dark' && (
        <div className={styles.printCopy} data-print-copy>
          <Mermaid value={LIGHT_THEME_DIRECTIVE + source} />
        </div>
      )}
    </figure>
  );
}
