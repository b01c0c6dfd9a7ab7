import React, {
  Suspense,
  lazy,
  useCallback,
  useEffect,
  useRef,
  useState,
  type CSSProperties,
  type MouseEvent,
  type ReactNode,
} from 'react';
import { useHistory } from '@docusaurus/router';
import { useBaseUrlUtils } from '@docusaurus/useBaseUrl';
import { useColorMode } from '@docusaurus/theme-common';
import { translate } from '@docusaurus/Translate';
import markup from '@diagram-markup';
import { DIAGRAM_SVG, DIAGRAM_SVG_ATTRIBUTE } from '@site/src/lib/pageMarkers';
import { localizeSvgLinks, renameSvgId } from '@site/src/lib/diagram/svg';
import DiagramToolbar from '@site/src/components/DiagramToolbar';
import styles from './styles.module.css';

// Loaded with Panzoom when a reader first zooms: no gesture code in the page's own scripts.
const DiagramZoomView = lazy(() => import('@site/src/components/DiagramZoomView'));

export interface Props {
  /** The diagram's accTitle. */
  title: string;
  /** Cache key of the drawing made at build time (plugins/diagrams), for both colour modes. */
  drawing: string;
  /** Natural size, "width height", from the drawing's viewBox. */
  size: string;
  /** Set from the second copy of the same diagram on a page on, to keep its ids unique. */
  copy?: string;
}

interface DrawingProps {
  drawing: string;
  copy?: string;
}

/**
 * One drawing. The static page has it in its HTML (only the server bundle holds the markup);
 * hydration keeps that SVG, and after a client-side navigation it is fetched as a file.
 */
function Drawing({ drawing, copy }: DrawingProps): ReactNode {
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
      className={styles.drawing}
      {...{ [DIAGRAM_SVG_ATTRIBUTE]: '' }}
      dangerouslySetInnerHTML={{ __html: html }}
      suppressHydrationWarning
    />
  );
}

/**
 * A diagram drawn at build time: one drawing whose own styles follow the colour mode (light on
 * paper), so nothing re-renders when the mode changes and the drawing is there without
 * JavaScript. It shows whole, fitted to its column; a tap or click
 * on it (or its first button) opens the zoom view, fitted to the screen. Node links navigate
 * inside the site without a page load (on a touch screen, from the zoom view only: in the
 * overview they are too small to aim at).
 */
export default function Diagram({ title, drawing, size, copy }: Props): ReactNode {
  const { colorMode } = useColorMode();
  const history = useHistory();
  const figure = useRef<HTMLElement>(null);
  const [width, height] = size.split(' ').map(Number);
  /** The zoom view's copy of the shown drawing, while it is open. */
  const [zoomed, setZoomed] = useState<string>();

  const drawingSvg = useCallback(() => figure.current?.querySelector<SVGSVGElement>(`${DIAGRAM_SVG} > svg`), []);

  // The file keeps the colours the reader sees. Its code loads on the first download.
  const download = useCallback(async () => {
    const svg = drawingSvg();
    if (!svg) return;
    const { svgFile, svgFileName } = await import('@site/src/lib/diagram/download');
    const link = document.createElement('a');
    link.href = URL.createObjectURL(svgFile(new XMLSerializer().serializeToString(svg), colorMode));
    link.download = svgFileName(title);
    link.click();
    URL.revokeObjectURL(link.href);
  }, [colorMode, drawingSvg, title]);

  const openZoomView = () => {
    const svg = drawingSvg();
    if (svg) setZoomed(renameSvgId(svg.outerHTML, svg.id, `${svg.id}-zoom`));
  };

  /** SVG links are plain <a> elements that the router does not see. */
  const followLink = (event: MouseEvent): boolean => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return false;
    const link = (event.target as Element).closest('a');
    const href = link?.getAttribute('href') ?? link?.getAttribute('xlink:href');
    if (!href?.startsWith('/')) return false;
    event.preventDefault();
    setZoomed(undefined);
    history.push(href);
    return true;
  };

  const onOverviewClick = (event: MouseEvent) => {
    if ((event.target as Element).closest('a') && !matchMedia('(pointer: coarse)').matches) {
      followLink(event);
      return;
    }
    event.preventDefault();
    openZoomView();
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
        label={translate({ id: 'diagram.toolbar', message: 'Diagram controls: {title}' }, { title })}
        buttons={[
          {
            key: 'zoom',
            label: translate({ id: 'diagram.fullScreen', message: 'Full screen' }),
            icon: <FullScreenIcon />,
            // The cue says what works on this screen: a tap on a phone, a button on a desktop.
            text: (
              <>
                <span className={styles.touchCue}>
                  {translate({ id: 'diagram.tapToZoom', message: 'Tap to zoom' })}
                </span>
                <span className={styles.pointerCue}>
                  {translate({ id: 'diagram.fullScreen', message: 'Full screen' })}
                </span>
              </>
            ),
            primary: true,
            onClick: openZoomView,
          },
          {
            key: 'download',
            label: translate({ id: 'diagram.download', message: 'Download SVG' }),
            icon: 'SVG ↓',
            onClick: download,
          },
        ]}
      />
      <div
        className={styles.viewport}
        role="region"
        aria-label={translate({ id: 'diagram.viewport', message: 'Diagram: {title}' }, { title })}
        onClick={onOverviewClick}>
        <Drawing drawing={drawing} copy={copy} />
      </div>
      {zoomed && (
        <Suspense fallback={null}>
          <DiagramZoomView
            title={title}
            svg={zoomed}
            size={{ width, height }}
            onLinkClick={followLink}
            onClose={() => setZoomed(undefined)}
          />
        </Suspense>
      )}
    </figure>
  );
}

function FullScreenIcon(): ReactNode {
  return (
    <svg width="14" height="14" viewBox="0 0 14 14" fill="none" stroke="currentColor" strokeWidth="1.6">
      <path d="M1 5V1h4M9 1h4v4M13 9v4H9M5 13H1V9" />
    </svg>
  );
}
