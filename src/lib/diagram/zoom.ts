/** The zoom view's scales, against the drawing's natural size (1 = as drawn). */
import type { SvgSize } from './svg';

/** Up to four times the drawn size: the smallest labels are then large on any screen. */
export const MAX_ZOOM = 4;

/** The scale at which the whole drawing fits in the box. */
export function fitScale(drawing: SvgSize, box: SvgSize): number {
  return Math.min(box.width / drawing.width, box.height / drawing.height);
}

/** How far a reader may zoom: out to half the fitted size, in to `MAX_ZOOM` (or fitted, if larger). */
export function zoomRange(fitted: number): { minScale: number; maxScale: number } {
  return { minScale: fitted / 2, maxScale: Math.max(MAX_ZOOM, fitted) };
}
