// Wheel zoom: proportional to the wheel's travel for mice and trackpads alike, in any delta unit,
// capped per event, about the pointer, within the crop's limits; and the view's zoom limits.

import { describe, expect, it } from 'vitest';
import type { PhotoFill } from '../../../shared/editor/document';
import { cropZoom, fillFrame, maxCropZoom } from '../../../shared/editor/geometry';
import {
  clampViewZoom,
  photoWheelFactor,
  photoWheelMaxPixelsPerEvent,
  viewZoomByWheel,
  viewZoomLimits,
  wheelDeltaMode,
  wheelPixels,
  zoomPhotoByWheel,
} from '../../../shared/editor/zoom';

const frame = { width: 1250, height: 1686 };
const photo: PhotoFill = fillFrame('a'.repeat(64), { width: 4000, height: 3000 }, frame);

/** The photo after a run of wheel events at one pointer position. */
function wheel(fill: PhotoFill, deltas: readonly number[], mode = 0, pointer = { x: 625, y: 843 }) {
  return deltas.reduce((current, delta) => zoomPhotoByWheel(current, frame, delta, mode, pointer), fill);
}

describe('wheel deltas', () => {
  it('counts lines and pages in pixels, and nonsense as nothing', () => {
    expect(wheelPixels(-120, wheelDeltaMode.pixel)).toBe(-120);
    expect(wheelPixels(3, wheelDeltaMode.line)).toBe(120);
    expect(wheelPixels(1, wheelDeltaMode.page)).toBe(800);
    expect(wheelPixels(Number.NaN, 0)).toBe(0);
    expect(wheelPixels(Infinity, 0)).toBe(0);
  });
});

describe('photo wheel zoom', () => {
  it('zooms a few percent per mouse notch: five notches stay under 160 % (the reported 448 %)', () => {
    for (const notch of [-100, -120]) {
      const zoomed = cropZoom(wheel(photo, Array(5).fill(notch)), frame);
      expect(zoomed).toBeGreaterThan(1.3);
      expect(zoomed).toBeLessThan(1.6);
    }
    const one = cropZoom(wheel(photo, [-120]), frame);
    expect(one).toBeGreaterThan(1.03);
    expect(one).toBeLessThan(1.1);
  });

  it('treats a mouse notch in lines like the same travel in pixels', () => {
    expect(cropZoom(wheel(photo, [-3], wheelDeltaMode.line), frame)).toBeCloseTo(
      cropZoom(wheel(photo, [-120]), frame),
      9,
    );
  });

  it('zooms as far for fifty small trackpad steps as for one notch of the same travel', () => {
    const trackpad = cropZoom(wheel(photo, Array(50).fill(-2.4)), frame);
    expect(trackpad).toBeCloseTo(cropZoom(wheel(photo, [-120]), frame), 6);
  });

  it('comes back to where it was when zoomed out by the same travel', () => {
    const inOut = wheel(photo, [-120, -120, -120, 120, 120, 120]);
    expect(cropZoom(inOut, frame)).toBeCloseTo(1, 9);
  });

  it('caps one event, so a fling reported as a huge delta does not jump', () => {
    expect(photoWheelFactor(-100_000)).toBe(photoWheelFactor(-photoWheelMaxPixelsPerEvent));
    expect(photoWheelFactor(-100_000)).toBeLessThan(1.35);
    expect(photoWheelFactor(100_000)).toBeGreaterThan(1 / 1.35);
    expect(photoWheelFactor(0)).toBe(1);
  });

  it('keeps the photo point under the pointer where it was', () => {
    const pointer = { x: 300, y: 400 };
    const before = photo.crop;
    const after = wheel(photo, [-120, -120], 0, pointer).crop;
    const sourceAt = (crop: typeof before) => ({
      x: crop.x + (pointer.x / frame.width) * crop.width,
      y: crop.y + (pointer.y / frame.height) * crop.height,
    });
    expect(sourceAt(after).x).toBeCloseTo(sourceAt(before).x, 6);
    expect(sourceAt(after).y).toBeCloseTo(sourceAt(before).y, 6);
  });

  it('stops at cover-fit zooming out and at the crop limit zooming in', () => {
    expect(wheel(photo, [120, 120]).crop).toEqual(photo.crop);
    const far = wheel(photo, Array(200).fill(-120));
    expect(cropZoom(far, frame)).toBeCloseTo(maxCropZoom, 6);
    // A wheel of no travel changes nothing (the same object, so history sees no step).
    expect(zoomPhotoByWheel(photo, frame, 0, 0, { x: 0, y: 0 })).toBe(photo);
  });
});

describe('view zoom', () => {
  it('zooms the view with Ctrl+wheel, in any delta unit, within its limits', () => {
    expect(viewZoomByWheel(1, -300)).toBeCloseTo(Math.E, 9);
    expect(viewZoomByWheel(1, -3, wheelDeltaMode.line)).toBeCloseTo(viewZoomByWheel(1, -120), 9);
    expect(viewZoomByWheel(1, -100_000)).toBe(viewZoomLimits.max);
    expect(viewZoomByWheel(1, 100_000)).toBe(viewZoomLimits.min);
    expect(clampViewZoom(0.5)).toBe(0.5);
  });
});
