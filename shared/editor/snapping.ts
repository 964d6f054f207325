// Snapping for moves and resizes: a moving box's edges and centre are pulled to the canvas's and the
// cells' edges and centres and to other layers', within a threshold; the guides to draw come back
// with the snapped box. Pure: the stage calls it on every drag frame.

import type { EditorDocument, Rect } from './document';

export type SnapAxis = 'x' | 'y';

/** One line something can snap to, with the extent (across the other axis) of what it came from. */
export interface SnapLine {
  readonly axis: SnapAxis;
  /** x for a vertical line, y for a horizontal one. */
  readonly position: number;
  readonly from: number;
  readonly to: number;
}

export interface SnapTargets {
  readonly x: readonly SnapLine[];
  readonly y: readonly SnapLine[];
}

/** A guide to draw: a line at `position` from `from` to `to`. */
export type SnapGuide = SnapLine;

export interface SnapResult {
  readonly rect: Rect;
  readonly guides: readonly SnapGuide[];
}

function linesOf(rect: Rect): { x: SnapLine[]; y: SnapLine[] } {
  const xs = [rect.x, rect.x + rect.width / 2, rect.x + rect.width];
  const ys = [rect.y, rect.y + rect.height / 2, rect.y + rect.height];
  return {
    x: xs.map((position) => ({ axis: 'x', position, from: rect.y, to: rect.y + rect.height })),
    y: ys.map((position) => ({ axis: 'y', position, from: rect.x, to: rect.x + rect.width })),
  };
}

/** The canvas and every cell: what any box can snap to. */
function canvasAndCellRects(doc: EditorDocument): Rect[] {
  return [
    { x: 0, y: 0, width: doc.size.width, height: doc.size.height },
    ...doc.cells.map((cell) => cell.rect),
  ];
}

function linesOfRects(rects: readonly Rect[]): SnapTargets {
  const x: SnapLine[] = [];
  const y: SnapLine[] = [];
  for (const rect of rects) {
    const lines = linesOf(rect);
    x.push(...lines.x);
    y.push(...lines.y);
  }
  return { x, y };
}

/**
 * Everything in the document a box can snap to: the canvas, every cell, and every visible layer
 * except those being moved (`exclude`).
 */
export function snapTargets(doc: EditorDocument, exclude: ReadonlySet<string> = new Set()): SnapTargets {
  const rects = canvasAndCellRects(doc);
  for (const layer of doc.layers) {
    if (!layer.hidden && !exclude.has(layer.id) && layer.rotation % 360 === 0) rects.push(layer.rect);
  }
  return linesOfRects(rects);
}

/** Targets for tap areas: the canvas, the cells and the other areas. */
export function areaSnapTargets(doc: EditorDocument, exclude: ReadonlySet<string> = new Set()): SnapTargets {
  const rects = canvasAndCellRects(doc);
  for (const area of doc.areas) if (!exclude.has(area.id)) rects.push(area.rect);
  return linesOfRects(rects);
}

interface AxisSnap {
  readonly delta: number;
  readonly lines: readonly SnapLine[];
}

/** The smallest pull, within `threshold`, that brings one of `edges` onto one of `lines`. */
function bestSnap(edges: readonly number[], lines: readonly SnapLine[], threshold: number): AxisSnap | null {
  let best: number | null = null;
  for (const edge of edges) {
    for (const line of lines) {
      const delta = line.position - edge;
      if (Math.abs(delta) <= threshold && (best === null || Math.abs(delta) < Math.abs(best))) best = delta;
    }
  }
  if (best === null) return null;
  const delta = best;
  // Every line the snapped edges now touch gets a guide, not only the winning one.
  const touching = lines.filter((line) => edges.some((edge) => Math.abs(edge + delta - line.position) < 0.5));
  return { delta, lines: touching };
}

