// Snapping: which lines a moving or resized box is pulled to, the threshold, and the guides returned.

import { describe, expect, it } from 'vitest';
import {
  areaSnapTargets,
  snapMove,
  snapPoint,
  snapResize,
  snapTargets,
} from '../../../shared/editor/snapping';
import { richMenuFixture } from './fixtures';

describe('snapTargets', () => {
  it('offers the canvas, cells and other visible layers, not the layers being moved', () => {
    const doc = richMenuFixture();
    const targets = snapTargets(doc, new Set(['a']));
    const xs = targets.x.map((l) => l.position);
    expect(xs).toContain(0);
    expect(xs).toContain(1250); // canvas centre and the cell edge
    expect(xs).toContain(2500);
    expect(xs).toContain(1000); // layer b's left edge
    expect(xs).not.toContain(100); // layer a itself
  });

  it('skips hidden layers', () => {
    const doc = richMenuFixture();
    const hidden = { ...doc, layers: doc.layers.map((l) => (l.id === 'b' ? { ...l, hidden: true } : l)) };
    expect(snapTargets(hidden).x.map((l) => l.position)).not.toContain(1000);
  });

  it('gives areas the other areas and the cells', () => {
    const targets = areaSnapTargets(richMenuFixture(), new Set(['area-1']));
    expect(targets.y.map((l) => l.position)).toContain(843);
  });
});

describe('snapMove', () => {
  const targets = snapTargets(richMenuFixture(), new Set(['a']));

  it('pulls the nearest edge within the threshold and returns a guide for it', () => {
    const result = snapMove({ x: 6, y: 300, width: 200, height: 100 }, targets, 10);
    expect(result.rect.x).toBe(0);
    expect(result.guides.some((g) => g.axis === 'x' && g.position === 0)).toBe(true);
  });

  it('snaps the centre to the canvas centre', () => {
    const result = snapMove({ x: 1147, y: 790, width: 200, height: 100 }, targets, 10);
    expect(result.rect.x + result.rect.width / 2).toBe(1250);
    expect(result.rect.y + result.rect.height / 2).toBe(843);
  });

  it('leaves a box alone when nothing is within the threshold', () => {
    const rect = { x: 400, y: 300, width: 123, height: 77 };
    const result = snapMove(rect, targets, 5);
    expect(result.rect).toEqual(rect);
    expect(result.guides).toEqual([]);
  });

  it('spans the guide over both the moving box and what it snapped to', () => {
    const result = snapMove({ x: 1003, y: 1300, width: 100, height: 100 }, targets, 10);
    const guide = result.guides.find((g) => g.axis === 'x' && g.position === 1000);
    expect(guide).toBeDefined();
    expect(guide?.from).toBeLessThanOrEqual(800);
    expect(guide?.to).toBeGreaterThanOrEqual(1400);
  });
});

describe('snapResize', () => {
  const targets = snapTargets(richMenuFixture(), new Set(['a']));

  it('moves only the dragged edge and keeps the opposite one', () => {
    const result = snapResize({ x: 100, y: 100, width: 1145, height: 100 }, { right: true }, targets, 10);
    expect(result.rect.x).toBe(100);
    expect(result.rect.x + result.rect.width).toBe(1250);
    expect(result.guides.map((g) => g.position)).toContain(1250);
  });

  it('snaps a dragged left edge and grows the width to keep the right edge', () => {
    const result = snapResize({ x: 1004, y: 100, width: 200, height: 100 }, { left: true }, targets, 10);
    expect(result.rect.x).toBe(1000);
    expect(result.rect.width).toBe(204);
  });
});

describe('snapPoint', () => {
  const doc = richMenuFixture();
  const targets = snapTargets(doc, new Set(['a']));

  it('pulls a resize handle to the nearest line on each axis, with guides across the image', () => {
    const { point, guides } = snapPoint({ x: 1246, y: 847 }, targets, 6, doc.size);
    expect(point).toEqual({ x: 1250, y: 843 });
    expect(guides).toEqual([
      { axis: 'x', position: 1250, from: 0, to: 1686 },
      { axis: 'y', position: 843, from: 0, to: 2500 },
    ]);
  });

  it('snaps each axis on its own and only within the threshold (inclusive)', () => {
    expect(snapPoint({ x: 1256, y: 400 }, targets, 6, doc.size).point).toEqual({ x: 1250, y: 400 });
    expect(snapPoint({ x: 1256.01, y: 400 }, targets, 6, doc.size)).toEqual({
      point: { x: 1256.01, y: 400 },
      guides: [],
    });
  });

  it('picks the nearer of two lines in reach', () => {
    // Lines at 1250 (the canvas centre) and 1300 (layers b and c end there), both within 30 px.
    expect(snapPoint({ x: 1270, y: 400 }, targets, 30, doc.size).point.x).toBe(1250);
    expect(snapPoint({ x: 1280, y: 400 }, targets, 30, doc.size).point.x).toBe(1300);
  });
});
