// Pure geometry: cover-fit crops in source pixels, pan, zoom about an anchor, clamping, rect tests.

import { describe, expect, it } from 'vitest';
import type { PhotoFill } from '../../../shared/editor/document';
import {
  areasFromCells,
  clampCrop,
  clampRectToBounds,
  coverCrop,
  cropZoom,
  fillFrame,
  maxCropZoom,
  panCrop,
  rectContains,
  rectFromPoints,
  rectIntersection,
  rectsOverlap,
  refitCrop,
  resetCrop,
  rotatedBounds,
  roundRect,
  zoomCrop,
} from '../../../shared/editor/geometry';

const natural = { width: 4000, height: 3000 };
const frame = { width: 833, height: 843 };

describe('coverCrop', () => {
  it('crops a landscape photo to a portrait-ish frame, centred, full height', () => {
    const crop = coverCrop(natural, frame);
    expect(crop.height).toBe(3000);
    expect(crop.width).toBeCloseTo((3000 * 833) / 843, 6);
    expect(crop.x).toBeCloseTo((4000 - crop.width) / 2, 6);
    expect(crop.y).toBe(0);
  });

  it('crops a portrait photo to a wide frame, centred, full width', () => {
    const crop = coverCrop({ width: 1000, height: 3000 }, { width: 2500, height: 843 });
    expect(crop).toEqual({
      x: 0,
      y: (3000 - 1000 * (843 / 2500)) / 2,
      width: 1000,
      height: 1000 * (843 / 2500),
    });
  });
});

describe('pan and zoom', () => {
  const fill: PhotoFill = fillFrame('a'.repeat(64), natural, frame);

  it('pans the photo with the pointer, in source pixels, and stops at the photo edge', () => {
    const moved = panCrop(fill, frame, 100, 0);
    const sourcePerImagePx = fill.crop.width / frame.width;
    expect(moved.crop.x).toBeCloseTo(fill.crop.x - 100 * sourcePerImagePx, 6);
    // Vertical pan is impossible at cover (full height), so y stays 0.
    expect(panCrop(fill, frame, 0, 500).crop.y).toBe(0);
    expect(panCrop(fill, frame, 100_000, 0).crop.x).toBe(0);
    expect(panCrop(fill, frame, -100_000, 0).crop.x).toBeCloseTo(4000 - fill.crop.width, 6);
  });

  it('zooms about an anchor, keeping the source point under it fixed', () => {
    const anchor = { x: 200, y: 300 };
    const before = {
      x: fill.crop.x + (anchor.x / frame.width) * fill.crop.width,
      y: (anchor.y / frame.height) * fill.crop.height,
    };
    const zoomed = zoomCrop(fill, frame, 2, anchor);
    expect(zoomed.crop.width).toBeCloseTo(fill.crop.width / 2, 6);
    expect(zoomed.crop.width / zoomed.crop.height).toBeCloseTo(frame.width / frame.height, 9);
    const after = {
      x: zoomed.crop.x + (anchor.x / frame.width) * zoomed.crop.width,
      y: zoomed.crop.y + (anchor.y / frame.height) * zoomed.crop.height,
    };
    expect(after.x).toBeCloseTo(before.x, 6);
    expect(after.y).toBeCloseTo(before.y, 6);
    expect(cropZoom(zoomed, frame)).toBeCloseTo(2, 9);
  });

  it('never zooms out past cover-fit nor in past the maximum', () => {
    expect(zoomCrop(fill, frame, 0.25).crop).toEqual(fill.crop);
    expect(cropZoom(zoomCrop(fill, frame, 1000), frame)).toBeCloseTo(maxCropZoom, 9);
    expect(zoomCrop(fill, frame, Number.NaN)).toBe(fill);
  });

  it('resets to the centred cover crop and refits after a frame resize', () => {
    const panned = panCrop(zoomCrop(fill, frame, 3), frame, 50, 50);
    expect(resetCrop(panned, frame).crop).toEqual(coverCrop(natural, frame));
    const wider = { width: 1666, height: 843 };
    const refit = refitCrop(zoomCrop(fill, frame, 2), frame, wider);
    expect(refit.crop.width / refit.crop.height).toBeCloseTo(1666 / 843, 9);
    expect(cropZoom(refit, wider)).toBeCloseTo(2, 6);
  });

  it('clamps an arbitrary crop back inside the photo at the frame aspect', () => {
    const c = clampCrop({ x: -500, y: 2900, width: 10_000, height: 5 }, natural, frame);
    expect(c.x).toBeGreaterThanOrEqual(0);
    expect(c.y).toBeGreaterThanOrEqual(0);
    expect(c.x + c.width).toBeLessThanOrEqual(4000 + 1e-9);
    expect(c.y + c.height).toBeLessThanOrEqual(3000 + 1e-9);
    expect(c.width / c.height).toBeCloseTo(833 / 843, 9);
  });
});