function guidesFor(axis: SnapAxis, snap: AxisSnap | null, rect: Rect): SnapGuide[] {
  if (!snap) return [];
  const [from, to] = axis === 'x' ? [rect.y, rect.y + rect.height] : [rect.x, rect.x + rect.width];
  const byPosition = new Map<number, SnapGuide>();
  for (const line of snap.lines) {
    const position = Math.round(line.position * 100) / 100;
    const known = byPosition.get(position);
    byPosition.set(position, {
      axis,
      position,
      from: Math.min(from, line.from, known?.from ?? Infinity),
      to: Math.max(to, line.to, known?.to ?? -Infinity),
    });
  }
  return [...byPosition.values()];
}

/** Snaps a box being moved: its left, centre and right (top, middle, bottom) edges. */
export function snapMove(rect: Rect, targets: SnapTargets, threshold: number): SnapResult {
  const sx = bestSnap([rect.x, rect.x + rect.width / 2, rect.x + rect.width], targets.x, threshold);
  const sy = bestSnap([rect.y, rect.y + rect.height / 2, rect.y + rect.height], targets.y, threshold);
  const snapped = { ...rect, x: rect.x + (sx?.delta ?? 0), y: rect.y + (sy?.delta ?? 0) };
  return { rect: snapped, guides: [...guidesFor('x', sx, snapped), ...guidesFor('y', sy, snapped)] };
}

export interface MovingEdges {
  readonly left?: boolean;
  readonly right?: boolean;
  readonly top?: boolean;
  readonly bottom?: boolean;
}

/** Snaps the edges a resize handle moves; the opposite edges stay where they are. */
export function snapResize(
  rect: Rect,
  moving: MovingEdges,
  targets: SnapTargets,
  threshold: number,
): SnapResult {
  let { x, y, width, height } = rect;
  const guides: SnapGuide[] = [];
  const right = x + width;
  const bottom = y + height;
  if (moving.left || moving.right) {
    const edge = moving.left ? x : right;
    const s = bestSnap([edge], targets.x, threshold);
    if (s) {
      if (moving.left) {
        x += s.delta;
        width = right - x;
      } else width += s.delta;
    }
  }
  if (moving.top || moving.bottom) {
    const edge = moving.top ? y : bottom;
    const s = bestSnap([edge], targets.y, threshold);
    if (s) {
      if (moving.top) {
        y += s.delta;
        height = bottom - y;
      } else height += s.delta;
    }
  }
  const snapped = { x, y, width, height };
  const sx = moving.left || moving.right ? bestSnap([moving.left ? x : x + width], targets.x, 0.5) : null;
  const sy = moving.top || moving.bottom ? bestSnap([moving.top ? y : y + height], targets.y, 0.5) : null;
  guides.push(...guidesFor('x', sx, snapped), ...guidesFor('y', sy, snapped));
  return { rect: snapped, guides };
}

/** The nearest line within `threshold` of `value`, or null (the first of equally near ones). */
function nearestLine(lines: readonly SnapLine[], value: number, threshold: number): number | null {
  let best: number | null = null;
  for (const line of lines) {
    const distance = Math.abs(line.position - value);
    if (distance <= threshold && (best === null || distance < Math.abs(best - value))) best = line.position;
  }
  return best;
}

/**
 * Snaps one point, such as a resize handle being dragged, to the nearest target line on each axis.
 * The guides span the whole image (`extent`), since a handle has no box of its own to measure.
 */
export function snapPoint(
  point: { readonly x: number; readonly y: number },
  targets: SnapTargets,
  threshold: number,
  extent: { readonly width: number; readonly height: number },
): { point: { x: number; y: number }; guides: readonly SnapGuide[] } {
  const x = nearestLine(targets.x, point.x, threshold);
  const y = nearestLine(targets.y, point.y, threshold);
  const guides: SnapGuide[] = [];
  if (x !== null) guides.push({ axis: 'x', position: x, from: 0, to: extent.height });
  if (y !== null) guides.push({ axis: 'y', position: y, from: 0, to: extent.width });
  return { point: { x: x ?? point.x, y: y ?? point.y }, guides };
}
