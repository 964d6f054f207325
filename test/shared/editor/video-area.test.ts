// Placing a rich message's video: the largest free place at the preview's aspect, a sensible
// minimum, the fallback that covers the fewest tap areas, and whether the image has room at all.

import { describe, expect, it } from 'vitest';
import type { ImagemapDocument, Rect, TapArea } from '../../../shared/editor/document';
import { rectIntersection } from '../../../shared/editor/geometry';
import {
  areasUnderVideo,
  defaultVideoAspect,
  freeVideoArea,
  placeVideoArea,
  videoAspectOf,
  videoRoom,
} from '../../../shared/editor/video-area';
import { imagemapFixture } from './fixtures';

function withAreas(...rects: Rect[]): ImagemapDocument {
  const areas: TapArea[] = rects.map((rect, i) => ({ id: `area-${String(i + 1)}`, rect, action: null }));
  return { ...imagemapFixture(), areas };
}

const top = { x: 0, y: 0, width: 1040, height: 520 };
const bottom = { x: 0, y: 520, width: 1040, height: 520 };

describe('videoAspectOf', () => {
  it("takes the preview's aspect, within limits, and 16:9 for a preview of no size", () => {
    expect(videoAspectOf({ width: 640, height: 360 })).toBeCloseTo(16 / 9, 12);
    expect(videoAspectOf({ width: 1080, height: 1920 })).toBeCloseTo(9 / 16, 12);
    expect(videoAspectOf({ width: 5000, height: 100 })).toBe(3);
    expect(videoAspectOf({ width: 0, height: 0 })).toBe(defaultVideoAspect);
    expect(videoAspectOf(null)).toBe(defaultVideoAspect);
  });
});

describe('placeVideoArea', () => {
  it('takes the full width, in the middle, of an image without areas', () => {
    expect(placeVideoArea(withAreas())).toEqual({
      area: { x: 0, y: 227, width: 1040, height: 585 },
      free: true,
      overlaps: [],
    });
  });

  it('goes into the middle of the free half and stays off the area, touching it at most', () => {
    const placed = placeVideoArea(withAreas(top));
    expect(placed).toEqual({ area: { x: 58, y: 520, width: 924, height: 519 }, free: true, overlaps: [] });
    expect(rectIntersection(placed.area, top)).toBeNull();
  });

  it('finds a free quarter beside other areas, at the preview aspect', () => {
    const half = 520;
    const doc = withAreas(
      { x: 0, y: 0, width: half, height: half },
      { x: 0, y: half, width: half, height: half },
      { x: half, y: half, width: half, height: half },
    );
    // Centred down the quarter, whose full width it takes.
    expect(placeVideoArea(doc).area).toEqual({ x: 520, y: 114, width: 520, height: 292 });
    // A portrait preview in the same quarter: as tall as the quarter allows, centred across it.
    expect(placeVideoArea(doc, 9 / 16).area).toEqual({ x: 634, y: 0, width: 292, height: 519 });
  });

  it('picks the largest of several free places', () => {
    // A small gap top-left (a 400-wide column under nothing) and a big one at the bottom.
    const doc = withAreas(
      { x: 400, y: 0, width: 640, height: 400 },
      { x: 0, y: 400, width: 1040, height: 100 },
    );
    const placed = placeVideoArea(doc);
    expect(placed.free).toBe(true);
    expect(placed.area).toEqual({ x: 40, y: 500, width: 960, height: 540 });
  });

  it('does not offer a sliver: a free place smaller than a ninth of the image does not count', () => {
    const doc = withAreas({ x: 0, y: 0, width: 1040, height: 940 });
    // The 1040×100 strip below would hold a 177-wide video at 16:9.
    expect(freeVideoArea(doc, defaultVideoAspect)).toBeNull();
    expect(freeVideoArea(doc, defaultVideoAspect, 100 * 100)).toEqual({
      x: 0,
      y: 940,
      width: 177,
      height: 99,
    });
  });

  it('covers the fewest areas when the areas leave no room, and says which', () => {
    // Two areas on top, one wide area below: a 1040×585 video just below the top two covers only
    // the wide one (at the top it would cover all three).
    const doc = withAreas(
      { x: 0, y: 0, width: 520, height: 440 },
      { x: 520, y: 0, width: 520, height: 440 },
      { x: 0, y: 440, width: 1040, height: 600 },
    );
    expect(placeVideoArea(doc)).toEqual({
      area: { x: 0, y: 440, width: 1040, height: 585 },
      free: false,
      overlaps: ['area-3'],
    });
  });

  it('still places it on a template whose areas cover the image', () => {
    expect(placeVideoArea(withAreas(top, bottom))).toEqual({
      area: { x: 0, y: 0, width: 1040, height: 585 },
      free: false,
      overlaps: ['area-1', 'area-2'],
    });
  });

  it('ignores areas of no size', () => {
    const doc = withAreas({ x: 100, y: 100, width: 0, height: 300 });
    expect(placeVideoArea(doc).area).toEqual({ x: 0, y: 227, width: 1040, height: 585 });
  });
});

describe('videoRoom', () => {
  const video = (area: Rect) => ({
    videoAssetId: 'v'.repeat(64),
    previewAssetId: 'p'.repeat(64),
    area,
    externalLink: null,
  });
  const withVideo = (doc: ImagemapDocument, area: Rect): ImagemapDocument => ({
    ...doc,
    imagemap: { ...doc.imagemap, video: video(area) },
  });

  it('is null without a video, and empty for a video over nothing', () => {
    expect(videoRoom(withAreas(top))).toBeNull();
    expect(videoRoom(withVideo(withAreas(top), { x: 0, y: 520, width: 924, height: 519 }))).toEqual({
      covers: [],
      room: true,
    });
  });

  it('names the areas a video covers and says there is room elsewhere', () => {
    const doc = withVideo(withAreas(top), { x: 0, y: 0, width: 1040, height: 585 });
    expect(videoRoom(doc)).toEqual({ covers: [{ id: 'area-1', number: 1 }], room: true });
  });

  it('says there is no room when the areas cover the image', () => {
    const doc = withVideo(withAreas(top, bottom), { x: 0, y: 0, width: 1040, height: 585 });
    expect(videoRoom(doc)).toEqual({
      covers: [
        { id: 'area-1', number: 1 },
        { id: 'area-2', number: 2 },
      ],
      room: false,
    });
  });

  it('counts a free place as room when it holds the video at its own (small) size', () => {
    const doc = withVideo(withAreas({ x: 0, y: 0, width: 1040, height: 940 }), {
      x: 0,
      y: 0,
      width: 160,
      height: 90,
    });
    expect(videoRoom(doc)?.room).toBe(true);
    expect(areasUnderVideo(doc, { x: 0, y: 940, width: 160, height: 90 })).toEqual([]);
  });
});