describe('rectangles', () => {
  const a = { x: 0, y: 0, width: 100, height: 100 };

  it('intersects, and treats touching edges as not overlapping', () => {
    expect(rectIntersection(a, { x: 50, y: 60, width: 100, height: 100 })).toEqual({
      x: 50,
      y: 60,
      width: 50,
      height: 40,
    });
    expect(rectIntersection(a, { x: 100, y: 0, width: 10, height: 10 })).toBeNull();
    expect(rectsOverlap(a, { x: 99, y: 99, width: 10, height: 10 })).toBe(true);
    expect(rectsOverlap(a, { x: 0, y: 100, width: 10, height: 10 })).toBe(false);
  });

  it('tests containment with coinciding edges allowed', () => {
    expect(rectContains(a, a)).toBe(true);
    expect(rectContains(a, { x: 1, y: 1, width: 100, height: 10 })).toBe(false);
  });

  it('clamps into bounds, shrinking only when larger, and normalises negative sizes', () => {
    expect(
      clampRectToBounds({ x: 2450, y: -10, width: 100, height: 100 }, { width: 2500, height: 1686 }),
    ).toEqual({
      x: 2400,
      y: 0,
      width: 100,
      height: 100,
    });
    expect(
      clampRectToBounds({ x: 10, y: 10, width: 3000, height: -20 }, { width: 2500, height: 1686 }),
    ).toEqual({
      x: 0,
      y: 0,
      width: 2500,
      height: 20,
    });
    expect(rectFromPoints({ x: 10, y: 50 }, { x: 5, y: 0 })).toEqual({ x: 5, y: 0, width: 5, height: 50 });
  });

  it('rounds edges so neighbours stay neighbours', () => {
    const left = roundRect({ x: 0, y: 0, width: 833.4, height: 10 });
    const right = roundRect({ x: 833.4, y: 0, width: 833.4, height: 10 });
    expect(left.x + left.width).toBe(right.x);
  });

  it('computes rotated bounds about the centre', () => {
    expect(rotatedBounds(a, 0)).toEqual(a);
    const r = rotatedBounds({ x: 0, y: 0, width: 200, height: 100 }, 90);
    expect(r.width).toBeCloseTo(100, 9);
    expect(r.height).toBeCloseTo(200, 9);
    expect(r.x).toBeCloseTo(50, 9);
    expect(r.y).toBeCloseTo(-50, 9);
    const d = rotatedBounds(a, 45);
    expect(d.width).toBeCloseTo(100 * Math.SQRT2, 9);
  });

  it('derives one area per cell with no action', () => {
    let n = 0;
    const areas = areasFromCells(
      [
        { id: 'c1', rect: a, background: null, photo: null },
        { id: 'c2', rect: { ...a, x: 100 }, background: '#ffffff', photo: null },
      ],
      () => `area-${String((n += 1))}`,
    );
    expect(areas).toEqual([
      { id: 'area-1', rect: a, action: null },
      { id: 'area-2', rect: { ...a, x: 100 }, action: null },
    ]);
  });
});
