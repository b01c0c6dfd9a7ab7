import { useCallback, useEffect, useRef, useState, type KeyboardEvent, type WheelEvent } from 'react';

export const ZOOM_STEP = 1.25;
export const MIN_ZOOM = 0.5;
export const MAX_ZOOM = 4;

export function clampZoom(zoom: number): number {
  return Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, Math.round(zoom * 100) / 100));
}

export interface DiagramZoom {
  level: number;
  zoomIn(): void;
  zoomOut(): void;
  reset(): void;
  onKeyDown(event: KeyboardEvent): void;
  onWheel(event: WheelEvent): void;
}

/**
 * Zooms the SVG by its width, so a wide diagram scrolls inside its viewport (on a phone too)
 * instead of shrinking to unreadable. Ctrl+wheel is also what a trackpad pinch sends; a
 * two-finger pinch on a touch screen is handled with pointer events.
 */
export function useDiagramZoom(svg: SVGSVGElement | null, viewport: React.RefObject<HTMLElement | null>): DiagramZoom {
  const [level, setLevel] = useState(1);
  const zoomBy = useCallback((factor: number) => setLevel((current) => clampZoom(current * factor)), []);

  useEffect(() => {
    if (!svg) return;
    const naturalWidth = svg.viewBox.baseVal?.width || svg.getBoundingClientRect().width;
    svg.style.maxWidth = 'none';
    svg.style.width = `${naturalWidth * level}px`;
    svg.style.height = 'auto';
  }, [svg, level]);

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
    element.addEventListener('pointerdown', down);
    element.addEventListener('pointermove', move);
    element.addEventListener('pointerup', up);
    element.addEventListener('pointercancel', up);
    return () => {
      element.removeEventListener('pointerdown', down);
      element.removeEventListener('pointermove', move);
      element.removeEventListener('pointerup', up);
      element.removeEventListener('pointercancel', up);
    };
  }, [viewport, zoomBy]);

  return {
    level,
    zoomIn: () => zoomBy(ZOOM_STEP),
    zoomOut: () => zoomBy(1 / ZOOM_STEP),
    reset: () => setLevel(1),
    onKeyDown: (event) => {
      const actions: Record<string, () => void> = {
        '+': () => zoomBy(ZOOM_STEP),
        '=': () => zoomBy(ZOOM_STEP),
        '-': () => zoomBy(1 / ZOOM_STEP),
        '0': () => setLevel(1),
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
