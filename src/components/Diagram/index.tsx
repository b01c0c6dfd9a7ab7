import React, { useCallback, useRef, type MouseEvent, type ReactNode } from 'react';
import clsx from 'clsx';
import { useHistory } from '@docusaurus/router';
import { useColorMode } from '@docusaurus/theme-common';
import { translate } from '@docusaurus/Translate';
import { svgSize } from '@site/src/lib/diagram/svg';
import DiagramToolbar from '@site/src/components/DiagramToolbar';
import { useDiagramZoom } from '@site/src/components/DiagramToolbar/useDiagramZoom';
import styles from './styles.module.css';

export interface Props {
  /** The diagram's accTitle. */
  title: string;
  /** SVG markup drawn at build time (plugins/diagrams), light and dark variants. */
  light: string;
  dark: string;
}

function downloadName(title: string): string {
  const slug = title
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase();
  return `${slug || 'diagram'}.svg`;
}

/**
 * A diagram drawn at build time: both colour variants are in the HTML and the stylesheet shows
 * the one for the colour mode (light on paper), so nothing re-renders when the mode changes and
 * the drawing is there without JavaScript. It fits its column; the toolbar zooms, goes full
 * screen and downloads it. Node links navigate inside the site without a page load.
 */
export default function Diagram({ title, light, dark }: Props): ReactNode {
  const { colorMode } = useColorMode();
  const history = useHistory();
  const figure = useRef<HTMLElement>(null);
  const viewport = useRef<HTMLDivElement>(null);
  const zoom = useDiagramZoom(svgSize(light).width, viewport);

  const download = useCallback(() => {
    const blob = new Blob([colorMode === 'dark' ? dark : light], { type: 'image/svg+xml' });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = downloadName(title);
    link.click();
    URL.revokeObjectURL(link.href);
  }, [colorMode, dark, light, title]);

  // SVG links are plain <a> elements that the router does not see.
  const followLink = (event: MouseEvent) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const link = (event.target as Element).closest('a');
    const href = link?.getAttribute('href') ?? link?.getAttribute('xlink:href');
    if (!href?.startsWith('/')) return;
    event.preventDefault();
    history.push(href);
  };

  return (
    <figure ref={figure} className={styles.figure} data-diagram={title}>
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
        <div className={styles.light} data-diagram-svg="light" dangerouslySetInnerHTML={{ __html: light }} />
        <div className={styles.dark} data-diagram-svg="dark" dangerouslySetInnerHTML={{ __html: dark }} />
      </div>
    </figure>
  );
}
