// Zoom math for the canvas: the view's zoom limits and how far a wheel turn zooms.

/** The view's zoom, as a scale of image pixels to screen pixels (1 = 100 %). */
export const viewZoomLimits = { min: 0.05, max: 4 } as const;

export function clampViewZoom(zoom: number): number {
  return Math.min(viewZoomLimits.max, Math.max(viewZoomLimits.min, zoom));
}

/** Wheel pixels that zoom the view by a factor of e: a trackpad pinch is a Ctrl+wheel. */
export const viewWheelPixelsPerE = 300;

/** The view's zoom after a Ctrl+wheel step of deltaY pixels (up, negative, zooms in). */
export function viewZoomByWheel(current: number, deltaY: number): number {
  return clampViewZoom(current * Math.exp(-deltaY / viewWheelPixelsPerE));
}
