import { describe, expect, it } from 'vitest';
import { MAX_ZOOM, fitScale, zoomRange } from './zoom';

describe('zoom view scales', () => {
  it('fits a wide drawing to the width and a tall one to the height', () => {
    expect(fitScale({ width: 1000, height: 500 }, { width: 390, height: 800 })).toBe(0.39);
    expect(fitScale({ width: 400, height: 1600 }, { width: 1280, height: 800 })).toBe(0.5);
  });

  it('enlarges a drawing smaller than the box', () => {
    expect(fitScale({ width: 200, height: 100 }, { width: 1000, height: 1000 })).toBe(5);
  });

  it('zooms out to half the fitted size and in to MAX_ZOOM, or further when fitted is larger', () => {
    expect(zoomRange(0.4)).toEqual({ minScale: 0.2, maxScale: MAX_ZOOM });
    expect(zoomRange(5)).toEqual({ minScale: 2.5, maxScale: 5 });
  });
});
