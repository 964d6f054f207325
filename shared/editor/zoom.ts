// Zoom math for the canvas: the view's zoom limits, how far a wheel turn zooms the view and a photo
// inside its cell, and wheel deltas in pixels whatever unit the device reports. Zoom is exponential
// in the wheel's travel, so many small trackpad steps and one mouse notch of the same travel zoom the
// same, and zooming in then out by the same travel returns exactly.

import type { PhotoFill, Size } from './document';
import { zoomCrop, type Point } from './geometry';

/** The view's zoom, as a scale of image pixels to screen pixels (1 = 100 %). */
export const viewZoomLimits = { min: 0.05, max: 4 } as const;

export function clampViewZoom(zoom: number): number {
  return Math.min(viewZoomLimits.max, Math.max(viewZoomLimits.min, zoom));
}

/** WheelEvent.deltaMode values: pixels, lines (Firefox with a mouse), pages. */
export const wheelDeltaMode = { pixel: 0, line: 1, page: 2 } as const;

/** What a line and a page of wheel travel count as, in pixels (a line as browsers scroll it). */
export const wheelLinePixels = 40;
export const wheelPagePixels = 800;

/** A wheel event's travel in pixels, whatever unit it came in (unknown units count as pixels). */
export function wheelPixels(delta: number, deltaMode: number): number {
  if (!Number.isFinite(delta)) return 0;
  if (deltaMode === wheelDeltaMode.line) return delta * wheelLinePixels;
  if (deltaMode === wheelDeltaMode.page) return delta * wheelPagePixels;
  return delta;
}

/** Wheel pixels that zoom the view by a factor of e: a trackpad pinch is a Ctrl+wheel. */
export const viewWheelPixelsPerE = 300;

/** The view's zoom after a Ctrl+wheel step of deltaY pixels (up, negative, zooms in). */
export function viewZoomByWheel(current: number, deltaY: number, deltaMode: number = 0): number {
  return clampViewZoom(current * Math.exp(-wheelPixels(deltaY, deltaMode) / viewWheelPixelsPerE));
}

/**
 * Wheel pixels that double a photo's zoom in its cell. A mouse notch (100–120 px, or 3 lines) then
 * zooms 7–9 %, and five notches at most about 150 %.
 */
export const photoWheelPixelsPerDoubling = 1000;

/**
 * One event's travel counts at most this much, so a device that reports a fling as one huge delta
 * zooms at most a third per event instead of jumping to the limit.
 */
export const photoWheelMaxPixelsPerEvent = 400;

/** The factor (> 1 zooms in) a wheel event of deltaY zooms a photo by; wheel up zooms in. */
export function photoWheelFactor(deltaY: number, deltaMode: number = 0): number {
  const pixels = wheelPixels(deltaY, deltaMode);
  const capped = Math.max(-photoWheelMaxPixelsPerEvent, Math.min(photoWheelMaxPixelsPerEvent, pixels));
  return 2 ** (-capped / photoWheelPixelsPerDoubling);
}

/**
 * The photo after a wheel event over it: zoomed by photoWheelFactor about the pointer (frame-local
 * image pixels), within the crop's limits (from cover-fit to maxCropZoom times it; geometry.ts).
 */
export function zoomPhotoByWheel(
  fill: PhotoFill,
  frame: Size,
  deltaY: number,
  deltaMode: number,
  pointer: Point,
): PhotoFill {
  const factor = photoWheelFactor(deltaY, deltaMode);
  return factor === 1 ? fill : zoomCrop(fill, frame, factor, pointer);
}
