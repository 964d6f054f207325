// The canvas gestures' geometry: node to rect at transform end (rotation, flips, minimum sizes), the
// dragged layer's and area's snapped places, the area transformer's bounds, and drawn areas.

import { describe, expect, it } from 'vitest';
import { snapTargets, areaSnapTargets } from '../../../shared/editor/snapping';
import {
  areaBoxAllowed,
  areaFromNode,
  boundAreaBox,
  dragArea,
  dragLayer,
  drawnArea,
  keepsDrawnArea,
  layerFromNode,
  layerNodeCentre,
  minAreaSide,
  snapThreshold,
  toImagePoint,
  toScreenPoint,
  type NodeTransform,
} from '../../../shared/editor/transform';
import { richMenuFixture } from './fixtures';

const node = (patch: Partial<NodeTransform>): NodeTransform => ({
  x: 0,
  y: 0,
  width: 100,
  height: 50,
  scaleX: 1,
  scaleY: 1,
  rotation: 0,
  ...patch,
});

describe('stage view', () => {
  const view = { x: 40, y: 20, scale: 0.5 };

  it('converts between screen and image pixels both ways', () => {
    expect(toImagePoint(view, { x: 140, y: 70 })).toEqual({ x: 200, y: 100 });
    expect(toScreenPoint(view, { x: 200, y: 100 })).toEqual({ x: 140, y: 70 });
  });

  it('keeps the snap threshold at 6 screen pixels whatever the zoom', () => {
    expect(snapThreshold(1)).toBe(6);
    expect(snapThreshold(0.25)).toBe(24);
    expect(snapThreshold(4)).toBe(1.5);
  });
});

describe('layerFromNode', () => {
  it('gives the rect centred on the node, its size times the scale', () => {
    expect(layerFromNode(node({ x: 500, y: 300, scaleX: 2, scaleY: 3 }))).toEqual({
      rect: { x: 400, y: 225, width: 200, height: 150 },
      rotation: 0,
    });
    expect(layerNodeCentre({ x: 400, y: 225, width: 200, height: 150 })).toEqual({ x: 500, y: 300 });
  });

  it('turns a flip (negative scale) into a positive size about the same centre', () => {
    const { rect } = layerFromNode(node({ x: 500, y: 300, scaleX: -2, scaleY: -1 }));
    expect(rect).toEqual({ x: 400, y: 275, width: 200, height: 50 });
  });

  it('keeps at least 1×1 pixel, and a line its height of 0', () => {
    expect(layerFromNode(node({ x: 10, y: 10, scaleX: 0.001, scaleY: 0 })).rect).toEqual({
      x: 9.5,
      y: 9.5,
      width: 1,
      height: 1,
    });
    const line = layerFromNode(node({ x: 100, y: 40, height: 0, scaleX: 1.5, scaleY: 7 }));
    expect(line.rect).toEqual({ x: 25, y: 40, width: 150, height: 0 });
  });

  it('rounds the rotation to a tenth of a degree and never stores -0', () => {
    expect(layerFromNode(node({ rotation: 89.99999 })).rotation).toBe(90);
    expect(layerFromNode(node({ rotation: -45.04 })).rotation).toBe(-45);
    expect(Object.is(layerFromNode(node({ rotation: -0.01 })).rotation, 0)).toBe(true);
    // Rotation does not change the stored box: it turns about the centre.
    expect(layerFromNode(node({ x: 50, y: 25, rotation: 30 })).rect).toEqual({
      x: 0,
      y: 0,
      width: 100,
      height: 50,
    });
  });
});

describe('dragLayer', () => {
  const targets = snapTargets(richMenuFixture(), new Set(['a']));
  const size = { width: 200, height: 100 };

  it('snaps the box around the centre to the nearest line within the threshold', () => {
    // Left edge at 4 snaps to the canvas edge at 0; the top at 300 is near nothing.
    const { centre, guides } = dragLayer({ x: 104, y: 350 }, size, 0, targets, 6);
    expect(centre).toEqual({ x: 100, y: 350 });
    expect(guides.some((g) => g.axis === 'x' && g.position === 0)).toBe(true);
  });

  it('takes only the size from a rect passed as the size (its position is the centre given)', () => {
    const rect = { x: 969, y: 562, width: 200, height: 100 };
    expect(dragLayer({ x: 1650, y: 1043 }, rect, 0, targets, 6).centre).toEqual({ x: 1650, y: 1043 });
  });

  it('does not snap beyond the threshold, when snapping is off, or when the layer is rotated', () => {
    expect(dragLayer({ x: 108, y: 350 }, size, 0, targets, 6).centre).toEqual({ x: 108, y: 350 });
    expect(dragLayer({ x: 104, y: 350 }, size, 0, null, 6).centre).toEqual({ x: 104, y: 350 });
    expect(dragLayer({ x: 104, y: 350 }, size, 15, targets, 6)).toEqual({
      centre: { x: 104, y: 350 },
      guides: [],
    });
    // A full turn is upright again.
    expect(dragLayer({ x: 104, y: 350 }, size, 360, targets, 6).centre.x).toBe(100);
  });
});

