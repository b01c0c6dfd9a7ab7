import {
  useCallback,
  useEffect,
  useRef,
  useState,
  type CSSProperties,
  type KeyboardEvent,
  type WheelEvent,
} from 'react';

export const ZOOM_STEP = 1.25;
export const MIN_ZOOM = 0.25;
export const MAX_ZOOM = 4;

export function clampZoom(zoom: number): number {
  return Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, Math.round(zoom * 100) / 100));
}

export interface DiagramZoom {
  /** Scale of the drawing against its natural size; `fitted` while it fits its box. */
  level: number;
  fitted: boolean;
  /** Goes on the viewport: the zoomed width, read by the stylesheet. */
  style: CSSProperties | undefined;
  fit(): void;
  zoomIn(): void;
  zoomOut(): void;
  actualSize(): void;
  onKeyDown(event: KeyboardEvent): void;
  onWheel(event: WheelEvent): void;
}

/**
 * Zoom of a build-time SVG. By default it fits its box (the stylesheet scales it to the column,
 * or to the screen in full screen); zooming sets an explicit width, so a large drawing scrolls
 * inside its viewport. Only a CSS variable changes: the SVG elements are never replaced.
 * Ctrl+wheel is also what a trackpad pinch sends; a two-finger touch pinch uses pointer events.
 */
export function useDiagramZoom(naturalWidth: number, viewport: React.RefObject<HTMLElement | null>): DiagramZoom {
  const [zoom, setZoom] = useState<number | null>(null);
  const [fitScale, setFitScale] = useState(1);

  /** The scale the drawing is shown at now (fitted drawings shrink with their box). */
  const shownScale = useCallback(() => {
    const svg = [...(viewport.current?.querySelectorAll('svg') ?? [])].find((el) => el.getBoundingClientRect().width);
    return svg ? svg.getBoundingClientRect().width / naturalWidth : 1;
  }, [naturalWidth, viewport]);

  useEffect(() => {
    const element = viewport.current;
    if (!element || zoom !== null) return undefined;
    const measure = () => setFitScale(Math.round(shownScale() * 100) / 100);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [viewport, zoom, shownScale]);

  const zoomBy = useCallback(
    (factor: number) => setZoom((current) => clampZoom((current ?? shownScale()) * factor)),
    [shownScale],
  );

  const pinch = useRef<{ distance: number; pointers: Map<number, PointerEvent> }>({ distance: 0, pointers: new Map() });
  useEffect(() => {
    const element = viewport.current;
    if (!element) return undefined;
    const spread = () => {
      const [a, b] = [...pinch.current.pointers.values()];
      return a && b ? Math.hypot(a.clientX - b.clientX, a.clientY - b.clientY) : 0;
    };
    const down = (event: PointerEvent) => {
      if (event.pointerType !== 'touch') return;
      pinch.current.pointers.set(event.pointerId, event);
      pinch.current.distance = spread();
    };
    const move = (event: PointerEvent) => {
      if (!pinch.current.pointers.has(event.pointerId)) return;
      pinch.current.pointers.set(event.pointerId, event);
      const distance = spread();
      if (pinch.current.distance > 0 && distance > 0) zoomBy(distance / pinch.current.distance);
      pinch.current.distance = distance;
    };
    const up = (event: PointerEvent) => {
      pinch.current.pointers.delete(event.pointerId);
      pinch.current.distance = spread();
    };
    const events = { pointerdown: down, pointermove: move, pointerup: up, pointercancel: up };
    for (const [name, handler] of Object.entries(events)) element.addEventListener(name, handler as EventListener);
    return () => {
      for (const [name, handler] of Object.entries(events)) element.removeEventListener(name, handler as EventListener);
    };
  }, [viewport, zoomBy]);

  const fit = () => setZoom(null);
  const actualSize = () => setZoom(1);
  return {
    level: zoom ?? fitScale,
    fitted: zoom === null,
    style: zoom === null ? undefined : ({ '--diagram-width': `${naturalWidth * zoom}px` } as CSSProperties),
    fit,
    zoomIn: () => zoomBy(ZOOM_STEP),
    zoomOut: () => zoomBy(1 / ZOOM_STEP),
    actualSize,
    onKeyDown: (event) => {
      const actions: Record<string, () => void> = {
        '+': () => zoomBy(ZOOM_STEP),
        '=': () => zoomBy(ZOOM_STEP),
        '-': () => zoomBy(1 / ZOOM_STEP),
        '0': actualSize,
        f: fit,
      };
      const action = actions[event.key];
      if (action && !event.ctrlKey && !event.metaKey && !event.altKey) {
        event.preventDefault();
        action();
      }
    },
    onWheel: (event) => {
      // Plain wheel scrolls the page; only Ctrl+wheel (and trackpad pinch) zooms.
      if (!event.ctrlKey) return;
      event.preventDefault();
      zoomBy(event.deltaY < 0 ? ZOOM_STEP : 1 / ZOOM_STEP);
    },
  };
}
