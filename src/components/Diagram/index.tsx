import React, {
  useCallback,
  useEffect,
  useRef,
  useState,
  type CSSProperties,
  type MouseEvent,
  type ReactNode,
} from 'react';
import clsx from 'clsx';
import { useHistory } from '@docusaurus/router';
import { useBaseUrlUtils } from '@docusaurus/useBaseUrl';
import { useColorMode } from '@docusaurus/theme-common';
import { translate } from '@docusaurus/Translate';
import markup from '@diagram-markup';
import { localizeSvgLinks, renameSvgId } from '@site/src/lib/diagram/svg';
import DiagramToolbar from '@site/src/components/DiagramToolbar';
import { useDiagramZoom } from '@site/src/components/DiagramToolbar/useDiagramZoom';
import styles from './styles.module.css';

export interface Props {
  /** The diagram's accTitle. */
  title: string;
  /** Cache keys of the drawings made at build time (plugins/diagrams), light and dark. */
  light: string;
  dark: string;
  /** Natural size, "width height", from the drawing's viewBox. */
  size: string;
  /** Set from the second copy of the same diagram on a page on, to keep its ids unique. */
  copy?: string;
}

function downloadName(title: string): string {
  const slug = title
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase();
  return `${slug || 'diagram'}.svg`;
}

interface DrawingProps {
  drawing: string;
  variant: 'light' | 'dark';
  copy?: string;
}

/**
 * One drawing. The static page has it in its HTML (only the server bundle holds the markup);
 * hydration keeps that SVG, and after a client-side navigation it is fetched as a file.
 */
function Drawing({ drawing, variant, copy }: DrawingProps): ReactNode {
  const { withBaseUrl } = useBaseUrlUtils();
  const element = useRef<HTMLDivElement>(null);
  const [fetched, setFetched] = useState<string>();
  useEffect(() => {
    if (element.current?.firstElementChild) return undefined;
    const controller = new AbortController();
    fetch(withBaseUrl(`/${drawing}.svg`), { signal: controller.signal })
      .then((response) => (response.ok ? response.text() : undefined))
      .then(setFetched)
      .catch(() => undefined); // offline and not cached: the caption still names the diagram
    return () => controller.abort();
  }, [drawing, withBaseUrl]);
  const svg = markup[drawing] ?? fetched;
  const html = svg
    ? localizeSvgLinks(copy ? renameSvgId(svg, drawing, `${drawing}-${copy}`) : svg, (path) => withBaseUrl(path))
    : '';
  return (
    <div
      ref={element}
      className={clsx(styles.drawing, styles[variant])}
      data-diagram-svg={variant}
      dangerouslySetInnerHTML={{ __html: html }}
      suppressHydrationWarning
    />
  );
}

/**
 * A diagram drawn at build time: both colour variants are in the page and the stylesheet shows
 * the one for the colour mode (light on paper), so nothing re-renders when the mode changes and
 * the drawing is there without JavaScript. It fits its column; the toolbar zooms, goes full
 * screen and downloads it. Node links navigate inside the site without a page load.
 */
export default function Diagram({ title, light, dark, size, copy }: Props): ReactNode {
  const { colorMode } = useColorMode();
  const history = useHistory();
  const figure = useRef<HTMLElement>(null);
  const viewport = useRef<HTMLDivElement>(null);
  const [width, height] = size.split(' ').map(Number);
  const zoom = useDiagramZoom(width, viewport);

  const download = useCallback(() => {
    const svg = figure.current?.querySelector(`[data-diagram-svg="${colorMode}"] > svg`);
    if (!svg) return;
    const blob = new Blob([new XMLSerializer().serializeToString(svg)], { type: 'image/svg+xml' });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = downloadName(title);
    link.click();
    URL.revokeObjectURL(link.href);
  }, [colorMode, title]);

  // SVG links are plain <a> elements that the router does not see.
  const followLink = (event: MouseEvent) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const link = (event.target as Element).closest('a');
    const href = link?.getAttribute('href') ?? link?.getAttribute('xlink:href');
    if (!href?.startsWith('/')) return;
    event.preventDefault();
    history.push(href);
  };

  // Until a fetched drawing arrives, its box keeps the drawing's size: nothing moves.
  const reserved = {
    '--diagram-ratio': `${width} / ${height}`,
    '--diagram-natural-width': `${width}px`,
  } as CSSProperties;
  return (
    <figure ref={figure} className={styles.figure} style={reserved} data-diagram={title}>
      <figcaption className={styles.caption}>{title}</figcaption>
      <DiagramToolbar
        title={title}
        zoom={zoom}
        onDownload={download}
        onFullScreen={() =>
          document.fullscreenElement ? document.exitFullscreen() : figure.current?.requestFullscreen()
        }
      />
      <div
        ref={viewport}
        className={clsx(styles.viewport, !zoom.fitted && styles.zoomed)}
        style={zoom.style}
        tabIndex={0}
        role="region"
        aria-label={translate({ id: 'diagram.viewport', message: 'Diagram: {title}' }, { title })}
        onKeyDown={zoom.onKeyDown}
        onWheel={zoom.onWheel}
        onClick={followLink}>
        <Drawing drawing={light} variant="light" copy={copy} />
        <Drawing drawing={dark} variant="dark" copy={copy} />
      </div>
    </figure>
  );
}