describe('areaFromNode', () => {
  const bounds = { width: 2500, height: 1686 };

  it('multiplies the size by the scale from the top-left', () => {
    expect(areaFromNode(node({ x: 100, y: 200, scaleX: 2, scaleY: 0.5 }), bounds)).toEqual({
      x: 100,
      y: 200,
      width: 200,
      height: 25,
    });
  });

  it('turns a flipped side into a positive one from the other edge', () => {
    expect(areaFromNode(node({ x: 300, y: 200, scaleX: -1, scaleY: -2 }), bounds)).toEqual({
      x: 200,
      y: 100,
      width: 100,
      height: 100,
    });
  });

  it('keeps the area inside the image, shrinking it only when it is larger', () => {
    expect(areaFromNode(node({ x: 2450, y: -20 }), bounds)).toEqual({
      x: 2400,
      y: 0,
      width: 100,
      height: 50,
    });
    expect(areaFromNode(node({ x: -10, y: 0, scaleX: 30, scaleY: 40 }), bounds)).toEqual({
      x: 0,
      y: 0,
      width: 2500,
      height: 1686,
    });
  });
});

describe('dragArea', () => {
  const doc = richMenuFixture();
  const bounds = doc.size;
  const targets = areaSnapTargets(doc, new Set(['area-1']));

  it('keeps a dragged area inside the image', () => {
    expect(dragArea({ x: -50, y: 1650, width: 300, height: 100 }, bounds, null, 6).rect).toEqual({
      x: 0,
      y: 1586,
      width: 300,
      height: 100,
    });
  });

  it('snaps within the threshold and says where the guides are', () => {
    const { rect, guides } = dragArea({ x: 1245, y: 400, width: 300, height: 100 }, bounds, targets, 6);
    expect(rect.x).toBe(1250);
    expect(guides.map((g) => g.position)).toContain(1250);
  });

  it('stays inside the image when a snap near an edge would pull it out', () => {
    // Its right edge is on the image's edge and its left edge 2 px from a line at 2205: snapping
    // there would push it 2 px out of the image, so it stays where it is.
    const narrowTargets = {
      x: [{ axis: 'x' as const, position: 2205, from: 0, to: 1686 }],
      y: [],
    };
    const { rect } = dragArea({ x: 2203, y: 10, width: 297, height: 100 }, bounds, narrowTargets, 6);
    expect(rect.x + rect.width).toBeLessThanOrEqual(2500);
    expect(rect.x).toBe(2203);
  });
});

describe('area transformer bounds', () => {
  const bounds = { width: 1040, height: 1040 };
  const view = { x: 50, y: 30, scale: 0.5 };
  const inside = { x: 60, y: 40, width: 100, height: 100 };

  it('accepts a box inside the image, half a screen pixel of slack included', () => {
    expect(areaBoxAllowed(inside, view, bounds)).toBe(true);
    expect(areaBoxAllowed({ x: 49.6, y: 29.6, width: 520.8, height: 520.8 }, view, bounds)).toBe(true);
  });

  it('refuses a box that leaves the image on any side', () => {
    expect(areaBoxAllowed({ ...inside, x: 49 }, view, bounds)).toBe(false);
    expect(areaBoxAllowed({ ...inside, y: 29 }, view, bounds)).toBe(false);
    expect(areaBoxAllowed({ ...inside, x: 500, width: 71 }, view, bounds)).toBe(false);
    expect(areaBoxAllowed({ ...inside, y: 500, height: 51 }, view, bounds)).toBe(false);
  });

  it('refuses a box smaller than the minimum side in image pixels, or flipped', () => {
    const min = minAreaSide * view.scale;
    expect(areaBoxAllowed({ ...inside, width: min }, view, bounds)).toBe(true);
    expect(areaBoxAllowed({ ...inside, width: min - 0.01 }, view, bounds)).toBe(false);
    expect(areaBoxAllowed({ ...inside, height: -20 }, view, bounds)).toBe(false);
  });

  it('keeps the old box when the new one is refused', () => {
    const old = { ...inside, rotation: 0 };
    const next = { ...inside, x: 10, rotation: 0 };
    expect(boundAreaBox(old, next, view, bounds)).toBe(old);
    const fine = { ...inside, width: 200, rotation: 0 };
    expect(boundAreaBox(old, fine, view, bounds)).toBe(fine);
  });
});

describe('drawn areas', () => {
  const bounds = { width: 1040, height: 700 };

  it('spans the two points in any order, inside the image', () => {
    expect(drawnArea({ x: 300, y: 200 }, { x: 100, y: 50 }, bounds)).toEqual({
      x: 100,
      y: 50,
      width: 200,
      height: 150,
    });
    // Past the edge, the area is moved back inside whole rather than cut.
    expect(drawnArea({ x: 1000, y: 600 }, { x: 1200, y: 900 }, bounds)).toEqual({
      x: 840,
      y: 400,
      width: 200,
      height: 300,
    });
  });

  it('keeps only areas at least the minimum size a side', () => {
    expect(keepsDrawnArea({ x: 0, y: 0, width: minAreaSide, height: minAreaSide })).toBe(true);
    expect(keepsDrawnArea({ x: 0, y: 0, width: 300, height: minAreaSide - 1 })).toBe(false);
    expect(keepsDrawnArea(drawnArea({ x: 5, y: 5 }, { x: 5, y: 5 }, bounds))).toBe(false);
  });
});
